"""Key buffers: random, wipeable, compared in constant time."""

from __future__ import annotations

import pytest

from casekeeper.crypto.secrets import constant_time_equal, random_key, zero


def test_random_keys_are_32_fresh_bytes_in_a_wipeable_buffer() -> None:
    one, two = random_key(), random_key()
    assert isinstance(one, bytearray) and len(one) == 32
    assert one != two


def test_zero_wipes_a_bytearray_in_place() -> None:
    key = bytearray(b"\xff" * 32)
    alias = memoryview(key)
    zero(key)
    assert key == bytes(32)
    assert alias.tobytes() == bytes(32)  # the same memory, not a new object


def test_zero_wipes_through_a_memoryview() -> None:
    backing = bytearray(b"\xaa" * 16)
    zero(memoryview(backing)[4:12])
    assert backing == b"\xaa" * 4 + bytes(8) + b"\xaa" * 4


def test_zero_refuses_what_it_cannot_wipe() -> None:
    with pytest.raises(TypeError, match="immutable"):
        zero(b"secret")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="read-only"):
        zero(memoryview(b"secret"))


def test_constant_time_equal() -> None:
    assert constant_time_equal(b"abc", b"abc")
    assert constant_time_equal(bytearray(b"abc"), b"abc")
    assert not constant_time_equal(b"abc", b"abd")
    assert not constant_time_equal(b"abc", b"ab")
