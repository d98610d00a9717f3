"""SHA-256 and SHA-512 of one stream in one pass, on two cores.

Bundles list both hashes of every file (BagIt manifests), and verifying a
bundle recomputes both. ``hashlib`` releases the GIL on large updates, so
SHA-512 (the slower one: no hardware support on common laptops) runs on a
helper thread while the caller's thread computes SHA-256 and does its own
work (decrypting, writing the zip). The queue between them is short, so
memory stays flat whatever the file size.
"""

from __future__ import annotations

import hashlib
import queue
import threading

# Below this many bytes a helper thread costs more than it saves.
THREAD_THRESHOLD = 4 << 20
_QUEUE_DEPTH = 8


class DualDigest:
    """Feed chunks with :meth:`update`, then :meth:`hexdigests` (sha256, sha512).

    ``expected_size`` (when known) decides whether a helper thread is worth
    starting. Chunks must not be changed after they are given (pass
    ``bytes``, not a reused buffer).
    """

    def __init__(self, expected_size: int | None = None) -> None:
        self._sha256 = hashlib.sha256()
        self._sha512 = hashlib.sha512()
        self._queue: queue.Queue[bytes | None] | None = None
        self._thread: threading.Thread | None = None
        self._failure: BaseException | None = None
        if expected_size is None or expected_size >= THREAD_THRESHOLD:
            self._queue = queue.Queue(maxsize=_QUEUE_DEPTH)
            self._thread = threading.Thread(target=self._work, name="sha512", daemon=True)
            self._thread.start()

    def _work(self) -> None:
        assert self._queue is not None
        try:
            while (chunk := self._queue.get()) is not None:
                self._sha512.update(chunk)
        except BaseException as exc:  # pragma: no cover - hashlib does not fail
            self._failure = exc
            while self._queue.get() is not None:
                pass

    def update(self, chunk: bytes) -> None:
        if self._queue is not None:
            self._queue.put(chunk)
        else:
            self._sha512.update(chunk)
        self._sha256.update(chunk)

    def close(self) -> None:
        """Stop the helper thread (idempotent); called by :meth:`hexdigests`."""
        if self._thread is not None and self._queue is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None
        if self._failure is not None:  # pragma: no cover
            raise self._failure

    def hexdigests(self) -> tuple[str, str]:
        self.close()
        return self._sha256.hexdigest(), self._sha512.hexdigest()

    def __enter__(self) -> DualDigest:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
