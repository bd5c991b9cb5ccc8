"""`write_pdf(..., log=service)`: the PDF is written, then each badge's printing is logged —
never the log without the file. Read back with pypdf and from the print log (`print_count`,
`select(only_unprinted=True)`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine

from fairdesk.core.badge_layout import preset
from fairdesk.errors import UserError
from fairdesk.render.badge_output import write_pdf
from fairdesk.services.badges.service import BadgeService
from tests.factories import add_person, new_store


@pytest.fixture
def engine(tmp_path: Path, qapp: QApplication) -> Engine:
    return new_store(tmp_path / "s.sqlite3")


def test_the_pdf_is_written_and_its_badges_count_as_printed(engine: Engine, tmp_path: Path) -> None:
    people = [add_person(engine, n) for n in ("欧阳娜娜", "李雷", "韩梅梅")]
    service = BadgeService(engine)
    views = service.select()
    assert len(service.select(only_unprinted=True)) == 3
    out = tmp_path / "sheet.pdf"
    files = write_pdf(views, out, preset("a4-90x54"), title="双选会", log=service)

    assert files.badges == 3 and len(PdfReader(out).pages) == files.pages == 1
    assert service.select(only_unprinted=True) == []
    assert [service.print_count(p.id) for p in people] == [1, 1, 1]


def test_nothing_is_logged_when_the_file_cannot_be_written(engine: Engine, tmp_path: Path) -> None:
    add_person(engine, "李雷")
    service = BadgeService(engine)
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    with pytest.raises(UserError):
        write_pdf(service.select(), blocker / "sheet.pdf", preset("a6"), title="双选会",
                  log=service)  # fmt: skip
    assert len(service.select(only_unprinted=True)) == 1
