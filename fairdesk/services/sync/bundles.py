"""Station bundles (station → organiser): everything this station recorded since its pack.

A bundle is cumulative — every change the local station ever logged (`store.seam`), with each
bulk entry's values read from its row — so the last stick brought back is enough. The body is
signed with the station's key (`core.station_keys`, from its pack) and sealed with the key of the
organiser's passphrase the pack left behind, so it needs no passphrase at the station and reveals
nothing on a lost stick.
"""

from __future__ import annotations

import base64
import json
import os
import re
import uuid
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, select
from sqlmodel import Session, SQLModel

from fairdesk.core.messages import message
from fairdesk.core.sealed import SealedHeader, seal
from fairdesk.core.station_keys import sign
from fairdesk.errors import UserError
from fairdesk.services.fairs import current_fair, local_station
from fairdesk.services.sync.local import BUNDLE_KEY, BUNDLE_SALT, STATION_KEY, get_setting
from fairdesk.services.sync.results import BundleResult
from fairdesk.store.engine import read_session
from fairdesk.store.models import Fair, Station, utcnow
from fairdesk.store.seam import AS_STORED, CHANGE_LOG, to_json

SUFFIX = ".fdbundle"
FORMAT = 1
_CHUNK = 500

NOT_FROM_PACK = message(
    "bundle.not_from_pack",
    "This station was not started from a station pack, so it has no bundle key: bundles are "
    "written by desk and booth laptops started with `fairdesk unpack`.",
    "本机不是用工作站数据包启动的，没有回传包密钥："
    "回传包由用 `fairdesk unpack` 启动的签到台和展位电脑写出。",
)
CANNOT_WRITE = message(
    "bundle.cannot_write",
    "Cannot write the bundle to {path}: {why}. Nothing on this station changed.",
    "无法把回传包写到 {path}：{why}。本机数据没有任何改动。",
)


@dataclass(frozen=True)
class BundleKeys:
    """What a station seals and signs its bundles with (left by its pack)."""

    salt: bytes  # of the organiser's passphrase
    key: bytes  # scrypt(passphrase, salt)
    signing: bytes  # core.station_keys.station_key


def write_bundle(engine: Engine, out: Path) -> BundleResult:
    """Write this station's bundle to `out` (a file, or a folder for a generated name)."""
    with read_session(engine) as session:
        here = local_station(session)
        fair = current_fair(session)
        key_hex = get_setting(session, BUNDLE_KEY)
        salt = get_setting(session, BUNDLE_SALT)
        signing = get_setting(session, STATION_KEY)
        if not (key_hex and salt and signing):
            raise UserError(NOT_FROM_PACK())
        keys = BundleKeys(base64.b64decode(salt), bytes.fromhex(key_hex), bytes.fromhex(signing))
        entries = list(_entries(session, here.id))
    data = seal_bundle(fair, here, entries, keys)
    path = out / bundle_name(here.name, here.number, utcnow()) if out.is_dir() else out
    _write_atomically(path, data)
    return BundleResult(path, here.name, len(entries), entries[-1][0] if entries else 0)


def seal_bundle(fair: Fair, station: Station, entries: list[list[Any]], keys: BundleKeys) -> bytes:
    """The bundle file of `station`'s `entries` ([seq, hlc, table, row id, op, changes])."""
    body = json.dumps(
        {
            "format": FORMAT,
            "fair_code": fair.code,
            "station": {
                "id": str(station.id),
                "number": station.number,
                "name": station.name,
                "role": station.role,
                "company_id": str(station.company_id) if station.company_id else None,
            },
            "written_at": utcnow().isoformat(),
            "entries": entries,
        },
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode()
    header = SealedHeader(
        kind="bundle",
        fair_code=fair.code,
        fair_name=fair.name,
        station_id=str(station.id),
        salt=keys.salt,
        fields={
            "station_name": station.name,
            "station_number": station.number,
            "role": station.role,
            "records": len(entries),
            "last_seq": entries[-1][0] if entries else 0,
        },
    )
    signature = sign(keys.signing, body).encode()
    return seal(signature + b"\n" + body, header, keys.key)


def bundle_name(station_name: str, number: int, at: datetime) -> str:
    """`签到台2-3-20261202-104200.fdbundle`: the station, its number and the time, sortable."""
    clean = re.sub(r'[\\/:*?"<>|\s]+', "_", station_name).strip("._") or "station"
    return f"{clean}-{number}-{at:%Y%m%d-%H%M%S}{SUFFIX}"


def _write_atomically(path: Path, data: bytes) -> None:
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        with open(temp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise UserError(CANNOT_WRITE(path=path, why=exc.strerror or exc)) from None


def _entries(session: Session, station_id: uuid.UUID) -> Iterator[list[Any]]:
    """[seq, hlc, table, row id, op, changes] of every change `station_id` logged, in order;
    a bulk entry's changes are its row's stored values (None when the row is gone)."""
    log = CHANGE_LOG.c
    rows = session.connection().execute(
        select(log.seq, log.hlc, log.table_name, log.row_id, log.op, log.changes)
        .where(log.station_id == station_id)
        .order_by(log.seq)
    )
    listed = list(rows)
    stored = _stored_rows(
        session, [(r.table_name, r.row_id) for r in listed if r.changes == AS_STORED]
    )
    for r in listed:
        if r.changes == AS_STORED:
            values = stored.get((r.table_name, r.row_id))
            changes = None if values is None else json.loads(to_json(values))
        else:
            changes = json.loads(r.changes)
        yield [r.seq, r.hlc, r.table_name, str(r.row_id), r.op, changes]


def _stored_rows(
    session: Session, keys: Sequence[tuple[str, uuid.UUID]]
) -> dict[tuple[str, uuid.UUID], dict[str, Any]]:
    by_table: dict[str, list[uuid.UUID]] = defaultdict(list)
    for table_name, row_id in keys:
        by_table[table_name].append(row_id)
    found: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
    conn = session.connection()
    for name, ids in by_table.items():
        table: Table = SQLModel.metadata.tables[name]
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            for row in conn.execute(select(table).where(table.c.id.in_(chunk))).mappings():
                found[(name, row["id"])] = dict(row)
    return found
