"""Reading a file once: hash it and encrypt it into the vault in one pass.

The plaintext goes from the source file straight into the age writer; it
is never copied to disk. For a large file SHA-256 runs on the reading
thread while another thread encrypts and writes (both release the GIL),
which is what makes an import about as fast as hashing alone (PITFALLS.md,
"Crypto throughput"); a small file is done on one thread, since starting
a thread costs more than it saves.

The temp file is written and handed to the disk as it goes, but not yet
fsynced: ``Vault.commit_all`` fsyncs a whole import's files together,
before renaming them.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from casekeeper.crypto.age import AgeRecipient, AgeWriter, encrypt_file, encrypted_payload_size
from casekeeper.errors import (
    EvidenceFileChanged,
    EvidenceLinkedFolder,
    EvidenceNotAFile,
    EvidenceUnreadable,
    VaultDiskFull,
    VaultWriteFailed,
)
from casekeeper.progress import CancelToken, Progress

from .blobs import Vault

HEAD_BYTES = 1 << 20  # what metadata sniffing may look at, kept in memory only
READ_SIZE = 1 << 20
PIPELINE_FROM = 4 << 20  # files this large hash and encrypt on two threads
SPACE_MARGIN = 16 << 20
_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


@dataclass(frozen=True)
class SealedFile:
    temp: Path  # age file in the vault folder, written, not yet fsynced or named
    sha256: str
    size: int
    head: bytes
    modified: datetime


def _open_regular(path: Path) -> tuple[int, os.stat_result]:
    """Opens for reading, refusing what is not a plain file (sockets, fifos,
    devices, links to folders) with a message, and naming link loops and
    permissions. The open cannot block: a path swapped for a FIFO between
    the look and the open is opened non-blocking and refused by its fstat."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise EvidenceUnreadable(path, _why(exc)) from None
    _refuse_special(path, info)
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise EvidenceUnreadable(path, _why(exc)) from None
    try:
        opened = os.fstat(fd)
        _refuse_special(path, opened)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd, opened


def _refuse_special(path: Path, info: os.stat_result) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise EvidenceLinkedFolder(path)
    if not stat.S_ISREG(info.st_mode):
        raise EvidenceNotAFile(path)


def _why(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "it is a link that points back to itself"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ENOENT:
        return "it does not exist"
    return exc.strerror or str(exc)


class _Source:
    """The file being imported: a read error is the source's fault (a pulled
    USB stick, a bad sector), reported as such and never mistaken for the
    vault's, whose write errors surface as plain OSError."""

    def __init__(self, fd: int, path: Path) -> None:
        self._raw = os.fdopen(fd, "rb", buffering=0)
        self._path = path

    def read(self, size: int) -> bytes:
        try:
            return self._raw.read(size)
        except OSError as exc:
            raise EvidenceUnreadable(self._path, _why(exc)) from None

    def fileno(self) -> int:
        return self._raw.fileno()

    def close(self) -> None:
        self._raw.close()


def seal(
    vault: Vault,
    path: Path,
    recipient: AgeRecipient,
    *,
    progress: Progress,
    cancel: CancelToken,
    label: str = "",
) -> SealedFile:
    """Reads ``path`` once: SHA-256 of the plaintext and its age encryption
    into a temp file in the vault folder (to be made durable and named by
    ``Vault.commit_all``). On any failure the temp file is gone and a typed
    error says why; nothing else was written."""
    cancel.check()
    fd, before = _open_regular(path)
    src = _Source(fd, path)
    try:
        _check_space(vault, path, before.st_size)
        return _seal_open(vault, path, src, before, recipient, progress, cancel, label)
    finally:
        src.close()


def _seal_open(
    vault: Vault, path: Path, src: _Source, before: os.stat_result, recipient: AgeRecipient,
    progress: Progress, cancel: CancelToken, label: str,
) -> SealedFile:
    sha = hashlib.sha256()
    head = bytearray()
    done = 0

    def on_chunk(block: bytes) -> None:
        nonlocal done
        cancel.check()
        sha.update(block)
        if len(head) < HEAD_BYTES:
            head.extend(block[: HEAD_BYTES - len(head)])
        done += len(block)
        progress(label or path.name, done, before.st_size)

    try:
        with vault.incoming() as (temp, out):
            try:
                if before.st_size >= PIPELINE_FROM:
                    encrypt_file(src, out, [recipient], on_chunk=on_chunk,  # type: ignore[arg-type]
                                 chunk_size=READ_SIZE)
                else:
                    _encrypt_here(src, out, recipient, on_chunk)
                out.flush()
                start_writeback = getattr(out, "start_writeback", None)
                if start_writeback is not None:
                    start_writeback()  # the last bytes: on their way before commit_all's fsync
            except OSError as exc:
                if exc.errno in _NO_SPACE:
                    raise VaultDiskFull(path, before.st_size) from None
                raise VaultWriteFailed(vault.root, _why(exc)) from None
            after = os.fstat(src.fileno())
            if _changed(before, after) or done != before.st_size:
                raise EvidenceFileChanged(path)
    except OSError as exc:  # making or closing the temp file
        if exc.errno in _NO_SPACE:
            raise VaultDiskFull(path, before.st_size) from None
        raise VaultWriteFailed(vault.root, _why(exc)) from None
    modified = datetime.fromtimestamp(before.st_mtime, UTC)
    return SealedFile(temp, sha.hexdigest(), done, bytes(head), modified)


def _encrypt_here(
    src: _Source, out: object, recipient: AgeRecipient, on_chunk: Callable[[bytes], None]
) -> None:
    """A small file on this one thread: read, hash, encrypt, write."""
    with AgeWriter(out, [recipient]) as writer:  # type: ignore[arg-type]
        while block := src.read(READ_SIZE):
            on_chunk(block)
            writer.write(block)


def _changed(before: os.stat_result, after: os.stat_result) -> bool:
    """Size, content time or inode time moved: someone wrote to the file.
    (Timestamps tick coarsely on some file systems, so a same-size rewrite
    within one tick can slip past; growth and truncation never do.)"""
    return (after.st_size, after.st_mtime_ns, after.st_ctime_ns) != (
        before.st_size, before.st_mtime_ns, before.st_ctime_ns
    )


def _check_space(vault: Vault, path: Path, size: int) -> None:
    """Refuse before writing when the disk cannot hold the blob."""
    try:
        info = os.statvfs(vault.root)
    except (AttributeError, OSError):  # Windows: rely on ENOSPC while writing
        return
    free = info.f_bavail * info.f_frsize
    if free < encrypted_payload_size(size) + SPACE_MARGIN:
        raise VaultDiskFull(path, size)
