"""The two kinds of error (CONVENTIONS.md rule 4).

A `UserError` carries a message a desk volunteer or organiser can act on; the UI shows it plainly
and the CLI prints it and exits 2. Anything else is a bug: logged with its traceback and reported
through the crash dialog while the station keeps running.
"""

from __future__ import annotations


class UserError(Exception):
    """Something a person can fix: a bad file, a wrong PIN, a damaged database."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class DatabaseError(UserError):
    """The database file cannot be used as it is (damaged, newer, locked). It is left untouched."""


class StorageError(DatabaseError):
    """The station could not save: a storage problem of this laptop, never a student's refusal.

    `kind` is stable for code and tests: "locked", "readonly", "full", "io", "gone", "replaced",
    "damaged". Whatever was being saved is not on disk; the screen must say it is held, not saved.
    """

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
