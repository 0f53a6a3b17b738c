"""NLP stage: documents -> structured changes (codes, dates, measures, countries, summary)."""

# Bump when extraction output changes: documents are re-extracted for a new version.
EXTRACTOR_VERSION = "5"
