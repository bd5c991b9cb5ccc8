"""Badge codes: round trip, every alteration refused, any input answered without an exception."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fairdesk.core.codes import (
    CODE_LENGTH,
    MAX_INPUT,
    CodeParts,
    Refused,
    Rejection,
    fold_input,
    is_code_shaped,
    make_code,
    parse_code,
    short_serial,
    verify_code,
)

SECRET = b"k" * 32
FAIR = 654321

serials = st.integers(min_value=0, max_value=999_999_999)
reissues = st.integers(min_value=0, max_value=99)


def code_for(serial: int = 1_000_042, reissue: int = 0) -> str:
    return make_code(fair_code=FAIR, secret=SECRET, serial=serial, reissue=reissue)


def verify(text: str) -> CodeParts | Refused:
    return verify_code(text, fair_code=FAIR, secret=SECRET)


def test_code_is_short_digits_and_round_trips() -> None:
    code = code_for()
    assert code.isdigit() and len(code) == CODE_LENGTH <= 40
    parts = verify(code)
    assert isinstance(parts, CodeParts)
    assert (parts.fair_code, parts.serial, parts.reissue) == (FAIR, 1_000_042, 0)


def test_full_width_digits_and_whitespace_are_the_same_code() -> None:
    code = code_for()
    full_width = "".join(chr(0xFF10 + int(d)) for d in code)
    assert verify(f"\u3000 {full_width}\n") == verify(code)


def test_rejections_name_their_reason() -> None:
    code = code_for()
    other = make_code(fair_code=111111, secret=SECRET, serial=1, reissue=0)
    assert verify(other) == Refused(Rejection.OTHER_FAIR)
    wrong_key = make_code(fair_code=FAIR, secret=b"x" * 32, serial=1_000_042, reissue=0)
    assert verify(wrong_key) == Refused(Rejection.FORGED)
    assert verify(code[:-1]) == Refused(Rejection.MALFORMED)
    assert verify("hello") == Refused(Rejection.MALFORMED)
    assert verify("") == Refused(Rejection.MALFORMED)


@pytest.mark.parametrize("position", range(CODE_LENGTH))
def test_every_single_digit_change_is_forged(position: int) -> None:
    code = code_for()
    for digit in string.digits:
        if digit == code[position]:
            continue
        altered = code[:position] + digit + code[position + 1 :]
        result = verify(altered)
        assert isinstance(result, Refused)
        # a changed version digit still fails the header check first: forged, not "another fair"
        assert result.reason == Rejection.FORGED, (position, digit)


@given(serials, reissues, st.data())
def test_any_alteration_is_rejected(serial: int, reissue: int, data: st.DataObject) -> None:
    code = code_for(serial, reissue)
    i = data.draw(st.integers(0, CODE_LENGTH - 1))
    j = data.draw(st.integers(0, CODE_LENGTH - 1))
    swapped = list(code)
    swapped[i], swapped[j] = swapped[j], swapped[i]
    transposed = "".join(swapped)
    if transposed != code:
        assert isinstance(verify(transposed), Refused)
    cut = data.draw(st.integers(0, CODE_LENGTH - 1))
    assert isinstance(verify(code[:cut]), Refused)
    assert isinstance(verify(code[1:]), Refused)
    digit = data.draw(st.sampled_from([d for d in string.digits if d != code[i]]))
    assert isinstance(verify(code[:i] + digit + code[i + 1 :]), Refused)


@given(serials, reissues)
def test_round_trip(serial: int, reissue: int) -> None:
    parts = verify(code_for(serial, reissue))
    assert isinstance(parts, CodeParts)
    assert (parts.serial, parts.reissue) == (serial, reissue)


@given(st.text())
def test_any_text_gives_a_result_never_an_exception(text: str) -> None:
    assert isinstance(verify(text), CodeParts | Refused)
    assert isinstance(parse_code(text), CodeParts | Refused)


@given(st.text(alphabet=string.digits, min_size=CODE_LENGTH, max_size=CODE_LENGTH))
def test_random_digits_are_not_accepted(text: str) -> None:
    assert isinstance(verify(text), Refused)


@given(serials, reissues, st.text(alphabet=string.digits, min_size=1, max_size=400), st.data())
def test_a_code_with_extra_digits_is_malformed_never_cut(
    serial: int, reissue: int, extra: str, data: st.DataObject
) -> None:
    code = code_for(serial, reissue)
    gap = data.draw(st.sampled_from(["", " ", " " * (MAX_INPUT - CODE_LENGTH), "\t" * 300]))
    for text in (code + extra, code + gap + extra, extra + gap + code):
        assert verify(text) == Refused(Rejection.MALFORMED), text
        assert parse_code(text) == Refused(Rejection.MALFORMED)
        assert not is_code_shaped(text)
        assert fold_input(fold_input(text)) == fold_input(text)  # callers fold twice


def test_short_serial_is_readable() -> None:
    assert short_serial(1_000_042, 0) == "001-000042"
    assert short_serial(2_000_001, 1) == "002-000001/1"
