"""Completing the text layer of Qt's PDFs: rare ideographs (𫖯 U+2B5AF) extract as text too.

QPdfWriter embeds the glyphs it draws, but builds each font's ToUnicode map by looking every BMP
code point up in the font, so a glyph reached only from beyond the BMP (CJK Ext B+, exactly the
rare name characters) gets no entry and a PDF reader extracts it as garbage. The glyph itself is
drawn correctly; only copy/search is affected.

`repair_unicode_maps` finds the unmapped glyphs of each embedded font, identifies each one by its
outline box against the characters the document drew (measured in the bundled font with
QRawFont; Qt stores outlines at 2048 units per 1000-unit em, so boxes agree within a unit or two
while different characters differ by tens), and appends the missing entries as a standard PDF
incremental update — the bytes Qt wrote are left as they are.
"""

from __future__ import annotations

import logging
import re
import struct
import zlib
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtGui import QRawFont

from fairdesk.resource_files import resources_dir

logger = logging.getLogger(__name__)

TT_SCALE = 2048 / 1000  # Qt's TrueType units per unit of the 1000-unit CFF em
MATCH_UNITS = 6.0  # a glyph box must agree within this to count as the same character
Box = tuple[float, float, float, float]

_OBJ = re.compile(rb"\n(\d+) 0 obj\n")
_TYPE0 = re.compile(
    rb"/Subtype /Type0\s*/BaseFont /(\S+)\s*/Encoding /Identity-H\s*"
    rb"/DescendantFonts \[(\d+) 0 R\]\s*/ToUnicode (\d+) 0 R"
)
_RANGE = re.compile(r"<([0-9A-F]{4})> <([0-9A-F]{4})> (\[[^\]]*\]|<[0-9A-F]+>)")


class _Pdf:
    """Just enough of a Qt-written PDF: objects by number, stream contents, the trailer."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.offsets = {int(m.group(1)): m.end() for m in _OBJ.finditer(data)}

    def body(self, number: int) -> bytes:
        start = self.offsets[number]
        return self.data[start : self.data.index(b"\nendobj", start)]

    def stream(self, number: int) -> bytes:
        body = self.body(number)
        head = body[: body.index(b"stream")]
        found = re.search(rb"/Length (\d+)( 0 R)?", head)
        if found is None:
            raise ValueError(f"object {number} has no stream length")
        length = int(found.group(1))
        if found.group(2):
            length = int(self.body(length).strip())
        start = body.index(b"stream") + len(b"stream")
        start += 2 if body[start : start + 2] == b"\r\n" else 1
        raw = body[start : start + length]
        return zlib.decompress(raw) if b"/FlateDecode" in head else raw

    def ref(self, number: int, key: bytes) -> int:
        found = re.search(rb"/" + key + rb" (\d+) 0 R", self.body(number))
        if found is None:
            raise ValueError(f"object {number} has no /{key.decode()}")
        return int(found.group(1))


def _glyph_boxes(font: bytes) -> list[Box | None]:
    """xMin, yMin, xMax, yMax of every glyph of a TrueType font (None for empty glyphs)."""
    count = struct.unpack(">H", font[4:6])[0]
    tables = {}
    for i in range(count):
        tag, _sum, offset, _length = struct.unpack(">4sIII", font[12 + 16 * i : 28 + 16 * i])
        tables[tag] = offset
    long_loca = struct.unpack(">h", font[tables[b"head"] + 50 : tables[b"head"] + 52])[0]
    glyphs = struct.unpack(">H", font[tables[b"maxp"] + 4 : tables[b"maxp"] + 6])[0]
    lo, go = tables[b"loca"], tables[b"glyf"]
    if long_loca:
        loca = list(struct.unpack(f">{glyphs + 1}I", font[lo : lo + 4 * (glyphs + 1)]))
    else:
        loca = [2 * x for x in struct.unpack(f">{glyphs + 1}H", font[lo : lo + 2 * (glyphs + 1)])]
    boxes: list[Box | None] = []
    for g in range(glyphs):
        if loca[g + 1] == loca[g]:
            boxes.append(None)
            continue
        _contours, *box = struct.unpack(">hhhhh", font[go + loca[g] : go + loca[g] + 10])
        boxes.append((box[0], box[1], box[2], box[3]))
    return boxes


def _mapped(cmap: str) -> set[int]:
    cids: set[int] = set()
    for first, last, target in _RANGE.findall(cmap):
        a, b = int(first, 16), int(last, 16)
        if target.startswith("["):
            cids.update(a + i for i in range(len(re.findall(r"<[0-9A-F]+>", target))))
        else:
            cids.update(range(a, b + 1))
    return cids


def _box_of(raw: QRawFont, char: str) -> Box | None:
    glyphs = raw.glyphIndexesForString(char)
    if len(glyphs) != 1 or glyphs[0] == 0:
        return None
    r = raw.pathForGlyph(glyphs[0]).controlPointRect()
    return (r.left() * TT_SCALE, -r.bottom() * TT_SCALE, r.right() * TT_SCALE, -r.top() * TT_SCALE)


def _identify(box: Box, candidates: dict[str, Box]) -> str | None:
    scored = sorted(
        (max(abs(x - y) for x, y in zip(box, cand, strict=True)), char)
        for char, cand in candidates.items()
    )
    if not scored or scored[0][0] > MATCH_UNITS:
        return None
    if len(scored) > 1 and scored[1][0] <= MATCH_UNITS:
        return None  # two characters fit: better no entry than a wrong one
    return scored[0][1]


def _utf16_hex(char: str) -> str:
    return char.encode("utf-16-be").hex().upper()


def repair_unicode_maps(path: Path, texts: Iterable[str]) -> int:
    """Add ToUnicode entries for glyphs Qt left unmapped; returns how many were added."""
    pdf = _Pdf(path.read_bytes())
    chars = {c for text in texts for c in text if ord(c) > 0xFFFF}
    if not chars:
        return 0
    updates: dict[int, bytes] = {}
    added = 0
    for match in _TYPE0.finditer(pdf.data):
        font_name, descendant, to_unicode = match.group(1).decode(), *map(int, match.groups()[1:])
        font_file = resources_dir() / "fonts" / f"{font_name}.otf"
        if not font_file.is_file():
            continue
        cmap = pdf.stream(to_unicode).decode("latin-1")
        mapped = _mapped(cmap)
        boxes = _glyph_boxes(
            pdf.stream(pdf.ref(pdf.ref(descendant, b"FontDescriptor"), b"FontFile2"))
        )
        missing = [cid for cid in range(1, len(boxes)) if cid not in mapped and boxes[cid]]
        if not missing:
            continue
        raw = QRawFont(str(font_file), 1000)
        candidates = {c: b for c in chars if (b := _box_of(raw, c)) is not None}
        entries = []
        for cid in missing:
            box = boxes[cid]
            char = _identify(box, candidates) if box else None
            if char is not None:
                entries.append(f"<{cid:04X}> <{_utf16_hex(char)}>")
        if entries:
            extra = f"{len(entries)} beginbfchar\n" + "\n".join(entries) + "\nendbfchar\n"
            updates[to_unicode] = cmap.replace("endcmap", extra + "endcmap", 1).encode("latin-1")
            added += len(entries)
    if updates:
        _append_update(path, pdf, updates)
        logger.info("added %d ToUnicode entries to %s", added, path)
    return added


def _append_update(path: Path, pdf: _Pdf, streams: dict[int, bytes]) -> None:
    """A PDF incremental update: new versions of `streams`, a new xref section and trailer."""
    tail = pdf.data[pdf.data.rindex(b"trailer") :]
    previous = int(re.findall(rb"startxref\s+(\d+)", tail)[-1])
    trailer = tail[tail.index(b"<<") : tail.rindex(b"startxref")].strip()
    trailer = trailer[: trailer.rindex(b">>")] + b"/Prev " + str(previous).encode() + b"\n>>"
    out = bytearray(pdf.data)
    if not out.endswith(b"\n"):
        out += b"\n"
    offsets = {}
    for number, content in sorted(streams.items()):
        offsets[number] = len(out)
        out += f"{number} 0 obj\n<<\n/Length {len(content)}\n>>\nstream\n".encode()
        out += content + b"\nendstream\nendobj\n"
    xref = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n"
    for number, offset in offsets.items():
        out += f"{number} 1\n{offset:010d} 00000 n \n".encode()
    out += b"trailer\n" + trailer + b"\nstartxref\n" + str(xref).encode() + b"\n%%EOF\n"
    path.write_bytes(bytes(out))
