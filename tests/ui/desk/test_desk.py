"""The registration desk on real services: scans, bursts anywhere, queueing, search, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from fairdesk.resource_files import resources_dir
from fairdesk.services.badges.service import BadgeService
from fairdesk.ui.desk.screen import DeskScreen
from fairdesk.ui.desk.search_results import COL_PHONE
from fairdesk.ui.i18n import install_translator
from fairdesk.ui.tasks import TaskRunner
from tests.factories import Person, add_person, new_store
from tests.ui.desk.helpers import Printed, burst, checkins, make_desk


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return new_store(tmp_path / "desk.sqlite3")


@pytest.fixture
def people(engine: Engine) -> dict[str, Person]:
    return {
        "zeng": add_person(engine, "曾小贤", student_no="2021010001", phone="13712345678"),
        "hu": add_person(engine, "胡一菲", student_no="2021010002"),
        "lv": add_person(engine, "吕子乔", student_no="2021010003"),
    }


@pytest.fixture
def printed() -> Printed:
    return Printed()


@pytest.fixture
def desk(
    qtbot: QtBot, engine: Engine, tasks: TaskRunner, printed: Printed, english: str
) -> DeskScreen:
    return make_desk(qtbot, engine, tasks, printed)


def outcome(desk: DeskScreen) -> str:
    return str(desk.verdict.property("outcome"))


def test_scan_into_scan_input_checks_in(
    qtbot: QtBot, desk: DeskScreen, engine: Engine, people: dict[str, Person]
) -> None:
    assert desk.findChild(object, "scanResult") is desk.verdict
    qtbot.keyClicks(desk.scan_input, people["zeng"].code)  # typed (no timestamps)
    with qtbot.waitSignal(desk.verdict_shown):
        qtbot.keyClick(desk.scan_input, Qt.Key.Key_Return)
    assert outcome(desk) == "ok"
    assert "Checked in" in desk.verdict.headline.text()
    assert desk.verdict.name.text() == "曾小贤"
    assert "北京师范大学" in desk.verdict.detail.text() and "Bachelor" in desk.verdict.detail.text()
    assert desk.scan_input.text() == ""
    with qtbot.waitSignal(desk.verdict_shown):
        burst(people["zeng"].code)  # the scanner, focus still in scanInput
    assert outcome(desk) == "already"
    assert "东门" in desk.verdict.note.text()
    assert desk.scan_input.text() == ""
    assert checkins(engine) == [("曾小贤", "arrival", "badge", False),
                                ("曾小贤", "reentry", "badge", False)]  # fmt: skip


def test_burst_while_search_has_focus_checks_in_and_keeps_search_text(
    qtbot: QtBot, desk: DeskScreen, engine: Engine, people: dict[str, Person]
) -> None:
    qtbot.keyClick(desk, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is desk.search.input
    qtbot.keyClicks(desk.search.input, "hu")
    with qtbot.waitSignal(desk.verdict_shown):
        burst(people["zeng"].code)
    assert outcome(desk) == "ok" and desk.verdict.name.text() == "曾小贤"
    assert desk.search.input.text() == "hu"
    assert QApplication.focusWidget() is desk.search.input
    qtbot.waitUntil(lambda: [h.name for h in desk.search.model.rows()] == ["胡一菲"])
    assert checkins(engine) == [("曾小贤", "arrival", "badge", False)]


def test_two_bursts_back_to_back_both_land_in_order(
    qtbot: QtBot, desk: DeskScreen, engine: Engine, people: dict[str, Person]
) -> None:
    shown: list[str] = []
    desk.verdict_shown.connect(lambda a: shown.append(a.result.attendee.name))
    desk.search.input.setFocus()
    burst(people["hu"].code)
    burst(people["lv"].code)
    burst(people["zeng"].code, end="\t")  # some scanners end with Tab
    qtbot.waitUntil(lambda: len(shown) == 3)
    assert shown == ["胡一菲", "吕子乔", "曾小贤"]
    assert [c[0] for c in checkins(engine)] == ["胡一菲", "吕子乔", "曾小贤"]
    assert desk.search.input.text() == ""


def test_rejected_code_then_good_one(
    qtbot: QtBot, desk: DeskScreen, engine: Engine, people: dict[str, Person]
) -> None:
    code = people["hu"].code
    forged = code[:-1] + str((int(code[-1]) + 1) % 10)
    verdicts: list[str] = []
    desk.verdict_shown.connect(lambda _a: verdicts.append(outcome(desk)))
    burst(forged)
    burst(code)
    qtbot.waitUntil(lambda: len(verdicts) == 2)
    assert verdicts == ["rejected", "ok"]
    assert checkins(engine) == [("胡一菲", "arrival", "badge", False)]


def test_rejection_reasons_are_plain_words(
    qtbot: QtBot, desk: DeskScreen, engine: Engine, people: dict[str, Person]
) -> None:
    BadgeService(engine).reissue(people["lv"].id)
    with qtbot.waitSignal(desk.verdict_shown):
        burst(people["lv"].code)
    assert outcome(desk) == "rejected"
    assert "new badge was issued" in desk.verdict.detail.text()
    assert "Keep this old one" in desk.verdict.detail.text()
    with qtbot.waitSignal(desk.verdict_shown):
        burst("1" + people["lv"].code[1:-1] + "0")
    assert outcome(desk) == "rejected"
    assert checkins(engine) == []


def test_campus_card_checks_in_directly_typed_number_asks_first(
    qtbot: QtBot, desk: DeskScreen, engine: Engine, people: dict[str, Person]
) -> None:
    with qtbot.waitSignal(desk.verdict_shown):
        burst("2021010002")  # a campus card read by the scanner
    assert outcome(desk) == "ok" and desk.verdict.name.text() == "胡一菲"
    desk.scan_input.setText("２０２１０１０００３")  # typed, full-width digits
    with qtbot.waitSignal(desk.verdict_shown):
        qtbot.keyClick(desk.scan_input, Qt.Key.Key_Return)
    assert outcome(desk) == "confirm" and desk.verdict.name.text() == "吕子乔"
    assert [c[0] for c in checkins(engine)] == ["胡一菲"]
    with qtbot.waitSignal(desk.verdict_shown):
        qtbot.keyClick(desk.scan_input, Qt.Key.Key_Return)
    assert outcome(desk) == "ok" and desk.verdict.name.text() == "吕子乔"
    assert [c[:3] for c in checkins(engine)] == [
        ("胡一菲", "arrival", "student_no"), ("吕子乔", "arrival", "student_no"),
    ]  # fmt: skip
    qtbot.keyClicks(desk.scan_input, "999999")
    with qtbot.waitSignal(desk.verdict_shown):
        qtbot.keyClick(desk.scan_input, Qt.Key.Key_Return)
    assert outcome(desk) == "rejected" and "999999" in desk.verdict.detail.text()


def test_pinyin_and_initials_search_then_enter_checks_in_and_ctrl_p_prints(
    qtbot: QtBot, desk: DeskScreen, engine: Engine, people: dict[str, Person], printed: Printed
) -> None:
    qtbot.keyClick(desk, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(desk.search.input, "zeng")
    qtbot.waitUntil(lambda: [h.name for h in desk.search.model.rows()] == ["曾小贤"])
    desk.search.input.clear()
    qtbot.keyClicks(desk.search.input, "zxx")
    qtbot.waitUntil(lambda: desk.search.query_done == "zxx")
    assert [h.name for h in desk.search.model.rows()] == ["曾小贤"]
    assert "…5678" in desk.search.model.data(desk.search.model.index(0, COL_PHONE))
    qtbot.keyClick(desk.search.input, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is desk.search.table
    with qtbot.waitSignal(desk.verdict_shown):
        qtbot.keyClick(desk.search.table, Qt.Key.Key_Return)
    assert outcome(desk) == "ok" and desk.verdict.name.text() == "曾小贤"
    assert checkins(engine) == [("曾小贤", "arrival", "search", False)]
    qtbot.waitUntil(lambda: desk.search.model.rows()[0].checked_in)
    qtbot.keyClick(desk.search.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed.calls == [([people["zeng"].id], False)]


def test_undo_needs_a_second_press(
    qtbot: QtBot, desk: DeskScreen, engine: Engine, people: dict[str, Person]
) -> None:
    with qtbot.waitSignal(desk.verdict_shown):
        burst(people["zeng"].code)
    ctrl_z = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(desk.scan_input, *ctrl_z)
    assert "Press Ctrl+Z again" in desk.status.text()
    assert checkins(engine) == [("曾小贤", "arrival", "badge", False)]
    qtbot.keyClick(desk.scan_input, Qt.Key.Key_Escape)  # keep it
    qtbot.keyClick(desk.scan_input, *ctrl_z)
    qtbot.keyClick(desk.scan_input, *ctrl_z)
    qtbot.waitUntil(lambda: outcome(desk) == "undone")
    assert checkins(engine) == [("曾小贤", "arrival", "badge", True)]
    with qtbot.waitSignal(desk.verdict_shown):
        burst(people["zeng"].code)
    assert outcome(desk) == "ok"  # after the undo the next scan is the arrival again


def test_desk_speaks_chinese(
    qapp: QApplication,
    qtbot: QtBot,
    engine: Engine,
    tasks: TaskRunner,
    people: dict[str, Person],
    english: str,
) -> None:
    assert install_translator(qapp, "zh_CN") == "zh_CN"
    desk = make_desk(qtbot, engine, tasks, Printed())
    assert desk.verdict.headline.text() == "请扫描胸卡"
    with qtbot.waitSignal(desk.verdict_shown):
        burst(people["zeng"].code)
    assert desk.verdict.headline.text() == "✔ 签到成功"
    assert "本科" in desk.verdict.detail.text()
    with qtbot.waitSignal(desk.verdict_shown):
        burst(people["zeng"].code)
    assert desk.verdict.headline.text() == "↻ 已签到"
    assert "东门" in desk.verdict.note.text()
    ts = (resources_dir() / "i18n" / "desk_zh_CN.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in ts and "<translation></translation>" not in ts


def test_typed_number_of_several_students_lets_the_volunteer_choose(
    qtbot: QtBot, desk: DeskScreen, engine: Engine, people: dict[str, Person]
) -> None:
    add_person(engine, "关谷神奇", university="清华大学", student_no="2021010003")
    qtbot.keyClicks(desk.scan_input, "2021010003")
    with qtbot.waitSignal(desk.verdict_shown):
        qtbot.keyClick(desk.scan_input, Qt.Key.Key_Return)
    assert outcome(desk) == "confirm" and "2 students" in desk.verdict.detail.text()
    qtbot.waitUntil(lambda: len(desk.search.model.rows()) == 2)
    assert QApplication.focusWidget() is desk.search.table
    qtbot.keyClick(desk.search.table, Qt.Key.Key_Down)
    chosen = desk.search.current_hit()
    assert chosen is not None
    with qtbot.waitSignal(desk.verdict_shown):
        qtbot.keyClick(desk.search.table, Qt.Key.Key_Return)
    assert outcome(desk) == "ok" and desk.verdict.name.text() == chosen.name
    assert checkins(engine) == [(chosen.name, "arrival", "search", False)]


def test_a_scan_does_not_move_the_volunteers_choice_in_the_results(
    qtbot: QtBot, desk: DeskScreen, engine: Engine, people: dict[str, Person]
) -> None:
    """The volunteer arrows to the 2nd hit; a badge scan refreshes the list meanwhile."""
    qtbot.keyClick(desk, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(desk.search.input, "2021010")
    qtbot.waitUntil(lambda: len(desk.search.model.rows()) == 3)
    desk.search.table.selectRow(1)
    chosen = desk.search.current_hit()
    assert chosen is not None
    with qtbot.waitSignal(desk.verdict_shown):
        burst(people["lv"].code)
    qtbot.waitUntil(lambda: any(h.checked_in for h in desk.search.model.rows()))
    current = desk.search.current_hit()
    assert current is not None and current.id == chosen.id


def test_a_double_read_can_be_undone_back_to_the_arrival(
    qtbot: QtBot, desk: DeskScreen, engine: Engine, people: dict[str, Person]
) -> None:
    """The wrong badge read twice (arrival, re-entry): two undos leave nobody checked in."""
    for _ in range(2):
        with qtbot.waitSignal(desk.verdict_shown):
            burst(people["hu"].code)
    ctrl_z = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    for _ in range(2):
        qtbot.keyClick(desk.scan_input, *ctrl_z)
        qtbot.keyClick(desk.scan_input, *ctrl_z)
    qtbot.waitUntil(lambda: all(undone for *_, undone in checkins(engine)))
    assert [c[1] for c in checkins(engine)] == ["arrival", "reentry"]


def test_ctrl_p_after_a_scan_prints_the_scanned_person_not_the_search_choice(
    qtbot: QtBot, desk: DeskScreen, engine: Engine, people: dict[str, Person], printed: Printed
) -> None:
    qtbot.keyClick(desk, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(desk.search.input, "zeng")
    qtbot.waitUntil(lambda: [h.name for h in desk.search.model.rows()] == ["曾小贤"])
    with qtbot.waitSignal(desk.verdict_shown):
        burst(people["hu"].code)  # the scanner fires while focus sits in the search box
    qtbot.keyClick(desk.search.input, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed.calls == [([people["hu"].id], False)]
    qtbot.keyClick(desk.search.input, Qt.Key.Key_Down)  # the volunteer picks the hit again
    qtbot.keyClick(desk.search.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed.calls[-1] == ([people["zeng"].id], False)
