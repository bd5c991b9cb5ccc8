"""The organiser's exports: attendance, interviews, the company list."""
