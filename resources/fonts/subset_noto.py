"""Rebuild the bundled badge fonts from Debian's fonts-noto-cjk (see README.md beside this file).

Run from the repository root: ``.venv/bin/python resources/fonts/subset_noto.py``. Takes the
"Noto Sans CJK SC" face out of each system collection and keeps only what badges draw: Latin for
foreign names and pinyin, punctuation and middle dots for ethnic-minority names, every CJK
ideograph the font has (URO, Ext A and all of Ext B+ — the rare name characters) and kana.
Hangul and the JP/KR/TC `locl` alternates are dropped.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

SOURCES = {
    "Regular": Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    "Bold": Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"),
}
FACE = "Noto Sans CJK SC"
#: Our own family name, so Qt never confuses the bundled subset with an installed Noto Sans CJK
#: (the OFL allows renaming a modified version; "Source" is Noto CJK's only reserved name).
FAMILY = "FairDesk Noto Sans SC"
RANGES = (
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 (incl. U+00B7 middle dot)
    (0x0100, 0x017F),  # Latin Extended-A
    (0x01CD, 0x01DC),  # pinyin with caron (ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ)
    (0x0300, 0x036F),  # combining diacritics
    (0x2000, 0x206F),  # general punctuation (incl. U+2022, U+2027)
    (0x2100, 0x214F),  # letterlike (℃ №)
    (0x2460, 0x24FF),  # enclosed numbers
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3040, 0x30FF),  # kana (incl. U+30FB katakana middle dot)
    (0x3400, 0x4DBF),  # CJK Ext A
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF00, 0xFFEF),  # half-width and full-width forms
    (0x20000, 0x3FFFF),  # Ext B and beyond: whatever the font has
)


def sc_face(collection: Path) -> int:
    fonts = TTCollection(str(collection)).fonts
    for i, font in enumerate(fonts):
        if font["name"].getDebugName(4).startswith(FACE) and "Mono" not in font[
            "name"
        ].getDebugName(4):
            return i
    raise SystemExit(f"{FACE} not found in {collection}")


def rename(font: TTFont, weight: str) -> None:
    """Give the subset FairDesk's family name (English records only)."""
    ps_name = f"{FAMILY.replace(' ', '')}-{weight}"
    names = font["name"]
    keep = {0, 3, 5, 7, 8, 9, 10, 11, 12, 13, 14}
    names.names = [n for n in names.names if n.nameID in keep]
    for name_id, text in (
        (1, FAMILY),
        (2, weight),
        (3, f"{ps_name};subset by FairDesk"),
        (4, f"{FAMILY} {weight}" if weight != "Regular" else FAMILY),
        (6, ps_name),
        (16, FAMILY),
        (17, weight),
    ):
        names.setName(text, name_id, 3, 1, 0x409)
    if "CFF " in font:
        font["CFF "].cff.fontNames = [ps_name]


def build(weight: str, source: Path, out_dir: Path) -> Path:
    font = TTCollection(str(source)).fonts[sc_face(source)]
    cmap = font.getBestCmap()
    wanted = [cp for lo, hi in RANGES for cp in range(lo, hi + 1) if cp in cmap]
    opts = subset.Options()
    opts.layout_features = ["kern"]  # no locl: its JP/KR/TC alternates would double the size
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.hinting = False
    opts.notdef_outline = True
    opts.recalc_bounds = True
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=wanted)
    sub.subset(font)
    rename(font, weight)
    out = out_dir / f"FairDeskNotoSansSC-{weight}.otf"
    font.save(str(out))
    print(f"{out.name}: {len(wanted)} characters, {out.stat().st_size / 1e6:.1f} MB")
    return out


def main() -> int:
    out_dir = Path(__file__).resolve().parent
    for weight, source in SOURCES.items():
        build(weight, source, out_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
