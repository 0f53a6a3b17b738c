"""Tariff codes: notations, ranges, ex codes and chapters with their roles; chapter and section titles."""
