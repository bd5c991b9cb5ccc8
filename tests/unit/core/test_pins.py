"""Booth PIN rules: the 4–8 digit format, full-width digits, random PINs, the stored hash."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fairdesk.core.pins import (
    PIN_MAX_DIGITS,
    PIN_MIN_DIGITS,
    check_pin_format,
    clean_pin,
    hash_pin,
    is_obvious,
    random_pin,
    verify_pin,
)
from fairdesk.errors import UserError


@pytest.mark.parametrize(
    ("typed", "pin"),
    [("4839", "4839"), ("48392017", "48392017"), (" 483 920 ", "483920"),
     ("４８３９２０", "483920"), ("0007", "0007")],
)  # fmt: skip
def test_a_pin_is_four_to_eight_digits_full_width_allowed(typed: str, pin: str) -> None:
    assert check_pin_format(typed) == pin


@pytest.mark.parametrize("typed", ["", "123", "123456789", "12a4", "١٢٣٤", "12.4", "½234", "²²²²"])
def test_anything_else_is_refused_with_the_key(typed: str) -> None:
    with pytest.raises(UserError) as caught:
        check_pin_format(typed)
    assert caught.value.key == "booth.pin_digits"
    assert "4–8" in caught.value.render("en") and "位数字" in caught.value.render("zh_CN")


@given(st.text(max_size=12))
def test_any_typed_text_is_a_valid_pin_or_a_keyed_error(typed: str) -> None:
    try:
        pin = check_pin_format(typed)
    except UserError as exc:
        assert exc.key == "booth.pin_digits"
    else:
        assert pin.isascii() and pin.isdigit() and PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS


@pytest.mark.parametrize("pin", ["0000", "999999", "1234", "123456", "9876", "8901", "3210"])
def test_obvious_pins(pin: str) -> None:
    assert is_obvious(pin)


def test_random_pins_are_six_digits_never_obvious_and_differ() -> None:
    pins = [random_pin() for _ in range(300)]
    assert all(len(p) == 6 and p.isascii() and p.isdigit() and not is_obvious(p) for p in pins)
    assert len(set(pins)) > 290
    assert {len(random_pin(d)) for d in (4, 8)} <= {4, 8}
    with pytest.raises(ValueError):
        random_pin(3)


def test_a_hash_holds_no_pin_and_each_salt_differs() -> None:
    first, second = hash_pin("483920"), hash_pin("483920")
    assert first != second and "483920" not in first
    assert verify_pin("483920", first) and verify_pin("483920", second)
    assert not verify_pin("483921", first)
    assert verify_pin(clean_pin("４８３９２０"), first)
