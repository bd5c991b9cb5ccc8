"""SQLModel tables, the engine with its PRAGMAs, schema migrations and query functions.

Query functions take a keyword-only `session=` and never commit: services own transactions.
"""
