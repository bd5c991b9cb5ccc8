"""The coded values people read, defined once: degrees and interview outcomes.

Each is a `StrEnum` of the machine words (what `--headers en` exports write, what scripts and
`fairdesk booth scan --outcome` type) with its words for a person as keyed messages, so services,
render and the CLI show them in the interface language. The UI's labels
(`fairdesk.ui.labels`) are built from these; roles are `fairdesk.core.roles`, the reasons a code is
refused `fairdesk.core.codes.Rejection`.

- Degrees are stored as their machine word (associate, bachelor, master, phd); the many ways a
  roster writes them are `fairdesk.core.normalize`'s business.
- Outcomes are stored in Chinese, DESIGN.md's words (简历已收 / 已面试 / 进入复试 / 发放意向):
  `Outcome.stored` gives that word, `outcome_of` reads it back. Stored values never change.
"""

from __future__ import annotations

from enum import StrEnum

from fairdesk.core.messages import Message, message


class Degree(StrEnum):
    """A degree, lowest first; the value is what the database stores."""

    ASSOCIATE = "associate"
    BACHELOR = "bachelor"
    MASTER = "master"
    PHD = "phd"

    @property
    def words(self) -> Message:
        """The degree for a person: 本科 / Bachelor."""
        return DEGREE_WORDS[self]

    @property
    def at_least(self) -> Message:
        """A position's minimum degree for a person: 本科及以上 / Bachelor or above."""
        return DEGREE_AT_LEAST[self]


DEGREES: tuple[Degree, ...] = tuple(Degree)

DEGREE_WORDS: dict[Degree, Message] = {
    Degree.ASSOCIATE: message("degree.associate", "Associate", "大专"),
    Degree.BACHELOR: message("degree.bachelor", "Bachelor", "本科"),
    Degree.MASTER: message("degree.master", "Master", "硕士"),
    Degree.PHD: message("degree.phd", "PhD", "博士"),
}
DEGREE_AT_LEAST: dict[Degree, Message] = {
    Degree.ASSOCIATE: message("degree_required.associate", "Associate or above", "大专及以上"),
    Degree.BACHELOR: message("degree_required.bachelor", "Bachelor or above", "本科及以上"),
    Degree.MASTER: message("degree_required.master", "Master or above", "硕士及以上"),
    Degree.PHD: message("degree_required.phd", "PhD", "博士"),
}


class Outcome(StrEnum):
    """An interview outcome, in pipeline order; the value is its machine word."""

    RESUME = "resume"
    INTERVIEWED = "interviewed"
    SECOND_ROUND = "second_round"
    OFFER = "offer"

    @property
    def words(self) -> Message:
        return OUTCOME_WORDS[self]

    @property
    def stored(self) -> str:
        """What the database holds for this outcome (its Chinese word)."""
        return OUTCOME_WORDS[self].zh


OUTCOME_WORDS: dict[Outcome, Message] = {
    Outcome.RESUME: message("outcome.resume", "Résumé received", "简历已收"),
    Outcome.INTERVIEWED: message("outcome.interviewed", "Interviewed", "已面试"),
    Outcome.SECOND_ROUND: message("outcome.second_round", "Second round", "进入复试"),
    Outcome.OFFER: message("outcome.offer", "Offer", "发放意向"),
}
#: The stored words, in pipeline order: 简历已收, 已面试, 进入复试, 发放意向.
STORED_OUTCOMES: tuple[str, ...] = tuple(o.stored for o in Outcome)
_BY_STORED = {o.stored: o for o in Outcome}


def outcome_of(stored: str | None) -> Outcome | None:
    """The `Outcome` of a stored word; None for an empty or unknown one."""
    return _BY_STORED.get(stored or "")
