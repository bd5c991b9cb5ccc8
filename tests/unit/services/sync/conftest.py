"""The fair story, built once for the package's tests (five laptops, five bundles)."""

from __future__ import annotations

import shutil

import pytest

from fairdesk.services.sync.merge import merge_bundles
from fairdesk.store.engine import open_database
from tests.unit.services.sync.fair_kit import PASSPHRASE, organiser
from tests.unit.services.sync.story_work import work_offline


@pytest.fixture(scope="package")
def story(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    tmp = tmp_path_factory.mktemp("story")
    org = organiser(tmp / "org")
    bundles, codes = work_offline(org, tmp)
    # the same organiser file, packs made, in a second copy merged in the other order
    org.dispose()
    shutil.copy(tmp / "org" / "organiser.sqlite3", tmp / "other.sqlite3")
    shutil.copy(tmp / "org" / "organiser.sqlite3", tmp / "packed.sqlite3")  # packs made, no merge
    org = open_database(tmp / "org" / "organiser.sqlite3", inline_backups=False)
    other = open_database(tmp / "other.sqlite3", inline_backups=False)
    first = merge_bundles(org, bundles, PASSPHRASE, report=tmp / "report.txt")
    second = merge_bundles(other, list(reversed(bundles)), PASSPHRASE)
    return {"tmp": tmp, "org": org, "other": other, "bundles": bundles, "codes": codes,
            "first": first, "second": second}  # fmt: skip
