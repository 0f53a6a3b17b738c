"""Measure types in the labelled vocabulary: rules from data files, similarity as a fallback."""
