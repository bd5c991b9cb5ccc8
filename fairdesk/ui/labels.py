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


# The names a station gets when nobody named it: `fairdesk setup` / `demo` call this
# installation's own station after its role ("organiser"). A desk must not read "organiser".
UNNAMED_STATIONS = frozenset({"", "organiser", "desk", "booth"})


def station_text(name: str | None, *, here: bool = False) -> str:
    """A station's name as shown on screen. One nobody named is "this computer" when it is this
    station (`here`), else "a desk without a name": merged files hold several such stations."""
    clean = (name or "").strip()
    if clean.casefold() in UNNAMED_STATIONS:
        if here:
            return QCoreApplication.translate("Labels", "this computer")
        return QCoreApplication.translate("Labels", "a desk without a name")
    return clean
