"""The UI's labels for coded values come from the one vocabulary, in the interface language."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from fairdesk.core.codes import REJECTION_WORDS, Rejection
from fairdesk.services.booth.views import ScanOutcome
from fairdesk.ui.booth.texts import rejection_text
from fairdesk.ui.desk.walk_in import DEGREES
from fairdesk.ui.i18n import install_translator
from fairdesk.ui.labels import (
    degree_text,
    outcome_choices,
    outcome_text,
    rejection_explanation,
    rejection_headline,
    rejection_reason,
)


def test_degrees_and_outcomes_in_both_languages(qapp: QApplication) -> None:
    assert degree_text("bachelor") == "Bachelor" and degree_text("phd") == "PhD"
    assert degree_text("diploma") == "diploma" and degree_text(None) == ""
    assert outcome_choices() == ("简历已收", "已面试", "进入复试", "发放意向")
    assert outcome_text("已面试") == "已面试" and outcome_text(None) == ""
    assert DEGREES == ("", "本科", "硕士", "博士", "大专")
    install_translator(qapp, "zh_CN")
    try:
        assert degree_text("associate") == "大专" and degree_text("master") == "硕士"
    finally:
        install_translator(qapp, "en")


def test_both_stations_give_the_same_reason(qapp: QApplication) -> None:
    for reason in Rejection:
        assert rejection_reason(reason) == REJECTION_WORDS[reason].en
        assert rejection_text(reason) == f"Refused: {REJECTION_WORDS[reason].en}"
        assert rejection_headline(reason).startswith("✖ ")
        assert rejection_explanation(reason) not in ("", "Not accepted")
    assert rejection_reason(None) == "" and rejection_explanation(None) == "Not accepted"
    install_translator(qapp, "zh_CN")
    try:
        refused = ScanOutcome("refused", reason=Rejection.OTHER_FAIR)
        assert rejection_text(refused.reason) == "已拒绝：其他招聘会的胸卡"
        assert rejection_headline(Rejection.REVOKED) == "✖ 旧胸卡已作废"
    finally:
        install_translator(qapp, "en")
