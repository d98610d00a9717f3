"""The sync folder: strict names, junk skipped, conflict copies noticed, atomic writes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sync_testkit import A, B

from casekeeper import errors
from casekeeper.sync.layout import (
    BATCH_RE,
    NameKind,
    SyncFolder,
    batch_name,
    classify,
    conflict_copy_original,
    parse_batch_name,
    parse_roster_name,
    publish_bytes,
    read_regular,
    replace_bytes,
)
from casekeeper.sync.scan import ScanMemo, scan_logs


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("000000000001.batch", NameKind.VALID),
        ("000000000001.batch.tmp", NameKind.TEMP),
        (".syncthing.000000000001.batch.tmp", NameKind.TEMP),
        ("~syncthing~000000000001.batch.tmp", NameKind.TEMP),
        ("~$000000000001.batch", NameKind.TEMP),
        (".~000000000001.batch", NameKind.TEMP),
        ("000000000001.batch.part", NameKind.TEMP),
        ("._000000000001.batch", NameKind.TEMP),
        (".casekeeper-0123456789abcdef.tmp", NameKind.TEMP),
        ("desktop.ini", NameKind.JUNK),
        ("Desktop.ini", NameKind.JUNK),
        (".DS_Store", NameKind.JUNK),
        ("Thumbs.db", NameKind.JUNK),
        ("000000000001.sync-conflict-20250724-101010-ABCDEF1.batch", NameKind.CONFLICT_COPY),
        ("000000000001 (Laptop's conflicted copy 2025-07-24).batch", NameKind.CONFLICT_COPY),
        ("000000000001 (conflicted copy 2025-07-24 101010).batch", NameKind.CONFLICT_COPY),
        ("1.batch", NameKind.UNKNOWN),
        ("0000000000001.batch", NameKind.UNKNOWN),
        ("00000000000a.batch", NameKind.UNKNOWN),
        ("000000000001.BATCH", NameKind.UNKNOWN),
        ("000000000001.batch ", NameKind.UNKNOWN),
        ("notes.txt", NameKind.UNKNOWN),
    ],
)
def test_only_names_in_the_format_are_read(name: str, kind: NameKind) -> None:
    assert classify(name, BATCH_RE) is kind


def test_zero_byte_file_with_a_valid_name_is_a_transfer_in_progress() -> None:
    assert classify("000000000001.batch", BATCH_RE, size=0) is NameKind.EMPTY


def test_conflict_copy_names_the_file_it_copies() -> None:
    name = "000000000007.sync-conflict-20250724-101010-ABCDEF1.batch"
    assert conflict_copy_original(name) == "000000000007.batch"
    assert conflict_copy_original("000000000007.batch") is None


def test_batch_and_roster_names_round_trip_and_reject_seq_zero() -> None:
    assert parse_batch_name(batch_name(42)) == 42
    assert parse_batch_name("000000000000.batch") is None
    assert parse_roster_name("roster-12.json") == 12
    assert parse_roster_name("roster-012.json") is None
    with pytest.raises(ValueError):
        batch_name(0)


def test_paths_refuse_ids_that_could_escape_the_folder(tmp_path: Path) -> None:
    folder = SyncFolder(tmp_path)
    for bad in ("../" + "a" * 29, "A" * 32, "a" * 31):
        with pytest.raises(ValueError):
            folder.device_log(bad)
    with pytest.raises(ValueError):
        folder.blob_path("../../etc/passwd")


def test_format_file_names_the_team_and_a_newer_format_is_refused(tmp_path: Path) -> None:
    folder = SyncFolder(tmp_path)
    with pytest.raises(errors.SyncFolderInvalid, match="FORMAT is missing"):
        folder.read_format()
    folder.create("f" * 32)
    assert folder.read_format() == "f" * 32
    other = SyncFolder(tmp_path / "other")
    other.root.mkdir(parents=True)
    (other.root / "FORMAT").write_text('{"format": 2, "team": "' + "f" * 32 + '"}')
    with pytest.raises(errors.SyncFolderTooNew, match="version 2"):
        other.read_format()


def test_published_file_is_never_overwritten_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "log" / "000000000001.batch"
    publish_bytes(target, b"first")
    with pytest.raises(errors.SyncFileExists):
        publish_bytes(target, b"second")
    assert target.read_bytes() == b"first"
    assert sorted(os.listdir(target.parent)) == ["000000000001.batch"]


def test_failed_write_leaves_nothing_under_any_name(tmp_path: Path) -> None:
    from casekeeper.sync.layout import publish

    def boom(handle: object) -> None:
        handle.write(b"half")  # type: ignore[attr-defined]
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        publish(tmp_path / "000000000001.batch", boom)
    assert os.listdir(tmp_path) == []


def test_own_ack_file_is_replaced_atomically(tmp_path: Path) -> None:
    path = tmp_path / "acks" / f"{A}.json"
    replace_bytes(path, b"{}")
    replace_bytes(path, b'{"seen": 1}')
    assert path.read_bytes() == b'{"seen": 1}'
    assert os.listdir(path.parent) == [path.name]


def test_reader_refuses_links_and_skips_empty_files(tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_bytes(b"not yours")
    link = tmp_path / "000000000001.batch"
    link.symlink_to(secret)
    with pytest.raises(OSError):
        read_regular(link, 1000)
    empty = tmp_path / "000000000002.batch"
    empty.touch()
    assert read_regular(empty, 1000) is None


# --- scanning --------------------------------------------------------------------------


def _put(folder: SyncFolder, device: str, name: str, data: bytes = b"x") -> Path:
    path = folder.device_log(device) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _long_ago() -> int:
    # Lets the scan memoise folders as if they were written long before the scan.
    import time

    return time.time_ns() + 10**12


def test_scan_returns_new_batches_skips_junk_and_reports_gaps(tmp_path: Path) -> None:
    folder = SyncFolder(tmp_path)
    folder.create("f" * 32)
    for seq in (1, 2, 3, 5):
        _put(folder, A, batch_name(seq))
    _put(folder, A, "desktop.ini")
    _put(folder, A, ".syncthing.000000000004.batch.tmp")
    _put(folder, A, "000000000006.batch", b"")
    _put(folder, A, "README.txt")
    _put(folder, B, batch_name(1))
    result, _ = scan_logs(folder, {A: 2}, ScanMemo())
    assert [r.seq for r in result.batches[A]] == [3, 5]
    assert [r.seq for r in result.batches[B]] == [1]
    assert result.gaps == {A: [4]}
    assert result.skipped[NameKind.JUNK] == 1
    assert result.skipped[NameKind.TEMP] == 1
    assert result.skipped[NameKind.EMPTY] == 1
    assert result.skipped[NameKind.UNKNOWN] == 1


def test_scan_reports_syncthing_conflict_copies_as_possible_clones(tmp_path: Path) -> None:
    folder = SyncFolder(tmp_path)
    folder.create("f" * 32)
    _put(folder, A, batch_name(1))
    copy = _put(folder, A, "000000000001.sync-conflict-20250724-101010-ABCDEF1.batch")
    result, _ = scan_logs(folder, {}, ScanMemo())
    assert [(c.path, c.original_name) for c in result.conflict_copies] == [
        (copy, "000000000001.batch")
    ]


def test_round_with_nothing_new_lists_no_device_folder(tmp_path: Path) -> None:
    folder = SyncFolder(tmp_path)
    folder.create("f" * 32)
    for device in (A, B):
        _put(folder, device, batch_name(1))
    result, memo = scan_logs(folder, {}, ScanMemo(), now_ns=_long_ago)
    assert sorted(result.listed_devices) == [A, B]
    memo = ScanMemo.from_json(memo.to_json())  # the store keeps it as JSON
    again, memo = scan_logs(folder, {A: 1, B: 1}, memo, now_ns=_long_ago)
    assert again.listed_devices == [] and again.new_batches() == []
    # A new batch of B: only B's folder is listed again.
    path = _put(folder, B, batch_name(2))
    os.utime(path.parent, ns=(1, 1))  # a clearly different folder mtime
    third, _ = scan_logs(folder, {A: 1, B: 1}, memo, now_ns=_long_ago)
    assert third.listed_devices == [B]
    assert [(r.device_id, r.seq) for r in third.new_batches()] == [(B, 2)]


def test_folder_listed_in_the_same_clock_tick_is_listed_again(tmp_path: Path) -> None:
    folder = SyncFolder(tmp_path)
    folder.create("f" * 32)
    _put(folder, A, batch_name(1))
    _, memo = scan_logs(folder, {}, ScanMemo())  # real now: the mtime is fresh
    again, _ = scan_logs(folder, {A: 1}, memo)
    assert again.listed_devices == [A]
