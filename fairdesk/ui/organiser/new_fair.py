"""The New fair wizard: what `fairdesk setup` asks, in six pages, without a terminal.

Name, venue, dates, halls, the organiser PIN (`new_fair_pages`), then a summary. Finish creates
the fair through the service (`FairCreation.create`) off the GUI thread — the PIN's slow hash
with it — and the wizard closes only once the fair is stored; a refusal (a fair already there,
a PIN the rule refuses) is said on the summary page, and Back still works. `created` carries the
stored fair for the organiser screen, which then shows its tools.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget, QWizard, QWizardPage

from fairdesk.services.fair_setup import CreatedFair, NewFair
from fairdesk.ui.changes import DataKind
from fairdesk.ui.crash_dialog import readable_error
from fairdesk.ui.organiser.new_fair_pages import (
    DatesPage,
    HallsPage,
    NamePage,
    PinPage,
    VenuePage,
    named,
    problem_label,
)
from fairdesk.ui.organiser.setup_protocols import FairCreation
from fairdesk.ui.tasks import TaskRunner

logger = logging.getLogger(__name__)


def _day(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class SummaryPage(QWizardPage):
    """Everything once more; Finish stores it."""

    def __init__(self, wizard: NewFairWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Create the fair"))
        self.setSubTitle(self.tr("Check the details. Finish creates the fair on this laptop."))
        self.summary = QLabel()
        named(self.summary, "newFairSummary", self.tr("Summary"))
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        named(self.progress, "newFairProgress", self.tr("Creating the fair"))
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.problem = problem_label("newFairProblem")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        layout.addWidget(self.problem)

    def initializePage(self) -> None:
        form = self._wizard.form()
        locale = QLocale()
        first = self._wizard.dates.first_edit.date()
        last = self._wizard.dates.last_edit.date()
        days = locale.toString(first, QLocale.FormatType.LongFormat)
        if last != first:
            days = self.tr("{first} to {last}").format(
                first=days, last=locale.toString(last, QLocale.FormatType.LongFormat)
            )
        none = self.tr("(none)")
        rows = [
            (self.tr("Name"), form.name),
            (self.tr("Venue"), form.venue or none),
            (self.tr("Dates"), days),
            (self.tr("Halls"), "、".join(form.halls) if form.halls else none),
            (self.tr("Organiser PIN"), self.tr("set ({digits} digits)").format(
                digits=len(form.organiser_pin))),
        ]  # fmt: skip
        self.summary.setText("\n".join(f"{label}: {value}" for label, value in rows))
        self.problem.clear()

    def validatePage(self) -> bool:
        if self._wizard.created_fair is not None:
            return True
        self._wizard.start_creating()
        return False

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        if busy:
            self.problem.clear()


class NewFairWizard(QWizard):
    """See the module docstring. Emits `created(CreatedFair)` once the fair is stored."""

    created = Signal(object)

    def __init__(
        self, service: FairCreation, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newFairWizard")
        self.setAccessibleName(self.tr("New fair"))
        self.setWindowTitle(self.tr("New fair"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(640, 440)
        self._service = service
        self._tasks = tasks
        self.created_fair: CreatedFair | None = None
        self._creating = False
        self.name_page = NamePage()
        self.venue_page = VenuePage()
        self.dates = DatesPage()
        self.halls_page = HallsPage()
        self.pin_page = PinPage(service)
        self.summary_page = SummaryPage(self)
        for page in (self.name_page, self.venue_page, self.dates, self.halls_page):
            self.addPage(page)
        self.addPage(self.pin_page)
        self.addPage(self.summary_page)

    def form(self) -> NewFair:
        """What the pages hold now."""
        return NewFair(
            name=" ".join(self.name_page.name_edit.text().split()),
            venue=" ".join(self.venue_page.venue_edit.text().split()),
            starts_on=_day(self.dates.first_edit.date()),
            ends_on=_day(self.dates.last_edit.date()),
            halls=tuple(self.halls_page.halls()),
            organiser_pin=self.pin_page.pin(),
        )

    def start_creating(self) -> None:
        if self._creating:
            return
        self._creating = True
        form, service = self.form(), self._service  # the worker never holds the widget
        self._lock_buttons(True)
        self.summary_page.set_busy(True)
        self._tasks.write(
            lambda: service.create(form),
            self._created,
            self._failed,
            kinds=[DataKind.FAIR],
            label=self.tr("Creating the fair"),
        )

    def _lock_buttons(self, locked: bool) -> None:
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton,
                      QWizard.WizardButton.CancelButton):  # fmt: skip
            button = self.button(which)
            if button is not None:
                button.setEnabled(not locked)

    def _created(self, fair: CreatedFair) -> None:
        self._creating = False
        self.created_fair = fair
        self.summary_page.set_busy(False)
        self._lock_buttons(False)
        logger.info("the wizard created the fair %s", fair.name)
        self.created.emit(fair)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._creating = False
        self.summary_page.set_busy(False)
        self._lock_buttons(False)
        self.summary_page.problem.setText(readable_error(exc))
