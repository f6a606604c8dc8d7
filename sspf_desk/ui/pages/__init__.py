"""Whole pages of the main window (one module per section)."""
