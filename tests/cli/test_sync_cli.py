"""`fairdesk pack`, `unpack`, `bundle` and `merge` end to end on real files, as scripts run them."""

from __future__ import annotations

from pathlib import Path

import pytest

from fairdesk.__main__ import main
from fairdesk.store.engine import open_database
from tests.unit.services.sync.fair_kit import PASSPHRASE, code_of, organiser


def test_pack_unpack_checkin_bundle_merge(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    org = organiser(tmp_path / "org")
    code = code_of(org, "7")
    org.dispose()
    org_db = tmp_path / "org" / "organiser.sqlite3"
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    pw = ["--passphrase-file", str(secret)]
    pack = tmp_path / "desk.fdpack"
    assert (
        main(["--db", str(org_db), "pack", "desk", "--name", "签到台1", "--out", str(pack), *pw])
        == 0
    )
    desk_db = tmp_path / "desk.sqlite3"
    assert main(["--db", str(desk_db), "unpack", str(pack), *pw]) == 0
    assert main(["--db", str(desk_db), "checkin", code]) == 0
    stick = tmp_path / "stick"
    stick.mkdir()
    capsys.readouterr()
    assert main(["--db", str(desk_db), "bundle", "--out", str(stick)]) == 0
    assert "-> " in capsys.readouterr().out
    (bundle,) = stick.iterdir()
    report = tmp_path / "report.txt"
    assert main(["--db", str(org_db), "merge", str(stick), "--report", str(report), *pw]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1].startswith("merged 1 bundles: new ") and out[-1].endswith(
        ", duplicate 0, conflicts 0"
    )
    assert main(["--db", str(org_db), "merge", str(bundle), "--report", str(report), *pw]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith("merged 1 bundles: new 0, duplicate ") and last.endswith("conflicts 0")
    assert report.read_text(encoding="utf-8").splitlines()[-1] == last
    engine = open_database(org_db, inline_backups=False)
    from fairdesk.services.fairs import checked_in_count
    from fairdesk.store.engine import read_session

    with read_session(engine) as s:
        assert checked_in_count(s) == 1


def test_a_changed_bundle_exits_2_with_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    org = organiser(tmp_path / "org")
    org.dispose()
    bad = tmp_path / "bad.fdbundle"
    bad.write_bytes(b"not a bundle at all")
    secret = tmp_path / "pw"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    db = tmp_path / "org" / "organiser.sqlite3"
    assert main(["--db", str(db), "merge", str(bad), "--passphrase-file", str(secret)]) == 2
    out = capsys.readouterr().out.splitlines()
    assert any("bad.fdbundle refused" in line for line in out)
    assert out[-1] == "merged 0 bundles: new 0, duplicate 0, conflicts 0"


def test_merge_without_a_passphrase_says_how_to_give_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FAIRDESK_PASSPHRASE", raising=False)
    org = organiser(tmp_path / "org")
    org.dispose()
    (tmp_path / "x.fdbundle").write_bytes(b"x")
    db = tmp_path / "org" / "organiser.sqlite3"
    assert main(["--db", str(db), "merge", str(tmp_path / "x.fdbundle")]) == 2
    assert "--passphrase-file" in capsys.readouterr().err
