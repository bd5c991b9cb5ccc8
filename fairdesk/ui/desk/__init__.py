"""The registration desk station: its screen, verdict, counters, search, walk-in form."""
