"""Every user-visible string in the UI has a Chinese translation (CONVENTIONS rule 9).

pyside6-lupdate extracts the strings from the sources as they are now; each must be translated
in one of the committed catalogues (`resources/i18n/*_zh_CN.ts`), and each catalogue must be
compiled (`.qm` beside it), because that is what the app loads.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def messages(ts: Path, *, translated_only: bool) -> set[tuple[str, str]]:
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            text = (translation.text or "") if translation is not None else ""
            if translated_only and (kind in ("unfinished", "obsolete", "vanished") or not text):
                continue
            found.add((name, message.findtext("source", "")))
    return found


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
