"""Field normalisers: the shapes rosters really arrive in, and no crash on any input."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fairdesk.core import normalize
from fairdesk.core.messages import render
from fairdesk.core.normalize import FieldError


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("张\u3000三 ", "张三"),
        ("\u3000 李四\u00a0", "李四"),
        ("  Tom    Lee ", "Tom Lee"),
        ("阿依古丽·买买提", "阿依古丽·买买提"),
        ("阿依古丽 · 买买提", "阿依古丽·买买提"),
        ("赵孟𫖯", "赵孟𫖯"),
        ("\uf900", "\uf900"),  # a CJK compatibility ideograph that NFKC would change
        (None, ""),
    ],
)
def test_text(raw: str | None, expected: str) -> None:
    assert normalize.text(raw) == expected


def test_digits_folds_full_width() -> None:
    assert normalize.digits("１３７") == "137"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("13700000001", "13700000001"),
        ("137 0000 0002", "13700000002"),
        ("+86-137-0000-0003", "13700000003"),
        ("１３７０００００００４", "13700000004"),
        ("0086 139 1234 5678", "13912345678"),
        ("86 13912345678", "13912345678"),
        ("(+86) 139.1234.5678", "13912345678"),
        (13912345678, "13912345678"),
        (13912345678.0, "13912345678"),
        ("+44 20 7946 0958", "+442079460958"),
        ("0044 20 7946 0958", "+442079460958"),
        ("", None),
        (None, None),
    ],
)
def test_phone(raw: str | int | float | None, expected: str | None) -> None:
    assert normalize.phone(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "1.39123E+10",
        "1.39123e10",
        "1370000004",
        "12345678901",
        "139-1234-567a",
        "+1 23",
        "+8612345",
    ],
)
def test_phone_rejects(raw: str) -> None:
    with pytest.raises(FieldError) as info:
        normalize.phone(raw)
    assert info.value.field == "phone"
    assert info.value.key in ("normalize.not_mobile", "normalize.not_phone", "normalize.scientific")
    assert render(info.value.reason, "zh_CN") != render(info.value.reason, "en")  # both languages


def test_scientific_notation_reason_says_excel() -> None:
    with pytest.raises(FieldError, match="scientific notation"):
        normalize.phone("1.39123E+10")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (" Foo.Bar@Example.EDU.cn ", "Foo.Bar@example.edu.cn"),
        ("ｚｓ＠ｅｘａｍｐｌｅ．ｃｏｍ", "zs@example.com"),
        ("", None),
    ],
)
def test_email(raw: str, expected: str | None) -> None:
    assert normalize.email(raw) == expected


@pytest.mark.parametrize("raw", ["bad@", "@x.com", "a@b", "a b@c.com", "a@@b.com", "a@b..com", "x"])
def test_email_rejects(raw: str) -> None:
    with pytest.raises(FieldError, match="not an email address"):
        normalize.email(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("大专", "associate"),
        ("高职", "associate"),
        ("本科", "bachelor"),
        ("学士", "bachelor"),
        ("BS", "bachelor"),
        ("Undergraduate", "bachelor"),
        ("硕士", "master"),
        ("硕士研究生", "master"),
        ("研究生", "master"),
        ("专硕", "master"),
        ("Master", "master"),
        (" m eng ", "master"),
        ("MBA", "master"),
        ("博士研究生", "phd"),
        ("Ph.D.", "phd"),
        ("PhD", "phd"),
        ("doctoral", "phd"),
        ("", None),
        (None, None),
    ],
)
def test_degree(raw: str | None, expected: str | None) -> None:
    assert normalize.degree(raw) == expected


@pytest.mark.parametrize("raw", ["高中", "bachelorx", "博士后", "1"])
def test_degree_rejects(raw: str) -> None:
    with pytest.raises(FieldError):
        normalize.degree(raw)


TODAY = date(2026, 11, 28)


@pytest.mark.parametrize(
    "raw",
    ["2023", "2023届", "2023年", "2023年6月", 2023, 2023.0, "23届", "２０２３届", "2023-06-30"],
)
def test_grad_year(raw: str | int | float) -> None:
    assert normalize.grad_year(raw, today=TODAY) == 2023


@pytest.mark.parametrize("raw", ["1999", "2035", "99届", "明年", "2023.5.6.7", 2023.5, "20231"])
def test_grad_year_rejects(raw: str | float) -> None:
    with pytest.raises(FieldError):
        normalize.grad_year(raw, today=TODAY)


def test_grad_year_upper_bound_is_this_year_plus_eight() -> None:
    assert normalize.grad_year("2034", today=TODAY) == 2034
    with pytest.raises(FieldError, match="2000–2034"):
        normalize.grad_year("2035", today=TODAY)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0012345", "0012345"),
        (" 2022 1102 01 ", "2022110201"),
        ("２０２２１１０２０１", "2022110201"),
        (2022110201, "2022110201"),
        (2022110201.0, "2022110201"),
        ("", None),
    ],
)
def test_student_no(raw: str | int | float, expected: str | None) -> None:
    assert normalize.student_no(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        *[("是", True), ("Yes", True), ("y", True), ("TRUE", True), ("1", True), ("同意", True)],
        *[("✓", True), ("否", False), ("no", False), ("", False)],
    ],
)
def test_consent(raw: str, expected: bool) -> None:
    assert normalize.consent(raw) is expected


@pytest.mark.parametrize(
    ("func", "raw", "expected"),
    [  # cells that look like the already-clean common case but are not
        (normalize.phone, "13912345678\n", "13912345678"),
        (normalize.phone, " 13912345678", "13912345678"),
        (normalize.phone, "1391234567８", "13912345678"),
        (normalize.student_no, "2022110201\n", "2022110201"),
        (normalize.student_no, "A" * 40, "A" * 40),
        (normalize.student_no, "２０２２ａ", "2022a"),
        (normalize.email, "Li.Lei@PKU.EDU.CN", "Li.Lei@pku.edu.cn"),
        (normalize.email, "li＠pku.edu.cn", "li@pku.edu.cn"),
    ],
)
def test_clean_looking_cells(func: Callable[[object], object], raw: str, expected: str) -> None:
    assert func(raw) == expected


@pytest.mark.parametrize(
    ("func", "raw"),
    [
        (normalize.phone, "1391234567\u0663"),  # an Arabic-Indic digit is no ASCII digit
        (normalize.phone, "12912345678"),
        (normalize.student_no, "A" * 41),
        (normalize.email, "li@pku..edu.cn"),
        (normalize.email, "li@.pku.edu.cn"),
        (normalize.email, "li@pku@edu.cn"),
    ],
)
def test_clean_looking_cells_that_fail(func: Callable[[object], object], raw: str) -> None:
    with pytest.raises(FieldError):
        func(raw)


RAW_VALUES = st.one_of(
    st.text(),
    st.none(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(alphabet="0123456789+-. ()eE１２３４５６７８９０届年月\u3000@", max_size=30),
)


@pytest.mark.parametrize(
    "func",
    [
        normalize.text,
        normalize.digits,
        normalize.phone,
        normalize.email,
        normalize.degree,
        normalize.grad_year,
        normalize.student_no,
        normalize.consent,
    ],
)
@given(raw=RAW_VALUES)
def test_any_input_gives_a_value_or_field_error(func: object, raw: object) -> None:
    try:
        result = func(raw)  # type: ignore[operator]
    except FieldError as exc:
        assert exc.reason
    else:
        assert result is None or isinstance(result, str | int | bool)


def test_our_illegal_characters_are_openpyxl_s() -> None:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE as theirs

    from fairdesk.core.spreadsheet_out import ILLEGAL_CHARACTERS_RE as ours

    assert ours.pattern == theirs.pattern


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="abcXYZ019._%+-@ \u3000．Ａ", min_size=1, max_size=24)
    | st.from_regex(r"[a-z0-9.]{1,8}@[a-zA-Z0-9]{1,6}\.[a-z]{2,3}", fullmatch=True)
)
def test_a_clean_address_takes_the_short_way_to_the_same_answer(cell: str) -> None:
    """`email`'s shortcut for a clean cell returns what its full rules would."""
    try:
        slow: str | None = normalize._email(cell, "email")
    except normalize.FieldError:
        slow = "refused"
    try:
        fast: str | None = normalize.email(cell, "email")
    except normalize.FieldError:
        fast = "refused"
    assert fast == slow
