"""Countries: the implementing jurisdiction and the countries a measure targets or favours."""
