"""Blob files in ``<store>/vault``: random names, atomic writes, clean-up.

Names are random ids, never a hash of the content: a content hash as a
file name would let anyone holding a known video prove it is on this
laptop. A blob is written to ``vault/.incoming-*.tmp``, fsynced, then
renamed to ``vault/ab/cdef…`` and the folder fsynced; only then is the
database row written. A crash leaves either no blob, or a complete blob
that no row names.

``clean_up`` on the next open removes temp files (never a whole file) and
blobs only removed items name (their erasure was interrupted). A blob no
row names at all is moved to ``vault/unclaimed/``, not deleted: it may be
the tail of an interrupted import, but it may just as well be evidence
that a database restored from an older backup does not know about, and
deleting it would destroy the only copy. It stays encrypted there, and
``vault verify`` says so.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import BinaryIO

TEMP_PREFIX = ".incoming-"
TEMP_SUFFIX = ".tmp"
UNCLAIMED_DIR = "unclaimed"
_HEX = frozenset("0123456789abcdef")
_ID_LENGTH = 32


def new_blob_id() -> str:
    return secrets.token_hex(_ID_LENGTH // 2)


def _is_blob_id(text: str) -> bool:
    return len(text) == _ID_LENGTH and set(text) <= _HEX


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
        if len(blob_id) < 8 or not set(blob_id) <= _HEX:
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
        made = not target.parent.is_dir()
        if made:
            target.parent.mkdir(mode=0o700, exist_ok=True)
        os.replace(temp, target)
        # The new name must be on disk before a database row names it: fsync
        # the sub-folder, and the vault folder too when the sub-folder is new.
        _fsync_dir(target.parent)
        if made:
            _fsync_dir(self.root)
        return blob_id

    def delete(self, blob_id: str) -> None:
        path = self.path_of(blob_id)
        path.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            path.parent.rmdir()  # only when empty

    def blob_ids(self) -> Iterator[str]:
        """Every blob in the vault. Anything else found there (a desktop's
        ``.DS_Store``, a file someone copied in) is not a blob and is left alone."""
        for sub in self.root.iterdir():
            if len(sub.name) == 2 and set(sub.name) <= _HEX and sub.is_dir():
                for blob in sub.iterdir():
                    blob_id = sub.name + blob.name
                    if _is_blob_id(blob_id) and blob.is_file():
                        yield blob_id

    def temp_files(self) -> list[Path]:
        return sorted(self.root.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"))

    def unclaimed(self) -> list[Path]:
        folder = self.root / UNCLAIMED_DIR
        return sorted(p for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []

    def set_aside(self, blob_id: str) -> Path:
        """Moves a blob no record names to ``vault/unclaimed/`` (still encrypted)."""
        folder = self.root / UNCLAIMED_DIR
        folder.mkdir(mode=0o700, exist_ok=True)
        target = folder / blob_id
        os.replace(self.path_of(blob_id), target)
        _fsync_dir(folder)
        with contextlib.suppress(OSError):
            self.path_of(blob_id).parent.rmdir()  # only when empty
        return target

    def clean_up(
        self, in_use: AbstractSet[str], erased: AbstractSet[str] = frozenset()
    ) -> tuple[int, int]:
        """After a crash: removes temp files of interrupted imports, deletes
        blobs that only removed items name (``erased``: the removal was
        interrupted before the file went) and sets aside blobs no record names.
        Returns (temp files removed, blobs deleted or set aside)."""
        temps = 0
        for path in self.temp_files():
            path.unlink(missing_ok=True)
            temps += 1
        strays = 0
        for blob_id in list(self.blob_ids()):
            if blob_id in in_use:
                continue
            if blob_id in erased:
                self.delete(blob_id)
            else:
                self.set_aside(blob_id)
            strays += 1
        return temps, strays
