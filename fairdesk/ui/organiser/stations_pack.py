"""Making a station pack: which station (desk or a company's booth), its name, the passphrase.

The pack is written into a chosen folder (a USB stick) under a file name in the interface's
language (签到台_东门.fdpack); the organiser types the passphrase twice, and it is checked
(long enough, both the same) before anything is written. The work runs off the GUI thread; a
refusal (a company without a PIN, a short passphrase, a folder that cannot be written) is shown
under the form in its own words, and the dialog stays open for the next pack.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fairdesk.core.roles import Role
from fairdesk.core.sealed import check_passphrase
from fairdesk.errors import UserError
from fairdesk.ui.bundles import StationsTool
from fairdesk.ui.crash_dialog import readable_error
from fairdesk.ui.file_names import offered_name
from fairdesk.ui.labels import role_title
from fairdesk.ui.tasks import TaskRunner
from fairdesk.ui.widgets.passphrase import ErrorLine, FolderRow, action_buttons, passphrase_field

if TYPE_CHECKING:
    from fairdesk.services.sync.results import PackResult

logger = logging.getLogger(__name__)

PACK_SUFFIX = ".fdpack"


class MakePackDialog(QDialog):
    """Emits `made(PackResult)` for each pack written."""

    made = Signal(object)

    def __init__(
        self, service: StationsTool, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("makePackDialog")
        self.setWindowTitle(self.tr("Make a station pack"))
        self.setAccessibleName(self.tr("Make a station pack"))
        self.service = service
        self.tasks = tasks
        self.busy = False

        self.role_combo = QComboBox()
        self.role_combo.setObjectName("packRole")
        self.role_combo.setAccessibleName(self.tr("Station role"))
        for role in (Role.DESK, Role.BOOTH):
            self.role_combo.addItem(role_title(role), str(role))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("packName")
        self.name_edit.setAccessibleName(self.tr("Station name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. East gate desk"))
        self.company_combo = QComboBox()
        self.company_combo.setObjectName("packCompany")
        self.company_combo.setAccessibleName(self.tr("Company"))
        self.company_label = QLabel(self.tr("Company"))
        self.passphrase = passphrase_field("packPassphrase", self.tr("Passphrase"))
        self.passphrase_again = passphrase_field("packPassphraseAgain", self.tr("Passphrase again"))
        self.folder_row = FolderRow("packFolder", self.tr("Folder for the pack"))
        form = QFormLayout()
        form.addRow(self.tr("Role"), self.role_combo)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.company_label, self.company_combo)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Passphrase again"), self.passphrase_again)
        form.addRow(self.tr("Folder"), self.folder_row)
        hint = QLabel(
            self.tr(
                "The pack holds students' data: it is sealed with this passphrase. Tell it to "
                "the station's volunteers in person, never on the stick."
            )
        )
        hint.setObjectName("packHint")
        hint.setWordWrap(True)
        self.error = ErrorLine("packError")
        self.result_label = QLabel()
        self.result_label.setObjectName("packResult")
        self.result_label.setWordWrap(True)
        self.make_button = QPushButton(self.tr("&Make pack"))
        self.make_button.setObjectName("packMakeButton")
        self.make_button.setAccessibleName(self.tr("Make pack"))
        self.make_button.clicked.connect(self.make)
        buttons = action_buttons(self, self.make_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.role_combo.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        self.setMinimumWidth(520)
        tasks.read(service.companies, self._companies_loaded, self._companies_failed)

    def role(self) -> str:
        return str(self.role_combo.currentData())

    def _role_changed(self, *_args: object) -> None:
        booth = self.role() == Role.BOOTH
        self.company_combo.setVisible(booth)
        self.company_label.setVisible(booth)

    def _companies_loaded(self, names: list[str]) -> None:
        self.company_combo.clear()
        self.company_combo.addItems(names)

    def _companies_failed(self, exc: BaseException) -> None:
        self.error.show_error(readable_error(exc))

    def out_path(self, folder: Path) -> Path:
        """The pack's file in `folder`, named for its station in the interface's language."""
        who = self.name_edit.text().strip()
        if self.role() == Role.BOOTH:
            who = who or self.company_combo.currentText()
        template = self.tr("{role}_{name}.fdpack")
        return folder / offered_name(template, role=role_title(self.role()), name=who)

    def make(self) -> None:
        """Check the form, then write the pack off the GUI thread."""
        if self.busy:
            return
        self.error.clear_error()
        if self.passphrase.text() != self.passphrase_again.text():
            self.error.show_error(self.tr("The two passphrases differ."))
            return
        try:
            passphrase = check_passphrase(self.passphrase.text())
        except UserError as exc:
            self.error.show_error(str(exc))
            return
        folder = self.folder_row.folder
        if folder is None:
            self.error.show_error(self.tr("Choose the folder (a USB stick) to write the pack to."))
            return
        if not folder.is_dir():  # the stick was pulled out since it was chosen
            self.error.show_error(
                self.tr("{folder} is not there: is the USB stick in?").format(folder=folder)
            )
            return
        booth = self.role() == Role.BOOTH
        company = self.company_combo.currentText() if booth else None
        if booth and not company:
            self.error.show_error(self.tr("Choose the booth's company."))
            return
        role, name, out = self.role(), self.name_edit.text().strip() or None, self.out_path(folder)
        make_pack = self.service.make_pack

        def work() -> PackResult:
            return make_pack(role=role, out=out, passphrase=passphrase, name=name, company=company)

        self._set_busy(True)
        self.tasks.write(work, self._made, self._failed, kinds=(), label=self.tr("Making a pack"))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.make_button.setEnabled(not busy)

    def _made(self, result: PackResult) -> None:
        self._set_busy(False)
        name = result.name or (result.company or "")
        text = self.tr(
            "Pack for station {number} ({role}, {name}) written to {path}: {n} students."
        )
        self.result_label.setText(
            text.format(
                number=f"{result.station_number:03d}",
                role=role_title(result.role),
                name=name,
                path=result.path,
                n=QLocale().toString(result.attendees),
            )
        )
        self.name_edit.clear()
        self.made.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.error.show_error(readable_error(exc))
