"""Blob files in ``<store>/vault``: random names, atomic writes, clean-up.

Names are random ids, never a hash of the content: a content hash as a
file name would let anyone holding a known video prove it is on this
laptop. A blob is written to ``vault/.incoming-*.tmp``, fsynced, then
renamed to ``vault/ab/cdef…`` and the folder fsynced; only then is the
database row written. A crash leaves either no blob, or a complete blob
that no row names. A folder import writes all its temp files first, then
fsyncs and renames them together (``commit_all``): far fewer journal
commits than one round per file, and still every blob is on disk, under
its name, before the one transaction that records them.

While a blob is written, what is already written goes to the disk in the
background (``sync_file_range`` on Linux): the fsync at the end then waits
for the last few MiB instead of the whole file.

An import or a removal marks the store folder while it changes the vault
(``WorkMarker``); the next open tidies only when it finds such a marker or
a temp file, so an ordinary open does not read every evidence row.

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
import ctypes
import os
import secrets
import sys
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from pathlib import Path

TEMP_PREFIX = ".incoming-"
TEMP_SUFFIX = ".tmp"
UNCLAIMED_DIR = "unclaimed"
WORK_MARKER_PREFIX = ".vault-work-"  # in the store folder; empty files
_HEX = frozenset("0123456789abcdef")
_ID_LENGTH = 32
# Hand written data to the disk every this many bytes while a blob is written.
FLUSH_BEHIND = 8 << 20


def _writeback_starter() -> Callable[[int, int, int], None] | None:
    """``sync_file_range(fd, offset, length, SYNC_FILE_RANGE_WRITE)``: starts
    writing a range to disk and returns without waiting (Linux only; a hint,
    never relied on: the fsync before the rename is what makes a blob durable)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        call = ctypes.CDLL(None, use_errno=True).sync_file_range
    except (OSError, AttributeError):
        return None
    call.argtypes = [ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint]
    call.restype = ctypes.c_int
    write = 2  # SYNC_FILE_RANGE_WRITE

    def start(fd: int, offset: int, length: int) -> None:
        call(fd, offset, length, write)  # ctypes lets other threads run meanwhile

    return start


_start_writeback = _writeback_starter()


class BlobFile:
    """The write end of a temp blob: plain unbuffered writes, and every
    ``FLUSH_BEHIND`` bytes the range just written is handed to the disk, so
    the disk works while the import reads, hashes and encrypts."""

    def __init__(self, fd: int) -> None:
        self._raw = os.fdopen(fd, "wb", buffering=0)
        self._written = 0
        self._started = 0  # bytes [0, _started) are on their way to the disk

    def write(self, data: bytes | bytearray | memoryview) -> int | None:
        written = self._raw.write(data)
        if written:
            self._written += written
            if self._written - self._started >= FLUSH_BEHIND:
                self.start_writeback()
        return written

    def start_writeback(self) -> None:
        """Start writing what is not yet on its way (does not wait)."""
        if _start_writeback is not None and self._written > self._started:
            _start_writeback(self._raw.fileno(), self._started, self._written - self._started)
        self._started = self._written

    def flush(self) -> None:
        self._raw.flush()

    def fileno(self) -> int:
        return self._raw.fileno()

    def writable(self) -> bool:
        return True

    @property
    def closed(self) -> bool:
        return self._raw.closed

    def close(self) -> None:
        self._raw.close()


def new_blob_id() -> str:
    return secrets.token_hex(_ID_LENGTH // 2)


def _is_blob_id(text: str) -> bool:
    return len(text) == _ID_LENGTH and set(text) <= _HEX


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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
    def incoming(self) -> Iterator[tuple[Path, BlobFile]]:
        """A new temp file in the vault folder; removed if the block fails.
        Not fsynced here: ``commit_all`` does that before the rename."""
        name = f"{TEMP_PREFIX}{secrets.token_hex(8)}{TEMP_SUFFIX}"
        path = self.root / name
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        handle = BlobFile(fd)
        try:
            yield path, handle
        except BaseException:
            handle.close()
            path.unlink(missing_ok=True)
            raise
        finally:
            if not handle.closed:
                handle.close()

    def commit(self, temp: Path) -> str:
        """Moves a finished temp file into place under a new random id."""
        return self.commit_all([temp])[0]

    def commit_all(self, temps: Iterable[Path]) -> list[str]:
        """Makes finished temp files durable and moves them into place under
        new random ids (returned in order): first every file's data on disk
        (fsync), then the renames, then every folder that got a name (fsync),
        so that each blob is whole and under its name before a database row
        names it. A crash part-way leaves temp files and blobs no row names;
        the caller holds a ``WorkMarker``, so the next open tidies them."""
        temps = list(temps)
        for temp in temps:
            _fsync_file(temp)
        ids: list[str] = []
        folders: set[Path] = set()
        made = False
        for temp in temps:
            blob_id = new_blob_id()
            target = self.path_of(blob_id)
            if target.parent not in folders and not target.parent.is_dir():
                target.parent.mkdir(mode=0o700, exist_ok=True)
                made = True
            folders.add(target.parent)
            os.replace(temp, target)
            ids.append(blob_id)
        # The new names must be on disk before a database row names them: fsync
        # the sub-folders, and the vault folder too when a sub-folder is new.
        for folder in sorted(folders):
            _fsync_dir(folder)
        if made:
            _fsync_dir(self.root)
        return ids

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


class WorkMarker:
    """An empty file in the store folder (its name says nothing about the
    evidence) that exists while an import or a removal changes the vault.
    ``done`` removes it; a crash, or a clean-up that failed, leaves it, and
    the next open then tidies the vault."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / f"{WORK_MARKER_PREFIX}{secrets.token_hex(8)}"
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        _fsync_dir(folder)  # on disk before any blob this work makes

    def done(self) -> None:
        self.path.unlink(missing_ok=True)


def work_markers(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{WORK_MARKER_PREFIX}*"))


def interrupted(folder: Path, vault: Vault) -> bool:
    """Cheap signs of an interrupted import or removal: a work marker in the
    store folder or a temp file in the vault folder (two folder listings)."""
    return bool(work_markers(folder)) or bool(vault.temp_files())
