"""Station menu › Write bundle… and the automatic bundle, for desk and booth laptops.

`BundleActions` adds the two actions to the window's Station menu; they are enabled while a desk
or booth screen is shown (`set_role`). "Write bundle…" asks for a folder (a USB stick) and
writes this station's bundle there off the GUI thread, then says where and how many records.
"Write bundles automatically…" keeps a folder and an interval (`AutoBundles`, this laptop's own
settings); a `QTimer` then writes the bundle there every few minutes, each time over the one it
wrote before (the bundle is cumulative and written atomically, so the stick always holds one
whole, current bundle). A failure — the stick pulled out, a full stick — is shown in the status
bar and tried again at the next tick; it never stops the station.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QMessageBox, QWidget

from fairdesk.ui.bundles import StationSync
from fairdesk.ui.crash_dialog import readable_error, show_user_error
from fairdesk.ui.station_menu_auto import AutoBundleDialog
from fairdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from fairdesk.services.sync.auto_bundle import AutoBundle
    from fairdesk.services.sync.results import BundleResult

logger = logging.getLogger(__name__)

SyncFactory = Callable[[], StationSync]


class FolderGone:
    """What an automatic tick returns when its folder is not there (the stick is out): nothing
    was written. Returned, not raised: the runner would take any other exception for a bug."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder


class BundleActions(QObject):
    """The Station menu's bundle actions and the automatic-bundle timer of one window."""

    written = Signal(object)  # BundleResult, on demand or automatically
    auto_failed = Signal(str)
    auto_changed = Signal(object)  # AutoBundle

    def __init__(
        self,
        window: QWidget,
        tasks: TaskRunner,
        syncs: Mapping[str, SyncFactory],
        menu: QMenu,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._tasks = tasks
        self._syncs = dict(syncs)
        self.sync: StationSync | None = None
        self.auto: AutoBundle | None = None
        self.last_auto: Path | None = None
        self._auto_running = False
        self.write_action = QAction(self.tr("Write &bundle…"), self)
        self.write_action.setObjectName("writeBundleAction")
        self.write_action.triggered.connect(self.choose_and_write)
        self.auto_action = QAction(self.tr("Write bundles &automatically…"), self)
        self.auto_action.setObjectName("autoBundleAction")
        self.auto_action.triggered.connect(self.open_auto_dialog)
        menu.addAction(self.write_action)
        menu.addAction(self.auto_action)
        self.status = QLabel()
        self.status.setObjectName("autoBundleStatus")
        self.status.setAccessibleName(self.tr("Automatic bundle"))
        self.status.hide()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.write_auto)
        self.set_role(None)

    # -- which station -----------------------------------------------------------------------

    def set_role(self, role: str | None) -> None:
        """A desk or booth screen is shown (the actions work), or another one (they do not)."""
        factory = self._syncs.get(role) if role is not None else None
        self.sync = factory() if factory is not None else None
        enabled = self.sync is not None
        self.write_action.setEnabled(enabled)
        self.auto_action.setEnabled(enabled)
        self.write_action.setVisible(bool(self._syncs))
        self.auto_action.setVisible(bool(self._syncs))
        if self.sync is None:
            self.timer.stop()
            self.status.hide()
            return
        sync = self.sync
        self._tasks.read(sync.auto_bundle.read, self._auto_read, self._auto_read_failed)

    def _auto_read(self, auto: AutoBundle) -> None:
        self.apply_auto(auto)

    def _auto_read_failed(self, exc: BaseException) -> None:
        logger.warning("automatic bundle settings: %s", exc)

    def apply_auto(self, auto: AutoBundle) -> None:
        """Start, restart or stop the timer for `auto`."""
        self.auto = auto
        if auto.folder is None or self.sync is None:
            self.timer.stop()
            self.status.hide()
        else:
            self.timer.start(int(auto.minutes * 60_000))
            self._show_status(
                self.tr("Automatic bundle every {n} min to {folder}").format(
                    n=auto.minutes, folder=auto.folder
                )
            )
        self.auto_changed.emit(auto)

    # -- on demand ---------------------------------------------------------------------------

    def choose_and_write(self) -> None:
        start = self.auto.folder if self.auto is not None and self.auto.folder else None
        picked = QFileDialog.getExistingDirectory(
            self._window, self.tr("Write the bundle to (a USB stick)"), str(start or "")
        )
        if picked:
            self.write_to(Path(picked))

    def write_to(self, folder: Path) -> None:
        """Write the bundle into `folder` off the GUI thread; say where and how many."""
        if self.sync is None:
            return
        write = self.sync.write_bundle
        self._tasks.write(
            lambda: write(folder), self._written_on_demand, self._failed_on_demand,
            kinds=(), label=self.tr("Writing the bundle"),
        )  # fmt: skip

    def _written_on_demand(self, result: BundleResult) -> None:
        text = self.tr("Bundle written to {path}: {n} records.").format(
            path=result.path, n=QLocale().toString(result.records)
        )
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Bundle written"), text,
                          QMessageBox.StandardButton.Ok, self._window)  # fmt: skip
        box.setObjectName("bundleWrittenBox")
        box.open()
        self.written.emit(result)

    def _failed_on_demand(self, exc: BaseException) -> None:
        show_user_error(self._window, readable_error(exc))

    # -- automatically -----------------------------------------------------------------------

    def open_auto_dialog(self) -> AutoBundleDialog | None:
        if self.sync is None:
            return None
        dialog = AutoBundleDialog(self.sync.auto_bundle, self._tasks, self.auto, self._window)
        dialog.saved.connect(self.apply_auto)
        dialog.open()
        return dialog

    def write_auto(self) -> None:
        """One tick: write over the last automatic bundle (or a new file in the folder)."""
        if self.sync is None or self.auto is None or self.auto.folder is None:
            return
        if self._auto_running:  # the last one is still being written: skip this tick
            return
        folder, write = self.auto.folder, self.sync.write_bundle
        last = self.last_auto if self.last_auto and self.last_auto.parent == folder else None

        def work() -> BundleResult | FolderGone:
            if not folder.is_dir():  # a pulled stick: never write onto the empty mount point
                return FolderGone(folder)
            return write(last or folder)

        self._auto_running = True
        self._tasks.write(
            work, self._auto_written, self._auto_failed, kinds=(),
            label=self.tr("Writing the automatic bundle"),
        )  # fmt: skip

    def _auto_written(self, result: BundleResult | FolderGone) -> None:
        self._auto_running = False
        if isinstance(result, FolderGone):
            why = self.tr("{folder} is not there: is the USB stick in?").format(
                folder=result.folder
            )
            self._auto_not_written(why)
            return
        self.last_auto = result.path
        self._show_status(
            self.tr("Bundle written {time}: {n} records").format(
                time=datetime.now().strftime("%H:%M"), n=QLocale().toString(result.records)
            )
        )
        self.written.emit(result)

    def _auto_failed(self, exc: BaseException) -> None:
        self._auto_running = False
        logger.warning("automatic bundle: %s", exc)
        self._auto_not_written(readable_error(exc))

    def _auto_not_written(self, why: str) -> None:
        minutes = self.auto.minutes if self.auto is not None else 0
        text = self.tr("Bundle not written: {why} Trying again in {n} min.").format(
            why=why, n=minutes
        )
        self._show_status(text, problem=True)
        self.auto_failed.emit(text)

    def _show_status(self, text: str, *, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setToolTip(text)
        self.status.setStyleSheet("color: #b00020;" if problem else "")
        self.status.show()
