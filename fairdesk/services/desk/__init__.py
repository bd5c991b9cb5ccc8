"""The registration desk's use cases: check-in and undo, search, walk-ins, counters."""
