"""Opening a station bundle at the organiser: every check before anything is merged.

A bundle is refused, with a plain reason and nothing merged, when it is not a bundle, belongs
to another fair, comes from a station this organiser never packed, fails decryption (wrong
passphrase, a changed byte) or fails its station's signature.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fairdesk.core.messages import message
from fairdesk.core.sealed import derive_key, read_header, unseal
from fairdesk.core.station_keys import signature_holds, station_key
from fairdesk.errors import UserError
from fairdesk.store.models import Fair

NOT_A_BUNDLE = message(
    "merge.not_a_bundle",
    "{name} is a {kind}, not a station bundle.",
    "{name} 是{kind}，不是工作站回传包。",
)
OTHER_FAIR = message(
    "merge.other_fair",
    "{name} is a bundle of another fair ({other}, code {code}), not of {fair}; nothing merged.",
    "{name} 是另一场双选会（{other}，编号 {code}）的回传包，不属于 {fair}；未合并任何内容。",
)
UNKNOWN_STATION = message(
    "merge.unknown_station",
    "{name} comes from a station this organiser never packed ({station}); nothing merged.",
    "{name} 来自一个本主办方从未打包的工作站（{station}）；未合并任何内容。",
)
BAD_SIGNATURE = message(
    "merge.bad_signature",
    "{name} fails its station's signature: it was changed after it was written; nothing merged.",
    "{name} 未通过工作站签名校验：写出后被改动过；未合并任何内容。",
)
UNREADABLE = message(
    "merge.unreadable", "cannot read {name}: {why}", "无法读取 {name}：{why}"
)  # fmt: skip


@dataclass(frozen=True)
class StationBundle:
    """A bundle that passed every check."""

    path: Path
    digest: str
    station_id: uuid.UUID
    station: dict[str, Any]
    entries: list[list[Any]]  # [seq, hlc, table, row id, op, changes]


class KeyCache:
    """scrypt keys of one passphrase by salt: stations packed together share one salt, so 50
    bundles cost one derivation."""

    def __init__(self, passphrase: str) -> None:
        self._passphrase = passphrase
        self._keys: dict[bytes, bytes] = {}

    def key(self, salt: bytes) -> bytes:
        if salt not in self._keys:
            self._keys[salt] = derive_key(self._passphrase, salt)
        return self._keys[salt]


def read_bundle_bytes(path: Path) -> tuple[bytes, str]:
    """The file's bytes and their sha256 (hex)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(UNREADABLE(name=path.name, why=exc.strerror or exc)) from None
    return data, hashlib.sha256(data).hexdigest()


def open_bundle(
    path: Path,
    data: bytes,
    digest: str,
    fair: Fair,
    keys: KeyCache,
    known_stations: set[uuid.UUID],
) -> StationBundle:
    """The checked content of the bundle `data` read from `path` (UserError otherwise)."""
    name = path.name
    header = read_header(data, name)
    if header.kind != "bundle":
        raise UserError(NOT_A_BUNDLE(name=name, kind=header.kind))
    if header.fair_code != fair.code:
        raise UserError(
            OTHER_FAIR(name=name, other=header.fair_name, code=header.fair_code, fair=fair.name)
        )
    try:
        station_id = uuid.UUID(header.station_id)
    except ValueError:
        raise UserError(UNKNOWN_STATION(name=name, station=header.station_id)) from None
    if station_id not in known_stations:
        label = header.fields.get("station_name") or header.station_id
        raise UserError(UNKNOWN_STATION(name=name, station=label))
    signed = unseal(data, keys.key(header.salt), name)
    signature, _, body = signed.partition(b"\n")
    key = station_key(fair.secret, station_id)
    if not signature_holds(key, body, signature.decode("ascii", "replace")):
        raise UserError(BAD_SIGNATURE(name=name))
    content = json.loads(body)
    if content.get("fair_code") != fair.code or content["station"]["id"] != str(station_id):
        raise UserError(BAD_SIGNATURE(name=name))
    return StationBundle(path, digest, station_id, content["station"], content["entries"])
