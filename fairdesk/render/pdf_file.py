"""Writing a PDF whole or not at all: the badge sheets and the booth PIN slips both go through here.

`write_pdf_file` paints into `FILE.part` (created first: QPdfWriter fails silently on a folder it
cannot write), adds the text layer for non-BMP names (`pdf_unicode`), then renames the part into
place; on any failure the part is removed and the caller's own "cannot write" message is raised.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtGui import QPageLayout, QPdfWriter

from fairdesk.core.messages import Text
from fairdesk.errors import UserError
from fairdesk.render.pdf_unicode import repair_unicode_maps

Paint = Callable[[QPdfWriter], int]  # draws every page, returns how many
CannotWrite = Callable[[Path, object], Text]  # (path, why) -> the caller's message


def write_pdf_file(path: Path, paint: Paint, *, title: str, page: QPageLayout, dpi: int,
                   texts: Iterable[str], cannot_write: CannotWrite) -> int:  # fmt: skip
    """Paint a PDF at `path` (its metadata `title`, pages of `page`); returns the page count.

    `texts`: every string drawn, so the text layer can be repaired for non-BMP characters.
    """
    part = path.with_name(path.name + ".part")  # the PDF appears whole or not at all
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part.open("wb").close()  # QPdfWriter fails silently: find out now
        writer = QPdfWriter(str(part))
        writer.setResolution(dpi)
        writer.setTitle(title)
        writer.setCreator("FairDesk")
        writer.setPageLayout(page)
        pages = paint(writer)
        del writer  # the file is complete once the writer is gone
        repair_unicode_maps(part, texts)
        part.replace(path)
    except OSError as exc:
        raise UserError(cannot_write(path, exc.strerror or exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
    return pages
