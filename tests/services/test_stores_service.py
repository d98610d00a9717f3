"""Keys around a store: changing the passphrase, the forgotten passphrase, panic."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from casekeeper import errors
from casekeeper.crypto.argon2 import MINIMUM
from casekeeper.services import cases, history, stores
from casekeeper.services.context import Context

PASSPHRASE = "correct horse battery staple"  # the one the blank store was made with
NEW_PASSPHRASE = "a much longer and newer passphrase"


@pytest.fixture
def locked_store(_blank_store: tuple[Path, str], tmp_path: Path) -> tuple[Path, str]:
    """A closed store holding one case: (folder, recovery key)."""
    folder = tmp_path / "store"
    shutil.copytree(_blank_store[0], folder)
    with stores.open_store(folder, recovery_key=_blank_store[1]) as store:
        cases.new_case(Context.for_store(store, "caseworker-a"), "Detention at Khorgos")
    time.sleep(0.01)  # any later write would show in the modification time
    return folder, _blank_store[1]


def _case_titles(folder: Path, **secret: str) -> list[str]:
    with stores.open_store(folder, **secret) as store:
        history.check(store)
        return [c.title for c in cases.list_cases(store)]


def test_changing_the_passphrase_rewrites_only_the_key_file(
    locked_store: tuple[Path, str],
) -> None:
    folder, recovery = locked_store
    db = folder / "store.db"
    db_bytes, db_mtime = db.read_bytes(), db.stat().st_mtime_ns
    old_keyfile = (folder / "keyslots.json").read_bytes()

    stores.change_passphrase(folder, PASSPHRASE, NEW_PASSPHRASE, kdf_params=MINIMUM)

    assert (folder / "keyslots.json").read_bytes() != old_keyfile
    assert db.read_bytes() == db_bytes
    assert db.stat().st_mtime_ns == db_mtime
    assert sorted(p.name for p in folder.iterdir()) == [
        "keyslots.json",
        "lock",
        "store.db",
        "vault",
    ]
    with pytest.raises(errors.WrongPassphrase):
        stores.open_store(folder, passphrase=PASSPHRASE)
    assert _case_titles(folder, passphrase=NEW_PASSPHRASE) == ["Detention at Khorgos"]
    assert _case_titles(folder, recovery_key=recovery) == ["Detention at Khorgos"]


def test_passphrase_is_not_changed_without_the_old_one(locked_store: tuple[Path, str]) -> None:
    folder, _ = locked_store
    keyfile = (folder / "keyslots.json").read_bytes()
    with pytest.raises(errors.WrongPassphrase):
        stores.change_passphrase(folder, "not the passphrase", NEW_PASSPHRASE, kdf_params=MINIMUM)
    assert (folder / "keyslots.json").read_bytes() == keyfile


def test_too_short_new_passphrase_is_refused(locked_store: tuple[Path, str]) -> None:
    folder, _ = locked_store
    with pytest.raises(errors.WeakPassphrase):
        stores.change_passphrase(folder, PASSPHRASE, "short", kdf_params=MINIMUM)
    assert _case_titles(folder, passphrase=PASSPHRASE) == ["Detention at Khorgos"]


def test_forgotten_passphrase_is_replaced_with_the_recovery_key(
    locked_store: tuple[Path, str],
) -> None:
    folder, recovery = locked_store
    stores.reset_passphrase_with_recovery_key(folder, recovery, NEW_PASSPHRASE, kdf_params=MINIMUM)
    assert _case_titles(folder, passphrase=NEW_PASSPHRASE) == ["Detention at Khorgos"]


def test_new_recovery_key_replaces_a_lost_one(locked_store: tuple[Path, str]) -> None:
    folder, old_recovery = locked_store
    new_recovery = stores.replace_recovery_key(folder, PASSPHRASE)
    with pytest.raises(errors.WrongRecoveryKey):
        stores.open_store(folder, recovery_key=old_recovery)
    assert _case_titles(folder, recovery_key=new_recovery) == ["Detention at Khorgos"]


def test_after_panic_nothing_opens_the_store_again(locked_store: tuple[Path, str]) -> None:
    folder, recovery = locked_store

    stores.panic(folder)

    assert not (folder / "keyslots.json").exists()
    assert not any(".tmp" in p.name for p in folder.iterdir())
    for secret in ({"passphrase": PASSPHRASE}, {"recovery_key": recovery}):
        with pytest.raises(errors.KeySlotsMissing, match="keyslots.json"):
            stores.open_store(folder, **secret)
    # The database is still there, and still only ciphertext.
    conn = sqlite3.connect(f"file:{folder / 'store.db'}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT * FROM sqlite_master").fetchall()
    finally:
        conn.close()


def test_panic_aimed_at_the_wrong_folder_does_not_pretend_it_worked(tmp_path: Path) -> None:
    empty = tmp_path / "not-a-store"
    empty.mkdir()
    with pytest.raises(errors.StoreNotFound):
        stores.panic(empty)


def test_panic_twice_says_the_key_file_is_already_gone(locked_store: tuple[Path, str]) -> None:
    folder, _ = locked_store
    stores.panic(folder)
    with pytest.raises(errors.KeySlotsMissing):
        stores.panic(folder)


def test_new_store_refuses_to_overwrite_an_existing_one(locked_store: tuple[Path, str]) -> None:
    folder, recovery = locked_store
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    with pytest.raises(errors.StoreExists):
        stores.create_store(folder, NEW_PASSPHRASE, kdf_params=MINIMUM)
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before
    assert _case_titles(folder, recovery_key=recovery) == ["Detention at Khorgos"]


def test_new_store_with_a_weak_passphrase_leaves_nothing_behind(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    with pytest.raises(errors.WeakPassphrase):
        stores.create_store(folder, "short", kdf_params=MINIMUM)
    assert not folder.exists()
    assert not stores.store_exists(folder)


def test_new_store_shows_its_recovery_key_and_signer_once(tmp_path: Path) -> None:
    made = stores.create_store(tmp_path / "store", PASSPHRASE, kdf_params=MINIMUM)
    try:
        assert stores.store_exists(tmp_path / "store")
        assert len(made.recovery_key.split("-")) == 14
        info = stores.signer_info(made.store)
        assert info.fingerprint
        assert "CaseKeeper store" in info.public_key_file
    finally:
        made.store.close()
    assert made.recovery_key not in (tmp_path / "store" / "keyslots.json").read_text()


def test_store_in_a_folder_the_user_chose_is_private_to_its_owner(tmp_path: Path) -> None:
    folder = tmp_path / "my-cases"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    stores.create_store(folder, PASSPHRASE, kdf_params=MINIMUM).store.close()
    assert stores.store_exists(folder)
    assert os.stat(folder).st_mode & 0o077 == 0
