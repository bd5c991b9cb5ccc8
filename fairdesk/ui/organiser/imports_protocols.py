"""What the organiser's Import tool needs from the services (`services.importing.tool`).

The screen sees only this shape, so a test can build it with a fake; `fairdesk.wiring` hands it
the real `ImportService`. Every method is called off the GUI thread through the TaskRunner.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # types only: importing this module loads no service
    from fairdesk.core.roster import Rejection
    from fairdesk.core.tabular import TableRow
    from fairdesk.services.importing.preview import ImportPreview
    from fairdesk.services.importing.report import ImportReport
    from fairdesk.services.importing.tool import ImportRun


class ImportsTool(Protocol):
    """`ImportService`: preview a file, import it, re-import corrected rows, save rejects."""

    def universities(self) -> list[str]: ...
    def preview(self, path: Path, kind: str) -> ImportPreview: ...
    def import_file(
        self,
        path: Path,
        kind: str,
        university: str | None = ...,
        progress: Callable[[int], None] | None = ...,
    ) -> ImportRun: ...
    def import_rows(
        self, run: ImportRun, fixed: Sequence[tuple[TableRow, Sequence[str]]]
    ) -> ImportReport: ...
    def save_rejects(
        self, path: Path, run: ImportRun, rows: Sequence[tuple[Rejection, Sequence[str]]]
    ) -> Path: ...
