"""Finding the one company a person means from the name they typed (or its booth code).

An organiser types a name from a list they were sent, and a recruiter picks theirs at the booth:
the rule is the same for both. In order, the first step that finds anything decides:

1. the name exactly as stored (spaces at the ends and runs of spaces aside);
2. the name compared case-, width- and space-insensitively (ＡＢＣ科技 == abc 科技;
   （深圳） == (深圳));
3. a booth code (a01 == A01).

More than one company at a step is ambiguous; nothing at any step is unknown. Both are a
`UserError` that lists the nearest names with their booth codes, so the person can type one.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from fairdesk.core.messages import message
from fairdesk.errors import UserError

MAX_LISTED = 5

UNKNOWN = message(
    "company.unknown",
    "No company called “{name}” (and no booth with that code) in this database.",
    "本数据库中没有名为“{name}”的企业，也没有这个展位号。",
)
UNKNOWN_NEAR = message(
    "company.unknown_near",
    "No company called “{name}”. Did you mean: {candidates}?",
    "没有名为“{name}”的企业。您要找的是不是：{candidates}？",
)
AMBIGUOUS = message(
    "company.ambiguous",
    "“{name}” matches {count} companies: {candidates}. Type the exact name or the booth code.",
    "“{name}”对应 {count} 家企业：{candidates}。请输入完整的企业名称或展位号。",
)


class Named(Protocol):
    """What matching needs of a company: its name and booth code ("" without a booth)."""

    @property
    def name(self) -> str: ...

    @property
    def booth_code(self) -> str: ...


N = TypeVar("N", bound=Named)


def tidy(name: str) -> str:
    """Spaces at the ends trimmed and runs of spaces made one (how names are stored)."""
    return " ".join(name.split())


def loose_key(name: str) -> str:
    """The name compared as a person means it: NFKC, case-folded, with no spaces at all."""
    return "".join(unicodedata.normalize("NFKC", name).casefold().split())


def label(company: Named) -> str:
    """``华为技术有限公司 (A01)``: a name as an error lists it."""
    return f"{company.name} ({company.booth_code})" if company.booth_code else company.name


def _listed(companies: Sequence[Named]) -> str:
    shown = "; ".join(label(c) for c in companies[:MAX_LISTED])
    return shown + ("; …" if len(companies) > MAX_LISTED else "")


def near(wanted: str, companies: Sequence[N]) -> list[N]:
    """The companies whose names contain, are contained in or resemble `wanted`, nearest first."""
    key = loose_key(wanted)
    if not key:
        return []
    keys = [loose_key(c.name) for c in companies]
    found = [c for c, k in zip(companies, keys, strict=True) if key in k or (k and k in key)]
    close = difflib.get_close_matches(key, keys, n=MAX_LISTED, cutoff=0.5)
    for k in close:
        company = companies[keys.index(k)]
        if company not in found:
            found.append(company)
    return found


def match_company(wanted: str, companies: Sequence[N]) -> N:
    """The one company `wanted` names (see the module docstring); a UserError otherwise."""
    name = tidy(wanted)
    key = loose_key(wanted)
    steps: tuple[Callable[[N], bool], ...] = (
        lambda c: tidy(c.name) == name,
        lambda c: loose_key(c.name) == key,
        lambda c: bool(c.booth_code) and loose_key(c.booth_code) == key,
    )
    for step in steps:
        found = [c for c in companies if step(c)] if key else []
        if len(found) == 1:
            return found[0]
        if found:
            raise UserError(AMBIGUOUS(name=name, count=len(found), candidates=_listed(found)))
    candidates = near(wanted, companies)
    if candidates:
        raise UserError(UNKNOWN_NEAR(name=name, candidates=_listed(candidates)))
    raise UserError(UNKNOWN(name=name))
