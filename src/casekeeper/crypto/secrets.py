"""Small helpers for handling key material.

Python cannot promise that a secret leaves memory: immutable ``bytes`` are
copied freely by the interpreter and by C libraries. What we *can* do is keep
keys we own in ``bytearray`` buffers and overwrite them as soon as they are
no longer needed, which shortens the window in which a memory dump or swap
page would reveal them. That is what this module is for.
"""

from __future__ import annotations

import hmac
import os

KEY_BYTES = 32


def random_key() -> bytearray:
    """A fresh 256-bit key from the OS CSPRNG, in a buffer that can be zeroed later."""
    return bytearray(os.urandom(KEY_BYTES))


def zero(buf: bytearray | memoryview) -> None:
    """Overwrite ``buf`` in place with zero bytes.

    Best effort: copies made earlier (by ``bytes(...)``, by C libraries, by
    the garbage collector moving nothing but keeping old objects alive) are
    out of reach. Immutable ``bytes`` cannot be zeroed at all, so passing one
    is a programming error and raises ``TypeError`` rather than silently
    pretending to have wiped it.
    """
    if isinstance(buf, bytearray):
        # Slice assignment of equal length writes into the existing buffer.
        buf[:] = bytes(len(buf))
        return
    if isinstance(buf, memoryview):
        if buf.readonly:
            raise TypeError("cannot zero a read-only memoryview")
        flat = buf.cast("B") if buf.format != "B" or buf.ndim != 1 else buf
        flat[:] = bytes(flat.nbytes)
        return
    raise TypeError(f"cannot zero an immutable {type(buf).__name__}; keep secrets in a bytearray")


def constant_time_equal(a: bytes | bytearray, b: bytes | bytearray) -> bool:
    """Compare secrets without leaking, through timing, how many leading bytes match."""
    return hmac.compare_digest(a, b)
