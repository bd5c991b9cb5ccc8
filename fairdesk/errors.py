"""The two kinds of error (CONVENTIONS.md rule 4).

A `UserError` carries a message a desk volunteer or organiser can act on; the UI shows it plainly
and the CLI prints it and exits 2. Anything else is a bug: logged with its traceback and reported
through the crash dialog while the station keeps running.

The message is a `core.messages.Text`: a stable `key` for code and tests, rendered in the
interface's language when it is shown (`str(exc)`, `exc.message`, or `exc.render(lang)`).
"""

from __future__ import annotations

from fairdesk.core.messages import VERBATIM, Text


class UserError(Exception):
    """Something a person can fix: a bad file, a wrong PIN, a damaged database."""

    def __init__(self, message: Text | str) -> None:
        text = message if isinstance(message, Text) else VERBATIM(text=message)
        super().__init__(text)
        self.text = text

    @property
    def key(self) -> str:
        """The message's stable key ("booth.pin_length"; "common.verbatim" for a plain text)."""
        return self.text.key

    @property
    def message(self) -> str:
        return self.text.render()

    def render(self, lang: str | None = None) -> str:
        return self.text.render(lang)

    def __str__(self) -> str:
        return self.text.render()


class DatabaseError(UserError):
    """The database file cannot be used as it is (damaged, newer, locked). It is left untouched."""


class StorageError(DatabaseError):
    """The station could not save: a storage problem of this laptop, never a student's refusal.

    `kind` is stable for code and tests: "locked", "readonly", "full", "io", "gone", "replaced",
    "damaged". Whatever was being saved is not on disk; the screen must say it is held, not saved.
    """

    def __init__(self, kind: str, message: Text | str) -> None:
        super().__init__(message)
        self.kind = kind
