"""Realistic, fictional personal names for the demo fair.

Desks meet names that break naive software, so the demo is full of them: surnames drawn by
their real frequency, compound surnames (欧阳, 司马, 诸葛, 上官), surnames with a special reading
(曾 zēng, 单 shàn, 仇 qiú, 区 ōu, 查 zhā, 解 xiè), given names with rare characters (堃 玥 喆 赟
𫖯 䶮 …, some outside the Basic Multilingual Plane), Uyghur names joined by a middle dot
(阿依古丽·买买提), Tibetan and Mongolian names without a surname, and foreign students' Latin
names.

Every function takes the caller's `random.Random`, never the global one, so output is
reproducible.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import random
from collections.abc import Sequence

logger = logging.getLogger(__name__)

MIDDLE_DOT = "\u00b7"

# Surname weights, roughly per-mille of the population (2020 census ranking), plus the rarer
# surnames the desk search must read correctly.
_SURNAMES: tuple[tuple[str, float], ...] = (
    *(("王", 71), ("李", 70), ("张", 67), ("刘", 54), ("陈", 45), ("杨", 31), ("黄", 22)),
    *(("赵", 20), ("吴", 20), ("周", 19), ("徐", 15), ("孙", 15), ("马", 14), ("朱", 13)),
    *(("胡", 13), ("郭", 12), ("何", 12), ("林", 11), ("高", 11), ("罗", 11), ("郑", 10)),
    *(("梁", 9), ("谢", 8), ("宋", 8), ("唐", 8), ("许", 7), ("韩", 7), ("冯", 7), ("邓", 7)),
    *(("曹", 6), ("彭", 6), ("曾", 6), ("肖", 6), ("田", 5), ("董", 5), ("袁", 5), ("潘", 5)),
    *(("于", 5), ("蒋", 5), ("蔡", 5), ("余", 5), ("杜", 5), ("叶", 4), ("程", 4), ("苏", 4)),
    *(("魏", 4), ("吕", 4), ("丁", 4), ("任", 4), ("沈", 4), ("姚", 4), ("卢", 4), ("姜", 4)),
    *(("崔", 3), ("钟", 3), ("谭", 3), ("陆", 3), ("汪", 3), ("范", 3), ("金", 3), ("石", 3)),
    *(("廖", 3), ("贾", 3), ("夏", 3), ("韦", 3), ("付", 3), ("方", 3), ("白", 3), ("邹", 3)),
    *(("孟", 3), ("熊", 3), ("秦", 3), ("邱", 3), ("江", 3), ("尹", 3), ("薛", 2), ("闫", 2)),
    *(("段", 2), ("雷", 2), ("侯", 2), ("龙", 2), ("史", 2), ("陶", 2), ("黎", 2), ("贺", 2)),
    *(("顾", 2), ("毛", 2), ("郝", 2), ("龚", 2), ("邵", 2), ("万", 2), ("钱", 2), ("严", 2)),
    *(("覃", 2), ("武", 2), ("戴", 2), ("莫", 2), ("孔", 2), ("向", 2), ("汤", 2)),
    # special readings
    *(("单", 0.6), ("仇", 0.4), ("区", 0.3), ("查", 0.4), ("解", 0.4), ("朴", 0.3), ("盖", 0.2)),
    # compound surnames (复姓)
    *(("欧阳", 0.6), ("司马", 0.2), ("诸葛", 0.1), ("上官", 0.2), ("司徒", 0.3), ("东方", 0.1)),
    *(("皇甫", 0.1), ("慕容", 0.05), ("夏侯", 0.05), ("尉迟", 0.03), ("令狐", 0.05)),
)

_MALE = (
    "浩宇轩子梓博文俊嘉昊然睿泽铭航晨一阳鑫鹏辰哲凯奕帆天"
    "皓明杰涛磊伟强峰毅锐翔洋源逸恒志海正思佳彬斌健宁远煜晟"
)
_FEMALE = (
    "欣怡雨思佳诗涵萱彤琪雅瑶婷可心悦妍雪倩颖婧琳璐"
    "蕾梓子晓静婉清语梦月菲蓉丹慧敏娜玲晴依若嘉冰洁薇婕"
)
# Rare characters: several need an uncommon font, 𫖯 is outside the BMP (CJK Ext. C), 䶮 is Ext. A.
RARE_CHARS = "堃玥喆赟昇𫖯燊淼犇垚珺翀玙彧芃骞旻頔祎镕瑄昱晞焱䶮婳甯璟沄"
_RARE_RATE = 0.04
_SINGLE_GIVEN_RATE = 0.18

_UYGHUR_FEMALE = ("阿依古丽", "迪丽娜尔", "古丽娜尔", "热依拉", "帕提古丽", "米热古丽", "努尔古丽")
_UYGHUR_MALE = ("艾尔肯", "买买提江", "阿不都拉", "艾力", "穆合塔尔", "吐尔逊江", "亚森", "库尔班")
_UYGHUR_FATHER = ("买买提", "艾山", "吐尔逊", "阿不力孜", "热合曼", "玉素甫", "卡德尔", "托合提")
_NO_SURNAME = (
    *("扎西顿珠", "次仁卓玛", "格桑梅朵", "央金拉姆"),
    *("丹增尼玛", "巴特尔", "乌力吉", "其其格"),
)

_LATIN_FIRST = (
    *("Emma", "Lucas", "Sofia", "Liam", "Mia", "Noah", "Aiko", "Hiroshi", "Min-jun", "Ji-woo"),
    *("Ivan", "Anna", "Amara", "Kwame", "Ahmed", "Fatima", "Minh", "Mateo", "Olivia", "Arjun"),
)
_LATIN_LAST = (
    *("Schmidt", "Martin", "Rossi", "Brown", "Tanaka", "Sato", "Kim", "Park", "Petrov", "Okafor"),
    *("Mensah", "Hassan", "Nguyen", "Tran", "Garcia", "Smith", "Sharma", "Dubois", "Silva"),
)

_FOREIGN_RATE = 0.006
_MINORITY_RATE = 0.02


class _Weighted:
    """Weighted choice by bisecting cumulative weights (faster than `choices` in a hot loop)."""

    def __init__(self, pairs: Sequence[tuple[str, float]]) -> None:
        self.items = [item for item, _ in pairs]
        self.cumulative = list(itertools.accumulate(weight for _, weight in pairs))
        self.total = self.cumulative[-1]

    def pick(self, rng: random.Random) -> str:
        return self.items[bisect.bisect_right(self.cumulative, rng.random() * self.total)]


_SURNAME_PICKER = _Weighted(_SURNAMES)


def surname(rng: random.Random) -> str:
    """A surname, drawn by frequency."""
    return _SURNAME_PICKER.pick(rng)


def given_name(rng: random.Random) -> str:
    """One or two characters, now and then a rare one or a doubled one (娜娜)."""
    pool = _MALE if rng.random() < 0.5 else _FEMALE
    if rng.random() < _SINGLE_GIVEN_RATE:
        chars = [rng.choice(pool)]
    else:
        first = rng.choice(pool)
        chars = [first, first if rng.random() < 0.02 else rng.choice(pool)]
    if rng.random() < _RARE_RATE:
        chars[rng.randrange(len(chars))] = rng.choice(RARE_CHARS)
    return "".join(chars)


def chinese_name(rng: random.Random) -> str:
    """A Han name: surname + given name."""
    return surname(rng) + given_name(rng)


def minority_name(rng: random.Random) -> str:
    """A Uyghur name with a middle dot (own·father's), or a Tibetan/Mongolian one without."""
    if rng.random() < 0.25:
        return rng.choice(_NO_SURNAME)
    own = rng.choice(_UYGHUR_FEMALE if rng.random() < 0.5 else _UYGHUR_MALE)
    return f"{own}{MIDDLE_DOT}{rng.choice(_UYGHUR_FATHER)}"


def latin_name(rng: random.Random) -> str:
    """A foreign student's name as written on a passport: "Given Family"."""
    return f"{rng.choice(_LATIN_FIRST)} {rng.choice(_LATIN_LAST)}"


def student_name(rng: random.Random) -> tuple[str, bool]:
    """A student's name and whether the student is foreign."""
    r = rng.random()
    if r < _FOREIGN_RATE:
        return latin_name(rng), True
    if r < _FOREIGN_RATE + _MINORITY_RATE:
        return minority_name(rng), False
    return chinese_name(rng), False
