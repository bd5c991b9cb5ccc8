"""Auto-assigning booths: which company stands where, as a pure rule (no Qt, no SQL).

The rule, in order of importance:

1. A locked booth is never touched; a booth that already has a company keeps it (unless the
   caller asks to redo every unlocked booth, `everything=True`).
2. A sector's companies stand on adjacent booths: booths are handed out one sector at a time,
   each sector's block grown booth by booth from the free booth touching it that is nearest the
   main aisle (a new block starts only when no free booth touches the current one).
3. The biggest companies (the sum of their positions' headcount) stand next to the main aisle:
   sectors go in the order of their biggest company, and inside a sector the biggest company
   takes the first booth of the block, which is the one nearest the main aisle.
4. The same input gives the same plan: every tie is broken by hall order, position, code, name.

A booth is *next to* the main aisle when its rectangle touches the aisle or lies within one floor
unit of it (`NEAR_MAIN`). Companies that find no free booth are counted, not placed.
"""

from __future__ import annotations

import heapq
import math
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

NEAR_MAIN = 1.0  # floor units: "next to the main aisle"
TOUCH = 0.05  # booths this close are neighbours (grid booths share their edges)
_FAR = 1e6  # a hall without a main aisle: every booth equally far


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    def gap(self, other: Rect) -> float:
        """The distance between the two rectangles' edges (0 when they touch or overlap)."""
        dx = max(other.x - (self.x + self.width), self.x - (other.x + other.width), 0.0)
        dy = max(other.y - (self.y + self.height), self.y - (other.y + other.height), 0.0)
        return math.hypot(dx, dy)

    def shares_edge(self, other: Rect) -> bool:
        """Neighbours: side by side (touching edges that overlap), not merely corner to corner."""
        dx = max(other.x - (self.x + self.width), self.x - (other.x + other.width))
        dy = max(other.y - (self.y + self.height), self.y - (other.y + other.height))
        return (abs(dx) <= TOUCH and dy < -TOUCH) or (abs(dy) <= TOUCH and dx < -TOUCH)


@dataclass(frozen=True)
class BoothSpot:
    id: uuid.UUID
    code: str
    hall: str
    rect: Rect
    locked: bool = False
    company_id: uuid.UUID | None = None


@dataclass(frozen=True)
class CompanyNeed:
    id: uuid.UUID
    name: str
    sector: str = ""
    size: int = 0  # the sum of its positions' headcount


@dataclass(frozen=True)
class AutoPlan:
    """`assign`: booth → company for every booth whose company changes (None: made free)."""

    assign: dict[uuid.UUID, uuid.UUID | None]
    placed: int  # companies given a booth by this plan
    free: int  # booths still without a company afterwards
    unplaced: int  # companies still without a booth afterwards


def main_distance(booth: BoothSpot, aisles: Sequence[tuple[str, Rect]]) -> float:
    """How far `booth` is from the nearest main aisle in its hall (`_FAR` when it has none)."""
    gaps = [booth.rect.gap(rect) for hall, rect in aisles if hall == booth.hall]
    return min(gaps, default=_FAR)


def is_next_to_main(booth: BoothSpot, aisles: Sequence[tuple[str, Rect]]) -> bool:
    return main_distance(booth, aisles) <= NEAR_MAIN


def plan_auto(
    booths: Sequence[BoothSpot],
    companies: Sequence[CompanyNeed],
    main_aisles: Sequence[tuple[str, Rect]],
    *,
    halls: Sequence[str] = (),
    everything: bool = False,
) -> AutoPlan:
    """See the module docstring. `main_aisles` are (hall, rectangle) of the main aisles;
    `halls` orders the halls (others after, by name)."""
    known = {c.id for c in companies}
    kept = {b.company_id for b in booths if b.company_id in known and (b.locked or not everything)}
    free = [b for b in booths if not b.locked and (everything or b.company_id is None)]
    waiting = [c for c in companies if c.id not in kept]
    hall_rank = {h: i for i, h in enumerate(halls)}

    def place_key(b: BoothSpot) -> tuple[float, int, str, float, float, str]:
        distance = round(main_distance(b, main_aisles), 6)
        rank = hall_rank.get(b.hall, len(hall_rank))
        return (distance, rank, b.hall, round(b.rect.y, 6), round(b.rect.x, 6), b.code)

    keys = {b.id: place_key(b) for b in free}
    order = _blocks(free, keys, _sector_order(waiting))
    assign: dict[uuid.UUID, uuid.UUID | None] = {}
    placed = 0
    for booth, company in order:
        if company is not None:
            placed += 1
        if company != booth.company_id:
            assign[booth.id] = company
    free_after = sum(1 for b in booths if (assign.get(b.id, b.company_id) is None))
    return AutoPlan(assign, placed, free_after, len(waiting) - placed)


def _sector_order(companies: Iterable[CompanyNeed]) -> list[list[CompanyNeed]]:
    """Companies by sector: sectors by their biggest company, each biggest first."""
    by_sector: dict[str, list[CompanyNeed]] = defaultdict(list)
    for c in companies:
        by_sector[c.sector.strip()].append(c)
    groups = [sorted(g, key=lambda c: (-c.size, c.name, str(c.id))) for g in by_sector.values()]
    return sorted(groups, key=lambda g: (-g[0].size, g[0].sector.strip() == "", g[0].sector))


def _blocks(
    free: Sequence[BoothSpot],
    keys: dict[uuid.UUID, tuple[float, int, str, float, float, str]],
    sectors: Sequence[list[CompanyNeed]],
) -> list[tuple[BoothSpot, uuid.UUID | None]]:
    """Grow one block of adjacent booths per sector; booths left over are made free."""
    neighbours = _neighbours(free)
    by_id = {b.id: b for b in free}
    remaining = sorted(free, key=lambda b: keys[b.id])
    taken: set[uuid.UUID] = set()
    out: list[tuple[BoothSpot, uuid.UUID | None]] = []
    seed_at = 0
    for group in sectors:
        frontier: list[tuple[tuple[float, int, str, float, float, str], uuid.UUID]] = []
        for company in group:
            booth_id = None
            while frontier and booth_id is None:
                _key, candidate = heapq.heappop(frontier)
                if candidate not in taken:
                    booth_id = candidate
            if booth_id is None:  # a new block: the best booth left
                while seed_at < len(remaining) and remaining[seed_at].id in taken:
                    seed_at += 1
                if seed_at == len(remaining):
                    break
                booth_id = remaining[seed_at].id
            taken.add(booth_id)
            out.append((by_id[booth_id], company.id))
            for other in neighbours[booth_id]:
                if other not in taken:
                    heapq.heappush(frontier, (keys[other], other))
    out.extend((b, None) for b in remaining if b.id not in taken)
    return out


def _neighbours(booths: Sequence[BoothSpot]) -> dict[uuid.UUID, list[uuid.UUID]]:
    """Booths sharing an edge, found through unit cells (a grid of 1,000 in milliseconds)."""
    cells: dict[tuple[str, int, int], list[BoothSpot]] = defaultdict(list)
    for b in booths:
        for cx, cy in _cells(b.rect, TOUCH):
            cells[(b.hall, cx, cy)].append(b)
    found: dict[uuid.UUID, list[uuid.UUID]] = {b.id: [] for b in booths}
    for b in booths:
        seen: set[uuid.UUID] = {b.id}
        for cx, cy in _cells(b.rect, TOUCH):
            for other in cells[(b.hall, cx, cy)]:
                if other.id not in seen:
                    seen.add(other.id)
                    if b.rect.shares_edge(other.rect):
                        found[b.id].append(other.id)
    return found


def _cells(rect: Rect, margin: float) -> list[tuple[int, int]]:
    x0, x1 = math.floor(rect.x - margin), math.floor(rect.x + rect.width + margin)
    y0, y1 = math.floor(rect.y - margin), math.floor(rect.y + rect.height + margin)
    return [(cx, cy) for cx in range(x0, x1 + 1) for cy in range(y0, y1 + 1)]
