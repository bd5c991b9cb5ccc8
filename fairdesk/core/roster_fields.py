"""Which columns of a roster mean what, what each field is called, and defaults for a file.

Universities name the same column many ways; `ATTENDEE_COLUMNS` lists the names (compared by
`tabular.header_key`: case, spaces, punctuation and "(notes)" ignored) and, for the consent
question that every career office words differently (是否同意向用人单位提供联系方式, 同意推送,
授权…), patterns over the compared name. `FIELD_LABELS` is how the import reports a field to a
person. `RosterDefaults` fills a field for a file that does not have it: the roster one school
sends carries neither 学校 nor 学院.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fairdesk.core import normalize
from fairdesk.core.messages import VERBATIM, Message, Text, message
from fairdesk.errors import UserError

ATTENDEE_COLUMNS: dict[str, tuple[str | re.Pattern[str], ...]] = {
    "name": ("姓名", "name", "full name", "学生姓名", "student name", "中文姓名"),
    "student_no": (
        *("学号", "student_no", "student no", "student id", "学生编号", "student number"),
        *("学生学号", "学籍号", "id no"),
    ),
    "university": (
        *("学校", "university", "院校", "学校名称", "所在学校", "就读学校", "毕业院校"),
        *("毕业学校", "高校", "所在高校", "school name", "institution"),
    ),
    "school": (
        *("学院", "school", "院系", "college", "faculty", "所在学院", "学院名称", "院系名称"),
        *("所在院系", "系别", "系", "院", "department"),
    ),
    "major": ("专业", "major", "专业名称", "所学专业", "就读专业", "programme", "program"),
    "degree": (
        *("学历", "degree", "学位", "education", "学历层次", "培养层次", "层次", "最高学历"),
        *("学历学位", "攻读学位", "学生类别", "degree level"),
    ),
    "grad_year": (
        *("毕业年份", "grad_year", "graduation year", "毕业年", "届别", "毕业时间", "毕业届别"),
        *("届次", "毕业年度", "预计毕业时间", "预计毕业年份", "class of", "grad year"),
    ),
    "phone": (
        *("手机", "phone", "mobile", "手机号", "手机号码", "联系电话", "电话", "电话号码"),
        *("移动电话", "联系方式", "mobile phone", "phone number", "tel", "telephone"),
        *("联系手机", "手机号码（必填）", "mobile no", "mobile number", "cell phone"),
    ),
    "email": (
        *("邮箱", "email", "e-mail", "电子邮箱", "邮件", "电子邮件", "邮箱地址"),
        *("email address", "mail", "学生邮箱", "个人邮箱", "联系邮箱"),
    ),
    "consent": (
        *("同意", "consent", "同意共享联系方式", "是否同意共享联系方式", "授权", "同意推送"),
        re.compile(r"^是否(同意|愿意|授权)"),  # 是否同意向用人单位提供联系方式 …
        re.compile(r"^(同意|愿意).*(提供|共享|推送|公开|联系方式)"),  # 同意学校提供联系方式
        re.compile(r"^授权"),  # 授权学校向用人单位推荐
        re.compile(r"^(i)?(consent|agree)"),  # "Consent to share contact details", "I agree …"
    ),
}

FIELD_LABELS: dict[str, Message] = {
    "name": message("field.name", "name", "姓名"),
    "student_no": message("field.student_no", "student no", "学号"),
    "university": message("field.university", "university", "学校"),
    "school": message("field.school", "school", "学院"),
    "major": message("field.major", "major", "专业"),
    "degree": message("field.degree", "degree", "学历"),
    "grad_year": message("field.grad_year", "graduation year", "毕业年份"),
    "phone": message("field.phone", "phone", "手机"),
    "email": message("field.email", "email", "邮箱"),
    "consent": message("field.consent", "consent to share contacts", "同意提供联系方式"),
    "student_no/phone": message("field.student_no_or_phone", "student no or phone", "学号或手机"),
    "record": message("field.record", "record", "记录"),
    # company lists (core.company_list)
    "company": message("field.company", "company", "单位名称"),
    "sector": message("field.sector", "sector", "所属行业"),
    "city": message("field.city", "city", "城市"),
    "contact": message("field.contact", "contact", "联系人"),
    "uscc": message("field.uscc", "credit code", "统一社会信用代码"),
    "booth": message("field.booth", "booth", "展位号"),
    "position": message("field.position", "position", "岗位"),
    "title": message("field.title", "position", "岗位"),
    "majors": message("field.majors", "majors", "专业要求"),
    "headcount": message("field.headcount", "headcount", "招聘人数"),
}


#: Where a company list means something else by a field a roster also has.
COMPANY_FIELD_LABELS: dict[str, Message] = {
    "phone": message("field.contact_phone", "contact phone", "联系电话"),
    "email": message("field.contact_email", "contact e-mail", "联系邮箱"),
    "degree": message("field.degree_required", "degree required", "学历要求"),
}
LABELS_BY_KIND = {"roster": FIELD_LABELS, "companies": {**FIELD_LABELS, **COMPANY_FIELD_LABELS}}


def field_label(field: str, kind: str = "roster") -> Text:
    """How a field of a roster or a company list (`kind`) is named to a person; a field
    without a label is shown by its key."""
    entry = LABELS_BY_KIND[kind].get(field)
    return entry() if entry is not None else VERBATIM(text=field)


BAD_DEFAULT = message(
    "import.bad_default",
    "--{option} {value!r} is not usable: {reason}",
    "--{option} {value!r} 无法使用：{reason}",
)


@dataclass(frozen=True, slots=True)
class RosterDefaults:
    """Values for rows whose file gives none: the column is missing, or the cell is empty."""

    university: str | None = None
    school: str | None = None
    degree: str | None = None  # canonical: associate / bachelor / master / phd
    grad_year: int | None = None

    @classmethod
    def parse(
        cls,
        *,
        university: str | None = None,
        school: str | None = None,
        degree: str | None = None,
        grad_year: str | int | None = None,
    ) -> RosterDefaults:
        """Defaults as a person typed them, normalised like cells; UserError naming the option."""
        try:
            return cls(
                university=normalize.text(university) or None,
                school=normalize.text(school) or None,
                degree=normalize.degree(degree, "degree"),
                grad_year=normalize.grad_year(grad_year, "grad-year"),
            )
        except normalize.FieldError as exc:
            given = {"degree": degree, "grad-year": grad_year}.get(exc.field)
            raise UserError(BAD_DEFAULT(option=exc.field, value=given, reason=exc.reason)) from exc

    def values(self) -> dict[str, str | int]:
        """The defaults that are set, by field."""
        found = {f: getattr(self, f) for f in ("university", "school", "degree", "grad_year")}
        return {f: v for f, v in found.items() if v is not None}
