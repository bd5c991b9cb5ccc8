"""Company names as lists and printouts use them: pinyin order, search keys, a short name.

Organisers look companies up the way a dictionary is ordered: 华为 among the H's (huawei), not
after vivo as code-point order puts it. `sort_key` reads a whole name with pypinyin's phrase
table (company names are words — 重庆 chongqing, 银行 yinhang —, not person names, so no surname
readings) — except a family firm named X氏 (曾氏, 单氏), whose X is a surname; Latin letters sort
as themselves, case-folded. `index_letter` is the letter a printed
index files a name under. `search_keys` + `matches` serve a search box typed in Chinese, pinyin
or initials, or a booth code. `short_name` drops the legal form (有限公司, Co., Ltd.) so a
name fits a booth on the floor map.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

#: Legal forms dropped from the end of a name for the map, longest first.
_LEGAL_FORMS = (
    "股份有限公司",
    "有限责任公司",
    "集团有限公司",
    "集团股份有限公司",
    "有限公司",
    "股份公司",
    "总公司",
    "公司",
)
_LATIN_FORMS = re.compile(
    r"[\s,]*\b(co\.?,?\s*ltd\.?|company\s+limited|limited|ltd\.?|inc\.?|corp\.?|"
    r"corporation|gmbh|llc|plc|s\.a\.|ag)\s*$",
    re.IGNORECASE,
)
_PARENS = re.compile(r"[（(][^（）()]*[)）]")
#: a name's leading place: 中山市…, 广东省中山市…
_PLACE = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}省)?[\u4e00-\u9fff]{2,3}市")


def _is_han(ch: str) -> bool:
    return unicodedata.category(ch) == "Lo" and (
        "\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U000323af"
    )


@lru_cache(maxsize=8192)
def _syllables(name: str) -> tuple[str, ...]:
    """Pinyin of the Han runs (phrase-aware), Latin words folded, in the order they appear."""
    # pypinyin reads its dictionary on first use (~0.4 s): imported here, not at load
    from pypinyin import Style, lazy_pinyin

    from fairdesk.core.pinyin_keys import SURNAME_READINGS

    text = unicodedata.normalize("NFKC", name).casefold()
    out: list[str] = []
    for run in re.findall(r"[\u3400-\u9fff\U00020000-\U000323af]+|[a-z0-9]+", text):
        if _is_han(run[0]):
            read = lazy_pinyin(run, style=Style.NORMAL, errors="ignore")
            if run[1:2] == "氏" and run[0] in SURNAME_READINGS:  # 曾氏 zeng shi, 单氏 shan shi
                read[0] = SURNAME_READINGS[run[0]]
            out.extend(s for s in read if s.isascii() and s.isalpha())
        else:
            out.append(run)
    return tuple(out)


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


def sort_key(name: str) -> tuple[bool, tuple[str, ...], str]:
    """Order by pinyin syllable by syllable (hua wei < vivo), then by the name itself; names
    filed under "#" (58同城) come last, as in a printed index."""
    return index_letter(name) == "#", _syllables(name), name


def index_letter(name: str) -> str:
    """The letter A–Z an index files `name` under; "#" for digits and anything unreadable."""
    syllables = _syllables(name)
    first = syllables[0][0].upper() if syllables else "#"
    return first if "A" <= first <= "Z" else "#"


def search_keys(name: str, *extra: str) -> str:
    """One lower-case text holding the name, its pinyin, its initials and `extra` (booth codes),
    for `matches`."""
    syllables = _syllables(name)
    parts = (loose(name), "".join(syllables), "".join(s[0] for s in syllables if s))
    return "\n".join((*parts, *(loose(e) for e in extra if e)))


def loose(text: str) -> str:
    """NFKC, case-folded, no spaces: ＡＢＣ 科技 == abc科技."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def matches(keys: str, query: str) -> bool:
    """True when the typed `query` is part of the name, its pinyin or a booth code, or starts
    its initials (hw for 华为; tx is 腾讯, not the 通信 inside vivo移动通信)."""
    wanted = loose(query).replace("'", "")
    if not wanted:
        return True
    name, pinyin, initials, *extra = keys.split("\n")
    return initials.startswith(wanted) or any(wanted in k for k in (name, pinyin, *extra))


def shared_place(names: Iterable[str]) -> str:
    """The city (or province and city) most of a fair's companies are named after — 中山市 at a
    fair in 中山 — when at least three and a fifth of them are; else "". Only the fair's own
    place is dropped from booth labels: 大都市传媒 elsewhere keeps its name."""
    all_names = [" ".join(n.split()) for n in names]
    counts = Counter(m.group(0) for n in all_names if (m := _PLACE.match(n)))
    if not counts:
        return ""
    place, n = counts.most_common(1)[0]
    return place if n >= 3 and n * 5 >= len(all_names) else ""


def short_name(name: str, place: str = "") -> str:
    """The name without its legal form, for a booth on the map: 华为技术有限公司 → 华为技术,
    招商银行股份有限公司（深圳分行） → 招商银行（深圳分行）; without the fair's `place` too
    (`shared_place`: 中山市翠亨投资有限公司 → 翠亨投资); never empty (else the full name)."""
    text = " ".join(name.split())
    if place and text.startswith(place) and len(text) - len(place) >= 2:
        text = text[len(place) :]
    tail = ""
    found = _PARENS.search(text)
    if found and found.end() == len(text):  # keep a branch or a city written at the end
        text, tail = text[: found.start()], found.group(0)
    for form in _LEGAL_FORMS:
        if text.endswith(form):
            text = text[: -len(form)] if len(text) > len(form) + 1 else text
            break
    text = _LATIN_FORMS.sub("", text).strip(" ,")
    return (text + tail) if text else " ".join(name.split())
