"""The key a station signs its bundles with: derived from the fair secret and the station id, so
the organiser can recompute it and a booth, which holds it but not the secret, can mint nothing."""

from __future__ import annotations

import hashlib
import hmac
import uuid


def station_key(fair_secret_hex: str, station_id: uuid.UUID) -> bytes:
    return hmac.new(
        bytes.fromhex(fair_secret_hex), b"fairdesk-station:" + station_id.bytes, hashlib.sha256
    ).digest()


def sign(key: bytes, payload: bytes) -> str:
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


def signature_holds(key: bytes, payload: bytes, signature: str) -> bool:
    return hmac.compare_digest(sign(key, payload), signature)
