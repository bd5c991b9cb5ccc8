"""Reusable Qt widgets of the station screens."""
