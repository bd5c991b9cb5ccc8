"""The verdict panel: what a volunteer reads from a metre away after every scan.

One big coloured block (`scanResult`, dynamic property `outcome` = ok / already / rejected, or
idle / confirm / undone between scans): a headline in very large type (签到成功 / 已签到 / 无效),
the person's name under it, then university, degree and major — or, for a rejection, the reason
in plain words. It stays until the next verdict.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from fairdesk.core.times import local_text
from fairdesk.services.desk.checkin import AttendeeCard, CheckInResult
from fairdesk.ui.labels import (
    degree_text,
    rejection_explanation,
    rejection_headline,
    station_text,
)

logger = logging.getLogger(__name__)

_STYLE = """
QFrame#scanResult { border-radius: 14px; background: #eceff1; }
QFrame#scanResult QLabel { color: #263238; background: transparent; }
QFrame#scanResult[outcome="ok"] { background: #1b7a35; }
QFrame#scanResult[outcome="already"] { background: #f2b705; }
QFrame#scanResult[outcome="rejected"] { background: #c62828; }
QFrame#scanResult[outcome="undone"] { background: #546e7a; }
QFrame#scanResult[outcome="confirm"] { background: #1565c0; }
QFrame#scanResult[outcome="storage"] { background: #4a148c; }
QFrame#scanResult[outcome="storage"] QLabel,
QFrame#scanResult[outcome="ok"] QLabel, QFrame#scanResult[outcome="rejected"] QLabel,
QFrame#scanResult[outcome="undone"] QLabel, QFrame#scanResult[outcome="confirm"] QLabel {
    color: white;
}
QFrame#scanResult[outcome="already"] QLabel { color: #1a1a1a; }
QLabel#verdictHeadline { font-size: 68px; font-weight: 800; }
QLabel#verdictName { font-size: 56px; font-weight: 700; }
QLabel#verdictDetail { font-size: 28px; }
QLabel#verdictNote { font-size: 28px; font-weight: 700; }
"""


def local_hhmm(moment: datetime | None) -> str:
    return local_text(moment, "%H:%M")


class VerdictPanel(QFrame):
    """See the module docstring; `show_result` for check-ins, `show_message` for the rest."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanResult")
        self.setAccessibleName(self.tr("Scan result"))
        self.setStyleSheet(_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.headline = self._label("verdictHeadline")
        self.name = self._label("verdictName")
        self.detail = self._label("verdictDetail")
        self.note = self._label("verdictNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(10)
        layout.addStretch(1)
        for label in (self.headline, self.name, self.detail, self.note):
            layout.addWidget(label)
        layout.addStretch(2)
        self.result: CheckInResult | None = None
        self.show_message(
            "idle",
            self.tr("Ready — scan a badge"),
            self.tr("Or type a student number, or search by name (Ctrl+F)."),
        )

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return label

    @property
    def outcome(self) -> str:
        return str(self.property("outcome") or "")

    def _set_outcome(self, outcome: str) -> None:
        self.setProperty("outcome", outcome)
        self.style().unpolish(self)
        self.style().polish(self)
        for label in (self.headline, self.name, self.detail, self.note):
            self.style().unpolish(label)
            self.style().polish(label)

    def _fill(self, headline: str, name: str, detail: str, note: str) -> None:
        for label, text in ((self.headline, headline), (self.name, name),
                            (self.detail, detail), (self.note, note)):  # fmt: skip
            label.setText(text)
            label.setVisible(bool(text))
        self.setAccessibleDescription(" ".join(t for t in (headline, name, detail, note) if t))

    def show_result(self, result: CheckInResult) -> None:
        """Show a check-in verdict (ok / already / rejected)."""
        self.result = result
        person = result.attendee
        name = person.name if person else ""
        detail = self.person_detail(person)
        if result.outcome == "ok":
            self._fill(self.tr("✔ Checked in"), name, detail, "")
        elif result.outcome == "already":
            note = self.tr("Already checked in at {time}, {desk}. Let them in again.").format(
                time=local_hhmm(result.first_at),
                desk=station_text(result.first_station) if result.first_station else "—",
            )
            self._fill(self.tr("↻ Already checked in"), name, detail, note)
        else:
            headline = rejection_headline(result.reason)
            self._fill(headline, name, rejection_explanation(result.reason), "")
        self._set_outcome(result.outcome)

    def show_message(self, outcome: str, headline: str, detail: str = "", name: str = "") -> None:
        """A state that is not a check-in verdict: idle, confirm, undone, or a rejection text."""
        self.result = None
        self._fill(headline, name, detail, "")
        self._set_outcome(outcome)

    def show_not_found(self, text: str) -> None:
        self.show_message(
            "rejected",
            self.tr("✖ Not found"),
            self.tr("No badge and no student with the number {text}.").format(text=text),
        )

    def show_confirm(self, person: AttendeeCard) -> None:
        """A typed 学号 found one student: Enter again checks them in."""
        self.show_message(
            "confirm",
            self.tr("Check in? Press Enter"),
            self.person_detail(person),
            name=person.name,
        )

    def show_choose(self, count: int) -> None:
        self.show_message(
            "confirm",
            self.tr("Several students — choose one"),
            self.tr("{n} students have this number. Choose with ↓ and press Enter.").format(
                n=count
            ),
        )

    @staticmethod
    def person_detail(person: AttendeeCard | None) -> str:
        if person is None:
            return ""
        parts = [person.university, degree_text(person.degree), person.major]
        if person.grad_year:
            parts.append(
                QCoreApplication.translate("DeskVerdict", "class of {year}").format(
                    year=person.grad_year
                )
            )
        return " · ".join(p for p in parts if p)
