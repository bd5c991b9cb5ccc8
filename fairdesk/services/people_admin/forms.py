"""What the organiser typed into a student, company or position form, checked by the import's
own rules, so an edited record is held to exactly what an imported one is.

A student form is a one-row roster (`core.roster_rows.validate_attendee`, as the desk's walk-in
form is); a company or position form goes through the company list's normalisers
(`core.companies`). A value the rules refuse raises `FieldInvalid`: its `field` is the form
field ("phone", "uscc", "headcount") and its message names that field in the reader's words.
Where an import would take the row but drop a doubtful value with a warning (a phone that is
not a mobile, a 学号 Excel damaged), a form refuses it: the person typing can fix it now.
"""

from __future__ import annotations

from dataclasses import dataclass

from fairdesk.core import normalize
from fairdesk.core.companies import company_phone, degree_wanted, headcount, majors, uscc
from fairdesk.core.messages import Text, message
from fairdesk.core.normalize import NOT_MOBILE_TEXT, FieldError
from fairdesk.core.roster import ATTENDEE_COLUMNS, AttendeeRow, validate_attendee
from fairdesk.core.roster_fields import field_label
from fairdesk.core.roster_rows import DAMAGED_KEY, REQUIRED
from fairdesk.core.tabular import TableRow
from fairdesk.errors import UserError
from fairdesk.services.people import PersonForm

INVALID = message("people_admin.invalid", "{field}: {reason}", "{field}填写有误：{reason}")
_FIELDS = tuple(ATTENDEE_COLUMNS)
_COLUMNS = {f: i for i, f in enumerate(_FIELDS)}
#: how a company or position form field is labelled (core.roster_fields' company names)
_COMPANY_LABELS = {"name": "company", "contact_name": "contact", "title": "position"}


class FieldInvalid(UserError):
    """A form value the rules refuse: `field` names it, the message says why."""

    def __init__(self, field: str, reason: Text | str, *, kind: str = "roster") -> None:
        label = field_label(_COMPANY_LABELS.get(field, field) if kind != "roster" else field, kind)
        super().__init__(INVALID(field=label, reason=reason))
        self.field = field
        self.reason = reason


StudentForm = PersonForm  # what the organiser typed


def check_student(form: StudentForm) -> AttendeeRow:
    """The clean values of `form`, or `FieldInvalid` naming the first field refused."""
    values = {
        "name": form.name, "student_no": form.student_no, "university": form.university,
        "school": form.school, "major": form.major, "degree": form.degree,
        "grad_year": form.grad_year, "phone": form.phone, "email": form.email,
        "consent": "是" if form.consent else "否",
    }  # fmt: skip
    cells = tuple(values[f] for f in _FIELDS)
    result = validate_attendee(TableRow(number=1, original=cells, raw=cells), _COLUMNS)
    if not isinstance(result, AttendeeRow):
        field = "student_no" if result.field == "student_no/phone" else result.field
        raise FieldInvalid(field, result.why)
    if form.student_no.strip() and result.student_no is None:
        raise FieldInvalid("student_no", DAMAGED_KEY())
    if form.phone.strip() and result.phone is None:
        raise FieldInvalid("phone", NOT_MOBILE_TEXT())
    return result


@dataclass(frozen=True)
class CompanyForm:
    """A company's own fields as typed."""

    name: str
    sector: str = ""
    city: str = ""
    contact_name: str = ""
    phone: str = ""
    email: str = ""
    uscc: str = ""


def check_company(form: CompanyForm) -> dict[str, str | None]:
    """The company's clean column values, or `FieldInvalid`."""
    name = normalize.text(form.name)
    if not name:
        raise FieldInvalid("name", REQUIRED(), kind="companies")
    try:
        return {
            "name": name,
            "sector": normalize.text(form.sector),
            "city": normalize.text(form.city),
            "contact_name": normalize.text(form.contact_name),
            "phone": company_phone(form.phone) or "",
            "email": normalize.email(form.email) or "",
            "uscc": uscc(form.uscc),
        }
    except FieldError as exc:
        raise FieldInvalid(exc.field, exc.reason, kind="companies") from exc


@dataclass(frozen=True)
class PositionForm:
    """A position as typed: `degree` "" (any), a stored value ("bachelor") or words (本科)."""

    title: str
    degree: str = ""
    majors: str = ""  # separated by 、,，;；/
    headcount: str = ""


@dataclass(frozen=True)
class PositionValues:
    """A position's clean column values."""

    title: str
    degree: str | None
    majors: str
    headcount: int | None


def check_position(form: PositionForm) -> PositionValues:
    """The position's clean column values, or `FieldInvalid`."""
    title = normalize.text(form.title)
    if not title:
        raise FieldInvalid("title", REQUIRED(), kind="companies")
    try:
        return PositionValues(
            title, degree_wanted(form.degree), "、".join(majors(form.majors)),
            headcount(form.headcount),
        )  # fmt: skip
    except FieldError as exc:
        raise FieldInvalid(exc.field, exc.reason, kind="companies") from exc
