"""The co-design app's models, one module per concept."""
