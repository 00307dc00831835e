"""Casefile: a desktop case-file manager for in-house IP enforcement counsel."""

__version__ = "0.1.0"
