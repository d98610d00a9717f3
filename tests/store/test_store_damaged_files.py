"""A damaged store: a sync tool truncated a file, a disk sector died, a key file
was overwritten. CaseKeeper must say which file is wrong, in words, and must
never quietly replace what is there with a new, empty store.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from store_testkit import PASSPHRASE, describe_changes, snapshot

from casekeeper import errors
from casekeeper.services import cases
from casekeeper.services.context import Context
from casekeeper.services.stores import open_store


@pytest.fixture
def store_with_a_case(store_copy: tuple[Path, str]) -> tuple[Path, str]:
    folder, recovery = store_copy
    with open_store(folder, recovery_key=recovery) as store:
        cases.new_case(Context.for_store(store, "caseworker-a"), "Detention at Khorgos")
    return folder, recovery


def _zero_first_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[0:4096] = bytes(4096)
    path.write_bytes(bytes(data))


def _truncate_to_100_bytes(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:100])


def _random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(path.stat().st_size))


def _a_plain_sqlite_database(path: Path) -> None:
    import sqlite3

    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes(text)")
    conn.commit()
    conn.close()


DB_DAMAGE: dict[str, Callable[[Path], None]] = {
    "first 4096 bytes zeroed": _zero_first_page,
    "truncated to 100 bytes": _truncate_to_100_bytes,
    "random bytes": _random_bytes,
    "a plain SQLite file": _a_plain_sqlite_database,
}


def _open_fails_with(
    folder: Path, error: type[errors.CaseKeeperError], **secret: str
) -> errors.CaseKeeperError:
    """Opening fails with exactly ``error`` (a CaseKeeperError, never a raw
    driver or OS exception) and leaves the folder exactly as it was."""
    before = snapshot(folder)
    with pytest.raises(errors.CaseKeeperError) as info:
        open_store(folder, **secret).close()
    assert type(info.value) is error, repr(info.value)
    assert describe_changes(before, snapshot(folder)) == []
    return info.value


@pytest.mark.parametrize("damage", list(DB_DAMAGE), ids=list(DB_DAMAGE))
def test_damaged_database_is_reported_by_name_and_left_alone(
    store_with_a_case: tuple[Path, str], damage: str
) -> None:
    folder, _ = store_with_a_case
    DB_DAMAGE[damage](folder / "store.db")

    err = _open_fails_with(folder, errors.StoreCorrupt, passphrase=PASSPHRASE)

    assert "store.db" in str(err)
    assert "damaged" in str(err)
    assert "not changed" in str(err)


def test_damaged_database_is_reported_the_same_with_the_recovery_key(
    store_with_a_case: tuple[Path, str],
) -> None:
    folder, recovery = store_with_a_case
    _zero_first_page(folder / "store.db")
    err = _open_fails_with(folder, errors.StoreCorrupt, recovery_key=recovery)
    assert "store.db" in str(err)


def test_a_damaged_store_opens_again_once_restored_from_backup(
    store_with_a_case: tuple[Path, str],
) -> None:
    folder, recovery = store_with_a_case
    backup = (folder / "store.db").read_bytes()
    _zero_first_page(folder / "store.db")
    _open_fails_with(folder, errors.StoreCorrupt, recovery_key=recovery)

    (folder / "store.db").write_bytes(backup)
    with open_store(folder, recovery_key=recovery) as store:
        assert [c.title for c in cases.list_cases(store)] == ["Detention at Khorgos"]


def test_emptied_database_is_reported_not_replaced_by_a_new_empty_store(
    store_with_a_case: tuple[Path, str],
) -> None:
    """A sync tool or a full disk left store.db at zero bytes."""
    folder, _ = store_with_a_case
    (folder / "store.db").write_bytes(b"")
    before = snapshot(folder)
    try:
        store = open_store(folder, passphrase=PASSPHRASE)
    except errors.StoreCorrupt as err:
        assert "store.db" in str(err)
        assert describe_changes(before, snapshot(folder)) == []
    else:
        cases_seen = cases.list_cases(store)
        store.close()
        pytest.fail(
            f"an empty store.db was opened as a new empty store ({len(cases_seen)} cases); "
            f"changes on disk: {describe_changes(before, snapshot(folder))}"
        )


def test_missing_database_is_reported_and_no_new_one_is_made(
    store_with_a_case: tuple[Path, str],
) -> None:
    folder, _ = store_with_a_case
    (folder / "store.db").unlink()
    err = _open_fails_with(folder, errors.StoreDatabaseMissing, passphrase=PASSPHRASE)
    assert "store.db" in str(err)
    assert not (folder / "store.db").exists()


def test_missing_key_file_is_reported_by_name(store_with_a_case: tuple[Path, str]) -> None:
    folder, recovery = store_with_a_case
    (folder / "keyslots.json").unlink()

    for secret in ({"passphrase": PASSPHRASE}, {"recovery_key": recovery}):
        err = _open_fails_with(folder, errors.KeySlotsMissing, **secret)
        assert "keyslots.json" in str(err)
        assert "missing" in str(err)
    assert not (folder / "keyslots.json").exists()


def _cut_in_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _overwritten_with_garbage(path: Path) -> None:
    path.write_bytes(os.urandom(900))


def _someone_elses_json(path: Path) -> None:
    path.write_text(json.dumps({"settings": {"theme": "dark"}}))


def _slots_removed(path: Path) -> None:
    doc = json.loads(path.read_text())
    doc["slots"] = []
    path.write_text(json.dumps(doc))


KEYFILE_DAMAGE: dict[str, Callable[[Path], None]] = {
    "cut in half": _cut_in_half,
    "empty": _empty,
    "overwritten with garbage": _overwritten_with_garbage,
    "another program's JSON": _someone_elses_json,
    "key slots removed": _slots_removed,
}


@pytest.mark.parametrize("damage", list(KEYFILE_DAMAGE), ids=list(KEYFILE_DAMAGE))
def test_damaged_key_file_is_reported_by_name_and_left_alone(
    store_with_a_case: tuple[Path, str], damage: str
) -> None:
    folder, _ = store_with_a_case
    KEYFILE_DAMAGE[damage](folder / "keyslots.json")

    err = _open_fails_with(folder, errors.KeySlotsCorrupt, passphrase=PASSPHRASE)

    assert "keyslots.json" in str(err)
    assert "damaged" in str(err)


def test_folder_that_is_not_a_store_is_not_turned_into_one(tmp_path: Path) -> None:
    folder = tmp_path / "holiday-photos"
    folder.mkdir()
    (folder / "beach.jpg").write_bytes(b"\xff\xd8\xff not really a photo")

    err = _open_fails_with(folder, errors.StoreNotFound, passphrase=PASSPHRASE)
    assert "holiday-photos" in str(err)
    assert sorted(p.name for p in folder.iterdir()) == ["beach.jpg"]
