"""FairDesk: offline-first campus job fair stations (registration desk, company booth, organiser)."""

__version__ = "0.1.0"
