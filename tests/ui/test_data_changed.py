"""Screens are told, not polling: the runner's reads, writes and `data_changed`, a desk built on
fake service bundles, the counters and the status bar following the desk with no timer, and a
change made by another connection to the same file."""

from __future__ import annotations

import sqlite3
import threading
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fairdesk.app import watch_outside_changes
from fairdesk.core.codes import CODE_LENGTH
from fairdesk.services.desk.checkin import AttendeeCard, CheckInResult
from fairdesk.services.desk.stats import DeskCounts
from fairdesk.services.outside_changes import OutsideChanges
from fairdesk.ui.changes import OUTSIDE, DataKind
from fairdesk.ui.desk.counters import CounterStrip
from fairdesk.ui.desk.screen import DeskScreen
from fairdesk.ui.main_window import MainWindow
from fairdesk.ui.sounds import DeskSounds
from fairdesk.ui.tasks import TaskRunner
from tests.factories import add_person, new_store

ZENG = AttendeeCard(
    id=uuid.uuid4(),
    name="曾小贤",
    university="北京大学",
    school="信息学院",
    major="计算机",
    degree="本科",
    grad_year=2026,
    student_no="001",
)


# -- fakes: what a test hands a screen instead of wiring's real bundle --------------------------


@dataclass
class FakeCheckIns:
    calls: list[str] = field(default_factory=list)

    def by_code(self, text: str, *, at: datetime | None = None) -> CheckInResult:
        self.calls.append(text)
        return CheckInResult("ok", ZENG, uuid.uuid4())

    def by_attendee(
        self, attendee_id: uuid.UUID, *, method: str = "search", at: datetime | None = None
    ) -> CheckInResult:
        return CheckInResult("ok", ZENG, uuid.uuid4())

    def find_by_student_no(self, text: str) -> list[AttendeeCard]:
        return []

    def undo(self, checkin_id: uuid.UUID) -> None:
        pass


@dataclass
class FakeStats:
    """Counts as the fake "database" has them: bumped by each fake check-in."""

    checked_in: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def desk_name(self) -> str:
        return "假的门"

    def counts(self, now: datetime | None = None) -> DeskCounts:
        with self.lock:
            return DeskCounts(self.checked_in, self.checked_in, self.checked_in, 100)


class Unused:
    def __getattr__(self, name: str) -> object:
        def called(*_args: object, **_kwargs: object) -> None:
            raise AssertionError(f"the screen called {name} in a test that does not expect it")

        return called


@dataclass(frozen=True)
class FakeDesk:
    checkins: FakeCheckIns
    stats: FakeStats
    search: object = field(default_factory=Unused)
    registration: object = field(default_factory=Unused)
    badges: object = field(default_factory=Unused)
    storage: None = None


def counted(stats: FakeStats, checkins: FakeCheckIns) -> FakeCheckIns:
    """Check-ins that also raise the fake count, as the real service's row would."""
    original = checkins.by_code

    def by_code(text: str, *, at: datetime | None = None) -> CheckInResult:
        with stats.lock:
            stats.checked_in += 1
        return original(text, at=at)

    checkins.by_code = by_code  # type: ignore[method-assign]
    return checkins


def polling_timers(widget: object) -> list[QTimer]:
    """Repeating timers under `widget` other than the clock's one-second tick."""
    assert hasattr(widget, "findChildren")
    return [
        t
        for t in widget.findChildren(QTimer)
        if not t.isSingleShot() and t.interval() != 1000 and t.isActive()
    ]


# -- the runner ---------------------------------------------------------------------------------


def test_a_write_announces_its_kinds_once(qtbot: QtBot, tasks: TaskRunner) -> None:
    heard: list[frozenset[str]] = []
    tasks.data_changed.connect(heard.append)
    done: list[int] = []
    with qtbot.waitSignal(tasks.data_changed, timeout=5000):
        tasks.write(lambda: 7, done.append, kinds=[DataKind.CHECKINS, DataKind.BADGES])
    assert done == [7]
    assert heard == [frozenset({"checkins", "badges"})]


def test_a_read_announces_nothing(qtbot: QtBot, tasks: TaskRunner) -> None:
    heard: list[frozenset[str]] = []
    tasks.data_changed.connect(heard.append)
    done: list[int] = []
    tasks.read(lambda: 3, done.append)
    qtbot.waitUntil(lambda: done == [3])
    with qtbot.assertNotEmitted(tasks.data_changed, wait=100):
        QApplication.processEvents()
    assert heard == []


def test_a_failed_write_still_announces(qtbot: QtBot, tasks: TaskRunner) -> None:
    """An import that stops half-way may have saved rows: the screens must look again."""
    from fairdesk.errors import UserError

    def work() -> None:
        raise UserError("row 12 is unreadable")

    errors: list[BaseException] = []
    with qtbot.waitSignal(tasks.data_changed, timeout=5000) as signal:
        tasks.write(work, lambda _v: None, errors.append, kinds="attendees")
    assert signal.args == [frozenset({"attendees"})]
    assert len(errors) == 1


def test_announcements_in_one_turn_become_one_signal(qtbot: QtBot, tasks: TaskRunner) -> None:
    heard: list[frozenset[str]] = []
    tasks.data_changed.connect(heard.append)
    undo = tasks.inline_write(lambda n: n * 2, [DataKind.CHECKINS])
    assert undo(21) == 42  # runs at once, on this thread
    tasks.announce([DataKind.ATTENDEES])
    tasks.announce([])  # nothing changed: nothing to say
    qtbot.waitUntil(lambda: heard != [])
    QApplication.processEvents()
    assert heard == [frozenset({"checkins", "attendees"})]


def test_long_work_reports_progress(qtbot: QtBot, tasks: TaskRunner) -> None:
    seen: list[tuple[int, int]] = []
    window_saw: list[tuple[int, int]] = []
    tasks.progress_changed.connect(lambda d, t: window_saw.append((d, t)))

    def work(report: object) -> str:
        assert callable(report)
        for i in range(1, 4):
            report(i, 3)
        return "done"

    result: list[str] = []
    tasks.write(work, result.append, kinds=["badges"], on_progress=lambda d, t: seen.append((d, t)))
    qtbot.waitUntil(lambda: result == ["done"], timeout=5000)
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert window_saw == seen


# -- screens on fakes ---------------------------------------------------------------------------


def test_desk_built_on_fake_bundles_scans_and_counts_without_a_timer(
    qtbot: QtBot, tasks: TaskRunner, english: str
) -> None:
    stats = FakeStats()
    checkins = counted(stats, FakeCheckIns())
    desk = DeskScreen(FakeDesk(checkins, stats), tasks, sounds=DeskSounds(muted=True),
                      print_badge=lambda ids, reissue: None)  # fmt: skip
    qtbot.addWidget(desk)
    desk.show()
    qtbot.waitUntil(lambda: desk.counters.last is not None)
    assert desk.counters.total.text() == "Checked in: 0"
    assert "假的门" in desk.counters.station.text()
    assert polling_timers(desk) == []
    for n in (1, 2, 3):
        with qtbot.waitSignal(desk.verdict_shown):
            desk.submit(str(n) * CODE_LENGTH, "scanner")
        qtbot.waitUntil(lambda n=n: desk.counters.total.text() == f"Checked in: {n}")
    assert checkins.calls == [str(n) * CODE_LENGTH for n in (1, 2, 3)]


def test_counter_follows_data_changed_and_nothing_else(qtbot: QtBot, tasks: TaskRunner) -> None:
    stats = FakeStats()
    strip = CounterStrip(stats.counts, tasks, "东门")
    qtbot.addWidget(strip)
    assert polling_timers(strip) == []
    strip.refresh()
    qtbot.waitUntil(lambda: strip.last is not None and strip.last.checked_in == 0)
    stats.checked_in = 5  # another desk's scans, say
    QApplication.processEvents()
    assert strip.last.checked_in == 0  # nobody said so: the strip does not look
    tasks.announce([DataKind.INTERVIEWS])  # not what it shows
    qtbot.waitUntil(lambda: tasks.active_count == 0)
    assert strip.last.checked_in == 0
    tasks.announce([DataKind.CHECKINS])
    qtbot.waitUntil(lambda: strip.last is not None and strip.last.checked_in == 5)


def test_a_change_heard_during_a_read_is_read_again(qtbot: QtBot, tasks: TaskRunner) -> None:
    """The strip is never left behind: a change during a slow read triggers one more read."""
    release = threading.Event()
    stats = FakeStats()
    calls: list[int] = []

    def slow_counts() -> DeskCounts:
        calls.append(1)
        release.wait(10)
        return stats.counts()

    strip = CounterStrip(slow_counts, tasks, "东门")
    qtbot.addWidget(strip)
    strip.refresh()
    stats.checked_in = 2
    tasks.announce(["checkins"])
    tasks.announce(["checkins"])
    qtbot.waitUntil(lambda: not tasks._changed)  # both heard while the first read runs
    release.set()
    qtbot.waitUntil(lambda: len(calls) == 2 and tasks.active_count == 0, timeout=5000)
    assert strip.last is not None and strip.last.checked_in == 2


@dataclass(frozen=True)
class Summary:
    name: str = "双选会"
    venue: str = ""
    companies: int = 1
    attendees: int = 10
    checked_in: int = 0


def test_status_bar_follows_the_desk_without_a_timer(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    state = {"checked_in": 0}
    window = MainWindow(
        db_path=tmp_path / "x.sqlite3",
        summary_provider=lambda: Summary(checked_in=state["checked_in"]),
        tasks=tasks,
    )
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "Checked in: 0" in window.fair_label.text())
    assert polling_timers(window) == []
    state["checked_in"] = 1
    tasks.announce([DataKind.CHECKINS])
    qtbot.waitUntil(lambda: "Checked in: 1" in window.fair_label.text())


# -- writes by another process on the same file ------------------------------------------------


def test_outside_changes_sees_another_connections_commit(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite3"
    engine = new_store(db)
    outside = OutsideChanges(engine)
    try:
        assert outside.changed() is False  # the starting point
        assert outside.changed() is False
        other = sqlite3.connect(db)
        other.execute("UPDATE fair SET name = '另一个窗口改的'")
        other.commit()
        other.close()
        assert outside.changed() is True
        assert outside.changed() is False
    finally:
        outside.close()
        engine.dispose()


def test_coming_back_to_the_front_refreshes_after_an_outside_write(
    qtbot: QtBot, qapp: QApplication, tasks: TaskRunner, tmp_path: Path
) -> None:
    db = tmp_path / "s.sqlite3"
    engine = new_store(db)
    outside = OutsideChanges(engine)
    heard: list[frozenset[str]] = []
    tasks.data_changed.connect(heard.append)
    try:
        stop = watch_outside_changes(qapp, outside.changed, tasks)
        qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
        QApplication.processEvents()
        assert heard == []  # nothing written elsewhere yet
        add_person(engine, "胡一菲")  # a CLI import in another terminal, say
        qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
        QApplication.processEvents()
        assert heard == []
        qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
        qtbot.waitUntil(lambda: heard == [OUTSIDE])
        stop()
    finally:
        outside.close()
        engine.dispose()


@pytest.mark.parametrize("kind", list(DataKind))
def test_outside_means_every_kind(kind: DataKind) -> None:
    assert kind in OUTSIDE


def test_every_role_has_one_title_and_description(english: str) -> None:
    from fairdesk.core.roles import ROLES
    from fairdesk.ui.labels import role_description, role_title

    titles = {role: role_title(role) for role in ROLES}
    assert titles == {"desk": "Registration desk", "booth": "Company booth",
                      "organiser": "Organiser"}  # fmt: skip
    assert all(role_description(role) for role in ROLES)
    assert role_title("booth", mnemonic=True) == "&Company booth"


def test_a_read_that_returns_after_its_screen_is_gone_is_dropped(qtbot: QtBot) -> None:
    """Closing a tool while its read runs must not raise in the event loop (it crashed the
    Stations tool in a test run: 'Internal C++ object already deleted')."""
    from PySide6.QtWidgets import QLabel

    tasks = TaskRunner()
    release = threading.Event()
    label = QLabel()
    failures: list[BaseException] = []

    def slow() -> str:
        release.wait(5)
        return "late"

    tasks.read(slow, label.setText, failures.append)
    label.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(label), timeout=2000)
    release.set()
    tasks.wait_for_done()
    qtbot.wait(50)  # the result is delivered (and dropped) by the event loop
    assert failures == []
