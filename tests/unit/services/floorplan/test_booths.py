"""A grid of booths and a company given one, on a real file."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from fairdesk.errors import UserError
from fairdesk.services.floorplan.booths import assign_booth, make_grid
from fairdesk.store.engine import read_session
from fairdesk.store.models import Booth, ChangeLog, Company
from tests.unit.services.sync.fair_kit import HUAWEI, TENCENT, organiser


def test_a_6_by_10_grid_numbers_row_by_row_and_places_each_booth(tmp_path: Path) -> None:
    engine = organiser(tmp_path)  # its company list gave A01 and A02 already
    made = make_grid(engine, hall="1号馆", rows=6, cols=10, prefix="ｂ")
    assert made.codes[:3] == ["B01", "B02", "B03"] and made.codes[-1] == "B60"
    with read_session(engine) as s:
        b11 = s.exec(select(Booth).where(Booth.code == "B11")).one()
        assert (b11.hall, b11.x, b11.y) == ("1号馆", 0.0, 1.0)  # first of the second row
        logged = s.exec(select(ChangeLog).where(ChangeLog.table_name == "booth")).all()
        assert len(logged) >= 60  # through the seam


def test_a_grid_never_doubles_a_code_and_says_which(tmp_path: Path) -> None:
    engine = organiser(tmp_path)
    with pytest.raises(UserError) as caught:
        make_grid(engine, hall="1号馆", rows=1, cols=5)  # A01, A02 came with the company list
    assert caught.value.key == "booths.codes_taken" and "A01" in str(caught.value)
    for bad in ({"rows": 0, "cols": 3}, {"rows": 51, "cols": 1}, {"rows": 50, "cols": 41}):
        with pytest.raises(UserError) as caught:
            make_grid(engine, hall="1号馆", prefix="C", **bad)
        assert caught.value.key == "booths.bad_size"
    with pytest.raises(UserError) as caught:
        make_grid(engine, hall="1号馆", rows=1, cols=1, prefix="A1")
    assert caught.value.key == "booths.bad_prefix"


def test_a_company_gets_a_free_booth_never_another_companys(tmp_path: Path) -> None:
    engine = organiser(tmp_path)
    make_grid(engine, hall="2号馆", rows=2, cols=2, prefix="C")
    done = assign_booth(engine, company="腾讯科技", booth="c1")
    assert (done.company, done.code, done.changed) == (TENCENT, "C01", True)
    assert not assign_booth(engine, company=TENCENT, booth="C01").changed
    with pytest.raises(UserError) as caught:
        assign_booth(engine, company=HUAWEI, booth="C01")
    assert caught.value.key == "booths.held" and TENCENT in str(caught.value)
    with pytest.raises(UserError) as caught:
        assign_booth(engine, company=HUAWEI, booth="Z99")
    assert caught.value.key == "booths.no_such_booth"
    with read_session(engine) as s:
        tencent = s.exec(select(Company).where(Company.name == TENCENT)).one()
        c01 = s.exec(select(Booth).where(Booth.code == "C01")).one()
        assert c01.company_id == tencent.id
