"""The message catalogue: stable keys, both languages, the same parameters in each."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import fairdesk
from fairdesk.core import messages
from fairdesk.core.messages import Message, message
from fairdesk.errors import StorageError, UserError

KEY = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
CJK = re.compile(r"[\u4e00-\u9fff]")


def _all_messages() -> dict[str, Message]:
    """Import every module outside the GUI so that each declares its messages."""
    for info in pkgutil.walk_packages(fairdesk.__path__, "fairdesk."):
        if not info.name.startswith(("fairdesk.ui", "fairdesk.app", "fairdesk.__main__")):
            importlib.import_module(info.name)
    return messages.catalogue()


def test_every_message_has_a_stable_key_and_both_languages() -> None:
    catalogue = _all_messages()
    assert catalogue
    for key, entry in catalogue.items():
        assert KEY.match(key), key
        assert entry.en.strip() and entry.zh.strip(), key
        assert messages._placeholders(entry.zh) == entry.placeholders(), key
        if key != "common.verbatim":
            assert CJK.search(entry.zh), f"{key}: the Chinese text has no Chinese"
            assert re.search("[A-Za-z]{2}", entry.en), f"{key}: the English text has no English"


def test_text_renders_in_the_current_or_the_asked_language() -> None:
    greet = message("test.greet", "{n} students, {why}", "{n} 名学生，{why}")
    why = message("test.why", "all here", "全部到齐")
    text = greet(n=3, why=why())
    assert text.key == "test.greet"
    assert str(text) == "3 students, all here"
    assert text.render("zh_CN") == "3 名学生，全部到齐"
    messages.set_language("zh_CN")
    assert str(text) == "3 名学生，全部到齐"


def test_a_key_declared_twice_with_other_words_is_refused() -> None:
    message("test.twice", "once", "一次")
    message("test.twice", "once", "一次")  # the same declaration again (a module reloaded)
    with pytest.raises(ValueError):
        message("test.twice", "twice", "两次")


def test_user_errors_carry_the_key_and_render_late() -> None:
    pin = message("test.pin", "A PIN has {low}–{high} digits", "PIN 为 {low}–{high} 位数字")
    exc = UserError(pin(low=4, high=8))
    assert exc.key == "test.pin"
    assert str(exc) == "A PIN has 4–8 digits"
    messages.set_language("zh_CN")
    assert str(exc) == exc.message == "PIN 为 4–8 位数字"
    assert StorageError("full", pin(low=1, high=2)).render("en") == "A PIN has 1–2 digits"


@pytest.mark.parametrize(
    ("env", "lang"),
    [
        ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"LANGUAGE": "zh_CN:en"}, "zh_CN"),
        ({}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
    ],
)
def test_the_command_line_language_follows_the_locale(env: dict[str, str], lang: str) -> None:
    assert messages.language_from_environment(env) == lang
