"""The display fields of a person, shared by every record a screen or file shows of one.

`PersonCard` holds what any station may show: name, university, school, major, degree and
graduation year — never a 学号, phone or e-mail. A station that may see more subclasses it and
adds exactly those fields (the desk's `AttendeeCard` adds the 学号, its search hits the phone's
last four digits, a badge its code); the booth's `StudentCard` adds nothing, so no booth screen
or export can show a contact detail. Every record is keyword-only: a field added to the base can
never shift another into the wrong place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Self

from fairdesk.store.models import Attendee


@dataclass(frozen=True, kw_only=True)
class PersonCard:
    """What any station may show of a person (display fields only)."""

    name: str
    university: str
    school: str
    major: str
    degree: str | None
    grad_year: int | None

    @classmethod
    def of(cls, a: Attendee, **extra: Any) -> Self:
        """The card of `a`: its display fields, plus the subclass's own fields in `extra`."""
        return cls(name=a.name, university=a.university, school=a.school, major=a.major,
                   degree=a.degree, grad_year=a.grad_year, **extra)  # fmt: skip


@dataclass(frozen=True)
class PersonForm:
    """A student's fields as a person typed them (raw text, validated by the service that
    takes it): the desk's walk-in form and the organiser's student form. `degree` may also be
    a stored value ("master")."""

    name: str
    university: str
    student_no: str = ""
    school: str = ""
    major: str = ""
    degree: str = ""
    grad_year: str = ""
    phone: str = ""
    email: str = ""
    consent: bool = False
