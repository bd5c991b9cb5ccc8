"""Reusable Qt models of the station screens."""
