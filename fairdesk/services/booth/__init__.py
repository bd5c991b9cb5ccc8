"""A company booth's use cases: opening it (PIN), its interviews, their views and records."""
