"""The vault folder: random names, atomic writes, and tidying after a crash."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from casekeeper.vault.blobs import TEMP_PREFIX, TEMP_SUFFIX, UNCLAIMED_DIR, Vault, new_blob_id


def test_blob_ids_are_random_and_say_nothing_about_the_content() -> None:
    ids = {new_blob_id() for _ in range(1000)}
    assert len(ids) == 1000
    assert all(len(i) == 32 and set(i) <= set("0123456789abcdef") for i in ids)
    assert hashlib.sha256(b"").hexdigest()[:32] not in ids


def test_a_blob_is_written_under_a_temp_name_and_appears_whole(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault")
    assert (vault.root.stat().st_mode & 0o777) == 0o700
    with vault.incoming() as (temp, handle):
        assert temp.parent == vault.root
        assert temp.name.startswith(TEMP_PREFIX) and temp.name.endswith(TEMP_SUFFIX)
        handle.write(b"age-encryption.org/v1\n...")
        assert list(vault.blob_ids()) == []  # nothing looks like a blob yet
    blob_id = vault.commit(temp)
    assert not temp.exists()
    assert vault.path_of(blob_id) == vault.root / blob_id[:2] / blob_id[2:]
    assert vault.path_of(blob_id).read_bytes() == b"age-encryption.org/v1\n..."
    assert list(vault.blob_ids()) == [blob_id]
    vault.delete(blob_id)
    assert not vault.exists(blob_id) and not (vault.root / blob_id[:2]).exists()


def test_a_failed_write_leaves_no_temp_file(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault")
    with pytest.raises(RuntimeError), vault.incoming() as (temp, handle):
        handle.write(b"half")
        raise RuntimeError("disk pulled out")
    assert list(vault.root.iterdir()) == []


def test_path_of_refuses_what_is_not_a_blob_id(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault")
    for bad in ("", "../../etc/passwd", "abc", "ABCDEF0123456789", "zz" * 16):
        with pytest.raises(ValueError):
            vault.path_of(bad)


def test_clean_up_sorts_what_it_finds(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault")
    ids = []
    for content in (b"in use", b"erased", b"unknown"):
        with vault.incoming() as (temp, handle):
            handle.write(content)
        ids.append(vault.commit(temp))
    in_use, erased, unknown = ids
    (vault.root / f"{TEMP_PREFIX}0011{TEMP_SUFFIX}").write_bytes(b"interrupted")
    (vault.root / in_use[:2] / ".DS_Store").write_bytes(b"finder")
    (vault.root / "notes.txt").write_bytes(b"not ours")

    assert vault.clean_up({in_use}, {erased}) == (1, 2)
    assert vault.exists(in_use) and not vault.exists(erased) and not vault.exists(unknown)
    assert (vault.root / UNCLAIMED_DIR / unknown).read_bytes() == b"unknown"
    assert [p.name for p in vault.unclaimed()] == [unknown]
    assert (vault.root / in_use[:2] / ".DS_Store").exists()
    assert (vault.root / "notes.txt").exists()
    assert list(vault.blob_ids()) == [in_use]
    assert vault.clean_up({in_use}) == (0, 0)  # a second open finds nothing more
