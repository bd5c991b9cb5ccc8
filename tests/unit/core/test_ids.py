"""UUIDv7 ids: ordered in creation order, unique, version 7, real `uuid.UUID`s."""

from __future__ import annotations

import pickle
import uuid

from fairdesk.core.ids import uuid7, uuid7_many


def test_ids_sort_in_creation_order_across_single_and_batch_calls() -> None:
    ids = [uuid7(), *uuid7_many(10_000), uuid7(), *uuid7_many(3), uuid7()]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    assert {(u.version, u.variant) for u in ids} == {(7, uuid.RFC_4122)}


def test_a_batch_holds_ordinary_uuids() -> None:
    made = uuid7_many(2)[1]
    same = uuid.UUID(int=made.int)
    assert (made, hash(made), str(made), made.hex) == (same, hash(same), str(same), same.hex)
    assert pickle.loads(pickle.dumps(made)) == made
    assert uuid.UUID(str(made)) == made


def test_an_empty_batch() -> None:
    assert uuid7_many(0) == []
