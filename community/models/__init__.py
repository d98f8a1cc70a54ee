"""The community app's models, one module per concept."""
