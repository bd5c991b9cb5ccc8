"""Stored codes as people read them, in the interface language (one translation for all screens):
degrees, interview outcomes, why a code was refused, station names and the roles a station takes.

Degrees, outcomes and the short refusal reasons take their words from `fairdesk.core.vocabulary`
and `fairdesk.core.codes` (keyed messages, rendered in the language `install_translator` set);
the desk's longer explanations and the role names are Qt translations, here and nowhere else.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fairdesk.core.codes import Rejection, rejection_message
from fairdesk.core.roles import Role
from fairdesk.core.vocabulary import DEGREE_WORDS, Degree, Outcome, outcome_of


def degree_text(degree: str | None) -> str:
    """A stored degree key (associate/bachelor/master/phd) in the interface language."""
    try:
        return DEGREE_WORDS[Degree(degree or "")].template()
    except ValueError:
        return degree or ""


def degree_choices() -> tuple[str, ...]:
    """The degrees a person picks from when registering (in Chinese, as rosters write them;
    `fairdesk.core.normalize.degree` reads them back), the most common first."""
    order = (Degree.BACHELOR, Degree.MASTER, Degree.PHD, Degree.ASSOCIATE)
    return tuple(DEGREE_WORDS[d].zh for d in order)


def outcome_choices() -> tuple[str, ...]:
    """The stored interview outcomes, in pipeline order (shown as stored: 简历已收 …)."""
    return tuple(o.stored for o in Outcome)


def outcome_text(stored: str | None) -> str:
    """A stored outcome as shown: its stored word (DESIGN.md's), or as stored when unknown."""
    outcome = outcome_of(stored)
    return outcome.stored if outcome is not None else (stored or "")


# -- why a badge code was refused (`fairdesk.core.codes.Rejection`) ------------------------------


def rejection_reason(reason: Rejection | None) -> str:
    """The short reason both stations give ("a badge of another fair"); "" when not refused."""
    text = rejection_message(reason)
    return text.render() if text is not None else ""


def rejection_explanation(reason: Rejection | None) -> str:
    """Why a badge was refused, in words a desk volunteer can say to the student."""
    texts = {
        Rejection.MALFORMED: QCoreApplication.translate(
            "DeskVerdict", "Not a FairDesk badge code."
        ),
        Rejection.OTHER_FAIR: QCoreApplication.translate(
            "DeskVerdict", "This badge belongs to another fair."
        ),
        Rejection.FORGED: QCoreApplication.translate(
            "DeskVerdict", "Not a genuine badge: the code does not match (forged or misprinted)."
        ),
        Rejection.REVOKED: QCoreApplication.translate(
            "DeskVerdict",
            "Old badge: a new badge was issued to this person. Keep this old one at the desk; "
            "only the new badge works.",
        ),
        Rejection.UNKNOWN: QCoreApplication.translate(
            "DeskVerdict", "Unknown badge: it is not in this desk's roster."
        ),
    }
    fallback = QCoreApplication.translate("DeskVerdict", "Not accepted")
    return texts.get(reason, fallback) if reason else fallback


def rejection_headline(reason: Rejection | None) -> str:
    """The few words in huge type above the desk's explanation."""
    texts = {
        Rejection.MALFORMED: QCoreApplication.translate("DeskVerdict", "✖ Not a badge"),
        Rejection.OTHER_FAIR: QCoreApplication.translate("DeskVerdict", "✖ Other fair"),
        Rejection.FORGED: QCoreApplication.translate("DeskVerdict", "✖ Invalid badge"),
        Rejection.REVOKED: QCoreApplication.translate("DeskVerdict", "✖ Old badge"),
        Rejection.UNKNOWN: QCoreApplication.translate("DeskVerdict", "✖ Unknown badge"),
    }
    fallback = QCoreApplication.translate("DeskVerdict", "✖ Not accepted")
    return texts.get(reason, fallback) if reason else fallback


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
