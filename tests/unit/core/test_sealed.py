"""Sealed packs and bundles: nothing readable without the passphrase, nothing changed unnoticed."""

from __future__ import annotations

import pytest

from fairdesk.core.sealed import SealedHeader, derive_key, new_salt, read_header, seal, unseal
from fairdesk.errors import UserError


def _sealed(payload: bytes, passphrase: str = "correct horse") -> tuple[bytes, bytes]:
    salt = new_salt()
    key = derive_key(passphrase, salt)
    header = SealedHeader("bundle", 123456, "春季双选会", "abc", salt, {"last_seq": 7})
    return seal(payload, header, key), key


def test_round_trip_and_header_in_the_clear() -> None:
    data, key = _sealed("曾小贤 13800138000".encode())
    assert "曾小贤".encode() not in data and b"13800138000" not in data
    header = read_header(data, "b.fdb")
    assert (header.kind, header.fair_code, header.fields["last_seq"]) == ("bundle", 123456, 7)
    assert unseal(data, key, "b.fdb") == "曾小贤 13800138000".encode()


def test_wrong_passphrase_is_refused() -> None:
    data, _ = _sealed(b"secret")
    other = derive_key("wrong horse", read_header(data, "b").salt)
    with pytest.raises(UserError) as caught:
        unseal(data, other, "b")
    assert caught.value.key == "sealed.damaged_or_wrong"


@pytest.mark.parametrize("where", [0.1, 0.5, 0.99])
def test_every_flipped_byte_is_refused(where: float) -> None:
    data, key = _sealed(b"x" * 1000)
    i = len(data) - 1 if where == 0.99 else max(int(len(data) * where), 20)
    flipped = data[:i] + bytes([data[i] ^ 1]) + data[i + 1 :]
    with pytest.raises(UserError) as caught:
        unseal(flipped, key, "b")
    assert caught.value.key in {"sealed.damaged_or_wrong", "sealed.not_sealed"}


def test_other_files_are_not_sealed() -> None:
    for junk in (b"", b"PK\x03\x04zip", "名单".encode()):
        with pytest.raises(UserError) as caught:
            read_header(junk, "x")
        assert caught.value.key == "sealed.not_sealed"
