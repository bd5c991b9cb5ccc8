"""Company names in pinyin order, their search keys and short names."""

from __future__ import annotations

from fairdesk.core.company_names import (
    index_letter,
    matches,
    search_keys,
    shared_place,
    short_name,
    sort_key,
)


def test_huawei_sorts_among_the_hs_not_after_vivo() -> None:
    names = [
        "vivo移动通信有限公司",
        "华为技术有限公司",
        "阿里巴巴",
        "ABB（中国）",
        "腾讯科技",
        "58同城",
    ]
    ordered = sorted(names, key=sort_key)
    assert (
        ordered.index("华为技术有限公司")
        < ordered.index("腾讯科技")
        < ordered.index("vivo移动通信有限公司")
    )
    assert set(ordered[:2]) == {"ABB（中国）", "阿里巴巴"} and ordered[-1] == "58同城"
    assert [index_letter(n) for n in ("华为", "vivo", "58同城", "重庆银行")] == ["H", "V", "#", "C"]


def test_search_keys_take_chinese_pinyin_initials_and_booth_codes() -> None:
    keys = search_keys("华为技术有限公司", "A01")
    for typed in ("华为", "huawei", "HuaWei", "hwjs", "a01", "技术"):
        assert matches(keys, typed), typed
    assert not matches(keys, "腾讯")
    assert not matches(keys, "tx")


def test_short_name_drops_the_legal_form_only() -> None:
    assert short_name("华为技术有限公司") == "华为技术"
    assert short_name("招商银行股份有限公司（深圳分行）") == "招商银行（深圳分行）"
    assert short_name("Guangdong Trade Co., Ltd.") == "Guangdong Trade"
    assert short_name("有限公司") == "有限公司"
    assert short_name("腾讯科技") == "腾讯科技"


def test_a_family_firm_reads_its_surname_as_a_surname() -> None:
    from fairdesk.core.company_names import index_letter, sort_key

    names = ["曾氏精密仪器有限公司", "单氏数字创意工作室", "长虹电器", "百川新能源"]
    assert [index_letter(n) for n in names] == ["Z", "S", "C", "B"]
    assert sorted(names, key=sort_key) == ["百川新能源", "长虹电器", "单氏数字创意工作室",
                                           "曾氏精密仪器有限公司"]  # fmt: skip


def test_the_fairs_own_city_is_left_off_booth_labels_only() -> None:
    fair = ["中山市翠亨投资有限公司", "中山市岐江医院", "中山市小榄镇人民政府",
            "中山大洋电机股份有限公司", "广东省中山市火炬开发区建设局", "大都市传媒有限公司",
            "华为技术有限公司"]  # fmt: skip
    place = shared_place(fair)
    assert place == "中山市"  # three of seven start with it (广东省中山市 is its own place)
    assert short_name("中山市翠亨投资有限公司", place) == "翠亨投资"
    assert short_name("中山大洋电机股份有限公司", place) == "中山大洋电机"  # not a 市 prefix
    assert short_name("大都市传媒有限公司", place) == "大都市传媒"
    assert short_name("中山市医院", place) == "医院" and short_name("中山市", place) == "中山市"
    assert short_name("中山市翠亨投资有限公司") == "中山市翠亨投资"  # no place given: kept
    assert shared_place(["中山市一", "中山市二", "华为", "腾讯"]) == ""  # only two companies
    many = ["中山市甲公司", "中山市乙公司", "中山市丙公司", *(f"公司{i}" for i in range(20))]
    assert shared_place(many) == ""  # three of 23: less than a fifth
    assert shared_place([]) == ""
