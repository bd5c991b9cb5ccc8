"""Employer check-in: companies' representatives arriving at the fair, and who has not."""
