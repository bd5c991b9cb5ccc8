"""Stored codes as people read them, in the interface language (one translation for all screens)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def degree_text(degree: str | None) -> str:
    """A stored degree key (associate/bachelor/master/phd) in the interface language."""
    names = {
        "associate": QCoreApplication.translate("Labels", "Associate"),
        "bachelor": QCoreApplication.translate("Labels", "Bachelor"),
        "master": QCoreApplication.translate("Labels", "Master"),
        "phd": QCoreApplication.translate("Labels", "PhD"),
    }
    return names.get(degree or "", degree or "")
