"""Typed dates: absolute and relative forms found in the text, typed by their clause and section."""
