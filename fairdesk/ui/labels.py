"""Stored codes as people read them, in the interface language (one translation for all screens):
degrees, station names and the roles a station takes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fairdesk.core.roles import Role


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
UNNAMED_STATIONS = frozenset({"", *Role})


def station_text(name: str | None, *, here: bool = False) -> str:
    """A station's name as shown on screen. One nobody named is "this computer" when it is this
    station (`here`), else "a desk without a name": merged files hold several such stations."""
    clean = (name or "").strip()
    if clean.casefold() in UNNAMED_STATIONS:
        if here:
            return QCoreApplication.translate("Labels", "this computer")
        return QCoreApplication.translate("Labels", "a desk without a name")
    return clean


# -- roles (the words of `fairdesk.core.roles.Role` on screen) ----------------------------------


def role_title(role: str, *, mnemonic: bool = False) -> str:
    """The role's display name; with `mnemonic`, including its Alt-key marker."""
    titles = {
        Role.DESK: QCoreApplication.translate("roles", "&Registration desk"),
        Role.BOOTH: QCoreApplication.translate("roles", "&Company booth"),
        Role.ORGANISER: QCoreApplication.translate("roles", "&Organiser"),
    }
    title = titles[Role(role)]
    return title if mnemonic else strip_mnemonic(title)


def role_description(role: str) -> str:
    descriptions = {
        Role.DESK: QCoreApplication.translate(
            "roles", "Check students in by scanning badges, register walk-ins and print badges."
        ),
        Role.BOOTH: QCoreApplication.translate(
            "roles", "Scan visitors' badges at your booth and log interviews for your company."
        ),
        Role.ORGANISER: QCoreApplication.translate(
            "roles",
            "Set up the fair, companies and booths, import rosters, merge stations and export.",
        ),
    }
    return descriptions[Role(role)]


def strip_mnemonic(text: str) -> str:
    """ "&Organiser" → "Organiser"; "签到台(&R)" → "签到台"."""
    if text.endswith(")") and "(&" in text:
        text = text[: text.rindex("(&")].rstrip()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")
