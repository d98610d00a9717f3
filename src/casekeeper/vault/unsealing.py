"""Reading a blob back: decrypt on one thread, hand the plaintext on in order.

``vault verify`` decrypts and re-hashes every byte; extract and preview do
the same on their way to a file or to memory. Decrypting and hashing are
about as costly as each other and both release the GIL, so for a large
blob a worker thread decrypts into a few reused buffers while the calling
thread hashes (and writes) the one before: on two cores verify runs near
the speed of hashing alone. A small blob is read on the calling thread.

Plaintext never leaves memory here, and the buffers are zeroed when done.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable

from casekeeper.crypto.age import AgeReader

BLOCK_SIZE = 1 << 20
PIPELINE_FROM = 4 << 20  # plaintext this large is decrypted on a second thread
_BUFFERS = 4


def read_blob(
    reader: AgeReader, size_hint: int, on_block: Callable[[memoryview], None]
) -> None:
    """Hands every plaintext block of ``reader`` to ``on_block``, in order.

    A block is a view of a buffer that is reused once ``on_block`` returns:
    copy what must be kept. Errors of the reader (``AgeError`` for a damaged
    blob, ``OSError`` for one that cannot be read) and of ``on_block`` are
    raised here, on the calling thread, and stop the work."""
    if size_hint < PIPELINE_FROM:
        _read_here(reader, on_block)
    else:
        _read_on_worker(reader, on_block)


def _read_here(reader: AgeReader, on_block: Callable[[memoryview], None]) -> None:
    buffer = bytearray(BLOCK_SIZE)
    view = memoryview(buffer)
    try:
        while got := reader.readinto(view):
            on_block(view[:got])
    finally:
        buffer[:] = bytes(len(buffer))


_Filled = tuple[bytearray | None, int, BaseException | None]


def _read_on_worker(reader: AgeReader, on_block: Callable[[memoryview], None]) -> None:
    buffers = [bytearray(BLOCK_SIZE) for _ in range(_BUFFERS)]
    free: queue.Queue[bytearray | None] = queue.Queue()
    filled: queue.Queue[_Filled] = queue.Queue()
    for buffer in buffers:
        free.put(buffer)
    stop = threading.Event()

    def decrypt() -> None:
        try:
            while not stop.is_set() and (buffer := free.get()) is not None:
                got = reader.readinto(buffer)
                filled.put((buffer, got, None))
                if not got:
                    return
        except BaseException as exc:  # handed to the calling thread, raised there
            filled.put((None, 0, exc))

    worker = threading.Thread(target=decrypt, name="vault-decrypt", daemon=True)
    worker.start()
    try:
        while True:
            block, got, failure = filled.get()
            if failure is not None:
                raise failure
            if not got or block is None:
                break
            on_block(memoryview(block)[:got])
            free.put(block)
    finally:
        stop.set()
        free.put(None)
        worker.join()
        for buffer in buffers:
            buffer[:] = bytes(len(buffer))
