"""Hybrid logical clock: the time every change carries, comparable across stations.

A clock is wall milliseconds, a logical counter for events in the same millisecond (or while the
wall clock stands behind the last time seen), and the station as the tie-break, so two stations'
times are never equal. `tick(now)` stamps a local event; `observe(remote, now)` moves the clock
past a time received from elsewhere. Neither ever goes back, whatever the wall clock does.

`encode()` gives fixed-width text that sorts as the clocks do (`"<wall>-<counter>-<station>"`,
wall and counter in zero-padded lower-case hex), so SQL can order and take the max of it as text.
"""

from __future__ import annotations

from dataclasses import dataclass

WALL_DIGITS = 12  # hex: milliseconds until the year 10889
COUNTER_DIGITS = 8  # hex: four thousand million events within one millisecond
MAX_WALL = 16**WALL_DIGITS - 1
MAX_COUNTER = 16**COUNTER_DIGITS - 1


@dataclass(frozen=True, order=True)
class HLC:
    """One clock reading; fields in comparison order (wall, counter, station)."""

    wall: int
    counter: int
    station: str

    def __post_init__(self) -> None:
        if not 0 <= self.wall <= MAX_WALL:
            raise ValueError(f"HLC wall time out of range: {self.wall}")
        if not 0 <= self.counter <= MAX_COUNTER:
            raise ValueError(f"HLC counter out of range: {self.counter}")
        if "-" in self.station or not self.station:
            raise ValueError(f"HLC station must be non-empty without '-': {self.station!r}")

    def tick(self, now: int) -> HLC:
        """The time of a local event at wall time `now` (ms): later than this one."""
        if now > self.wall:
            return HLC(now, 0, self.station)
        return HLC(self.wall, self.counter + 1, self.station)

    def observe(self, remote: HLC, now: int) -> HLC:
        """This station's clock after receiving `remote` at wall time `now`: later than both."""
        wall = max(self.wall, remote.wall, now)
        if wall == self.wall == remote.wall:
            counter = max(self.counter, remote.counter) + 1
        elif wall == self.wall:
            counter = self.counter + 1
        elif wall == remote.wall:
            counter = remote.counter + 1
        else:
            counter = 0
        return HLC(wall, counter, self.station)

    def ticks(self, now: int, n: int) -> tuple[HLC, list[str]]:
        """`n` consecutive local events at once (a bulk write): the last clock and every
        encoding, in order. Cheaper than `n` calls to `tick` for 50,000 rows."""
        if n <= 0:
            return self, []
        first = self.tick(now)
        last = HLC(first.wall, first.counter + n - 1, self.station)
        head = f"{first.wall:0{WALL_DIGITS}x}-"
        tail = f"-{self.station}"
        return last, [
            f"{head}{c:0{COUNTER_DIGITS}x}{tail}" for c in range(first.counter, last.counter + 1)
        ]

    def encode(self) -> str:
        """Text that sorts like the clock: equal-width hex wall and counter, then the station."""
        return f"{self.wall:0{WALL_DIGITS}x}-{self.counter:0{COUNTER_DIGITS}x}-{self.station}"

    @classmethod
    def decode(cls, text: str) -> HLC:
        """The clock `encode` wrote (ValueError for anything else)."""
        wall, counter, station = text.split("-", 2)
        if len(wall) != WALL_DIGITS or len(counter) != COUNTER_DIGITS:
            raise ValueError(f"not an HLC time: {text!r}")
        return cls(int(wall, 16), int(counter, 16), station)

    @classmethod
    def zero(cls, station: str) -> HLC:
        """The clock of a station that has seen nothing yet."""
        return cls(0, 0, station)
