"""Imports: rosters, company lists, and the report and rejects file of each."""
