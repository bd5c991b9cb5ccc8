"""Pinyin search keys for names: full pinyin and initials, surnames read as surnames.

The desk search finds 张三 by "zhangsan" or "zs". pypinyin reads characters with their common
pronunciation, but many surnames are read differently (曾 zēng, 单 shàn), so the first one or
two characters of a Chinese name are looked up in a surname table first. Latin names ("Tom Lee")
give their letters and word initials. Characters that pypinyin cannot read (rare Ext-B characters)
contribute nothing but never stop the other characters from producing keys.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from functools import lru_cache

logger = logging.getLogger(__name__)

#: Compound surnames (复姓), read as a whole.
COMPOUND_SURNAMES: dict[str, tuple[str, ...]] = {
    "尉迟": ("yu", "chi"),
    "万俟": ("mo", "qi"),
    "长孙": ("zhang", "sun"),
    "单于": ("chan", "yu"),
    "澹台": ("tan", "tai"),
    "欧阳": ("ou", "yang"),
    "令狐": ("ling", "hu"),
    "上官": ("shang", "guan"),
    "皇甫": ("huang", "fu"),
    "诸葛": ("zhu", "ge"),
    "司马": ("si", "ma"),
    "东方": ("dong", "fang"),
    "司徒": ("si", "tu"),
    "夏侯": ("xia", "hou"),
    "公孙": ("gong", "sun"),
    "慕容": ("mu", "rong"),
    "宇文": ("yu", "wen"),
    "轩辕": ("xuan", "yuan"),
    "端木": ("duan", "mu"),
    "南宫": ("nan", "gong"),
    "西门": ("xi", "men"),
    "独孤": ("du", "gu"),
    "呼延": ("hu", "yan"),
    "闻人": ("wen", "ren"),
    "赫连": ("he", "lian"),
    "申屠": ("shen", "tu"),
    "公冶": ("gong", "ye"),
    "太史": ("tai", "shi"),
    "钟离": ("zhong", "li"),
    "宗政": ("zong", "zheng"),
    "濮阳": ("pu", "yang"),
    "淳于": ("chun", "yu"),
    "仲孙": ("zhong", "sun"),
    "百里": ("bai", "li"),
    "东郭": ("dong", "guo"),
    "拓跋": ("tuo", "ba"),
    "第五": ("di", "wu"),
}

#: Single surnames whose surname reading differs from (or is ambiguous in) the common reading.
SURNAME_READINGS: dict[str, str] = {
    "曾": "zeng",
    "单": "shan",
    "仇": "qiu",
    "区": "ou",
    "查": "zha",
    "解": "xie",
    "朴": "piao",
    "乐": "yue",
    "盖": "ge",
    "缪": "miao",
    "覃": "qin",
    "翟": "zhai",
    "员": "yun",
    "种": "chong",
    "秘": "bi",
    "召": "shao",
    "繁": "po",
    "折": "she",
    "句": "gou",
    "尉": "wei",  # 尉 alone is wèi (尉缭); only the compound 尉迟 reads yù
    "柏": "bai",
    "薄": "bo",
    "卜": "bu",
    "都": "du",
    "过": "guo",
    "郇": "huan",
    "隗": "wei",
    "宓": "mi",
    "能": "nai",
    "乜": "nie",
    "阚": "kan",
    "祭": "zhai",
    "訾": "zi",
    "眭": "sui",
    "长": "chang",
    "重": "chong",
    "沈": "shen",
    "任": "ren",
    "华": "hua",
    "纪": "ji",
    "燕": "yan",
    "冼": "xian",
    "黑": "he",
    "角": "jue",
    "藏": "zang",
    "牟": "mou",
    "蕃": "pi",
    "逄": "pang",
    "莘": "shen",
    "洗": "xian",
    "万": "wan",
    "贾": "jia",
    "石": "shi",
    "叶": "ye",
    "尤": "you",
    "应": "ying",
    "曲": "qu",
    "宿": "su",
    "舍": "she",
    "褚": "chu",
    "谌": "chen",
    "车": "che",
    "佴": "nai",
}


#: A name made only of what `_is_han` accepts (the ranges below, the same ones).
_ALL_HAN = re.compile(
    "[\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U000323af\uf900-\ufaff\U0002f800-\U0002fa1f〇]+"
)


def _is_han(ch: str) -> bool:
    """CJK ideographs (basic, extensions A–G, compatibility)."""
    cp = ord(ch)
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x20000 <= cp <= 0x323AF
        or 0xF900 <= cp <= 0xFAFF
        or 0x2F800 <= cp <= 0x2FA1F
        or ch == "〇"
    )


@lru_cache(maxsize=32768)
def _char_syllable(ch: str) -> str:
    """One character's common reading (no tones, 'v' for ü); "" when pypinyin has none.

    Given names are read character by character: they are not words, so pypinyin's phrase
    table would only mislead, and a per-character cache keeps 50,000 names well under a second.
    """
    # Imported here, not at load: pypinyin reads its dictionary (~0.4 s), which a station's cold
    # start should not wait for; the first search or import pays it once.
    from pypinyin import Style, lazy_pinyin

    try:
        out = lazy_pinyin(ch, style=Style.NORMAL, errors="ignore", v_to_u=False)
    except Exception:  # pypinyin failing on odd input must not lose the rest of the name
        logger.exception("pypinyin failed on %r", ch)
        return ""
    s = out[0].lower() if out else ""
    return s if s.isascii() and s.isalpha() else ""


def _han_run_syllables(run: str) -> tuple[str, ...]:
    """Pinyin syllables of a run of Han characters; unreadable characters are skipped."""
    return tuple(filter(None, map(_char_syllable, run)))


def _han_name_syllables(run: str, *, leading: bool) -> list[str]:
    """Syllables of a Han run; when it starts the name, read its surname as a surname."""
    if leading:
        if run[:2] in COMPOUND_SURNAMES and len(run) > 2:
            return [*COMPOUND_SURNAMES[run[:2]], *_han_run_syllables(run[2:])]
        if run[:2] in COMPOUND_SURNAMES:
            return list(COMPOUND_SURNAMES[run[:2]])
        if run[0] in SURNAME_READINGS:
            return [SURNAME_READINGS[run[0]], *_han_run_syllables(run[1:])]
    return list(_han_run_syllables(run))


def _fold_latin(text: str) -> str:
    """Lowercase ASCII letters/digits of a Latin word, accents removed (José -> jose)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and c.isalnum()).lower()


def _segments(name: str) -> list[tuple[bool, str]]:
    """Split into (is_han, text) runs; anything neither Han nor alphanumeric separates runs."""
    segs: list[tuple[bool, str]] = []
    cur: list[str] = []
    cur_han = False
    for ch in name:
        if _is_han(ch):
            kind: bool | None = True
        elif ch.isalnum() and not _is_han(ch):
            kind = False
        else:
            kind = None
        if kind is None or (cur and kind != cur_han):
            if cur:
                segs.append((cur_han, "".join(cur)))
            cur = []
        if kind is not None:
            cur.append(ch)
            cur_han = kind
    if cur:
        segs.append((cur_han, "".join(cur)))
    return segs


@lru_cache(maxsize=131072)
def name_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials): 曾小贤 -> ("zengxiaoxian", "zxx"), Tom Lee -> ("tomlee", "tl").

    Only a name's first Han run is read with surname readings. Unknown characters are skipped.
    """
    if _ALL_HAN.fullmatch(name):  # most names: one Han run, the surname first
        syllables = _han_name_syllables(name, leading=True)
        return "".join(syllables), "".join([s[0] for s in syllables])
    full: list[str] = []
    initials: list[str] = []
    first_han = True
    for is_han, text in _segments(name):
        if is_han:
            syllables = _han_name_syllables(text, leading=first_han and not full)
            first_han = False
            full.extend(syllables)
            initials.extend(s[0] for s in syllables)
        else:
            folded = _fold_latin(text)
            if folded:
                full.append(folded)
                initials.append(folded[0])
    return "".join(full), "".join(initials)


def search_key(query: str) -> str:
    """Normalise a typed query like the stored keys: NFKC, lowercase, no spaces or apostrophes."""
    text = unicodedata.normalize("NFKC", query).lower()
    return "".join(c for c in text if not c.isspace() and c not in "'’‘`")
