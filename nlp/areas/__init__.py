"""Product areas of a change that names no product code, inferred from its product words."""
