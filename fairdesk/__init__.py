"""FairDesk: offline-first campus job fair stations (desk, booth, organiser)."""

__version__ = "0.1.0"
