"""What the printouts read: halls, booths (placed or not), items, the pinyin index, signs."""

from __future__ import annotations

from pathlib import Path

from fairdesk.core.messages import set_language
from fairdesk.services.printouts.service import PrintoutService
from tests.unit.services.printouts.floor_kit import ASSIGNED, HALL, floor_fair
from tests.unit.services.sync.fair_kit import HUAWEI, TENCENT, organiser


def test_floor_map_holds_booths_items_and_a_pinyin_index(tmp_path: Path) -> None:
    service = PrintoutService(floor_fair(tmp_path))
    assert service.halls() == [HALL]
    data = service.floor_map()
    (hall,) = data.halls
    assert [b.code for b in hall.booths] == [f"A{n:02d}" for n in range(1, 13)]
    a01 = hall.booths[0]
    assert (a01.company, a01.short, a01.placed) == (HUAWEI, "华为技术", True)
    assert {i.kind for i in hall.items} == {"aisle", "label"}
    names = [e.company for e in data.index]
    assert set(names) == set(ASSIGNED.values())  # 招商银行 has no booth: not in the index
    assert names.index("比亚迪股份有限公司") < names.index(HUAWEI) < names.index(TENCENT)
    assert names.index(TENCENT) < names.index("vivo移动通信有限公司")
    assert data.index[names.index(HUAWEI)].letter == "H"
    assert service.floor_map("no such hall").halls == ()


def test_booths_from_the_company_list_are_laid_out_unplaced(tmp_path: Path) -> None:
    data = PrintoutService(organiser(tmp_path)).floor_map()
    (hall,) = data.halls
    assert [(b.code, b.placed) for b in hall.booths] == [("A01", False), ("A02", False)]
    assert hall.booths[0].x != hall.booths[1].x


def test_signs_in_booth_order_with_positions_in_words(tmp_path: Path) -> None:
    set_language("zh_CN")
    signs = PrintoutService(floor_fair(tmp_path)).booth_signs().signs
    assert [s.code for s in signs] == sorted(ASSIGNED)
    huawei = signs[0]
    assert huawei.company == HUAWEI
    (job,) = huawei.positions
    assert (job.title, job.degree, job.headcount, job.majors) == ("软件工程师", "本科及以上", 20,
                                                                  "计算机")  # fmt: skip
