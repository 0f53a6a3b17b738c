"""The operative summary of a document."""
