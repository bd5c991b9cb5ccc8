"""Reusable Qt dialogs of the station screens."""
