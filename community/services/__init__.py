"""The community rules: plain functions, one module per concept."""
