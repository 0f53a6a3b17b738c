"""Digest stage: what changed on a day, grouped by product area, for readers and subscribers."""
