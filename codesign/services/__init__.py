"""The co-design rules: plain functions, one module per concept."""
