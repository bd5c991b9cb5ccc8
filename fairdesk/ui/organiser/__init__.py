"""The organiser's station: its tools (badges and their printing)."""
