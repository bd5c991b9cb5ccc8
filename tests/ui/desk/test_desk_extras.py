"""The desk's edges: the CLI entry, the role picker's factory, sounds, badges through the seam."""

from __future__ import annotations

import wave
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from fairdesk.app import screen_factories
from fairdesk.cli import build_parser, dispatch
from fairdesk.config import Settings
from fairdesk.services.badges.service import BadgeService
from fairdesk.ui.desk.badges import badge_printer
from fairdesk.ui.desk.screen import DeskScreen
from fairdesk.ui.sounds import OUTCOMES, DeskSounds, sound_path, write_tones
from fairdesk.ui.tasks import TaskRunner
from fairdesk.wiring import wire
from tests.factories import add_person, new_store
from tests.ui.desk.helpers import burst, make_desk


def test_desk_command_opens_the_gui_in_the_desk_role(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[Settings, str | None]] = []

    def fake_run_gui(settings: Settings, argv: list[str], *, start_role: str | None = None) -> int:
        seen.append((settings, start_role))
        return 0

    monkeypatch.setattr("fairdesk.app.run_gui", fake_run_gui)
    args = build_parser().parse_args(["--db", "/tmp/x.sqlite3", "desk", "--station", "东门"])
    assert dispatch(args) == 0
    (settings, role), = seen  # fmt: skip
    assert role == "desk" and settings.station_name == "东门"
    assert settings.db_path == Path("/tmp/x.sqlite3")


def test_role_picker_builds_the_desk(qtbot: QtBot, tmp_path: Path, tasks: TaskRunner) -> None:
    engine = new_store(tmp_path / "desk.sqlite3")
    settings = Settings(db_path=tmp_path / "desk.sqlite3", station_name="西门")
    factories = screen_factories(wire(settings, engine), tasks)
    screen = factories["desk"]()
    qtbot.addWidget(screen)
    assert isinstance(screen, DeskScreen)
    assert screen.findChild(QWidget, "scanInput") is screen.scan_input
    assert screen.findChild(QWidget, "searchInput") is screen.search.input
    assert "西门" in screen.counters.station.text()


def test_tones_are_short_distinct_wav_files(tmp_path: Path) -> None:
    written = write_tones(tmp_path)
    assert [p.name for p in written] == [f"desk_{o}.wav" for o in OUTCOMES]
    frames = []
    for path in written:
        with wave.open(str(path)) as w:
            assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, 22050)
            assert 0.1 < w.getnframes() / w.getframerate() < 0.5
            frames.append(w.readframes(w.getnframes()))
        assert path.read_bytes() == sound_path(path.stem[5:]).read_bytes()  # shipped = generated
    assert len(set(frames)) == 3


def test_sounds_never_fail_without_an_audio_device(qapp: QApplication) -> None:
    sounds = DeskSounds(muted=True)
    sounds.play("ok")
    assert not sounds.available  # muted: QtMultimedia not even loaded
    sounds.muted = False
    for outcome in OUTCOMES:
        sounds.play(outcome)  # no device here: plays nothing, raises nothing


def test_reissue_through_the_seam_revokes_the_old_badge(
    qtbot: QtBot,
    tmp_path: Path,
    tasks: TaskRunner,
    english: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    engine = new_store(tmp_path / "desk.sqlite3")
    zeng = add_person(engine, "曾小贤")
    jobs: list[list[Any]] = []
    monkeypatch.setattr(
        "fairdesk.ui.organiser.badge_printing.print_badges",
        lambda parent, service, views, settings=None: jobs.append(views) or True,
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    holder: list[QWidget] = []
    desk = make_desk(qtbot, engine, tasks, badge_printer(BadgeService(engine), lambda: holder[0]))
    holder.append(desk)
    with qtbot.waitSignal(desk.verdict_shown):
        burst(zeng.code)
    desk.reissue_current()
    (views,) = jobs
    assert views[0].reissue == 1
    with qtbot.waitSignal(desk.verdict_shown):
        burst(zeng.code)  # the old badge
    assert desk.verdict.property("outcome") == "rejected"
    assert "Old badge" in desk.verdict.headline.text()
    desk.print_current()  # nothing shown for a rejection: nobody to print for
    assert len(jobs) == 1 and "first" in desk.status.text()


def test_a_reissue_whose_print_is_cancelled_says_what_to_do(
    qtbot: QtBot,
    tmp_path: Path,
    tasks: TaskRunner,
    english: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    engine = new_store(tmp_path / "desk.sqlite3")
    zeng = add_person(engine, "曾小贤")
    monkeypatch.setattr(
        "fairdesk.ui.organiser.badge_printing.print_badges",
        lambda parent, service, views, settings=None: False,  # the volunteer cancels the preview
    )
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Yes
    )
    holder: list[QWidget] = []
    desk = make_desk(qtbot, engine, tasks, badge_printer(BadgeService(engine), lambda: holder[0]))
    holder.append(desk)
    with qtbot.waitSignal(desk.verdict_shown):
        burst(zeng.code)
    desk.reissue_current()
    assert asked and "曾小贤" in asked[0]  # the question names whose badge is voided
    assert "not printed" in desk.status.text() and "Ctrl+P" in desk.status.text()
