"""The two ways an error reaches a person (CONVENTIONS rule 4).

A `UserError` is shown as a plain warning with its message. Anything else is a bug: it is logged
with its full traceback and shown in a crash dialog whose report can be copied, and the station
keeps running (Vorta's `ExceptionDialog`). `install_excepthook` routes `sys.excepthook` and
`threading.excepthook` here; exceptions from other threads are handed to the GUI thread first.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fairdesk import __version__
from fairdesk.errors import UserError

logger = logging.getLogger(__name__)

ParentGetter = Callable[[], QWidget | None]
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]

MAX_REPORTS_PER_DIALOG = 20  # a repeating error (say, in a paint) must not grow the text forever


def format_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """A report someone can paste into an issue: versions first, then the traceback."""
    header = (
        f"FairDesk {__version__}, Python {platform.python_version()}, "
        f"PySide6 {pyside_version}, Qt {qVersion()}, {platform.platform()}\n\n"
    )
    return header + "".join(traceback.format_exception(exc_type, exc, tb))


def readable_error(exc: BaseException) -> str:
    """What a screen says when its work failed: a UserError's own message (in the interface's
    language); for a bug, whose report the crash dialog shows, a plain sentence instead of
    Python's English ("'bool' object has no attribute …")."""
    if isinstance(exc, UserError):
        return str(exc)
    return QCoreApplication.translate(
        "CrashDialog", "That did not work: an unexpected error (see the error report). Try again."
    )


# Parentless message boxes are kept alive here until closed; a parented box is owned by Qt.
_open_boxes: set[QMessageBox] = set()


def show_user_error(parent: QWidget | None, message: str) -> QMessageBox:
    """Show a UserError's message plainly (no traceback), without blocking the caller."""
    parent = parent if parent is not None else QApplication.activeWindow()
    box = QMessageBox(parent)
    box.setObjectName("userErrorBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QGuiApplication.translate("CrashDialog", "FairDesk"))
    box.setText(message)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:
        _open_boxes.add(box)
        box.finished.connect(lambda _result: _open_boxes.discard(box))
    box.open()
    return box


class CrashDialog(QDialog):
    """Shows an unexpected error's report, read-only, with a button that copies it."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("FairDesk: unexpected error"))
        self.setAccessibleName(self.tr("Unexpected error report"))
        self.resize(760, 480)
        self._reports = 0
        self._dropped = 0

        intro = QLabel(
            self.tr(
                "Something went wrong inside FairDesk. Your data is safe and the station keeps "
                "running. Please copy this report and send it to the organiser's technical "
                "contact."
            )
        )
        intro.setObjectName("crashIntro")
        intro.setWordWrap(True)

        self.report_view = QPlainTextEdit()
        self.report_view.setObjectName("crashReport")
        self.report_view.setAccessibleName(self.tr("Error report"))
        self.report_view.setReadOnly(True)
        self.report_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))

        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("&Copy report"))
        self.copy_button.setObjectName("copyReportButton")
        self.copy_button.setAccessibleName(self.tr("Copy report"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeCrashButton")
        close.setText(self.tr("Close"))
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.report_view, 1)
        layout.addWidget(buttons)
        self.add_report(report)
        close.setFocus()

    def add_report(self, report: str) -> None:
        """Append another report (errors that arrive while the dialog is open)."""
        if self._reports >= MAX_REPORTS_PER_DIALOG:
            self._dropped += 1
            logger.warning("crash dialog full; %d further report(s) only logged", self._dropped)
            return
        if self._reports:
            self.report_view.appendPlainText("\n" + "-" * 60 + "\n")
        self.report_view.appendPlainText(report)
        self._reports += 1

    def report_text(self) -> str:
        return self.report_view.toPlainText()

    @Slot()
    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())
        self.copy_button.setText(self.tr("Copied"))


class _Relay(QObject):
    """Carries exceptions from other threads to the GUI thread (queued signal)."""

    raised = Signal(object)


class ExceptHook:
    """The installed hook; `uninstall()` restores what was there before."""

    def __init__(self, parent_getter: ParentGetter) -> None:
        self._parent_getter = parent_getter
        self._handling = False
        self._previous_sys = sys.excepthook
        self._previous_threading = threading.excepthook
        self.dialog: CrashDialog | None = None
        self._relay = _Relay()
        self._relay.raised.connect(self._on_relayed, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self.handle_thread

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous_sys
        if threading.excepthook == self.handle_thread:
            threading.excepthook = self._previous_threading

    def handle_thread(self, args: threading.ExceptHookArgs) -> None:
        """`threading.excepthook`: log now, show on the GUI thread."""
        if args.exc_type is SystemExit:
            return
        exc = args.exc_value if args.exc_value is not None else args.exc_type()
        if threading.current_thread() is threading.main_thread():
            self.handle(args.exc_type, exc, args.exc_traceback)
        else:
            self._relay.raised.emit((args.exc_type, exc, args.exc_traceback))

    @Slot(object)
    def _on_relayed(self, info: ExcInfo) -> None:
        self.handle(*info)

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        """`sys.excepthook`: a UserError is shown plainly; anything else is a reported bug."""
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_sys(exc_type, exc, tb)
            return
        if self._handling:
            # Raised while an error was being shown: log only, never recurse.
            logger.error("error while reporting an error", exc_info=(exc_type, exc, tb))
            return
        self._handling = True
        try:
            if isinstance(exc, UserError):
                logger.warning("user error: %s", exc)
                show_user_error(self._parent_getter(), str(exc))
                return
            logger.error("unexpected error", exc_info=(exc_type, exc, tb))
            self._show_crash(format_report(exc_type, exc, tb))
        except Exception:
            logger.exception("the error report could not be shown")
        finally:
            self._handling = False

    def _show_crash(self, report: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_report(report)
            return
        self.dialog = CrashDialog(report, self._parent_getter())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget_dialog)
        self.dialog.open()

    @Slot()
    def _forget_dialog(self) -> None:
        self.dialog = None


def install_excepthook(parent_getter: ParentGetter) -> ExceptHook:
    """Route uncaught exceptions (any thread) to the crash dialog / user-error box."""
    hook = ExceptHook(parent_getter)
    hook.install()
    return hook
