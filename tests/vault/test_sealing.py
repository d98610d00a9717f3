"""Sealing: one read of the file gives its SHA-256 and its age blob."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from casekeeper import errors
from casekeeper.crypto.age import AgeReader, generate_identity
from casekeeper.progress import CancelToken, no_progress
from casekeeper.vault import sealing
from casekeeper.vault.blobs import Vault
from casekeeper.vault.sealing import HEAD_BYTES, SPACE_MARGIN, seal


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    return Vault(tmp_path / "vault")


IDENTITY = generate_identity()


def sealed(vault: Vault, path: Path, **kw: Any) -> sealing.SealedFile:
    return seal(vault, path, IDENTITY.recipient(), progress=kw.pop("progress", no_progress),
                cancel=kw.pop("cancel", CancelToken()), **kw)


def test_one_pass_gives_the_hash_the_head_and_a_blob_that_decrypts(
    vault: Vault, tmp_path: Path
) -> None:
    data = os.urandom(HEAD_BYTES + 300_000)
    source = tmp_path / "video.mp4"
    source.write_bytes(data)
    reads: list[int] = []
    result = sealed(vault, source, progress=lambda what, done, total: reads.append(done))
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert result.size == len(data) and result.head == data[:HEAD_BYTES]
    assert reads[-1] == len(data) and reads == sorted(reads)
    assert result.temp.parent == vault.root
    with open(result.temp, "rb") as handle, AgeReader(handle, [IDENTITY]) as reader:
        assert reader.read() == data


def test_a_path_swapped_for_a_fifo_after_the_look_is_refused_without_blocking(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """os.stat saw a file; by the time of the open it is a FIFO with no writer.
    A blocking open would hang the import for ever."""
    fifo = tmp_path / "swapped"
    os.mkfifo(fifo)
    regular = os.stat(__file__)
    real_stat = os.stat
    monkeypatch.setattr(
        sealing.os, "stat",
        lambda path, *a, **kw: regular if Path(path) == fifo else real_stat(path, *a, **kw),
    )
    with pytest.raises(errors.EvidenceNotAFile):
        sealed(vault, fifo)
    assert list(vault.root.iterdir()) == []


def test_a_write_error_in_the_vault_is_not_blamed_on_the_source(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "a.bin"
    source.write_bytes(os.urandom(200_000))
    real_incoming = Vault.incoming

    class Failing:
        def __init__(self, handle: Any) -> None:
            self._handle = handle

        def write(self, data: Any) -> int:
            raise OSError(errno.EIO, "Input/output error")

        def __getattr__(self, name: str) -> Any:
            return getattr(self._handle, name)

    import contextlib

    @contextlib.contextmanager
    def incoming(self: Vault):  # type: ignore[no-untyped-def]
        with real_incoming(self) as (path, handle):
            yield path, Failing(handle)

    monkeypatch.setattr(Vault, "incoming", incoming)
    with pytest.raises(errors.VaultWriteFailed, match="vault folder .*Input/output error"):
        sealed(vault, source)
    assert list(vault.root.iterdir()) == []


def test_the_space_check_counts_the_encryption_overhead(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "a.bin"
    source.write_bytes(b"x" * (64 * 1024 * 8))

    class Exactly:
        f_frsize = 1
        f_bavail = source.stat().st_size + SPACE_MARGIN  # the plaintext fits, the blob not

    monkeypatch.setattr(os, "statvfs", lambda path: Exactly())
    with pytest.raises(errors.VaultDiskFull):
        sealed(vault, source)
    Exactly.f_bavail += 16 * 8 + 16  # tags and nonce
    assert sealed(vault, source).size == source.stat().st_size


def test_cancel_before_starting_opens_nothing(vault: Vault, tmp_path: Path) -> None:
    source = tmp_path / "a.bin"
    source.write_bytes(b"abc")
    token = CancelToken()
    token.cancel()
    with pytest.raises(errors.Cancelled):
        sealed(vault, source, cancel=token)
    assert list(vault.root.iterdir()) == []


def test_a_device_is_not_a_file(vault: Vault) -> None:
    if not os.path.exists("/dev/null") or not stat.S_ISCHR(os.stat("/dev/null").st_mode):
        pytest.skip("no /dev/null character device here")
    with pytest.raises(errors.EvidenceNotAFile, match="/dev/null is not a regular file"):
        sealed(vault, Path("/dev/null"))
