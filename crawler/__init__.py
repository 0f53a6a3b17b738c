"""Crawler stage: sources discover and fetch documents; the runner stores them."""
