"""Plain-text helpers shared by every extractor: sentences with offsets, case folding, language."""
