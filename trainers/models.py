"""Trainer profiles, stages and accreditations arrive with the scheduling issue."""
