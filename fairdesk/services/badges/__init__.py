"""Badges: minting serials, selection, reissue and revoke, the print log."""
