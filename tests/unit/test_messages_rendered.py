"""Every message of the store, the services, the badge files and the commands renders in both
languages with sample parameters: each parameter appears, no field is left unfilled, the Chinese
text reads in Chinese and the English one in English."""

from __future__ import annotations

import importlib
import re
from types import ModuleType

import pytest

from fairdesk.core.messages import Message

CJK = re.compile(r"[\u4e00-\u9fff]")

#: The modules whose texts were converted to keyed messages (Step 6, point 5).
MODULES = (
    "fairdesk.store.engine",
    "fairdesk.store.guard",
    "fairdesk.store.restore",
    "fairdesk.services.storage",
    "fairdesk.services.fairs",
    "fairdesk.services.badges.service",
    "fairdesk.services.badges.issue",
    "fairdesk.services.desk.checkin",
    "fairdesk.services.desk.registration",
    "fairdesk.services.demo",
    "fairdesk.services.booth.views",
    "fairdesk.render.badge_output",
    "fairdesk.config",
    "fairdesk.cli",
    "fairdesk.cli.fair",
    "fairdesk.cli.badges",
    "fairdesk.cli.restore",
)


def _declared(module: ModuleType) -> list[Message]:
    """The messages a module declares at its top level (also inside a dict, e.g. by reason)."""
    found: list[Message] = []
    for value in vars(module).values():
        if isinstance(value, Message):
            found.append(value)
        elif isinstance(value, dict):
            found += [v for v in value.values() if isinstance(v, Message)]
    return found


def _messages() -> list[Message]:
    seen: dict[str, Message] = {}
    for name in MODULES:
        for entry in _declared(importlib.import_module(name)):
            if entry.key != "common.verbatim":
                seen[entry.key] = entry
    return sorted(seen.values(), key=lambda m: m.key)


MESSAGES = _messages()


def test_each_converted_module_declares_its_messages() -> None:
    owners = {name: {m.key for m in _declared(importlib.import_module(name))} for name in MODULES}
    assert all(owners.values()), [name for name, keys in owners.items() if not keys]
    assert len(MESSAGES) > 60


@pytest.mark.parametrize("entry", MESSAGES, ids=lambda m: m.key)
def test_renders_in_both_languages_with_sample_parameters(entry: Message) -> None:
    params = {name: 7001 + i for i, name in enumerate(sorted(entry.placeholders()))}
    text = entry(**params)
    english, chinese = text.render("en"), text.render("zh_CN")
    for value in params.values():
        shown = (str(value), f"{value:,}")
        assert any(s in english for s in shown) and any(s in chinese for s in shown), entry.key
    for rendered in (english, chinese):
        assert "{" not in rendered and "}" not in rendered, (entry.key, rendered)
    assert CJK.search(chinese), entry.key
    assert not CJK.search(english.replace("学号", "")), entry.key
    assert english != chinese


def test_a_text_parameter_renders_in_the_same_language() -> None:
    from fairdesk.services.desk.checkin import PERSON_GONE
    from fairdesk.services.desk.registration import INVALID_FIELD

    text = INVALID_FIELD(field="name", reason=PERSON_GONE())
    assert text.render("en") == "name: That person is no longer in the roster."
    assert text.render("zh_CN") == "name 填写有误：此人已不在名单中。"
