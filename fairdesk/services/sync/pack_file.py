"""A station pack as a file: its JSON payload sealed (`core.sealed`), written atomically, and
opened again — every refusal (not a pack, damaged, wrong passphrase, another FairDesk's
format) raised before anything is written anywhere."""

from __future__ import annotations

import base64
import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from fairdesk.core.messages import message
from fairdesk.core.roles import Role
from fairdesk.core.sealed import SealedHeader, derive_key, read_header, unseal
from fairdesk.errors import UserError
from fairdesk.services.sync.pack_tables import BY_NAME, Columns, Memo, as_json, decode, row_count

FORMAT = 1
KINDS = {Role.DESK: "desk-pack", Role.BOOTH: "booth-pack"}
ROLE_OF_KIND = {kind: role for role, kind in KINDS.items()}

NOT_A_PACK = message(
    "pack.not_a_pack",
    "{name} is a FairDesk {kind}, not a station pack.",
    "{name} 是 FairDesk 的{kind}，不是工作站数据包。",
)
OTHER_FORMAT = message(
    "pack.other_format",
    "{name} was made by another version of FairDesk and cannot be read by this one; "
    "nothing was changed.",
    "{name} 由其他版本的 FairDesk 制作，本版本无法读取；未做任何改动。",
)
CANNOT_READ = message(
    "pack.cannot_read", "Cannot read {path}: {why}", "无法读取 {path}：{why}"
)  # fmt: skip
CANNOT_WRITE = message(
    "pack.cannot_write",
    "Cannot write the pack {path}: {why}. No pack was made.",
    "无法写入数据包 {path}：{why}。未制作数据包。",
)


@dataclass(frozen=True)
class PackIdentity:
    """The station a pack starts: who it is, and who the organiser is."""

    station_id: uuid.UUID
    number: int
    name: str
    role: str
    company_id: uuid.UUID | None
    company: str | None


@dataclass(frozen=True)
class OpenedPack:
    """A pack read and authenticated: its station, keys and tables (typed for the database)."""

    path: Path
    identity: PackIdentity
    organiser_id: uuid.UUID
    station_key: str  # hex
    bundle_salt: str  # base64
    bundle_key: str  # hex: derive_key(passphrase, bundle salt), for the station's bundles
    made_at: datetime
    tables: dict[str, Columns]
    memo: Memo  # how its text became values, to read the station's own rows alike

    def attendees(self) -> int:
        return row_count(self.tables.get("attendee", {}))


def payload(
    identity: PackIdentity,
    *,
    bundle_salt: str,
    organiser_id: uuid.UUID,
    station_key: bytes,
    made_at: datetime,
    tables: dict[str, Columns],
) -> bytes:
    data = {
        "format": FORMAT,
        "station": {
            "id": str(identity.station_id), "number": identity.number, "name": identity.name,
            "role": identity.role, "company": identity.company,
            "company_id": None if identity.company_id is None else str(identity.company_id),
        },
        "organiser_station_id": str(organiser_id),
        "station_key": station_key.hex(),
        "bundle_salt": bundle_salt,
        "made_at": made_at.isoformat(),
        "tables": tables,
    }  # fmt: skip
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=as_json)
    return text.encode("utf-8")


def header(identity: PackIdentity, *, fair_code: int, fair_name: str, salt: bytes,
           made_at: datetime) -> SealedHeader:  # fmt: skip
    return SealedHeader(
        kind=KINDS[Role(identity.role)],
        fair_code=fair_code,
        fair_name=fair_name,
        station_id=str(identity.station_id),
        salt=salt,
        fields={
            "station_name": identity.name,
            "station_number": identity.number,
            "role": identity.role,
            "company": identity.company,
            "made_at": made_at.isoformat(),
        },
    )


class StagedFile:
    """A file written beside its place and moved there only when `staged` ends cleanly."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")

    def write(self, data: bytes) -> None:
        try:
            with self.tmp.open("wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            self.tmp.unlink(missing_ok=True)
            raise UserError(CANNOT_WRITE(path=self.path, why=exc.strerror or exc)) from None


@contextmanager
def staged(path: Path) -> Iterator[StagedFile]:
    """`path` gets what the block wrote, or stays as it was: a pack file never names a station
    the organiser's database did not commit (its number could be given out again)."""
    stage = StagedFile(path)
    try:
        yield stage
        os.replace(stage.tmp, path)
    except OSError as exc:
        raise UserError(CANNOT_WRITE(path=path, why=exc.strerror or exc)) from None
    finally:
        stage.tmp.unlink(missing_ok=True)


def open_pack(path: Path, passphrase: str) -> OpenedPack:
    """The pack at `path`, authenticated with `passphrase`; UserError naming the file if it
    is not a pack, was changed or damaged, or the passphrase is wrong."""
    name = path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(CANNOT_READ(path=path, why=exc.strerror or exc)) from None
    head = read_header(data, name)
    if head.kind not in ROLE_OF_KIND:
        raise UserError(NOT_A_PACK(name=name, kind=head.kind))
    body = unseal(data, derive_key(passphrase, head.salt), name)
    try:
        return _parsed(path, json.loads(body.decode("utf-8")), passphrase)
    except (KeyError, TypeError, ValueError, AttributeError):
        raise UserError(OTHER_FORMAT(name=name)) from None


def _parsed(path: Path, data: dict[str, Any], passphrase: str) -> OpenedPack:
    if data["format"] != FORMAT:
        raise ValueError("format")
    station = data["station"]
    tables: dict[str, Columns] = {}
    memo: Memo = {}
    for table_name, columns in data["tables"].items():
        table = BY_NAME[table_name]
        if set(columns) != {c.name for c in table.c}:
            raise ValueError(table_name)
        tables[table_name] = decode(table, columns, memo)
    company_id = station["company_id"]
    bundle_salt = str(data["bundle_salt"])
    return OpenedPack(
        path=path,
        identity=PackIdentity(
            station_id=uuid.UUID(station["id"]),
            number=int(station["number"]),
            name=str(station["name"]),
            role=Role(station["role"]).value,
            company_id=None if company_id is None else uuid.UUID(company_id),
            company=station["company"],
        ),
        organiser_id=uuid.UUID(data["organiser_station_id"]),
        station_key=bytes.fromhex(data["station_key"]).hex(),
        bundle_salt=bundle_salt,
        bundle_key=derive_key(passphrase, base64.b64decode(bundle_salt)).hex(),
        made_at=datetime.fromisoformat(data["made_at"]),
        tables=tables,
        memo=memo,
    )
