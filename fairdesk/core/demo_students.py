"""The demo fair's students: five Beijing universities, their schools, majors and 学号.

The universities are the seed report's (清华大学, 北京大学, 北京大学医学部, 北京航空航天大学,
北京师范大学); schools (学院) and majors are each university's own. Student numbers are 10 digits
in a per-university pattern built from the entry year, school and degree (北京大学医学部's start
with "00", so leading zeros must survive every import and export). Phones are unique 11-digit
mobiles; e-mail domains use the reserved `.example` top-level domain so nothing can be delivered.

`iter_students(n, seed)` streams students one at a time (constant memory for any n). The first
students are always the fixed SHOWCASE, so docs and tests can rely on them; the rest come from
`random.Random(seed)`, so the same (n, seed) always gives the same students.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import random
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from fairdesk.core.demo_people import student_name
from fairdesk.core.pinyin_keys import name_keys
from fairdesk.core.vocabulary import Degree

logger = logging.getLogger(__name__)

GRAD_YEARS = (2026, 2027)
CONSENT_RATE = 0.7
_ASSOCIATE_RATE = 0.25  # within a school that still trains 专科 students
_DEGREE_DIGIT = {Degree.ASSOCIATE: "5", Degree.BACHELOR: "0", Degree.MASTER: "1", Degree.PHD: "2"}
_SEQ_FIRST_GENERATED = 10  # showcase students use sequence numbers below this
_MOBILE_PREFIXES = (
    *("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151"),
    *("152", "153", "155", "156", "157", "158", "159", "166", "176", "177", "178", "180"),
    *("181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "198", "199"),
)
_PHONE_SPACE = 10**8
_PHONE_STEP = 7_919_683  # coprime with 10**8: index -> suffix is a permutation, phones unique
_PHONE_OFFSET = 36_180_131


@dataclass(frozen=True, slots=True)
class School:
    """A 学院 with its code (used in 学号) and majors."""

    name: str
    code: int
    majors: tuple[str, ...]
    associate: bool = False  # still trains 专科 students
    years: int = 4  # bachelor programme length


@dataclass(frozen=True, slots=True)
class University:
    """A university, its share of the demo's students and its degree mix."""

    name: str
    key: str  # selects the 学号 pattern
    email_domain: str
    weight: float
    degree_weights: tuple[float, float, float]  # bachelor, master, phd
    schools: tuple[School, ...]


def _s(name: str, code: int, majors: str, *, associate: bool = False, years: int = 4) -> School:
    return School(name, code, tuple(majors.split("、")), associate=associate, years=years)


UNIVERSITIES: tuple[University, ...] = (
    University("清华大学", "thu", "mails.tsinghua.example", 18, (0.32, 0.45, 0.23), (
        _s("计算机科学与技术系", 24, "计算机科学与技术、软件工程、人工智能"),
        _s("电子工程系", 23, "电子信息工程、信息与通信工程"),
        _s("机械工程系", 12, "机械工程、智能制造工程"),
        _s("精密仪器系", 13, "测控技术与仪器、仪器科学与技术、光学工程"),
        _s("集成电路学院", 40, "集成电路科学与工程、微电子科学与工程"),
        _s("电机工程与应用电子技术系", 22, "电气工程及其自动化"),
        _s("能源与动力工程系", 14, "能源与动力工程、新能源科学与工程"),
        _s("自动化系", 25, "自动化、控制科学与工程"),
        _s("药学院", 47, "药学"),
        _s("生命科学学院", 45, "生物科学、生物技术"),
        _s("美术学院", 60, "视觉传达设计、数字媒体艺术、工业设计"),
        _s("经济管理学院", 51, "工商管理、金融学"),
        _s("材料学院", 32, "材料科学与工程"),
    )),
    University("北京大学", "pku", "stu.pku.example", 26, (0.33, 0.45, 0.22), (
        _s("信息科学技术学院", 148, "计算机科学与技术、电子信息科学与技术、微电子科学与工程、"
                                    "智能科学与技术"),
        _s("工学院", 186, "机械工程、材料科学与工程、能源与环境系统工程、生物医学工程"),
        _s("化学与分子工程学院", 110, "化学、材料化学"),
        _s("生命科学学院", 111, "生物科学、生物技术"),
        _s("物理学院", 104, "物理学、光学"),
        _s("光华管理学院", 128, "工商管理、金融学、会计学"),
        _s("新闻与传播学院", 139, "新闻学、广告学、编辑出版学"),
        _s("中国语言文学系", 102, "汉语言文学"),
        _s("数学科学学院", 101, "数学与应用数学、统计学"),
        _s("经济学院", 115, "经济学、金融学"),
    )),
    University("北京大学医学部", "bjmu", "bjmu.example", 13, (0.30, 0.45, 0.25), (
        _s("基础医学院", 1, "基础医学、生物医学工程"),
        _s("药学院", 2, "药学、临床药学、药物化学"),
        _s("公共卫生学院", 3, "预防医学、流行病与卫生统计学"),
        _s("护理学院", 4, "护理学", associate=True),
        _s("第一临床医学院", 5, "临床医学、内科学、外科学", years=5),
        _s("口腔医学院", 6, "口腔医学", years=5),
        _s("医学人文学院", 7, "卫生事业管理、医学英语"),
    )),
    University("北京航空航天大学", "buaa", "buaa.example", 28, (0.38, 0.45, 0.17), (
        _s("计算机学院", 21, "计算机科学与技术、软件工程"),
        _s("电子信息工程学院", 2, "电子信息工程、通信工程、电磁场与微波技术"),
        _s("机械工程及自动化学院", 7, "机械设计制造及其自动化、工业设计、机器人工程"),
        _s("自动化科学与电气工程学院", 3, "自动化、电气工程及其自动化、控制科学与工程"),
        _s("仪器科学与光电工程学院", 17, "测控技术与仪器、光电信息科学与工程"),
        _s("材料科学与工程学院", 1, "材料科学与工程、材料成型及控制工程"),
        _s("能源与动力工程学院", 4, "能源与动力工程、飞行器动力工程"),
        _s("集成电路科学与工程学院", 39, "集成电路设计与集成系统、微电子科学与工程"),
        _s("生物与医学工程学院", 19, "生物医学工程"),
        _s("新媒体艺术与设计学院", 25, "数字媒体艺术"),
        _s("宇航学院", 15, "飞行器设计与工程、力学"),
        _s("经济管理学院", 8, "工商管理、会计学"),
    )),
    University("北京师范大学", "bnu", "mail.bnu.example", 15, (0.40, 0.45, 0.15), (
        _s("教育学部", 11, "教育学、教育技术学、学前教育、学科教学（英语）"),
        _s("心理学部", 61, "心理学、应用心理"),
        _s("文学院", 1, "汉语言文学"),
        _s("数学科学学院", 21, "数学与应用数学、统计学"),
        _s("物理学系", 22, "物理学"),
        _s("化学学院", 23, "化学"),
        _s("生命科学学院", 24, "生物科学"),
        _s("人工智能学院", 81, "计算机科学与技术、人工智能"),
        _s("艺术与传媒学院", 41, "数字媒体艺术、美术学"),
        _s("外国语言文学学院", 4, "英语"),
        _s("地理科学学部", 31, "地理科学"),
    )),
)  # fmt: skip
UNIVERSITY_NAMES = tuple(u.name for u in UNIVERSITIES)
_BY_NAME = {u.name: u for u in UNIVERSITIES}
_UNIV_CUMULATIVE = list(itertools.accumulate(u.weight for u in UNIVERSITIES))


@dataclass(frozen=True, slots=True)
class DemoStudent:
    """One attendee as the demo creates it (the service adds ids, fair and timestamps)."""

    name: str
    name_pinyin: str
    name_initials: str
    student_no: str
    university: str
    school: str
    major: str
    degree: Degree
    grad_year: int
    phone: str
    email: str
    consent: bool


# (name, university, school, major, degree, grad_year, sequence number, consent)
SHOWCASE: tuple[tuple[str, str, str, str, Degree, int, int, bool], ...] = (
    ("曾小贤", "北京师范大学", "心理学部", "应用心理", Degree.MASTER, 2026, 1, True),
    ("赵孟𫖯", "清华大学", "美术学院", "视觉传达设计", Degree.MASTER, 2026, 1, True),
    ("阿依古丽·买买提", "北京大学医学部", "基础医学院", "基础医学", Degree.PHD, 2027, 1, True),
    (
        "欧阳娜娜",
        "北京大学",
        "信息科学技术学院",
        "计算机科学与技术",
        Degree.BACHELOR,
        2026,
        1,
        True,
    ),
    ("单一鸣", "北京航空航天大学", "计算机学院", "软件工程", Degree.MASTER, 2026, 1, False),
    ("迪丽娜尔·艾山", "北京师范大学", "教育学部", "教育技术学", Degree.BACHELOR, 2026, 1, True),
    ("张堃", "清华大学", "集成电路学院", "微电子科学与工程", Degree.PHD, 2026, 1, True),
    ("上官玥", "北京大学", "光华管理学院", "金融学", Degree.MASTER, 2027, 1, True),
    ("区嘉欣", "北京大学医学部", "药学院", "药学", Degree.MASTER, 2026, 1, True),
    ("Emma Schmidt", "清华大学", "计算机科学与技术系", "人工智能", Degree.MASTER, 2026, 1, False),
)
SHOWCASE_NAMES = tuple(row[0] for row in SHOWCASE)


def number_block(
    univ: University, school: School, degree: Degree, entry: int
) -> tuple[object, ...]:
    """The part of a 学号 before its sequence number: students sharing it count up together."""
    if univ.key == "thu":
        return (univ.key, entry, school.code)
    if univ.key == "pku" and degree == Degree.BACHELOR:
        return (univ.key, entry, degree)
    return (univ.key, entry, school.code, degree)


def student_number(univ: University, school: School, degree: Degree, entry: int, seq: int) -> str:
    """The 10-digit 学号 for a student; raises ValueError when `seq` does not fit the pattern."""
    d = _DEGREE_DIGIT[degree]
    yy = entry % 100
    if univ.key == "thu":
        number, width = f"{entry}{school.code:02d}{seq:04d}", 4
    elif univ.key == "pku" and degree == Degree.BACHELOR:
        number, width = f"{yy:02d}000{seq:05d}", 5
    elif univ.key == "pku":
        number, width = f"{yy:02d}{d}{school.code:03d}{seq:04d}", 4
    elif univ.key == "bjmu":
        number, width = f"00{yy:02d}{school.code:d}{d}{seq:04d}", 4
    elif univ.key == "buaa":
        number, width = f"{yy:02d}{school.code:02d}{d}{seq:05d}", 5
    else:
        number, width = f"{yy:02d}{d}{school.code:02d}{seq:05d}", 5
    if seq >= 10**width or len(number) != 10:
        raise ValueError(f"too many demo students for one 学号 block at {univ.name}")
    return number


def entry_year(school: School, degree: Degree, grad_year: int, rng: random.Random | None) -> int:
    """The year a student started, from the degree's usual length."""
    if degree == Degree.ASSOCIATE:
        return grad_year - 3
    if degree == Degree.BACHELOR:
        return grad_year - school.years
    spread = rng.randint(0, 1) if rng is not None else 0
    return grad_year - (2 + spread if degree == Degree.MASTER else 4 + spread)


def mobile(index: int, rng: random.Random) -> str:
    """An 11-digit mobile, unique for every index below 10**8."""
    suffix = (index * _PHONE_STEP + _PHONE_OFFSET) % _PHONE_SPACE
    return f"{rng.choice(_MOBILE_PREFIXES)}{suffix:08d}"


@lru_cache(maxsize=1 << 16)
def _keys(name: str) -> tuple[str, str]:
    return name_keys(name)


def _email(univ: University, pinyin: str, student_no: str, rng: random.Random) -> str:
    if univ.key in ("pku", "bjmu"):
        return f"{student_no}@{univ.email_domain}"
    local = "".join(c for c in pinyin if c.isascii() and c.isalnum()) or "student"
    return f"{local}{rng.randrange(100):02d}@{univ.email_domain}"


def _make(
    rng: random.Random,
    index: int,
    name: str,
    univ: University,
    school: School,
    major: str,
    degree: Degree,
    grad_year: int,
    student_no: str,
    consent: bool,
) -> DemoStudent:
    pinyin, initials = _keys(name)
    return DemoStudent(
        name=name,
        name_pinyin=pinyin,
        name_initials=initials,
        student_no=student_no,
        university=univ.name,
        school=school.name,
        major=major,
        degree=degree,
        grad_year=grad_year,
        phone=mobile(index, rng),
        email=_email(univ, pinyin, student_no, rng),
        consent=consent,
    )


def _showcase(rng: random.Random, count: int) -> Iterator[DemoStudent]:
    for index, row in enumerate(SHOWCASE[:count]):
        name, univ_name, school_name, major, degree, grad, seq, consent = row
        univ = _BY_NAME[univ_name]
        school = next(s for s in univ.schools if s.name == school_name)
        number = student_number(univ, school, degree, entry_year(school, degree, grad, None), seq)
        yield _make(rng, index, name, univ, school, major, degree, grad, number, consent)


def _pick_degree(rng: random.Random, univ: University, school: School) -> Degree:
    if school.associate and rng.random() < _ASSOCIATE_RATE:
        return Degree.ASSOCIATE
    bachelor, master, _phd = univ.degree_weights
    r = rng.random() * sum(univ.degree_weights)
    if r < bachelor:
        return Degree.BACHELOR
    return Degree.MASTER if r < bachelor + master else Degree.PHD


def iter_students(n: int, seed: int) -> Iterator[DemoStudent]:
    """`n` students: the showcase first, then seeded random ones. Same (n, seed), same output."""
    rng = random.Random(seed)
    yield from _showcase(rng, n)
    counters: dict[tuple[object, ...], int] = {}
    total = _UNIV_CUMULATIVE[-1]
    for index in range(len(SHOWCASE), n):
        univ = UNIVERSITIES[bisect.bisect_right(_UNIV_CUMULATIVE, rng.random() * total)]
        name, _foreign = student_name(rng)
        school = rng.choice(univ.schools)
        major = rng.choice(school.majors)
        degree = _pick_degree(rng, univ, school)
        grad = GRAD_YEARS[0] if rng.random() < 0.7 else GRAD_YEARS[1]
        entry = entry_year(school, degree, grad, rng)
        key = number_block(univ, school, degree, entry)
        last = counters.get(key)
        if last is None:
            seq = _SEQ_FIRST_GENERATED + rng.randrange(30)
        else:
            seq = last + (2 if rng.random() < 0.2 else 1)  # gaps: students who left
        counters[key] = seq
        number = student_number(univ, school, degree, entry, seq)
        consent = rng.random() < CONSENT_RATE
        yield _make(rng, index, name, univ, school, major, degree, grad, number, consent)
