"""Roles, degrees, outcomes and code rejections are each defined once (`fairdesk.core.vocabulary`,
`fairdesk.core.roles`, `fairdesk.core.codes`): every other place reads them from there."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from fairdesk.core import normalize
from fairdesk.core.codes import REJECTION_WORDS, Rejection, rejection_message
from fairdesk.core.export_words import OUTCOME_CODES, VALUES, export_words
from fairdesk.core.roles import ROLES
from fairdesk.core.vocabulary import (
    DEGREE_AT_LEAST,
    DEGREE_WORDS,
    DEGREES,
    OUTCOME_WORDS,
    STORED_OUTCOMES,
    Degree,
    Outcome,
    outcome_of,
)
from fairdesk.services.booth.views import OUTCOME_ALIASES, OUTCOMES, parse_outcome

FAIRDESK = Path(__file__).resolve().parents[3] / "fairdesk"


def test_the_stored_values_do_not_change() -> None:
    assert DEGREES == ("associate", "bachelor", "master", "phd")
    assert STORED_OUTCOMES == ("简历已收", "已面试", "进入复试", "发放意向")
    assert [str(o) for o in Outcome] == ["resume", "interviewed", "second_round", "offer"]
    assert [str(r) for r in Rejection] == [
        "malformed",
        "other_fair",
        "forged",
        "revoked",
        "unknown",
    ]


def test_every_value_has_its_words_in_both_languages() -> None:
    for table, members in (
        (DEGREE_WORDS, Degree),
        (DEGREE_AT_LEAST, Degree),
        (OUTCOME_WORDS, Outcome),
        (REJECTION_WORDS, Rejection),
    ):
        assert set(table) == set(members)
        for m in table.values():
            assert m.en and m.zh and m.en != m.zh
    assert Degree.BACHELOR.words.template("zh_CN") == "本科"
    assert Degree.MASTER.at_least.template("en") == "Master or above"
    assert Outcome.OFFER.stored == "发放意向" and outcome_of("发放意向") is Outcome.OFFER
    assert outcome_of("") is None and outcome_of("录用") is None
    revoked = rejection_message(Rejection.REVOKED)
    assert revoked is not None and revoked.key == "checkin.rejected.revoked"


@pytest.mark.parametrize("degree", DEGREES)
def test_each_degree_s_own_words_parse_back(degree: Degree) -> None:
    for word in (degree.value, degree.words.zh, degree.words.en, degree.words.en.upper()):
        assert normalize.degree(word) == degree


def test_exports_and_the_booth_take_the_vocabulary() -> None:
    assert VALUES["degree"] == {str(d): m for d, m in DEGREE_WORDS.items()}
    assert VALUES["degree_required"] == {str(d): m for d, m in DEGREE_AT_LEAST.items()}
    assert VALUES["outcome"] == {str(o): m for o, m in OUTCOME_WORDS.items()}
    assert OUTCOME_CODES == {"简历已收": "resume", "已面试": "interviewed",
                             "进入复试": "second_round", "发放意向": "offer"}  # fmt: skip
    assert OUTCOMES == STORED_OUTCOMES
    assert OUTCOME_ALIASES["second_round"] == "进入复试"
    assert parse_outcome("Second round") == "进入复试"
    words = export_words("ui", "zh_CN")
    assert words.value("degree", "associate") == "大专"
    assert words.value("outcome", "进入复试") == "进入复试"
    assert export_words("en").value("outcome", "进入复试") == "second_round"


def _literals(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    }


def test_no_other_module_spells_the_words_out() -> None:
    """A second table of degree, outcome or rejection words (or of the roles) would drift."""
    homes = {"core/vocabulary.py", "core/codes.py", "core/roles.py"}
    words = {m.zh for m in (*DEGREE_WORDS.values(), *OUTCOME_WORDS.values())}
    words |= {m.en for m in (*OUTCOME_WORDS.values(), *REJECTION_WORDS.values())}
    words |= {m.zh for m in REJECTION_WORDS.values()}
    found = {}
    for path in FAIRDESK.rglob("*.py"):
        name = path.relative_to(FAIRDESK).as_posix()
        if name in homes:
            continue
        spelled = _literals(path) & words
        if spelled:
            found[name] = sorted(spelled)
    assert found == {}
    assert ROLES == ("desk", "booth", "organiser")
