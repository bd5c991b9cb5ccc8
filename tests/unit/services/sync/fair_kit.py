"""A fair on several laptops, on real files: the organiser's database from a roster and a
company list, station packs made and unpacked, bundles written."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import select

from fairdesk.services.badges.issue import badge_code
from fairdesk.services.booth.pins import set_pin
from fairdesk.services.fairs import create_fair, current_fair, ensure_local_station
from fairdesk.services.importing.attendees import import_attendees
from fairdesk.services.importing.companies import import_companies
from fairdesk.services.sync.bundles import write_bundle
from fairdesk.services.sync.packs import make_pack, unpack
from fairdesk.store.engine import open_database, read_session, write_session
from fairdesk.store.models import Attendee, Badge, Company

PASSPHRASE = "correct horse battery"
ROSTER = """学号,姓名,学校,学院,专业,学历,毕业年份,手机,邮箱,是否同意向企业提供联系方式
2022110201,欧阳娜娜,北京航空航天大学,机械学院,机械工程,硕士,2026,13700000001,oyn@example.edu.cn,是
2022110202,曾小贤,北京师范大学,数学学院,应用数学,本科,2026,13700000002,zxx@example.edu.cn,否
7,胡一菲,北京师范大学,物理学院,物理学,博士,2027,13912345678,hyf@ex.cn,是
A2023-0045,吕子乔,中山大学,管理学院,市场营销,本科,2026,+85291234567,lzq@sysu.edu.cn,否
2022110205,陈美嘉,中山大学,外语学院,英语,硕士,2026,13800138005,cmj@example.edu.cn,是
"""
COMPANIES = """单位名称,行业,城市,联系人,联系电话,邮箱,岗位,学历要求,专业要求,招聘人数,展位号
华为技术有限公司,通信,深圳,张经理,0755-28780808,hr@huawei.example,软件工程师,本科,计算机,20,A01
腾讯科技,互联网,深圳,李经理,0755-86013388,hr@tencent.example,产品经理,硕士,不限,5,A02
"""
HUAWEI, TENCENT = "华为技术有限公司", "腾讯科技"
PINS = {HUAWEI: "246810", TENCENT: "135790"}


def organiser(folder: Path, *, fair_code: int = 246802, name: str = "2026 春季双选会") -> Engine:
    folder.mkdir(parents=True, exist_ok=True)
    engine = open_database(folder / "organiser.sqlite3", inline_backups=False)
    with write_session(engine) as s:
        station = ensure_local_station(s, name="主办方")
        create_fair(s, station=station, name=name, code=fair_code)
    (folder / "roster.csv").write_text(ROSTER, encoding="utf-8")
    (folder / "companies.csv").write_text(COMPANIES, encoding="utf-8")
    import_attendees(engine, folder / "roster.csv")
    import_companies(engine, folder / "companies.csv")
    for company, pin in PINS.items():
        set_pin(engine, company, pin)
    return engine


def station(
    organiser_db: Engine,
    folder: Path,
    role: str,
    name: str,
    company: str | None = None,
) -> Engine:
    """A laptop started from a fresh pack of the organiser's."""
    folder.mkdir(parents=True, exist_ok=True)
    pack = make_pack(
        organiser_db, role=role, out=folder / f"{name}.fdpack", passphrase=PASSPHRASE,
        name=name, company=company,
    )  # fmt: skip
    engine = open_database(folder / f"{name}.sqlite3", inline_backups=False)
    unpack(engine, pack.path, PASSPHRASE)
    return engine


def bundle(engine: Engine, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return write_bundle(engine, folder).path


def code_of(engine: Engine, student_no: str) -> str:
    with read_session(engine) as s:
        a = s.exec(select(Attendee).where(Attendee.student_no == student_no)).one()
        badge = s.exec(select(Badge).where(Badge.attendee_id == a.id)).one()
        return badge_code(current_fair(s), badge)


def company_id(engine: Engine, name: str) -> uuid.UUID:
    with read_session(engine) as s:
        return s.exec(select(Company).where(Company.name == name)).one().id
