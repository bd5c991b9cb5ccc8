"""A company found from the name an organiser types: exact, loose, booth code, or a keyed error."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from fairdesk.core.company_match import match_company
from fairdesk.errors import UserError


@dataclass(frozen=True)
class C:
    name: str
    booth_code: str = ""


HUAWEI = C("华为技术有限公司", "A01")
HUAWEI_SZ = C("华为技术（深圳）有限公司", "A02")
ABC = C("ABC Robotics Ltd", "B01")
ABC_LOWER = C("abc robotics ltd", "B02")
NO_BOOTH = C("中山市岐江医院")
ALL = [HUAWEI, HUAWEI_SZ, ABC, ABC_LOWER, NO_BOOTH]


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("华为技术有限公司", HUAWEI),
        ("  华为技术有限公司 ", HUAWEI),
        ("华为技术 有限公司", HUAWEI),  # a space typed in the middle
        ("华为技术(深圳)有限公司", HUAWEI_SZ),  # half-width brackets for full-width ones
        ("ABC Robotics Ltd", ABC),  # exact wins over the case-insensitive twin
        ("abc robotics ltd", ABC_LOWER),
        ("a02", HUAWEI_SZ),  # a booth code
        ("中山市岐江医院", NO_BOOTH),
    ],
)
def test_the_company_meant(typed: str, found: C) -> None:
    assert match_company(typed, ALL) is found


def test_a_loose_match_that_fits_two_is_ambiguous_and_lists_both() -> None:
    with pytest.raises(UserError) as caught:
        match_company("ABC ROBOTICS LTD", ALL)
    assert caught.value.key == "company.ambiguous"
    text = caught.value.render("en")
    assert "ABC Robotics Ltd (B01)" in text and "abc robotics ltd (B02)" in text
    assert "2 家企业" in caught.value.render("zh_CN")


def test_two_companies_of_the_same_name_are_told_apart_by_booth_code() -> None:
    twins = [C("中山市翠亨投资有限公司", "B01"), C("中山市翠亨投资有限公司", "C07")]
    with pytest.raises(UserError) as caught:
        match_company("中山市翠亨投资有限公司", twins)
    assert caught.value.key == "company.ambiguous" and "C07" in str(caught.value)
    assert match_company("c07", twins) is twins[1]


def test_an_unknown_name_lists_the_near_ones() -> None:
    with pytest.raises(UserError) as caught:
        match_company("华为", ALL)  # part of a name is never taken as the name
    assert caught.value.key == "company.unknown_near"
    text = caught.value.render("zh_CN")
    assert "华为技术有限公司 (A01)" in text and "华为技术（深圳）有限公司 (A02)" in text
    assert "ABC" not in text
    with pytest.raises(UserError) as caught:
        match_company("华为技术有限責任公司", ALL)  # a typo still finds its neighbour
    assert "华为技术有限公司 (A01)" in str(caught.value)


@pytest.mark.parametrize("typed", ["腾讯科技", "", "   ", "Z99"])
def test_nothing_near_is_unknown(typed: str) -> None:
    with pytest.raises(UserError) as caught:
        match_company(typed, ALL)
    assert caught.value.key == "company.unknown"
