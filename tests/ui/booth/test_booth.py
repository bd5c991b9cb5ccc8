"""The booth screen on a real database: PIN gate, scan → card → interview by keyboard, rescans,
refusals, pending serials, list filters, idle lock, export and privacy."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from fairdesk.config import Settings
from fairdesk.core.codes import make_code
from fairdesk.services.booth.interviews import InterviewService
from fairdesk.store.engine import write_session
from fairdesk.store.models import Attendee
from fairdesk.ui.booth.screen import BoothScreen
from fairdesk.ui.booth.station import BoothStation
from fairdesk.ui.tasks import TaskRunner
from tests.factories import FAIR_CODE, SECRET, Person, add_person, new_store
from tests.ui.station_helpers import station_screen
from tests.unit.services.booth.test_interviews import add_company

OURS, THEIRS = "中山市翠亨投资有限公司", "中山大洋电机股份有限公司"
PHONE, OTHER_PHONE = "13912345678", "13687654321"
EMAIL = "ouyang.nana@pku.edu.cn"


@dataclass
class Booth:
    engine: Engine
    screen: BoothScreen
    student: Person
    other_student: Person
    tasks: TaskRunner

    @property
    def station(self) -> BoothStation:
        assert self.screen.station is not None
        return self.screen.station

    def service(self, station_name: str | None = None) -> InterviewService:
        company = self.screen.company
        assert company is not None
        return InterviewService(self.engine, company.id, station_name=station_name)


def type_text(widget: QWidget, text: str) -> None:
    """Commit `text` the way an input method delivers Chinese."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def unlock(qtbot: QtBot, screen: BoothScreen, pin: str = "2468") -> None:
    qtbot.keyClicks(screen.lock.pin, pin)
    qtbot.keyClick(screen.lock.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not screen.locked, timeout=5000)


def scan(qtbot: QtBot, station: BoothStation, code: str) -> None:
    station.focus_scan()
    station.scan_input.setText(code)
    qtbot.keyClick(station.scan_input, Qt.Key.Key_Return)


@pytest.fixture
def booth(qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str) -> Iterator[Booth]:
    engine = new_store(tmp_path / "booth.sqlite3")
    add_company(engine, OURS, tags=("沟通好", "英语好"))
    add_company(engine, THEIRS)
    student = add_person(engine, "欧阳娜娜", university="北京大学", phone=PHONE,
                         student_no="0012345")  # fmt: skip
    other = add_person(engine, "阿依古丽·买买提", phone=OTHER_PHONE, student_no="0099999")
    with write_session(engine) as s:  # contact details a booth must never show
        for person, email in ((student, EMAIL), (other, "ayiguli@example.cn")):
            row = s.get(Attendee, person.id)
            assert row is not None
            row.email = email
            s.add(row)
    InterviewService(engine, _company_id(engine, THEIRS)).scan(other.code, interviewer="陈总")
    settings = Settings(db_path=tmp_path / "booth.sqlite3", company=OURS)
    screen = station_screen("booth", engine, settings, tasks)
    assert isinstance(screen, BoothScreen)
    qtbot.addWidget(screen)
    screen.resize(1280, 760)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    yield Booth(engine, screen, student, other, tasks)
    tasks.wait_for_done()
    engine.dispose()


def _company_id(engine: Engine, name: str):  # type: ignore[no-untyped-def]
    from fairdesk.services.booth.auth import BoothAuth

    return BoothAuth(engine).find(name).id


def test_pin_gate_refuses_a_wrong_pin_then_opens(qtbot: QtBot, booth: Booth) -> None:
    screen = booth.screen
    assert screen.objectName() == "boothScreen" and screen.locked
    assert screen.lock.company_label.text() == OURS
    qtbot.keyClicks(screen.lock.pin, "1111")
    qtbot.keyClick(screen.lock.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Wrong PIN" in screen.lock.message.text(), timeout=5000)
    assert screen.locked and screen.station is None
    unlock(qtbot, screen)
    assert booth.station.isVisible()


def test_scan_then_rate_outcome_and_note_by_keyboard(qtbot: QtBot, booth: Booth) -> None:
    unlock(qtbot, booth.screen)
    station = booth.station
    qtbot.keyClicks(station.form.interviewer, "Wang")
    qtbot.keyClick(station.form.interviewer, Qt.Key.Key_Return)
    scan(qtbot, station, booth.student.code)
    qtbot.waitUntil(lambda: station.card.name_label.text() == "欧阳娜娜")
    assert "北京大学" in station.card.details_label.text()
    assert "New" in station.scan_result.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is station.form.rating)

    qtbot.keyClick(station.form.rating, Qt.Key.Key_4)  # 1–5 rate where focus is not text
    qtbot.waitUntil(lambda: booth.service().list()[0].rating == 4)
    assert station.saved_label.text().startswith("Saved")
    qtbot.keyClick(station.form.rating, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is station.form.outcome
    qtbot.keyClick(station.form.outcome, Qt.Key.Key_Down)
    qtbot.keyClick(station.form.outcome, Qt.Key.Key_Down)
    qtbot.keyClick(station.form.outcome, Qt.Key.Key_N)  # N jumps to the note line
    qtbot.waitUntil(lambda: QApplication.focusWidget() is station.form.note)
    type_text(station.form.note, "英语流利，")
    qtbot.keyClicks(station.form.note, "C++ ok")
    qtbot.keyClick(station.form.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: station.notes.count() == 1)
    assert station.form.note.text() == ""
    card = booth.service().card(booth.service().list()[0].id)
    assert (card.rating, card.outcome, card.interviewer) == (4, "已面试", "Wang")
    assert [(n.author, n.text) for n in card.notes] == [("Wang", "英语流利，C++ ok")]
    assert "Wang" in station.notes.item(0).text()


def test_rescan_reopens_the_record_and_appends(qtbot: QtBot, booth: Booth) -> None:
    unlock(qtbot, booth.screen)
    station = booth.station
    scan(qtbot, station, booth.student.code)
    qtbot.waitUntil(lambda: station.current is not None)
    assert station.current is not None
    first_id = station.current.id
    station.form.note.setText("first note")
    qtbot.keyClick(station.form.note, Qt.Key.Key_Return)
    booth.service("booth-2").add_note(first_id, "李工", "colleague's note")
    scan(qtbot, station, booth.student.code)
    qtbot.waitUntil(lambda: "Visit 2" in station.scan_result.text())
    assert station.current is not None and station.current.id == first_id
    assert [station.notes.item(i).text().split("] ")[1] for i in range(2)] == [
        "first note",
        "colleague's note",
    ]
    assert "booth-2" in station.notes.item(1).text()
    rows = booth.service().list()
    assert len(rows) == 1 and rows[0].visits == 2
    qtbot.waitUntil(lambda: station.list_panel.model.rowCount() == 1)


def test_forged_code_is_refused_with_the_reason(qtbot: QtBot, booth: Booth) -> None:
    unlock(qtbot, booth.screen)
    station = booth.station
    code = booth.student.code
    scan(qtbot, station, code[:-1] + str((int(code[-1]) + 1) % 10))
    qtbot.waitUntil(lambda: "Refused" in station.scan_result.text())
    assert "forged" in station.scan_result.text()
    assert station.current is None and booth.service().list() == []
    assert not station.form.rating.isEnabled()


def test_unknown_serial_is_kept_pending_with_a_typed_name(qtbot: QtBot, booth: Booth) -> None:
    unlock(qtbot, booth.screen)
    station = booth.station
    walk_in = make_code(fair_code=FAIR_CODE, secret=bytes.fromhex(SECRET), serial=2_000_007,
                        reissue=0)  # fmt: skip
    scan(qtbot, station, walk_in)
    qtbot.waitUntil(lambda: "Pending" in station.scan_result.text())
    assert station.card.pending_name.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is station.card.pending_name)
    type_text(station.card.pending_name, "买买提·艾力")
    qtbot.keyClick(station.card.pending_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is station.form.rating)
    assert station.card.name_label.text() == "买买提·艾力"
    (row,) = booth.service().list()
    assert row.pending and row.name == "买买提·艾力"
    # the list follows the save through the runner's data_changed (the next event-loop turn)
    qtbot.waitUntil(lambda: "pending" in (station.list_panel.model.index(0, 0).data() or ""))


def test_list_filters_counts_and_search(qtbot: QtBot, booth: Booth) -> None:
    unlock(qtbot, booth.screen)
    station = booth.station
    people = [add_person(booth.engine, n) for n in ("曾小贤", "单田芳")]
    for p in [booth.student, *people]:
        scan(qtbot, station, p.code)
    qtbot.waitUntil(lambda: station.list_panel.model.rowCount() == 3)
    service = booth.service()
    ids = {r.name: r.id for r in service.list()}
    service.set_rating(ids["曾小贤"], 5)
    service.set_outcome(ids["单田芳"], "offer")
    service.set_tags(ids["欧阳娜娜"], ["英语好"])
    station.refresh_list()
    panel = station.list_panel

    def shown() -> list[str]:
        return sorted(panel.model.row_at(r).name for r in range(panel.model.rowCount()))

    panel.rating_filter.setCurrentIndex(panel.rating_filter.findData(5))
    assert shown() == ["曾小贤"] and "Showing 1 of 3" in panel.counts.text()
    panel.rating_filter.setCurrentIndex(0)
    panel.outcome_filter.setCurrentIndex(panel.outcome_filter.findData("发放意向"))
    assert shown() == ["单田芳"] and "发放意向 1" in panel.counts.text()
    panel.outcome_filter.setCurrentIndex(0)
    panel.tag_filter.setCurrentIndex(panel.tag_filter.findData("英语好"))
    assert shown() == ["欧阳娜娜"]
    panel.tag_filter.setCurrentIndex(0)
    qtbot.keyClicks(panel.search, "zxx")
    assert shown() == ["曾小贤"]
    panel.search.clear()
    position = service.positions()[0]
    service.set_position(ids["单田芳"], position.id)
    station.refresh_list()
    panel.position_filter.setCurrentIndex(panel.position_filter.findData(str(position.id)))
    assert shown() == ["单田芳"]
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: station.card.name_label.text() == "单田芳")


def test_idle_lock_and_unlock_keep_the_record(qtbot: QtBot, booth: Booth) -> None:
    unlock(qtbot, booth.screen)
    station = booth.station
    scan(qtbot, station, booth.student.code)
    qtbot.waitUntil(lambda: station.current is not None)
    booth.screen.set_idle_interval_ms(30)
    qtbot.waitUntil(lambda: booth.screen.locked, timeout=3000)
    assert "without input" in booth.screen.lock.message.text()
    assert not station.isVisible()
    booth.screen.set_lock_minutes(5)
    unlock(qtbot, booth.screen)
    assert station.card.name_label.text() == "欧阳娜娜"
    qtbot.keyClick(station.form.rating, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert booth.screen.locked


def test_export_from_the_station(qtbot: QtBot, booth: Booth, tmp_path: Path) -> None:
    unlock(qtbot, booth.screen)
    station = booth.station
    scan(qtbot, station, booth.student.code)
    qtbot.waitUntil(lambda: station.current is not None)
    out = tmp_path / "ours.csv"
    station.export_to(out)
    qtbot.waitUntil(lambda: "Exported 1 rows" in station.scan_result.text(), timeout=5000)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        (row,) = list(csv.DictReader(fh))
    assert row["Company"] == OURS and row["Name"] == "欧阳娜娜"  # headers in the interface language
    text = out.read_text(encoding="utf-8-sig")
    for secret in (PHONE, OTHER_PHONE, EMAIL, "0012345", THEIRS, "阿依古丽"):
        assert secret not in text


def _visible_text(root: QWidget) -> list[str]:
    found: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        found += [w.toolTip(), w.accessibleName(), w.windowTitle()]
        if isinstance(w, QLabel | QAbstractButton):
            found.append(w.text())
        if isinstance(w, QLineEdit):
            found += [w.text(), w.placeholderText()]
        if isinstance(w, QComboBox):
            found += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QListWidget):
            found += [w.item(i).text() for i in range(w.count())]
    return found


def test_booth_screens_carry_no_contacts_or_other_companies(qtbot: QtBot, booth: Booth) -> None:
    unlock(qtbot, booth.screen)
    station = booth.station
    scan(qtbot, station, booth.student.code)
    qtbot.waitUntil(lambda: station.current is not None)
    station.form.note.setText("ok")
    qtbot.keyClick(station.form.note, Qt.Key.Key_Return)
    texts = _visible_text(booth.screen)
    model = station.list_panel.model
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.UserRole):  # fmt: skip
                texts.append(str(model.index(r, c).data(role) or ""))
    blob = "\n".join(texts)
    assert "欧阳娜娜" in blob and OURS in blob  # the walk does see the screen's content
    for secret in (PHONE, OTHER_PHONE, EMAIL, "0012345", "0099999", THEIRS, "阿依古丽", "陈总"):
        assert secret not in blob
    assert "@" not in blob.replace(" @ ", "")  # note lines say "author @ station"; no e-mail


def test_company_chooser_when_no_company_given(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    engine = new_store(tmp_path / "c.sqlite3")
    add_company(engine, OURS)
    add_company(engine, THEIRS)
    screen = station_screen("booth", engine, Settings(db_path=tmp_path / "c.sqlite3"), tasks)
    assert isinstance(screen, BoothScreen)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.chooser is not None and screen.chooser.isVisible()
    assert screen.chooser.list.count() == 2
    type_text(screen.chooser.filter, "大洋")
    assert screen.chooser.list.count() == 1
    qtbot.keyClick(screen.chooser.filter, Qt.Key.Key_Return)
    assert screen.locked and screen.lock.company_label.text() == THEIRS
    unlock(qtbot, screen)
    assert screen.station is not None and screen.station.service.company_name == THEIRS
    tasks.wait_for_done()
    engine.dispose()


def test_chinese_catalogue_is_complete_and_used(
    qapp: QApplication, qtbot: QtBot, booth: Booth
) -> None:
    from fairdesk.resource_files import resources_dir
    from fairdesk.ui.i18n import install_translator

    ts = (resources_dir() / "i18n" / "booth_zh_CN.ts").read_text(encoding="utf-8")
    assert ts.count("<source>") >= 100
    assert 'type="unfinished"' not in ts and "<translation></translation>" not in ts
    assert (resources_dir() / "i18n" / "booth_zh_CN.qm").is_file()
    install_translator(qapp, "zh_CN")
    try:
        unlock(qtbot, booth.screen)
        station = booth.station
        assert "评分" in station.hints.text()
        scan(qtbot, station, booth.student.code)
        qtbot.waitUntil(lambda: "新记录" in station.scan_result.text())
        assert "博士" in station.card.details_label.text() or "本科" in (
            station.card.details_label.text()
        )
    finally:
        install_translator(qapp, "en")


def test_main_window_offers_the_booth_screen(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    from fairdesk.app import screen_factories
    from fairdesk.ui.main_window import MainWindow
    from fairdesk.wiring import wire

    engine = new_store(tmp_path / "w.sqlite3")
    add_company(engine, OURS)
    settings = Settings(db_path=tmp_path / "w.sqlite3", company=OURS)
    window = MainWindow(
        db_path=settings.db_path,
        summary_provider=lambda: None,
        tasks=tasks,
        start_role="booth",
        screen_factories=screen_factories(wire(settings, engine), tasks),
    )
    qtbot.addWidget(window)
    window.show()
    screen = window.stack.currentWidget()
    assert isinstance(screen, BoothScreen) and screen.locked
    assert screen.lock.company_label.text() == OURS
    tasks.wait_for_done()
    engine.dispose()


def test_company_tag_escape_and_an_unsaved_note_is_kept(qtbot: QtBot, booth: Booth) -> None:
    unlock(qtbot, booth.screen)
    station = booth.station
    scan(qtbot, station, booth.student.code)
    qtbot.waitUntil(lambda: station.current is not None)
    first = station.current
    assert first is not None
    assert [station.form.tags.item(i).text() for i in range(station.form.tags.count())] == [
        "沟通好",
        "英语好",
    ]
    station.form.new_tag.setFocus()
    type_text(station.form.new_tag, "会焊接")
    qtbot.keyClick(station.form.new_tag, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: booth.service().card(first.id).tags == ("会焊接",))
    assert "会焊接" in booth.service().tags()
    theirs = InterviewService(booth.engine, _company_id(booth.engine, THEIRS))
    assert theirs.tags() == ["沟通好", "英语好"]  # the organiser's list, not our own tag
    station.focus_note()
    qtbot.keyClicks(station.form.note, "half typed")
    qtbot.keyClick(station.form.note, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is station.form.rating
    scan(qtbot, station, add_person(booth.engine, "胡一菲").code)  # next student, note not added
    qtbot.waitUntil(lambda: station.card.name_label.text() == "胡一菲")
    assert [n.text for n in booth.service().card(first.id).notes] == ["half typed"]
    assert station.notes.count() == 0 and station.form.note.text() == ""


def test_without_a_camera_the_webcam_option_is_disabled_with_a_reason(
    qtbot: QtBot, booth: Booth
) -> None:
    unlock(qtbot, booth.screen)
    station = booth.station
    if station.camera.available:
        pytest.skip("this machine has a camera")
    button = station.scan_bar.camera_button
    reason = button.toolTip()
    assert not button.isEnabled() and ("No camera" in reason or "libpulse.so.0" in reason)
    station.scan_bar.camera_button.setChecked(True)  # even if forced, nothing breaks
    assert not station.camera.running


def test_a_scan_at_the_locked_booth_is_not_a_wrong_pin(qtbot: QtBot, booth: Booth) -> None:
    from tests.ui.desk.helpers import burst

    screen = booth.screen
    screen.lock.pin.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.lock.pin)
    for _ in range(6):  # more than the wrong-PIN allowance
        burst(booth.student.code)
    assert "locked" in screen.lock.message.text()
    assert screen.lock.pin.text() == ""
    unlock(qtbot, screen)  # the right PIN still works at once
    assert booth.station.isVisible()


def test_adding_a_tag_keeps_a_half_typed_note(qtbot: QtBot, booth: Booth) -> None:
    unlock(qtbot, booth.screen)
    station = booth.station
    scan(qtbot, station, booth.student.code)
    qtbot.waitUntil(lambda: station.current is not None)
    station.focus_note()
    qtbot.keyClicks(station.form.note, "very keen")
    station.form.new_tag.setFocus()
    type_text(station.form.new_tag, "会焊接")
    qtbot.keyClick(station.form.new_tag, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "会焊接" in booth.service().tags())
    assert station.form.note.text() == "very keen"
