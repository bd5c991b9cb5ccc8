"""Property: whatever order the bundles come in, however often each comes, the merged fair is
the same — exports byte for byte."""

from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fairdesk.services.sync.merge import merge_bundles
from fairdesk.store.engine import open_database
from tests.unit.services.sync.fair_kit import PASSPHRASE
from tests.unit.services.sync.story_work import exports

_runs = iter(range(10**6))


@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_shuffled_and_repeated_bundles_reach_the_same_fair(
    story: dict[str, object], data: st.DataObject
) -> None:
    tmp, bundles = story["tmp"], story["bundles"]
    assert isinstance(tmp, Path) and isinstance(bundles, list)
    order = data.draw(st.permutations(bundles))
    repeats = data.draw(st.lists(st.sampled_from(bundles), max_size=4))
    cut = data.draw(st.integers(0, len(order)))
    sequence = [*order[:cut], *repeats, *order[cut:]]
    run = next(_runs)
    fresh = tmp / f"property-{run}.sqlite3"
    shutil.copy(tmp / "packed.sqlite3", fresh)
    engine = open_database(fresh, inline_backups=False)
    try:
        # one merge call per bundle, as bundles come back on sticks one by one
        for path in sequence:
            merge_bundles(engine, [path], PASSPHRASE)
        reference = tmp / "reference"
        if not reference.exists():
            ref_db = tmp / "reference.sqlite3"
            shutil.copy(tmp / "packed.sqlite3", ref_db)
            ref = open_database(ref_db, inline_backups=False)
            merge_bundles(ref, bundles, PASSPHRASE)
            exports(ref, reference)
            ref.dispose()
        want = {p.name: p.read_bytes() for p in sorted(reference.iterdir())}
        assert exports(engine, tmp / f"property-{run}") == want
    finally:
        engine.dispose()
