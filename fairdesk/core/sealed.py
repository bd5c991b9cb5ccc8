"""Sealed files: station packs and bundles as they travel on a USB stick.

A sealed file is ``MAGIC``, a 4-byte length, a JSON header in the clear (what the file is, the
fair's code and name, the station, the key's salt and cost, the nonce) and the payload compressed
and encrypted with AES-256-GCM (`cryptography`), the header bound in as associated data. The key
comes from the organiser's passphrase through scrypt, so a file found on a lost stick reveals
nothing without it, and a flipped byte anywhere — header or payload — fails authentication.

The header is readable without the passphrase so a wrong file can be refused with a plain reason
("a bundle of another fair") before anyone is asked for one.
"""

from __future__ import annotations

import base64
import json
import os
import struct
import zlib
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from fairdesk.core.messages import message
from fairdesk.errors import UserError

MAGIC = b"FAIRDESK-SEALED\n"
FORMAT = 1
#: scrypt cost: ~0.1 s and 32 MiB on a laptop, per passphrase tried
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
MIN_PASSPHRASE = 8
_MAX_HEADER = 64 * 1024

NOT_SEALED = message(
    "sealed.not_sealed",
    "{name} is not a FairDesk station pack or bundle.",
    "{name} 不是 FairDesk 的工作站数据包或回传包。",
)
DAMAGED_OR_WRONG = message(
    "sealed.damaged_or_wrong",
    "{name} cannot be opened: the passphrase is wrong or the file was changed or damaged. "
    "Nothing was read from it.",
    "无法打开 {name}：口令不对，或文件被改动、已损坏。未读取其中任何内容。",
)
PASSPHRASE_SHORT = message(
    "sealed.passphrase_short",
    "The passphrase needs at least {low} characters.",
    "口令至少需要 {low} 个字符。",
)


@dataclass(frozen=True)
class SealedHeader:
    """What a sealed file says of itself in the clear."""

    kind: str  # "desk-pack" | "booth-pack" | "bundle"
    fair_code: int
    fair_name: str
    station_id: str
    salt: bytes
    fields: dict[str, Any]

    def as_json(self, nonce: bytes) -> bytes:
        data = {
            "format": FORMAT,
            "kind": self.kind,
            "fair_code": self.fair_code,
            "fair_name": self.fair_name,
            "station_id": self.station_id,
            "salt": base64.b64encode(self.salt).decode(),
            "scrypt": [SCRYPT_N, SCRYPT_R, SCRYPT_P],
            "nonce": base64.b64encode(nonce).decode(),
            **self.fields,
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True).encode()


def check_passphrase(passphrase: str) -> str:
    """The passphrase a new pack is sealed with, refused when too short to protect anything."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserError(PASSPHRASE_SHORT(low=MIN_PASSPHRASE))
    return passphrase


def new_salt() -> bytes:
    return os.urandom(16)


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """The AES-256 key of `passphrase` with `salt` (scrypt)."""
    kdf = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return kdf.derive(passphrase.encode("utf-8"))


def seal(payload: bytes, header: SealedHeader, key: bytes) -> bytes:
    """The sealed file of `payload` under `key` (from `derive_key` with `header.salt`)."""
    nonce = os.urandom(12)
    head = header.as_json(nonce)
    aad = MAGIC + struct.pack(">I", len(head)) + head
    body = AESGCM(key).encrypt(nonce, zlib.compress(payload, 6), aad)
    return aad + body


def _split(data: bytes, name: str) -> tuple[bytes, dict[str, Any], bytes]:
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
        raise UserError(NOT_SEALED(name=name))
    (size,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    start = len(MAGIC) + 4
    if size > _MAX_HEADER or start + size > len(data):
        raise UserError(NOT_SEALED(name=name))
    try:
        fields = json.loads(data[start : start + size].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise UserError(DAMAGED_OR_WRONG(name=name)) from None
    if not isinstance(fields, dict) or fields.get("format") != FORMAT:
        raise UserError(NOT_SEALED(name=name))
    return data[: start + size], fields, data[start + size :]


def read_header(data: bytes, name: str) -> SealedHeader:
    """The clear header of a sealed file (UserError naming `name` for anything else)."""
    _, fields, _ = _split(data, name)
    try:
        return SealedHeader(
            kind=str(fields.pop("kind")),
            fair_code=int(fields.pop("fair_code")),
            fair_name=str(fields.pop("fair_name")),
            station_id=str(fields.pop("station_id")),
            salt=base64.b64decode(fields.pop("salt")),
            fields={k: v for k, v in fields.items() if k not in ("format", "scrypt", "nonce")},
        )
    except (KeyError, TypeError, ValueError):
        raise UserError(DAMAGED_OR_WRONG(name=name)) from None


def unseal(data: bytes, key: bytes, name: str) -> bytes:
    """The payload of a sealed file, or UserError when the key or a byte is wrong."""
    aad, fields, body = _split(data, name)
    try:
        nonce = base64.b64decode(fields["nonce"])
        return zlib.decompress(AESGCM(key).decrypt(nonce, body, aad))
    except (InvalidTag, KeyError, ValueError, zlib.error):
        raise UserError(DAMAGED_OR_WRONG(name=name)) from None
