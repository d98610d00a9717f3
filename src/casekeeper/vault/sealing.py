"""Reading a file once: hash it and encrypt it into the vault in one pass.

The plaintext goes from the source file straight into the age writer; it
is never copied to disk. SHA-256 runs on the reading thread while another
thread encrypts and writes (both release the GIL), which is what makes an
import about as fast as hashing alone (PITFALLS.md, "Crypto throughput").
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from casekeeper.crypto.age import AgeRecipient, encrypt_file
from casekeeper.errors import (
    Cancelled,
    EvidenceFileChanged,
    EvidenceNotAFile,
    EvidenceUnreadable,
    VaultDiskFull,
)
from casekeeper.progress import CancelToken, Progress

from .blobs import Vault

HEAD_BYTES = 1 << 20  # what metadata sniffing may look at, kept in memory only
SPACE_MARGIN = 16 << 20


@dataclass(frozen=True)
class SealedFile:
    temp: Path  # fsynced age file in the vault folder, not yet named
    sha256: str
    size: int
    head: bytes
    modified: datetime


def _open_regular(path: Path) -> tuple[int, os.stat_result]:
    """Opens for reading, refusing what is not a plain file (sockets, fifos,
    devices) with a message, and naming link loops and permissions."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise EvidenceUnreadable(path, _why(exc)) from None
    if not stat.S_ISREG(info.st_mode):
        raise EvidenceNotAFile(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise EvidenceUnreadable(path, _why(exc)) from None
    return fd, os.fstat(fd)


def _why(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "it is a link that points back to itself"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ENOENT:
        return "it does not exist"
    return exc.strerror or str(exc)


def seal(
    vault: Vault,
    path: Path,
    recipient: AgeRecipient,
    *,
    progress: Progress,
    cancel: CancelToken,
    label: str = "",
) -> SealedFile:
    fd, before = _open_regular(path)
    _check_space(vault, path, before.st_size)
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

    with os.fdopen(fd, "rb", buffering=0) as src, vault.incoming() as (temp, out):
        try:
            encrypt_file(src, out, [recipient], on_chunk=on_chunk)  # type: ignore[arg-type]
            out.flush()
            os.fsync(out.fileno())
        except Cancelled:
            raise
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise VaultDiskFull(path, before.st_size) from None
            if exc.filename is None or Path(exc.filename) == path:
                raise EvidenceUnreadable(path, _why(exc)) from None
            raise
        after = os.fstat(src.fileno())
        if (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns) or (
            done != before.st_size
        ):
            raise EvidenceFileChanged(path)
    modified = datetime.fromtimestamp(before.st_mtime, UTC)
    return SealedFile(temp, sha.hexdigest(), done, bytes(head), modified)


def _check_space(vault: Vault, path: Path, size: int) -> None:
    """Refuse before writing when the disk cannot hold the blob."""
    try:
        free = os.statvfs(vault.root).f_bavail * os.statvfs(vault.root).f_frsize
    except (AttributeError, OSError):  # Windows: rely on ENOSPC while writing
        return
    if free < size + SPACE_MARGIN:
        raise VaultDiskFull(path, size)
