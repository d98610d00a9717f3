"""Blob files in ``<store>/vault``: random names, atomic writes, clean-up.

Names are random ids, never a hash of the content: a content hash as a
file name would let anyone holding a known video prove it is on this
laptop. A blob is written to ``vault/.incoming-*.tmp``, fsynced, then
renamed to ``vault/ab/cdef…`` and the folder fsynced; only then is the
database row written. A crash leaves either no blob, or a complete blob
that no row names (removed by ``clean_up`` on the next open).
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

TEMP_PREFIX = ".incoming-"
TEMP_SUFFIX = ".tmp"


def new_blob_id() -> str:
    return secrets.token_hex(16)


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Vault:
    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(mode=0o700, exist_ok=True)

    def path_of(self, blob_id: str) -> Path:
        if len(blob_id) < 8 or not all(c in "0123456789abcdef" for c in blob_id):
            raise ValueError(f"not a blob id: {blob_id!r}")
        return self.root / blob_id[:2] / blob_id[2:]

    def exists(self, blob_id: str) -> bool:
        return self.path_of(blob_id).is_file()

    @contextlib.contextmanager
    def incoming(self) -> Iterator[tuple[Path, BinaryIO]]:
        """A new temp file in the vault folder; removed if the block fails."""
        name = f"{TEMP_PREFIX}{secrets.token_hex(8)}{TEMP_SUFFIX}"
        path = self.root / name
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        handle = os.fdopen(fd, "wb", buffering=0)
        try:
            yield path, handle  # type: ignore[misc]
        except BaseException:
            handle.close()
            path.unlink(missing_ok=True)
            raise
        finally:
            if not handle.closed:
                handle.close()

    def commit(self, temp: Path) -> str:
        """Moves a finished, fsynced temp file into place under a new random id."""
        blob_id = new_blob_id()
        target = self.path_of(blob_id)
        target.parent.mkdir(mode=0o700, exist_ok=True)
        os.replace(temp, target)
        _fsync_dir(target.parent)
        return blob_id

    def delete(self, blob_id: str) -> None:
        path = self.path_of(blob_id)
        path.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            path.parent.rmdir()  # only when empty

    def blob_ids(self) -> Iterator[str]:
        for sub in self.root.iterdir():
            if sub.is_dir() and len(sub.name) == 2:
                for blob in sub.iterdir():
                    if blob.is_file():
                        yield sub.name + blob.name

    def clean_up(self, known: set[str]) -> tuple[int, int]:
        """Removes temp files of interrupted imports and blobs no row names.
        Returns (temp files removed, orphan blobs removed)."""
        temps = 0
        for path in self.root.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
            path.unlink(missing_ok=True)
            temps += 1
        orphans = 0
        for blob_id in list(self.blob_ids()):
            if blob_id not in known:
                self.delete(blob_id)
                orphans += 1
        return temps, orphans
