"""The hybrid logical clock: never backwards, and its text sorts as the clock does."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fairdesk.core.hlc import HLC, MAX_COUNTER

walls = st.integers(min_value=0, max_value=2**44)
counters = st.integers(min_value=0, max_value=MAX_COUNTER // 2)
stations = st.sampled_from(["0a", "0b", "19f3c2", "ffff"])
clocks = st.builds(HLC, walls, counters, stations)


@given(st.lists(walls, min_size=1, max_size=60), stations)
def test_tick_is_strictly_monotonic_whatever_the_wall_clock_does(nows: list[int], s: str) -> None:
    clock = HLC.zero(s)
    for now in nows:  # the wall clock jumps back and forth
        later = clock.tick(now)
        assert later > clock
        assert later.wall >= now
        clock = later


@given(clocks, clocks, walls)
def test_observe_never_goes_back_and_passes_the_remote(mine: HLC, remote: HLC, now: int) -> None:
    after = mine.observe(remote, now)
    assert after > mine
    assert (after.wall, after.counter) > (remote.wall, remote.counter)
    assert after.wall >= now
    assert after.station == mine.station


@given(clocks, clocks)
def test_encoding_sorts_as_the_clock(a: HLC, b: HLC) -> None:
    assert (a.encode() < b.encode()) == (a < b)
    assert (a.encode() == b.encode()) == (a == b)
    assert HLC.decode(a.encode()) == a


@given(clocks, walls, st.integers(min_value=0, max_value=300))
def test_ticks_equal_repeated_tick(start: HLC, now: int, n: int) -> None:
    last, encoded = start.ticks(now, n)
    clock, expected = start, []
    for _ in range(n):
        clock = clock.tick(now)
        expected.append(clock.encode())
    assert encoded == expected
    assert last == clock
    assert encoded == sorted(encoded)


def test_same_time_on_two_stations_is_ordered_by_station() -> None:
    a, b = HLC(5, 0, "aa"), HLC(5, 0, "bb")
    assert a < b and a.encode() < b.encode()


@pytest.mark.parametrize("text", ["", "1-2-x", "0000000000zz-00000000-a", "000000000001-00000000-"])
def test_decode_refuses_other_text(text: str) -> None:
    with pytest.raises(ValueError):
        HLC.decode(text)
