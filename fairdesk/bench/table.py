"""Benchmark rows and the table they print as."""

from __future__ import annotations

import statistics
from dataclasses import dataclass


@dataclass(frozen=True)
class BenchRow:
    """One measured operation: value, floor and budget share a unit."""

    operation: str
    measured: float
    floor: float | None
    budget: float
    unit: str  # "s", "ms", "MB", "/s" (for rates a higher figure is better)

    @property
    def within_budget(self) -> bool:
        if self.unit == "/s":
            return self.measured >= self.budget
        return self.measured <= self.budget

    @property
    def times_floor(self) -> str:
        if not self.floor:
            return "-"
        ratio = self.floor / self.measured if self.unit == "/s" else self.measured / self.floor
        return f"{ratio:.1f}x"


def percentile(samples: list[float], pct: float) -> float:
    """The pct-th percentile (inclusive method) of `samples`."""
    if len(samples) == 1:
        return samples[0]
    return statistics.quantiles(samples, n=100, method="inclusive")[int(pct) - 1]


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "/s":
        return f"{value:,.0f}/s"
    if unit == "MB":
        return f"{value:,.0f} MB"
    return f"{value:.3f} s" if unit == "s" else f"{value:.2f} ms"


def format_table(rows: list[BenchRow]) -> str:
    """A plain-text table: operation, measured, floor, x floor, budget, verdict."""
    header = ("operation", "measured", "floor", "x floor", "budget", "ok")
    lines = [
        (
            r.operation,
            _fmt(r.measured, r.unit),
            _fmt(r.floor, r.unit),
            r.times_floor,
            ("≥ " if r.unit == "/s" else "≤ ") + _fmt(r.budget, r.unit),
            "yes" if r.within_budget else "NO",
        )
        for r in rows
    ]
    widths = [max(len(str(x)) for x in col) for col in zip(header, *lines, strict=True)]
    out = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
    out.append("  ".join("-" * w for w in widths))
    out.extend("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) for line in lines)
    return "\n".join(out)
