"""Fakes of the sync services the Stations tool, the Station menu and the role picker call.

They keep the real services' shapes (`fairdesk.ui.bundles` Protocols) and write real files in
the test's folder, so a dialog is driven end to end without packs or bundles existing yet.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from fairdesk.core.messages import VERBATIM
from fairdesk.core.sealed import check_passphrase
from fairdesk.errors import UserError
from fairdesk.services.sync.auto_bundle import AutoBundle
from fairdesk.services.sync.results import (
    BundleResult,
    MergeSummary,
    PackResult,
    StationSummary,
    UnpackResult,
)

PASSPHRASE = "correct horse battery"
COMPANY = "中山市翠亨投资有限公司"
NO_PIN = "北京字节跳动科技有限公司还没有设置 PIN。"


def station_rows() -> list[StationSummary]:
    return [
        StationSummary(uuid.uuid4(), 2, "desk", "东门签到台", None,
                       datetime(2026, 12, 2, 3, 4, tzinfo=UTC), 1234),
        StationSummary(uuid.uuid4(), 3, "booth", "", COMPANY, None, 0),
    ]  # fmt: skip


@dataclass
class FakeStations:
    rows: list[StationSummary] = field(default_factory=station_rows)
    packs: list[dict[str, object]] = field(default_factory=list)
    merged: list[list[Path]] = field(default_factory=list)
    report: list[str] = field(
        default_factory=lambda: ["走读生 张三 在两个签到台登记，已合并为一人"]
    )
    gate: threading.Event | None = None  # merge waits for it (a test watches the progress)

    def list_stations(self) -> list[StationSummary]:
        return list(self.rows)

    def companies(self) -> list[str]:
        return [COMPANY, "北京字节跳动科技有限公司"]

    def make_pack(
        self, *, role: str, out: Path, passphrase: str, name: str | None = None,
        company: str | None = None,
    ) -> PackResult:  # fmt: skip
        check_passphrase(passphrase)
        if company == "北京字节跳动科技有限公司":
            raise UserError(VERBATIM(text=NO_PIN))
        out.write_bytes(b"sealed pack")
        self.packs.append({"role": role, "out": out, "name": name, "company": company})
        number = 10 + len(self.packs)
        self.rows.append(StationSummary(uuid.uuid4(), number, role, name or "", company, None, 0))
        return PackResult(out, uuid.uuid4(), number, role, name or "", company, 42, False)

    def merge_bundles(
        self, paths: Sequence[Path], passphrase: str, progress: Callable[[int, int], None]
    ) -> MergeSummary:
        if passphrase != PASSPHRASE:
            raise UserError(VERBATIM(text="口令不对：回传包无法解开，什么都没有合并。"))
        for done, _path in enumerate(paths, 1):
            progress(done - 1, len(paths))
            if self.gate is not None:
                self.gate.wait(5)
        progress(len(paths), len(paths))
        self.merged.append(list(paths))
        return MergeSummary(
            bundles=len(paths), new=7, duplicate=3, conflicts=1,
            report_path=paths[0].parent / "merge-report.txt",
            report=[VERBATIM(text=line) for line in self.report],
        )  # fmt: skip


@dataclass
class FakeAutoBundles:
    saved: AutoBundle = field(default_factory=lambda: AutoBundle(None, 5))

    def read(self) -> AutoBundle:
        return self.saved

    def save(self, folder: Path | None, minutes: int) -> AutoBundle:
        if not 1 <= minutes <= 240:
            raise UserError(VERBATIM(text="间隔不对"))
        self.saved = AutoBundle(folder, minutes)
        return self.saved


@dataclass
class FakeSync:
    auto_bundle: FakeAutoBundles = field(default_factory=FakeAutoBundles)
    writes: list[Path] = field(default_factory=list)
    fail: str | None = None

    def write(self, out: Path) -> BundleResult:
        if self.fail:
            raise UserError(VERBATIM(text=self.fail))
        path = out / f"东门-2-{len(self.writes)}.fdbundle" if out.is_dir() else out
        path.write_bytes(b"sealed bundle")
        self.writes.append(out)
        return BundleResult(path, "东门", 17 + len(self.writes), 99)

    @property
    def write_bundle(self) -> Callable[[Path], BundleResult]:
        return self.write


@dataclass
class FakeUnpack:
    role: str = "desk"
    calls: list[tuple[Path, str]] = field(default_factory=list)

    def __call__(self, path: Path, passphrase: str) -> UnpackResult:
        self.calls.append((path, passphrase))
        if passphrase != PASSPHRASE:
            raise UserError(VERBATIM(text="口令不对，或数据包已损坏。"))
        company = COMPANY if self.role == "booth" else None
        return UnpackResult(uuid.uuid4(), 4, self.role, "东门签到台", company, 42, False)
