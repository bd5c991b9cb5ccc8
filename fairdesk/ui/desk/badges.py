"""Badges at the desk: print, reprint and reissue through the badge area's renderer.

The desk screen only knows a `PrintBadge` callable — (attendee ids, reissue?) — so tests can
fake it. `badge_printer` builds the real one on the bundle's badge service and
`fairdesk.ui.organiser.badge_printing.print_badges` (printer and layout chosen once per station).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from fairdesk.errors import UserError
from fairdesk.ui.organiser import badge_printing

if TYPE_CHECKING:
    from fairdesk.ui.bundles import Badges

logger = logging.getLogger(__name__)

PrintBadge = Callable[[list[uuid.UUID], bool], bool | None]  # (ids, reissue?) -> printed?


def badge_printer(service: Badges, parent: Callable[[], QWidget | None]) -> PrintBadge:
    """The real printing seam: ensure (or reissue) each badge, then print them in one job."""

    def print_badge(attendee_ids: list[uuid.UUID], reissue: bool) -> bool:
        views = [
            service.reissue(person) if reissue else service.ensure_badge(person)
            for person in attendee_ids
        ]
        printed = bool(badge_printing.print_badges(parent(), service, views))
        if printed:
            logger.info("printed %d badge(s) at the desk (reissue=%s)", len(views), reissue)
        return printed

    return print_badge


def print_for(
    parent: QWidget, print_badge: PrintBadge, person: tuple[uuid.UUID, str] | None, reissue: bool
) -> str:
    """Print (or, after asking, reissue and print) `person`'s badge; returns a status line."""
    if person is None:
        return QCoreApplication.translate("DeskBadges", "Scan or choose a person first.")
    person_id, name = person
    if reissue and not confirm_reissue(parent, name):
        return ""
    try:
        printed = print_badge([person_id], reissue)
    except UserError as exc:
        return str(exc)
    if reissue and printed is False:  # the old badge is void already: say what to do now
        return QCoreApplication.translate(
            "DeskBadges",
            "New badge issued but not printed — the old badge no longer works. "
            "Press Ctrl+P to print the new one.",
        )
    return ""


def confirm_reissue(parent: QWidget, name: str) -> bool:
    """Ask before a lost-badge reissue: the old badge stops working everywhere."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("DeskBadges", "Lost badge"),
        QCoreApplication.translate(
            "DeskBadges", "Print a new badge for {name}? The old badge stops working everywhere."
        ).format(name=name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes
