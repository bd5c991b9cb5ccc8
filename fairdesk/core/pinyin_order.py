"""Company names in pinyin order, and their pinyin search keys.

A Chinese list of companies is read in pinyin order: 格力, 华为, 京东, …, vivo — 华为 among the
H's, not after every Latin name as code-point order puts it. A company name is a word, not a
person's name, so it is read with pypinyin's phrase table (重庆 chóngqìng, 长虹 chánghóng) and
not with the surname readings of `core.pinyin_keys`. Latin letters and digits are kept,
lower-cased (TCL科技 → "tclkeji"); anything pypinyin cannot read sorts by its own text after
the readable part, so no name is lost or made equal to another.
"""

from __future__ import annotations

import logging
import unicodedata
from functools import lru_cache

logger = logging.getLogger(__name__)


@lru_cache(maxsize=8192)
def _syllables(name: str) -> tuple[str, ...]:
    """The name's pinyin syllables and Latin words, lower-cased (no tones)."""
    # Imported here: pypinyin loads its dictionary on first use (see core.pinyin_keys).
    from pypinyin import Style, lazy_pinyin

    text = unicodedata.normalize("NFKC", name)
    try:
        parts = lazy_pinyin(text, style=Style.NORMAL, errors="default", v_to_u=False)
    except Exception:  # a pypinyin failure must not lose the name: sort by its text
        logger.exception("pypinyin failed on %r", name)
        parts = [text]
    words: list[str] = []
    for part in parts:
        for word in part.split():
            folded = "".join(c for c in word.lower() if c.isalnum())
            if folded:
                words.append(folded)
    return tuple(words)


def company_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials) of a company name: 华为技术 → ("huaweijishu", "hwjs")."""
    words = _syllables(name)
    return "".join(words), "".join(w[0] for w in words)


def word_starts(name: str) -> tuple[str, ...]:
    """The name's pinyin and initials from each of its syllables on, so a search finds a
    company by any word of its name: 中山市翠亨投资 by "cuiheng" or "cht", not only by "zss"."""
    words = _syllables(name)
    initials = "".join(w[0] for w in words)
    return tuple(key for i in range(len(words)) for key in ("".join(words[i:]), initials[i:]))


def pinyin_sort_key(name: str) -> tuple[str, str]:
    """Sorts names in pinyin order (格力 < 华为 < 京东 < vivo); equal readings by their text."""
    return "".join(_syllables(name)), unicodedata.normalize("NFKC", name).casefold()
