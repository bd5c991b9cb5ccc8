"""The employer check-in code: the company's id back, and nothing else taken for one."""

from __future__ import annotations

import uuid
from unicodedata import normalize

from hypothesis import given
from hypothesis import strategies as st

from fairdesk.core.company_codes import company_code, parse_company_code
from fairdesk.core.ids import uuid7


def test_round_trip_digits_only_and_full_width() -> None:
    cid = uuid7()
    code = company_code(cid)
    assert len(code) == 40 and code.isdigit() and code.startswith("8")
    assert parse_company_code(code) == cid
    wide = "".join(chr(ord(c) + 0xFEE0) for c in code)  # ０１２… as an input method sends them
    assert parse_company_code(f" {wide} ") == cid


def test_names_badge_codes_and_near_misses_are_not_codes() -> None:
    code = company_code(uuid.UUID(int=(1 << 128) - 1))
    assert parse_company_code(code) == uuid.UUID(int=(1 << 128) - 1)
    for text in ("华为", "A01", "1" + code[1:], code[:-1], code + "0", "8" + "9" * 39, ""):
        assert parse_company_code(text) is None


@given(st.text())
def test_any_text_gives_a_company_or_none(text: str) -> None:
    found = parse_company_code(text)
    assert found is None or company_code(found) == "".join(normalize("NFKC", text).split())
