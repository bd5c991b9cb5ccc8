"""A station nobody named reads "this computer", never its role word "organiser" (issue 9)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from fairdesk.config import Settings
from fairdesk.services.fairs import create_fair, ensure_local_station
from fairdesk.store.engine import open_database, write_session
from fairdesk.ui.desk.screen import DeskScreen
from fairdesk.ui.i18n import install_translator
from fairdesk.ui.labels import station_text
from fairdesk.ui.tasks import TaskRunner
from tests.factories import add_person
from tests.ui.station_helpers import station_screen


def _desk_label(qtbot: QtBot, tmp_path: Path, tasks: TaskRunner, station: str | None) -> str:
    db = tmp_path / "fair.sqlite3"
    engine = open_database(db, inline_backups=False)
    with write_session(engine) as s:  # as `fairdesk setup` / `demo` make it: "organiser"
        create_fair(s, station=ensure_local_station(s), name="测试双选会")
    settings = Settings(db_path=db, station_name=station)
    screen = station_screen("desk", engine, settings, tasks)
    qtbot.addWidget(screen)
    label = screen.findChild(QLabel, "deskStationLabel")
    assert label is not None
    return label.text()


@pytest.mark.parametrize(
    ("lang", "station", "expected"),
    [
        ("zh_CN", None, "签到台：本机"),
        ("en", None, "Desk: this computer"),
        ("zh_CN", "东门", "签到台：东门"),
    ],
)
def test_desk_names_its_station_in_the_interface_language(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, tasks: TaskRunner, english: str,
    lang: str, station: str | None, expected: str,
) -> None:  # fmt: skip
    install_translator(qapp, lang)
    text = _desk_label(qtbot, tmp_path, tasks, station)
    assert text == expected
    assert "organiser" not in text


def test_station_text_keeps_a_real_name(english: str) -> None:
    assert station_text("东门") == "东门"
    assert station_text(" Hall B ") == "Hall B"
    assert station_text("organiser", here=True) == station_text("", here=True) == "this computer"
    assert station_text("organiser") == station_text(None) == "a desk without a name"


def test_already_checked_in_never_names_the_organiser(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, tasks: TaskRunner, english: str
) -> None:
    install_translator(qapp, "zh_CN")
    db = tmp_path / "fair.sqlite3"
    engine = open_database(db, inline_backups=False)
    with write_session(engine) as s:
        create_fair(s, station=ensure_local_station(s), name="测试双选会")
    person = add_person(engine, "欧阳娜娜")
    screen = station_screen("desk", engine, Settings(db_path=db), tasks)
    assert isinstance(screen, DeskScreen)
    qtbot.addWidget(screen)
    for _ in range(2):
        with qtbot.waitSignal(screen.verdict_shown):
            screen.submit(person.code)
    note = screen.verdict.note.text()
    assert screen.verdict.outcome == "already" and "在未命名的签到台签到" in note, note
    assert "organiser" not in note
