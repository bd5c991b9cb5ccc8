"""Pinyin search keys: surnames read as surnames, rare characters never crash or drop others."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fairdesk.core.pinyin_keys import name_keys, search_key


@pytest.mark.parametrize(
    ("name", "full", "initials"),
    [
        ("曾小贤", "zengxiaoxian", "zxx"),
        ("单田芳", "shantianfang", "stf"),
        ("欧阳娜娜", "ouyangnana", "oynn"),
        ("张三", "zhangsan", "zs"),
        ("仇英", "qiuying", "qy"),
        ("区志航", "ouzhihang", "ozh"),
        ("解缙", "xiejin", "xj"),
        ("朴树", "piaoshu", "ps"),
        ("尉迟恭", "yuchigong", "ycg"),
        ("万俟卨", "moqixie", "mqx"),
        ("长孙无忌", "zhangsunwuji", "zswj"),
        ("单于越", "chanyuyue", "cyy"),
        ("澹台灭明", "tantaimieming", "ttmm"),
        ("阿依古丽·买买提", "ayigulimaimaiti", "ayglmmt"),
        ("Tom Lee", "tomlee", "tl"),
        ("José  García", "josegarcia", "jg"),
        ("吕布", "lvbu", "lb"),
        ("", "", ""),
    ],
)
def test_name_keys(name: str, full: str, initials: str) -> None:
    assert name_keys(name) == (full, initials)


def test_surname_reading_only_for_the_first_character() -> None:
    # 曾 inside a given name keeps its common reading; as a surname it is zeng.
    assert name_keys("曾曾")[0].startswith("zeng")
    assert name_keys("王曾")[0] == "wangceng"


def test_rare_characters_do_not_drop_the_others() -> None:
    full, initials = name_keys("赵孟𫖯")
    assert full.startswith("zhaomeng")
    assert initials.startswith("zm")
    unknown = "\U00030000"  # an Ext-G ideograph pypinyin has no reading for
    assert name_keys(f"张{unknown}三") == ("zhangsan", "zs")
    assert name_keys(unknown) == ("", "")


def test_search_key() -> None:
    assert search_key(" Zhang San ") == "zhangsan"
    assert search_key("xi'an") == "xian"
    assert search_key("ＺＳ") == "zs"
    assert search_key("１２３４") == "1234"


@given(st.text())
def test_any_name_gives_ascii_keys(name: str) -> None:
    full, initials = name_keys(name)
    assert full.isascii() and initials.isascii()
    assert len(initials) <= len(full)
    assert search_key(full) == full
