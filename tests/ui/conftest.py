"""Fixtures for GUI tests: a language reset, a task runner and an installed exception hook."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget

from fairdesk.ui.crash_dialog import ExceptHook, install_excepthook
from fairdesk.ui.i18n import install_translator
from fairdesk.ui.tasks import TaskRunner


@pytest.fixture(autouse=True)
def _widgets_gone_after_each_test(qapp: QApplication) -> Iterator[None]:
    """Every window a test opened is deleted before the next test starts.

    pytest-qt closes the widgets a test registered and asks Qt to delete them later; until the
    event loop gets to that, their timers still fire — a booth's held-scan retry would then
    write into the next test's time, against a database that test deleted.
    """
    yield
    for widget in qapp.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[str]:
    """The interface in English (the source strings), whatever ran before."""
    yield install_translator(qapp, "en")
    install_translator(qapp, "en")


@pytest.fixture
def tasks(qapp: QApplication) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait_for_done()
    runner.deleteLater()


@pytest.fixture
def parent_holder() -> dict[str, QWidget | None]:
    """Where a test puts the widget that error dialogs should be parented to."""
    return {"parent": None}


@pytest.fixture
def excepthook(
    qapp: QApplication, parent_holder: dict[str, QWidget | None]
) -> Iterator[ExceptHook]:
    hook = install_excepthook(lambda: parent_holder["parent"])
    yield hook
    hook.uninstall()
    for widget in qapp.topLevelWidgets():
        if widget.objectName() in ("crashDialog", "userErrorBox") and widget.isVisible():
            widget.close()
