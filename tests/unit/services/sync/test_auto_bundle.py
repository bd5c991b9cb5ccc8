"""The automatic bundle's folder and interval, kept in this laptop's own settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from fairdesk.errors import UserError
from fairdesk.services.sync.auto_bundle import DEFAULT_MINUTES, AutoBundle, AutoBundleSettings
from fairdesk.services.sync.local import AUTO_BUNDLE_MINUTES, set_setting
from fairdesk.store.engine import open_database, write_session
from tests.factories import new_store


def test_off_until_saved_then_kept_across_opens(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite3"
    settings = AutoBundleSettings(new_store(db))
    assert settings.read() == AutoBundle(None, DEFAULT_MINUTES)
    assert not settings.read().on
    stick = tmp_path / "U盘"
    settings.save(stick, 3)
    again = AutoBundleSettings(new_store(tmp_path / "other.sqlite3"))
    assert again.read().folder is None  # another laptop's file knows nothing of it
    reopened = AutoBundleSettings(open_database(db, inline_backups=False)).read()
    assert reopened == AutoBundle(stick, 3) and reopened.on
    settings.save(None, 3)
    assert settings.read() == AutoBundle(None, 3)


def test_a_silly_interval_is_refused_and_nothing_saved(tmp_path: Path) -> None:
    settings = AutoBundleSettings(new_store(tmp_path / "s.sqlite3"))
    for minutes in (0, -5, 10_000):
        with pytest.raises(UserError) as caught:
            settings.save(tmp_path, minutes)
        assert caught.value.key == "bundle.auto_minutes"
    assert settings.read().folder is None


def test_a_damaged_interval_reads_as_the_default(tmp_path: Path) -> None:
    engine = new_store(tmp_path / "s.sqlite3")
    with write_session(engine) as session:
        set_setting(session, AUTO_BUNDLE_MINUTES, "five")
    assert AutoBundleSettings(engine).read().minutes == DEFAULT_MINUTES
