"""Reading a blob back, on one thread or (large blobs) with a decrypting worker."""

from __future__ import annotations

import hashlib
import io
import os

import pytest

from casekeeper import errors
from casekeeper.crypto.age import (
    CHUNK_SIZE,
    AgeReader,
    encrypt_file,
    encrypted_payload_size,
    generate_identity,
)
from casekeeper.crypto.age.stream import ENCRYPTED_CHUNK_SIZE
from casekeeper.vault.unsealing import PIPELINE_FROM, read_blob

IDENTITY = generate_identity()
LARGE = PIPELINE_FROM + 3 * CHUNK_SIZE + 123  # decrypted on the worker thread
SMALL = 2 * CHUNK_SIZE + 5


def blob_of(data: bytes) -> bytes:
    out = io.BytesIO()
    encrypt_file(io.BytesIO(data), out, [IDENTITY.recipient()])
    return out.getvalue()


def read_back(blob: bytes, size: int, on_block=None) -> bytes:  # type: ignore[no-untyped-def]
    parts: list[bytes] = []

    def keep(block: memoryview) -> None:
        parts.append(bytes(block))
        if on_block is not None:
            on_block(block)

    with AgeReader(io.BytesIO(blob), [IDENTITY]) as reader:
        read_blob(reader, size, keep)
    return b"".join(parts)


@pytest.mark.parametrize("size", [0, SMALL, LARGE], ids=["empty", "small", "large"])
def test_every_byte_comes_back_in_order(size: int) -> None:
    data = os.urandom(size)
    assert read_back(blob_of(data), size) == data


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["small", "large"])
def test_a_changed_late_chunk_stops_the_read_with_the_chunk_named(size: int) -> None:
    data = os.urandom(size)
    blob = bytearray(blob_of(data))
    blob[-ENCRYPTED_CHUNK_SIZE - 10] ^= 0x01  # in the chunk before the last
    seen = hashlib.sha256()
    with pytest.raises(errors.AgePayloadCorrupt, match="chunk"):
        read_back(bytes(blob), size, seen.update)
    assert seen.hexdigest() != hashlib.sha256(data).hexdigest()


def test_a_blob_cut_at_a_chunk_boundary_is_refused_on_the_worker_too() -> None:
    data = os.urandom(LARGE)
    blob = blob_of(data)
    chunks_start = len(blob) - encrypted_payload_size(LARGE) + 16  # after header and nonce
    cut = blob[: chunks_start + 40 * ENCRYPTED_CHUNK_SIZE]  # of 68 chunks
    with pytest.raises(errors.AgePayloadCorrupt, match="without its final chunk"):
        read_back(cut, LARGE)


def test_an_error_of_the_caller_stops_the_worker_and_is_raised() -> None:
    """Cancel (or a full disk while extracting) half-way: the error comes out
    here, the worker stops, nothing hangs."""
    data = os.urandom(LARGE)
    calls = {"n": 0}

    def cancel_on_third(block: memoryview) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise errors.Cancelled()

    with pytest.raises(errors.Cancelled):
        read_back(blob_of(data), LARGE, cancel_on_third)
    assert calls["n"] == 3
