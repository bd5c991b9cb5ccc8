"""Messages a person reads, each with a stable key and its English and Chinese text.

Services, the store and the command line never hand a person a bare string: they raise or return
a `Text`, made by calling a `Message` declared beside the code that uses it::

    PIN_TOO_SHORT = message("booth.pin_length", "A PIN has {low}–{high} digits",
                            "PIN 为 {low}–{high} 位数字")
    raise UserError(PIN_TOO_SHORT(low=4, high=8))

A `Text` renders in the language of the interface (`set_language`, called by the GUI's
translator set-up and by the command line's `--lang` / locale), or in the language asked for.
Tests match on `Text.key`, never on wording. Parameters that are themselves `Text` render in the
same language, so a reason can be built from parts. Every message is registered once under its
key; `catalogue()` lists them for the completeness test.
"""

from __future__ import annotations

import os
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

LANGUAGES = ("zh_CN", "en")
_current = {"lang": "en"}
_REGISTRY: dict[str, Message] = {}


def set_language(lang: str) -> None:
    """Render messages in `lang` from now on ("zh_CN" or "en"; "zh…" counts as zh_CN)."""
    _current["lang"] = normalise_language(lang)


def language() -> str:
    """The language messages render in."""
    return _current["lang"]


def normalise_language(lang: str) -> str:
    """ "zh", "zh-CN", "zh_CN.UTF-8" → "zh_CN"; anything else → "en"."""
    return "zh_CN" if lang.replace("-", "_").lower().startswith("zh") else "en"


def language_from_environment(env: Mapping[str, str] | None = None) -> str:
    """The language the POSIX locale variables ask for (LC_ALL, LC_MESSAGES, LANG, LANGUAGE)."""
    env = os.environ if env is None else env
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(name)
        if value:
            return normalise_language(value.split(":")[0])
    return "en"


def _placeholders(template: str) -> set[str]:
    return {name.split(".")[0].split("[")[0]
            for _, name, _, _ in string.Formatter().parse(template) if name}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Message:
    """A catalogue entry: its key and the two templates (`str.format` fields by name)."""

    key: str
    en: str
    zh: str

    def __call__(self, **params: Any) -> Text:
        return Text(self, params)

    def template(self, lang: str | None = None) -> str:
        return self.zh if (lang or language()) == "zh_CN" else self.en

    def placeholders(self) -> set[str]:
        """The parameter names the English template uses (the Chinese one must use the same)."""
        return _placeholders(self.en)


@dataclass(frozen=True, slots=True)
class Text:
    """A message with its parameters, rendered when it is shown."""

    message: Message
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return self.message.key

    def render(self, lang: str | None = None) -> str:
        lang = lang or language()
        values = {k: _rendered(v, lang) for k, v in self.params.items()}
        return self.message.template(lang).format_map(values)

    def __str__(self) -> str:
        return self.render()


#: How a list of texts given as one parameter is joined, by language.
LIST_SEPARATORS = {"zh_CN": "、", "en": ", "}


def _rendered(value: Any, lang: str) -> Any:
    """A parameter for the template: a Text rendered, a tuple or list of Texts joined."""
    if isinstance(value, Text):
        return value.render(lang)
    if isinstance(value, tuple | list) and value and all(isinstance(v, Text) for v in value):
        return LIST_SEPARATORS[lang].join(v.render(lang) for v in value)
    return value


def message(key: str, en: str, zh: str) -> Message:
    """Declare a message under `key` ("area.name"); a key declared twice is a programming error."""
    if key in _REGISTRY and _REGISTRY[key] != Message(key, en, zh):
        raise ValueError(f"message key {key!r} declared twice with different texts")
    entry = _REGISTRY[key] = Message(key, en, zh)
    return entry


def catalogue() -> dict[str, Message]:
    """Every message declared so far (import the modules first to see them all)."""
    return dict(_REGISTRY)


def render(value: str | Text, lang: str | None = None) -> str:
    """A `Text` in `lang` (default: the current language); a plain string as it is."""
    return value.render(lang) if isinstance(value, Text) else value


#: A free text that is already in the reader's language (a file name, an OS error string).
VERBATIM = message("common.verbatim", "{text}", "{text}")
