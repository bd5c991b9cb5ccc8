"""Every user-visible string in the UI has a Chinese translation (CONVENTIONS rule 9).

pyside6-lupdate extracts the strings from the sources as they are now; each must be translated
in one of the committed catalogues (`resources/i18n/*_zh_CN.ts`), and each catalogue must be
compiled (`.qm` beside it), because that is what the app loads. No catalogue keeps an entry
that is unfinished, empty or left over from a string that is gone: Linguist and lupdate mark
those, and the app would show them in English.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def _entries(ts: Path) -> list[tuple[str, str, bool]]:
    """(context, source, finished) for each message of `ts`."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            text = (translation.text or "").strip() if translation is not None else ""
            if translation is not None and message.get("numerus") == "yes":
                text = "".join(
                    (form.text or "").strip() for form in translation.iter("numerusform")
                )
            finished = kind not in ("unfinished", "obsolete", "vanished") and bool(text)
            found.append((name, message.findtext("source", ""), finished))
    return found


def messages(ts: Path, *, translated_only: bool) -> set[tuple[str, str]]:
    return {(c, s) for c, s, done in _entries(ts) if done or not translated_only}


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """Entries of `ts` that are unfinished, empty, obsolete or vanished."""
    return [(c, s) for c, s, done in _entries(ts) if not done]


def test_every_ui_string_has_a_chinese_translation(tmp_path: Path) -> None:
    sources = sorted(
        str(p)
        for p in (ROOT / "fairdesk").rglob("*.py")
        if "PySide6" in p.read_text(encoding="utf-8")
    )
    extracted = tmp_path / "all_zh_CN.ts"
    subprocess.run([str(LUPDATE), *sources, "-ts", str(extracted)], check=True, capture_output=True)
    needed = messages(extracted, translated_only=False)
    assert len(needed) > 30
    have: set[tuple[str, str]] = set()
    for ts in I18N.glob("*_zh_CN.ts"):
        have |= messages(ts, translated_only=True)
    missing = sorted(needed - have)
    assert missing == [], f"{len(missing)} untranslated, e.g. {missing[:5]}"


def test_every_catalogue_is_compiled() -> None:
    catalogues = sorted(I18N.glob("*_zh_CN.ts"))
    assert catalogues
    for ts in catalogues:
        assert ts.with_suffix(".qm").is_file(), f"{ts.name} has no compiled .qm"


def test_no_catalogue_has_an_unfinished_entry() -> None:
    catalogues = sorted(I18N.glob("*_zh_CN.ts"))
    assert len(catalogues) >= 4
    for ts in catalogues:
        assert unfinished(ts) == [], f"{ts.name}: unfinished or empty {unfinished(ts)[:5]}"


TINY_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Tiny</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Half done</source>
        <translation type="unfinished">半</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation></translation>
    </message>
    <message>
        <source>Blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">没了</translation>
    </message>
</context>
</TS>
"""


def test_the_check_catches_unfinished_and_empty_entries(tmp_path: Path) -> None:
    ts = tmp_path / "tiny_zh_CN.ts"
    ts.write_text(TINY_TS, encoding="utf-8")
    assert sorted(unfinished(ts)) == [
        ("Tiny", "Blank"), ("Tiny", "Empty"), ("Tiny", "Gone"), ("Tiny", "Half done")
    ]  # fmt: skip
    assert messages(ts, translated_only=True) == {("Tiny", "Done")}
    assert len(messages(ts, translated_only=False)) == 5


def test_a_missing_catalogue_leaves_the_whole_station_in_english(
    qapp: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Services' messages follow the language the interface really got, not the one asked for."""
    from fairdesk.core import messages
    from fairdesk.ui import i18n

    monkeypatch.setattr(i18n, "translations_path", lambda lang: str(tmp_path / "none.qm"))
    assert i18n.install_translator(qapp, "zh_CN") == "en"  # type: ignore[arg-type]
    assert messages.language() == "en"
    i18n.install_translator(qapp, "en")  # type: ignore[arg-type]
