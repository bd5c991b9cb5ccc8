"""The words an export writes: headers and coded values, for people or for scripts.

People get them in the interface's language (`core.messages`): 姓名 / 学历 / 本科 / 再次入场 / 是
in Chinese, Name / Degree / Bachelor / Re-entry / Yes in English. Scripts ask for the machine
words (`--headers en`), which never change with the language or a new translation:

- headers: the snake_case column names (name, student_no, checked_in_at, degree_required …);
- degree: associate, bachelor, master, phd (empty: not given / any degree);
- check-in kind: arrival, reentry; check-in method: badge, student_no, search, walk-in;
- source: import, walk-in, demo; yes/no cells (consent): yes, no;
- interview outcome: resume, interviewed, second_round, offer;
- times stay "YYYY-MM-DD HH:MM:SS" in the station's time zone, numbers stay numbers.

A value outside its list (an older or newer database) is written as it is stored. Degrees and
outcomes are `fairdesk.core.vocabulary`'s: their words are defined there, once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from fairdesk.core.messages import Message, language, message
from fairdesk.core.roles import Role
from fairdesk.core.vocabulary import DEGREE_AT_LEAST, DEGREE_WORDS, OUTCOME_WORDS, Outcome

MACHINE = "en"  # --headers en
HEADER_CHOICES = ("ui", MACHINE)


def _column(name: str, en: str, zh: str) -> Message:
    return message(f"export.column.{name}", en, zh)


COLUMNS: dict[str, Message] = {
    m.key.rsplit(".", 1)[1]: m
    for m in (
        _column("name", "Name", "姓名"),
        _column("student_no", "Student no.", "学号"),
        _column("university", "University", "学校"),
        _column("school", "School", "学院"),
        _column("major", "Major", "专业"),
        _column("degree", "Degree", "学历"),
        _column("grad_year", "Graduation year", "毕业年份"),
        _column("phone", "Mobile", "手机"),
        _column("email", "Email", "邮箱"),
        _column("consent", "Consents to share contact details", "同意向用人单位提供联系方式"),
        _column("source", "Source", "来源"),
        _column("badge_code", "Badge code", "胸卡码"),
        _column("badge_serial", "Badge serial", "胸卡编号"),
        _column("checked_in_at", "Checked in at", "签到时间"),
        _column("checked_in_station", "Checked in at desk", "签到台"),
        _column("station", "Desk", "签到台"),
        _column("kind", "Kind", "类型"),
        _column("method", "Method", "方式"),
        _column("undone_at", "Undone at", "撤销时间"),
        _column("company", "Company", "单位名称"),
        _column("pending_serial", "Pending badge serial", "待核对胸卡编号"),
        _column("position", "Position", "岗位名称"),
        _column("rating", "Rating", "评分"),
        _column("tags", "Tags", "标签"),
        _column("outcome", "Outcome", "结果"),
        _column("interviewer", "Interviewer", "面试官"),
        _column("visits", "Visits", "到访次数"),
        _column("first_visit", "First visit", "首次到访"),
        _column("last_visit", "Last visit", "最近到访"),
        _column("notes", "Notes", "备注"),
        _column("uscc", "Credit code", "统一社会信用代码"),
        _column("sector", "Sector", "所属行业"),
        _column("city", "City", "城市"),
        _column("contact", "Contact", "联系人"),
        _column("contact_phone", "Contact phone", "联系电话"),
        _column("booth", "Booth", "展位号"),
        _column("degree_required", "Degree required", "学历要求"),
        _column("majors", "Majors", "专业要求"),
        _column("headcount", "Headcount", "招聘人数"),
    )
}


def _values(kind: str, words: dict[str, tuple[str, str]]) -> dict[str, Message]:
    return {
        code: message(f"export.{kind}.{code.replace('-', '_')}", en, zh)
        for code, (en, zh) in words.items()
    }


VALUES: dict[str, dict[str, Message]] = {
    "degree": {str(d): m for d, m in DEGREE_WORDS.items()},
    "degree_required": {str(d): m for d, m in DEGREE_AT_LEAST.items()},
    "kind": _values("kind", {"arrival": ("Arrival", "入场"), "reentry": ("Re-entry", "再次入场")}),
    "method": _values(
        "method",
        {
            "badge": ("Badge", "扫胸卡"),
            "student_no": ("Student no.", "学号"),
            "search": ("Search", "搜索"),
            "walk-in": ("Walk-in", "现场登记"),
        },
    ),
    "source": _values(
        "source",
        {
            "import": ("Roster", "名单导入"),
            "walk-in": ("Walk-in", "现场登记"),
            "demo": ("Demo", "演示"),
        },
    ),
    "yes_no": _values("yes_no", {"yes": ("Yes", "是"), "no": ("No", "否")}),
    # A station nobody named is stored under its role; a person reads that it has no name.
    "station": _values(
        "station",
        {
            Role.ORGANISER: ("Unnamed station", "未命名的工作站"),
            Role.DESK: ("Unnamed desk", "未命名的签到台"),
            Role.BOOTH: ("Unnamed booth", "未命名的展位"),
        },
    ),
    "outcome": {str(o): m for o, m in OUTCOME_WORDS.items()},
}
#: Interview outcomes are stored in Chinese (DESIGN.md's words): their machine word.
OUTCOME_CODES = {o.stored: str(o) for o in Outcome}


@dataclass(frozen=True, slots=True)
class Words:
    """The words of one export: for a person in `lang`, or the machine words."""

    machine: bool
    lang: str

    def headers(self, names: Iterable[str]) -> list[str]:
        if self.machine:
            return list(names)
        return [COLUMNS[n].template(self.lang) if n in COLUMNS else n for n in names]

    def value(self, kind: str, code: object) -> object:
        """A coded value (a degree, a check-in kind, True/False for "yes_no") in these words."""
        if code is None or code == "":
            return ""
        if kind == "yes_no" and isinstance(code, bool):
            code = "yes" if code else "no"
        if kind == "outcome" and isinstance(code, str):
            code = OUTCOME_CODES.get(code, code)
        if not isinstance(code, str):
            return code
        entry = VALUES[kind].get(code)
        if entry is None:
            return code
        return code if self.machine else entry.template(self.lang)


def export_words(headers: str | None = None, lang: str | None = None) -> Words:
    """`headers`: "en" for the machine words, "ui" or None for the interface's language."""
    if headers not in (None, *HEADER_CHOICES):
        raise ValueError(f"headers must be one of {HEADER_CHOICES}, not {headers!r}")
    return Words(machine=headers == MACHINE, lang=lang or language())


FILE_STEMS: dict[str, Message] = {
    "attendees": message("export.file.attendees", "attendees", "学生名单"),
    "checkins": message("export.file.checkins", "checkins", "签到记录"),
    "interviews": message("export.file.interviews", "interviews", "面试记录"),
    "companies": message("export.file.companies", "companies", "参会单位"),
}
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def export_file_name(
    kind: str, *, part: str = "", suffix: str = ".xlsx", lang: str | None = None
) -> str:
    """A default file name for an export ("签到记录_北京大学.xlsx", "checkins.csv"): the kind
    in the interface's language, then `part` (a university or company) when given, made safe
    for every file system."""
    stem = FILE_STEMS[kind].template(lang or language())
    extra = _UNSAFE.sub("_", " ".join(part.split())).strip(" ._")
    return f"{stem}_{extra}{suffix}" if extra else f"{stem}{suffix}"
