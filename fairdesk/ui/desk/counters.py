"""The desk's counter strip: checked in overall, at this desk, in the last ten minutes, a clock.

Counts come from a service call on the task runner when the strip is shown and whenever the
runner says check-ins or attendees changed (`data_changed`: this desk's scans, another desk's
through the file, an import) — never on the scan path and never on a timer. One read runs at a
time; a change heard meanwhile reads once more after it, so the strip is never left behind. The
clock ticks from its own timer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QLocale, QTime, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from fairdesk.ui.changes import DataKind, settle_timer, start_soon, touches
from fairdesk.ui.labels import station_text
from fairdesk.ui.tasks import TaskRunner

logger = logging.getLogger(__name__)


class Counts(Protocol):
    """`fairdesk.services.desk.stats.DeskCounts`."""

    @property
    def checked_in(self) -> int: ...
    @property
    def at_desk(self) -> int: ...
    @property
    def last_10_min(self) -> int: ...
    @property
    def attendees(self) -> int: ...


class CounterStrip(QWidget):
    """See the module docstring."""

    def __init__(
        self,
        counts: Callable[[], Counts],
        tasks: TaskRunner,
        station_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deskCounters")
        self.setAccessibleName(self.tr("Check-in counters"))
        self._counts = counts
        self._tasks = tasks
        self._running = False
        self._stale = False
        self.last: Counts | None = None
        here = station_text(station_name, here=True)
        self.station = QLabel(self.tr("Desk: {name}").format(name=here), self)
        self.station.setObjectName("deskStationLabel")
        self.total = self._label("countTotal", self.tr("Checked in"))
        self.here = self._label("countHere", self.tr("At this desk"))
        self.recent = self._label("countRecent", self.tr("Last 10 min"))
        self.clock = QLabel(self)
        self.clock.setObjectName("deskClock")
        self.clock.setAccessibleName(self.tr("Clock"))
        self.setStyleSheet(
            "QLabel { font-size: 17px; } QLabel#deskClock { font-size: 24px; font-weight: 700; }"
            " QLabel#deskStationLabel { font-weight: 700; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(22)
        for widget in (self.station, self.total, self.here, self.recent):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.clock)

        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_time)
        self._tick.start()
        self._show_time()
        self._soon = settle_timer(self, self.refresh)
        tasks.data_changed.connect(self._changed)

    def _label(self, name: str, title: str) -> QLabel:
        label = QLabel(f"{title}: –", self)
        label.setObjectName(name)
        label.setAccessibleName(title)
        label.setProperty("title", title)
        return label

    def _show_time(self) -> None:
        self.clock.setText(QTime.currentTime().toString("HH:mm:ss"))

    def _changed(self, kinds: frozenset[str]) -> None:
        if touches(kinds, DataKind.CHECKINS, DataKind.ATTENDEES):
            start_soon(self._soon)

    def refresh(self) -> None:
        if self._running:
            self._stale = True  # read again when this one is back
            return
        self._running = True
        self._stale = False

        def failed(exc: BaseException) -> None:
            self._settled()
            logger.warning("desk counters: %s", exc)

        self._tasks.read(self._counts, self._show, failed)

    def _settled(self) -> None:
        self._running = False
        if self._stale:
            self.refresh()

    def _show(self, counts: Counts) -> None:
        self.last = counts
        locale = QLocale()
        for label, value in ((self.total, counts.checked_in), (self.here, counts.at_desk),
                             (self.recent, counts.last_10_min)):  # fmt: skip
            label.setText(f"{label.property('title')}: {locale.toString(value)}")
        self.total.setToolTip(
            self.tr("{n} of {total} registered").format(
                n=locale.toString(counts.checked_in), total=locale.toString(counts.attendees)
            )
        )
        self._settled()
