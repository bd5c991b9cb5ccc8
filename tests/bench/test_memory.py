"""The startup rows' memory figure: the process's own pages, not every page it touched."""

from __future__ import annotations

import sys

import pytest

from fairdesk.bench.memory import SMAPS, _smaps_mb, own_memory_mb

ROLLUP = """\
55d688a1a000-7ffcaa920000 ---p 00000000 00:00 0                          [rollup]
Rss:              240904 kB
Pss:              208526 kB
Shared_Clean:      56920 kB
Shared_Dirty:          0 kB
Private_Clean:     26232 kB
Private_Dirty:    157752 kB
"""


def test_uss_is_the_private_pages_and_pss_the_proportional_share() -> None:
    uss, pss = _smaps_mb(ROLLUP)
    assert uss == pytest.approx((26232 + 157752) / 1024)
    assert pss == pytest.approx(208526 / 1024)


@pytest.mark.skipif(not sys.platform.startswith("linux") or not SMAPS.exists(), reason="Linux")
def test_this_process_has_fewer_own_pages_than_a_share_of_all() -> None:
    uss, pss, measure = own_memory_mb()
    assert measure == "smaps_rollup"
    assert 0 < uss <= pss
