"""What the booth says after a scan, in the interface language.

Refusals keep the desk's reasons (`fairdesk.core.codes.REJECTION_TEXT`, the English source) and
translate them here, so a booth and a desk name the same problem the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fairdesk.core.codes import REJECTION_TEXT, Rejection
from fairdesk.services.booth.views import ScanOutcome


def rejection_text(reason: Rejection | None) -> str:
    """ "Refused: <reason>" for a refused code."""
    reasons = {
        Rejection.MALFORMED: QCoreApplication.translate("BoothScan", "not a FairDesk badge code"),
        Rejection.OTHER_FAIR: QCoreApplication.translate("BoothScan", "a badge of another fair"),
        Rejection.FORGED: QCoreApplication.translate(
            "BoothScan", "forged or mistyped code (signature does not match)"
        ),
        Rejection.REVOKED: QCoreApplication.translate(
            "BoothScan", "revoked: a new badge was issued to this person"
        ),
        Rejection.UNKNOWN: QCoreApplication.translate("BoothScan", "unknown badge serial"),
    }
    text = reasons.get(reason, REJECTION_TEXT.get(reason, "")) if reason else ""
    return QCoreApplication.translate("BoothScan", "Refused: {reason}").format(reason=text)


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
