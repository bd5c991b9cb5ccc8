"""Reading a roster CSV as a stream: encoding, delimiter, then one record at a time.

The file is never held whole: the encoding is decided in a pass over its bytes (UTF-16 or UTF-8
by their BOM, UTF-8 when every byte sequence is valid or only a damaged byte or two is not, else
GB18030), the delimiter by the first rows, and the rows are then read straight from the file.

A quote that opens a cell and never closes would make the csv module swallow every line after
it into one cell. A record may span several lines only when its quoted cell closes within
MAX_RECORD_LINES lines (not at the end of the file), it is no wider than the widest one-line
record seen so far (the header) and no line inside the cell looks like a row of its own;
otherwise its first line becomes a broken record naming that line, and reading resumes on the
next line, so every later row is still read.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import io
import logging
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from fairdesk.core.messages import Text, message
from fairdesk.core.tabular import (
    HEADER_SCAN_ROWS,
    Broken,
    Progress,
    SourceRow,
    Synonyms,
    Table,
    build_table,
    unneutralise,
    unreadable,
)

logger = logging.getLogger(__name__)

DELIMITERS = (",", "\t", ";")
MAX_RECORD_LINES = 100  # lines one quoted cell may span (an address, a note)
_CHUNK = 1 << 20
_BROKEN = message("import.broken_text", "broken {encoding} text", "{encoding} 编码有误")
_UNKNOWN_ENCODING = message(
    "import.unknown_encoding", "unknown text encoding", "无法识别的文本编码"
)
_NOT_A_TABLE = message("import.not_a_table", "not a CSV or Excel file", "不是 CSV 或 Excel 文件")
NO_HEADER = message(
    "import.no_header", "no header row with known column names", "找不到含有已知列名的表头行"
)
_QUOTE = message(
    "import.open_quote",
    "row {row} (line {line}): a quote opens on line {line} and is not closed in this row",
    "第 {row} 行（文件第 {line} 行）：引号未配对",
)
#: How each encoding is named to a person (the column report says what the file was read as).
ENCODING_NAMES = {
    "utf-16": "UTF-16",
    "utf-8-sig": "UTF-8 (BOM)",
    "utf-8": "UTF-8",
    "gb18030": "GB18030",
}


def _broken_text(encoding: str) -> Text:
    """What a decoding error mid-file means, by the encoding chosen."""
    if encoding == "gb18030":
        return _UNKNOWN_ENCODING()
    return _BROKEN(encoding=ENCODING_NAMES[encoding].split()[0])


def _is_utf8(fh: IO[bytes]) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for chunk in iter(lambda: fh.read(_CHUNK), b""):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _nearly_utf8(fh: IO[bytes]) -> bool:
    """UTF-8 with a damaged byte or two: read it as UTF-8 (the damaged rows are rejected for
    their unreadable characters) rather than as GB18030 mojibake."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    broken = non_ascii = 0
    for chunk in [*iter(lambda: fh.read(_CHUNK), b""), b""]:
        text = decoder.decode(chunk, final=not chunk)
        broken += text.count("\ufffd")
        non_ascii += len(text) - len(text.encode("ascii", "ignore"))
    return broken <= max(2, non_ascii // 200)


def sniff_encoding(path: Path) -> tuple[str, str]:
    """(encoding, errors) to read `path` with; UserError when it is not text at all."""
    with path.open("rb") as fh:
        start = fh.read(65536)
        if start.startswith((b"\xff\xfe", b"\xfe\xff")):
            return "utf-16", "strict"
        if b"\x00" in start:
            raise unreadable(path, _NOT_A_TABLE())
        if start.startswith(codecs.BOM_UTF8):
            return "utf-8-sig", "strict"
        fh.seek(0)
        if _is_utf8(fh):
            return "utf-8", "strict"
        fh.seek(0)
        if _nearly_utf8(fh):
            return "utf-8", "replace"
    return "gb18030", "strict"


class _Lines:
    """The file's lines for csv.reader, counted, keeping the lines of the record being read so
    that a runaway quote can be undone (its lines after the first are read again)."""

    def __init__(self, source: Iterator[str]) -> None:
        self._source = source
        self._again: deque[str] = deque()
        self.taken: list[str] = []
        self.line = 0  # number of the last line handed out

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if len(self.taken) >= MAX_RECORD_LINES:
            raise _RunawayQuote
        line = self._again.popleft() if self._again else next(self._source)
        self.taken.append(line)
        self.line += 1
        return line

    def first_line(self) -> int:
        """Line number where the record being read began."""
        return self.line - len(self.taken) + 1

    def next_record(self) -> None:
        self.taken = []

    def undo(self) -> str:
        """Give back the record's lines after its first; returns that first line."""
        first, *rest = self.taken or [""]
        self._again.extendleft(reversed(rest))
        self.line -= len(rest)
        self.taken = []
        return first


class _RunawayQuote(Exception):
    """Internal: a quoted cell ran past MAX_RECORD_LINES lines."""


def _broken(number: int, line: int, text: str, delimiter: str) -> Broken:
    cells = tuple(unneutralise(c) for c in text.rstrip("\r\n").split(delimiter))
    return Broken(number, cells, _QUOTE(row=number, line=line))


def _ends_in_quote(text: str, delimiter: str) -> bool:
    """Whether `text` ends inside a quoted cell, read as the csv module reads (a quote opens a
    cell only at its start; "" inside is a quote character)."""
    in_quote, at_start, i = False, True, 0
    while i < len(text):
        ch = text[i]
        if in_quote:
            if ch == '"':
                if text.startswith('"', i + 1):
                    i += 1
                else:
                    in_quote = False
        elif ch == delimiter or ch in "\r\n":
            at_start = True
            i += 1
            continue
        elif ch == '"' and at_start:
            in_quote = True
        at_start = False
        i += 1
    return in_quote


def _runaway(taken: list[str], record: list[str], widest: int, delimiter: str) -> bool:
    """Whether a record is a quote that swallowed the rows below it, or the end of the file.

    It is when the file ended inside its quoted cell, or when a record read across several
    lines is wider than the header or holds a line that looks like a row of its own.
    """
    if sum(line.count('"') for line in taken) % 2 and _ends_in_quote("".join(taken), delimiter):
        return True
    if len(taken) == 1 or not widest:
        return False
    return len(record) > widest or any(
        widest > 1 and line.count(delimiter) >= widest - 1 for line in taken[1:]
    )


def csv_rows(source: Iterator[str], delimiter: str) -> Iterator[SourceRow]:
    """Rows numbered by record, as Excel numbers them (a quoted cell may span several lines)."""
    lines = _Lines(source)
    number = widest = 0
    while True:
        reader = csv.reader(lines, delimiter=delimiter)
        try:
            for record in reader:
                taken = lines.taken
                quoted = len(taken) > 1 or '"' in taken[0]  # the common row has no quote
                if quoted and _runaway(taken, record, widest, delimiter):
                    raise _RunawayQuote
                if len(taken) == 1:
                    widest = max(widest, len(record))
                lines.next_record()
                number += 1
                if quoted or "'" in taken[0]:  # our own Excel-safety apostrophe may lead a cell
                    cells = tuple(unneutralise(c) for c in record)
                else:
                    cells = tuple(record)
                yield number, cells, cells
            return
        except (_RunawayQuote, csv.Error) as exc:
            line = lines.first_line()
            number += 1
            logger.info("line %d: %s; read as a broken record", line, exc or "runaway quote")
            yield _broken(number, line, lines.undo(), delimiter)


def _head(fh: IO[str]) -> str:
    """The first lines of the file (enough for the header scan), and back to the start."""
    head = "".join(line for _, line in zip(range(HEADER_SCAN_ROWS * 2), fh, strict=False))
    fh.seek(0)
    return head


def delimiters_to_try(head: str) -> list[str]:
    """Candidate delimiters that occur in the first lines, most frequent first (comma if none)."""
    lines = [line for line in head.splitlines()[:HEADER_SCAN_ROWS] if line.strip()]
    counts = {d: sum(line.count(d) for line in lines) for d in DELIMITERS}
    found = sorted((d for d in DELIMITERS if counts[d]), key=lambda d: -counts[d])
    return found or [","]


def _best_delimiter(path: Path, head: str, synonyms: Synonyms) -> str | None:
    """The delimiter whose header names the most known columns (None: no header at all)."""
    best: tuple[int, str] | None = None
    for delimiter in delimiters_to_try(head):
        rows = csv_rows(iter(io.StringIO(head, newline="")), delimiter)
        found = build_table(path, rows, synonyms)
        if found is not None and (best is None or len(found.columns) > best[0]):
            best = (len(found.columns), delimiter)
    return best[1] if best else None


def read_csv(path: Path, synonyms: Synonyms, *, progress: Progress | None = None) -> Table:
    """A CSV file in UTF-8 (BOM or not), UTF-16 or GB18030, comma/tab/semicolon separated."""
    encoding = "gb18030"
    try:
        encoding, errors = sniff_encoding(path)
        with path.open(encoding=encoding, errors=errors, newline="") as fh:
            delimiter = _best_delimiter(path, _head(fh), synonyms)
            if delimiter is None:
                raise unreadable(path, NO_HEADER())
            table = build_table(path, csv_rows(fh, delimiter), synonyms, progress)
    except UnicodeDecodeError as exc:
        raise unreadable(path, _broken_text(encoding)) from exc
    except OSError as exc:
        raise unreadable(path, exc.strerror or str(exc)) from exc
    if table is None:  # the head named a header, so the whole file does too
        raise unreadable(path, NO_HEADER())
    return dataclasses.replace(table, encoding=ENCODING_NAMES[encoding])
