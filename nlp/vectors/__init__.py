"""Sentence vectors for search and near-duplicate marking (the packaged all-MiniLM-L6-v2 model)."""
