"""Use cases that own their transaction: one service call = one short transaction."""
