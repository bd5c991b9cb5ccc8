"""What the booth says after a scan, in the interface language.

Refusals give the desk's reasons (`fairdesk.ui.labels.rejection_reason`, the words of
`fairdesk.core.codes`), so a booth and a desk name the same problem the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fairdesk.core.codes import Rejection
from fairdesk.services.booth.views import ScanOutcome
from fairdesk.ui.labels import rejection_reason


def rejection_text(reason: Rejection | None) -> str:
    """ "Refused: <reason>" for a refused code."""
    return QCoreApplication.translate("BoothScan", "Refused: {reason}").format(
        reason=rejection_reason(reason)
    )


def scan_message(outcome: ScanOutcome) -> str:
    """One line for the scan result label."""
    card = outcome.interview
    if card is None:
        return rejection_text(outcome.reason)
    if outcome.status == "pending":
        return QCoreApplication.translate(
            "BoothScan", "Pending: badge not in this booth's roster; type the name"
        ).format()
    if outcome.status == "new":
        return QCoreApplication.translate("BoothScan", "New: {name}").format(name=card.display_name)
    return QCoreApplication.translate("BoothScan", "Visit {n}: {name} (record reopened)").format(
        n=card.visits, name=card.display_name
    )
