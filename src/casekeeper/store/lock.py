"""The store's process lock.

SQLite would let two processes write the same database, but two CaseKeeper
processes would each keep their own change-log chain head and corrupt it.
An OS advisory lock on ``<store>/lock`` is released by the kernel when the
process dies, so a crash never leaves a store stuck.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from casekeeper.errors import StoreLocked

if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class StoreLock:
    """Held for as long as a store is open in this process."""

    def __init__(self, store_dir: Path) -> None:
        self._path = store_dir / "lock"
        self._store_dir = store_dir
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            raise StoreLocked(self._store_dir)
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None
