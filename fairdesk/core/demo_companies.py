"""The demo fair's 32 Zhongshan employers, their booths and positions.

From the seed report: 32 Zhongshan organisations (企事业单位) across the city's industry clusters
hold 双选会 at Beihang and Peking University. 中山市翠亨投资有限公司 is named in the report; every
other name here is invented for the demo (any likeness to a real organisation is accidental), as
are contacts, phones (0760- landlines, 13x mobiles) and example.com addresses. Each organisation
gets a valid 统一社会信用代码 (GB 32100-2015) so import and export code paths see realistic data.

Pure data and a seeded generator: the same seed always gives the same companies.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass

from fairdesk.core.companies import uscc, uscc_check_char
from fairdesk.core.demo_people import chinese_name
from fairdesk.core.normalize import FieldError
from fairdesk.core.vocabulary import Degree

logger = logging.getLogger(__name__)

CITY = "中山市"
HALLS = ("北航体育馆", "北大邱德拔体育馆")
SECTORS = (
    "生物医药",
    "智能制造",
    "教育",
    "新一代电子信息",
    "智能家电",
    "高端装备制造",
    "半导体及集成电路",
    "激光及增材制造",
    "新能源",
    "智能机器人",
    "精密仪器装备",
    "数字创意",
)

_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)  # GB 11714 organisation code
ZHONGSHAN_AREA = "442000"

_GRID_COLUMNS = 4
_GRID_DX = 4.0  # metres between booth columns
_GRID_DY = 3.5  # metres between booth rows
_GRID_ORIGIN = (3.0, 3.0)


@dataclass(frozen=True, slots=True)
class DemoPosition:
    """A job on offer: minimum degree, majors wanted (joined with 、), headcount."""

    title: str
    degree: Degree
    majors: str
    headcount: int


@dataclass(frozen=True, slots=True)
class DemoCompany:
    """An employer with its contact, credit code and booth on the floor plan."""

    name: str
    sector: str
    city: str
    contact_name: str
    phone: str
    email: str
    uscc: str
    booth_code: str
    hall: str
    zone: str
    x: float
    y: float
    positions: tuple[DemoPosition, ...]


# (title, minimum degree, majors wanted, (min, max) headcount)
_Template = tuple[str, Degree, str, tuple[int, int]]

_SECTOR_POSITIONS: dict[str, tuple[_Template, ...]] = {
    "生物医药": (
        ("药物研发工程师", Degree.MASTER, "药学、药物化学、有机化学", (2, 5)),
        ("临床研究协调员", Degree.BACHELOR, "临床医学、护理学、药学", (3, 8)),
        ("生物工艺工程师", Degree.MASTER, "生物技术、生物工程、化学工程与工艺", (2, 4)),
        ("质量保证专员", Degree.BACHELOR, "药学、生物技术、化学", (2, 5)),
        ("药品注册专员", Degree.BACHELOR, "药学、临床药学", (1, 3)),
    ),
    "智能制造": (
        ("工艺工程师", Degree.BACHELOR, "机械工程、机械设计制造及其自动化、智能制造工程", (3, 8)),
        ("自动化工程师", Degree.BACHELOR, "自动化、电气工程及其自动化", (2, 6)),
        ("工业软件开发工程师", Degree.MASTER, "计算机科学与技术、软件工程", (2, 4)),
        ("数字化工厂规划工程师", Degree.MASTER, "工业工程、机械工程", (1, 3)),
        ("管理培训生", Degree.BACHELOR, "工商管理、机械工程、工业工程", (5, 10)),
    ),
    "教育": (
        ("高中数学教师", Degree.MASTER, "数学与应用数学、统计学", (1, 3)),
        ("高中物理教师", Degree.MASTER, "物理学", (1, 2)),
        ("初中语文教师", Degree.BACHELOR, "汉语言文学", (1, 3)),
        ("英语教师", Degree.MASTER, "英语、学科教学（英语）", (1, 3)),
        ("心理健康教师", Degree.MASTER, "心理学、应用心理", (1, 2)),
        ("信息技术教师", Degree.BACHELOR, "计算机科学与技术、教育技术学", (1, 2)),
    ),
    "新一代电子信息": (
        ("嵌入式软件工程师", Degree.BACHELOR, "电子信息工程、计算机科学与技术、通信工程", (3, 8)),
        ("硬件工程师", Degree.BACHELOR, "电子信息工程、电子科学与技术", (2, 6)),
        ("射频工程师", Degree.MASTER, "信息与通信工程、电磁场与微波技术", (1, 3)),
        ("算法工程师", Degree.MASTER, "人工智能、计算机科学与技术、信号与信息处理", (2, 4)),
        ("测试工程师", Degree.BACHELOR, "电子信息工程、通信工程", (2, 5)),
    ),
    "智能家电": (
        ("结构工程师", Degree.BACHELOR, "机械设计制造及其自动化、工业设计", (2, 6)),
        ("电控软件工程师", Degree.BACHELOR, "电子信息工程、自动化", (2, 5)),
        ("工业设计师", Degree.BACHELOR, "工业设计、产品设计", (1, 3)),
        ("物联网平台开发工程师", Degree.MASTER, "计算机科学与技术、软件工程", (2, 4)),
        ("热流体仿真工程师", Degree.MASTER, "能源与动力工程、工程热物理", (1, 2)),
        ("产品经理", Degree.BACHELOR, "工业设计、市场营销、计算机科学与技术", (1, 3)),
    ),
    "高端装备制造": (
        ("机械设计工程师", Degree.BACHELOR, "机械工程、机械设计制造及其自动化", (3, 6)),
        ("液压系统工程师", Degree.MASTER, "机械工程、流体传动与控制", (1, 3)),
        ("焊接工艺工程师", Degree.BACHELOR, "材料成型及控制工程、焊接技术与工程", (1, 3)),
        ("电气设计工程师", Degree.BACHELOR, "电气工程及其自动化、自动化", (2, 4)),
        ("结构强度仿真工程师", Degree.MASTER, "力学、飞行器设计与工程、机械工程", (1, 2)),
    ),
    "半导体及集成电路": (
        ("数字IC设计工程师", Degree.MASTER, "集成电路设计与集成系统、微电子科学与工程", (2, 5)),
        ("模拟IC设计工程师", Degree.MASTER, "微电子科学与工程、集成电路科学与工程", (1, 3)),
        ("工艺整合工程师", Degree.MASTER, "材料科学与工程、物理学、微电子科学与工程", (2, 4)),
        ("封装测试工程师", Degree.BACHELOR, "电子科学与技术、材料科学与工程", (2, 6)),
        ("器件研究员", Degree.PHD, "微电子学与固体电子学、物理学", (1, 2)),
    ),
    "激光及增材制造": (
        ("激光器研发工程师", Degree.MASTER, "光学工程、光电信息科学与工程、物理学", (1, 3)),
        ("光学设计工程师", Degree.MASTER, "光学工程、光学", (1, 2)),
        ("增材制造工艺工程师", Degree.MASTER, "材料科学与工程、材料成型及控制工程", (1, 3)),
        ("金属材料研究员", Degree.PHD, "材料科学与工程", (1, 1)),
        ("激光应用工程师", Degree.BACHELOR, "机械工程、光电信息科学与工程", (2, 4)),
    ),
    "新能源": (
        ("电池研发工程师", Degree.MASTER, "材料科学与工程、化学、电化学", (2, 5)),
        ("电池管理系统软件工程师", Degree.MASTER, "电气工程、自动化、控制科学与工程", (1, 3)),
        ("电力电子工程师", Degree.MASTER, "电气工程及其自动化、电力电子与电力传动", (1, 3)),
        ("光伏系统工程师", Degree.BACHELOR, "新能源科学与工程、电气工程及其自动化", (2, 4)),
        ("储能项目工程师", Degree.BACHELOR, "能源与动力工程、电气工程及其自动化", (2, 4)),
    ),
    "智能机器人": (
        ("机器人算法工程师", Degree.MASTER, "控制科学与工程、人工智能、机器人工程", (2, 4)),
        ("运动控制工程师", Degree.MASTER, "自动化、机械电子工程", (1, 3)),
        ("机器视觉工程师", Degree.MASTER, "计算机科学与技术、模式识别与智能系统", (1, 3)),
        ("机器人应用工程师", Degree.BACHELOR, "机器人工程、机械设计制造及其自动化", (3, 6)),
        ("SLAM算法研究员", Degree.PHD, "控制科学与工程、计算机科学与技术", (1, 1)),
    ),
    "精密仪器装备": (
        ("光学测量工程师", Degree.MASTER, "仪器科学与技术、光学工程、测控技术与仪器", (1, 3)),
        ("精密机械设计工程师", Degree.BACHELOR, "机械工程、测控技术与仪器", (2, 4)),
        ("传感器研发工程师", Degree.MASTER, "仪器科学与技术、微电子科学与工程", (1, 3)),
        ("计量校准工程师", Degree.BACHELOR, "测控技术与仪器、物理学", (1, 3)),
        ("分析仪器应用科学家", Degree.PHD, "化学、仪器科学与技术", (1, 1)),
    ),
    "数字创意": (
        ("游戏策划", Degree.BACHELOR, "数字媒体艺术、汉语言文学、计算机科学与技术", (2, 4)),
        ("三维美术设计师", Degree.BACHELOR, "数字媒体艺术、视觉传达设计、美术学", (2, 5)),
        ("交互设计师", Degree.BACHELOR, "视觉传达设计、工业设计、数字媒体艺术", (1, 3)),
        ("新媒体运营", Degree.BACHELOR, "新闻学、广告学、汉语言文学", (2, 4)),
        ("图形渲染工程师", Degree.MASTER, "计算机科学与技术、软件工程", (1, 2)),
    ),
}

# Organisations with their own positions rather than their sector's.
_OWN_POSITIONS: dict[str, tuple[_Template, ...]] = {
    "中山市翠亨投资有限公司": (
        ("投资经理（生物医药方向）", Degree.MASTER, "药学、生物技术、金融学", (1, 2)),
        ("产业研究员", Degree.PHD, "基础医学、药学、生物科学", (1, 2)),
        ("项目管理专员", Degree.BACHELOR, "工商管理、经济学", (1, 3)),
        ("风控专员", Degree.MASTER, "金融学、会计学、法学", (1, 2)),
    ),
    "中山市岐江医院": (
        ("临床医师", Degree.PHD, "临床医学、内科学、外科学", (3, 6)),
        ("临床药师", Degree.MASTER, "临床药学、药学", (1, 3)),
        ("护士", Degree.ASSOCIATE, "护理学", (5, 12)),
        ("公共卫生医师", Degree.MASTER, "预防医学、流行病与卫生统计学", (1, 2)),
    ),
}

# (name, sector, e-mail slug, public body?) — first 16 in hall A (Beihang), the rest in hall B.
_ORGANISATIONS: tuple[tuple[str, str, str, bool], ...] = (
    ("中山市精锐智能制造有限公司", "智能制造", "jingrui", False),
    ("中山市恒拓自动化科技有限公司", "智能制造", "hengtuo", False),
    ("中山市岐智工业互联网有限公司", "智能制造", "qizhi", False),
    ("中山市重拓装备制造有限公司", "高端装备制造", "zhongtuo", False),
    ("中山市海衡船舶装备有限公司", "高端装备制造", "haiheng", False),
    ("中山市坤衡重工机械有限公司", "高端装备制造", "kunheng", False),
    ("中山市芯岐半导体有限公司", "半导体及集成电路", "xinqi", False),
    ("中山市晶湾集成电路设计有限公司", "半导体及集成电路", "jingwan", False),
    ("中山市微澜封装测试有限公司", "半导体及集成电路", "weilan", False),
    ("中山市光锻激光科技有限公司", "激光及增材制造", "guangduan", False),
    ("中山市叠层增材制造技术有限公司", "激光及增材制造", "dieceng", False),
    ("中山市擎越机器人有限公司", "智能机器人", "qingyue", False),
    ("中山市灵岐智能机器人有限公司", "智能机器人", "lingqi", False),
    ("中山市准衡精密仪器有限公司", "精密仪器装备", "zhunheng", False),
    ("中山市测微光电仪器有限公司", "精密仪器装备", "cewei", False),
    ("中山市风澜新能源科技有限公司", "新能源", "fenglan", False),
    ("中山市翠亨投资有限公司", "生物医药", "cuiheng", False),
    ("中山市康澜生物医药有限公司", "生物医药", "kanglan", False),
    ("中山市瑞禾生物科技有限公司", "生物医药", "ruihe", False),
    ("中山市岐江医院", "生物医药", "qjyy", True),
    ("中山市香山湾实验学校", "教育", "xswsy", True),
    ("中山市岐江外国语学校", "教育", "qjwgy", True),
    ("中山市紫马岭实验中学", "教育", "zmlzx", True),
    ("中山市星联电子科技有限公司", "新一代电子信息", "xinglian", False),
    ("中山市讯岐信息技术有限公司", "新一代电子信息", "xunqi", False),
    ("中山市明川光电显示有限公司", "新一代电子信息", "mingchuan", False),
    ("中山市澜庭智能家电有限公司", "智能家电", "lanting", False),
    ("中山市暖域电器有限公司", "智能家电", "nuanyu", False),
    ("中山市南岸智能厨卫有限公司", "智能家电", "nanan", False),
    ("中山市储源电池科技有限公司", "新能源", "chuyuan", False),
    ("中山市幻岐数字文化有限公司", "数字创意", "huanqi", False),
    ("中山市香山动漫创意有限公司", "数字创意", "xiangshan", False),
)


def is_valid_uscc(code: str) -> bool:
    """Whether `code` is a well-formed credit code with a correct check character."""
    try:
        return uscc(code) == code
    except FieldError:
        return False


def _org_code(rng: random.Random) -> str:
    """A 9-character organisation code (GB 11714): 8 digits and their check character."""
    body = f"{rng.randrange(10**8):08d}"
    total = sum(int(c) * w for c, w in zip(body, _ORG_WEIGHTS, strict=True))
    check = 11 - total % 11
    return body + ("X" if check == 10 else "0" if check == 11 else str(check))


def make_uscc(rng: random.Random, *, public_body: bool) -> str:
    """A valid Zhongshan credit code: 91 (enterprise) or 12 (public institution) + 442000 …"""
    first17 = ("12" if public_body else "91") + ZHONGSHAN_AREA + _org_code(rng)
    return first17 + uscc_check_char(first17)


def _contact_phone(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"0760-8{rng.randrange(10**7):07d}"
    return f"13{rng.randrange(10):d}{rng.randrange(10**8):08d}"


def _positions(rng: random.Random, name: str, sector: str) -> tuple[DemoPosition, ...]:
    own = _OWN_POSITIONS.get(name)
    templates = own if own is not None else rng.sample(_SECTOR_POSITIONS[sector], rng.randint(2, 4))
    return tuple(
        DemoPosition(title=title, degree=degree, majors=majors, headcount=rng.randint(lo, hi))
        for title, degree, majors, (lo, hi) in templates
    )


def demo_companies(seed: int) -> list[DemoCompany]:
    """The 32 organisations in booth order (A01…A16, B01…B16), the same for the same seed."""
    rng = random.Random(seed)
    per_hall = len(_ORGANISATIONS) // len(HALLS)
    companies: list[DemoCompany] = []
    for i, (name, sector, slug, public_body) in enumerate(_ORGANISATIONS):
        hall_index, slot = divmod(i, per_hall)
        row, column = divmod(slot, _GRID_COLUMNS)
        mail_user = "rsc" if public_body else "hr"
        companies.append(
            DemoCompany(
                name=name,
                sector=sector,
                city=CITY,
                contact_name=chinese_name(rng),
                phone=_contact_phone(rng),
                email=f"{mail_user}@{slug}.example.com",
                uscc=make_uscc(rng, public_body=public_body),
                booth_code=f"{'AB'[hall_index]}{slot + 1:02d}",
                hall=HALLS[hall_index],
                zone=sector,
                x=_GRID_ORIGIN[0] + column * _GRID_DX,
                y=_GRID_ORIGIN[1] + row * _GRID_DY,
                positions=_positions(rng, name, sector),
            )
        )
    logger.debug("generated %d demo companies", len(companies))
    return companies
