"""What a caseworker may point the import at by mistake, and what goes wrong mid-way.

Each case gets a clear message, records nothing half-imported, leaves no
blob or temp file in the vault, and leaves the change log intact.
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from casekeeper import errors
from casekeeper.progress import CancelToken
from casekeeper.services import cases, evidence, history
from casekeeper.services.context import Context
from casekeeper.store.store import VAULT_DIR, Store
from casekeeper.vault import sealing
from casekeeper.vault.blobs import Vault


@pytest.fixture
def case(ctx: Context) -> str:
    return cases.new_case(ctx, "Detention at Khorgos").ref


@pytest.fixture
def phone(tmp_path: Path) -> Path:
    folder = tmp_path / "from-phone"
    folder.mkdir()
    return folder


def assert_nothing_imported(store: Store, case: str) -> None:
    """No row, no blob, no temp file; the change log still verifies."""
    assert evidence.list_evidence(store, case, include_removed=True) == []
    vault = store.path / VAULT_DIR
    left = [str(p.relative_to(vault)) for p in vault.rglob("*")]
    assert left == [], f"left in the vault: {left}"
    history.check(store)


def assert_imports_fine_afterwards(ctx: Context, case: str, phone: Path) -> None:
    good = phone / "afterwards.txt"
    good.write_text("a later import still works\n", encoding="utf-8")
    [item] = evidence.add_evidence(ctx, case, [good])
    assert evidence.preview_bytes(ctx, item.id)[1] == good.read_bytes()


# --- paths that are not files ------------------------------------------------------


def test_a_path_that_does_not_exist(ctx: Context, store: Store, case: str, phone: Path) -> None:
    with pytest.raises(errors.EvidenceUnreadable, match="does not exist. Nothing was imported"):
        evidence.add_evidence(ctx, case, [phone / "IMG_0042.jpg"])
    assert_nothing_imported(store, case)


def test_a_link_that_points_back_to_itself(
    ctx: Context, store: Store, case: str, phone: Path
) -> None:
    loop = phone / "loop.jpg"
    os.symlink(loop.name, loop)
    with pytest.raises(errors.EvidenceUnreadable, match="link that points back to itself"):
        evidence.add_evidence(ctx, case, [loop])
    assert_nothing_imported(store, case)


def test_two_links_pointing_at_each_other_inside_a_folder(
    ctx: Context, store: Store, case: str, phone: Path
) -> None:
    (phone / "1-statement.txt").write_text("first", encoding="utf-8")
    os.symlink("2-b", phone / "2-a")
    os.symlink("2-a", phone / "2-b")
    with pytest.raises(errors.EvidenceUnreadable, match="2-a.*link that points back"):
        evidence.add_evidence(ctx, case, [phone])
    assert_nothing_imported(store, case)


def test_a_socket(
    ctx: Context, store: Store, case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # a unix socket path is at most 108 bytes: bind a short one
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind("s.sock")
        with pytest.raises(errors.EvidenceNotAFile, match="s.sock is not a regular file"):
            evidence.add_evidence(ctx, case, [tmp_path / "s.sock"])
    finally:
        server.close()
    assert_nothing_imported(store, case)


def test_a_fifo_is_refused_without_waiting_for_a_writer(
    ctx: Context, store: Store, case: str, phone: Path
) -> None:
    fifo = phone / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(errors.EvidenceNotAFile, match="pipe"):
        evidence.add_evidence(ctx, case, [fifo])
    assert_nothing_imported(store, case)


def test_a_link_to_a_folder_is_named_as_a_folder(
    ctx: Context, store: Store, case: str, phone: Path, tmp_path: Path
) -> None:
    os.symlink(tmp_path, phone / "shortcut")
    with pytest.raises(errors.EvidenceNotAFile, match="shortcut"):
        evidence.add_evidence(ctx, case, [phone / "shortcut"])
    assert_nothing_imported(store, case)


def test_an_empty_folder(ctx: Context, store: Store, case: str, phone: Path) -> None:
    with pytest.raises(errors.InvalidValue, match="No files to import"):
        evidence.add_evidence(ctx, case, [phone])
    assert_nothing_imported(store, case)


# --- files that cannot be read ---------------------------------------------------------


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="running as root: chmod 000 does not stop root from reading "
           "(the simulated EACCES test below covers the message)",
)
def test_a_file_without_read_permission(
    ctx: Context, store: Store, case: str, phone: Path
) -> None:
    locked = phone / "locked.jpg"
    locked.write_bytes(b"\xff\xd8\xff" + b"x" * 100)
    locked.chmod(0)
    try:
        with pytest.raises(errors.EvidenceUnreadable, match="permission denied"):
            evidence.add_evidence(ctx, case, [locked])
    finally:
        locked.chmod(0o600)
    assert_nothing_imported(store, case)


def test_permission_denied_on_open_simulated(
    ctx: Context, store: Store, case: str, phone: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = phone / "locked.jpg"
    locked.write_bytes(b"\xff\xd8\xff" + b"x" * 100)
    real_open = os.open

    def refusing(path: Any, flags: int, *args: Any, **kw: Any) -> int:
        if Path(path) == locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kw)

    monkeypatch.setattr(os, "open", refusing)
    with pytest.raises(errors.EvidenceUnreadable, match="locked.jpg: permission denied"):
        evidence.add_evidence(ctx, case, [locked])
    monkeypatch.undo()
    assert_nothing_imported(store, case)


def test_a_read_error_half_way_is_reported_as_the_source_failing(
    ctx: Context, store: Store, case: str, phone: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A USB stick pulled out mid-read: EIO from the source, not a vault problem."""
    flaky = phone / "VID.mp4"
    flaky.write_bytes(os.urandom(3 << 20))
    calls = {"n": 0}

    class FlakyFile:
        def __init__(self, raw: Any) -> None:
            self.raw = raw

        def read(self, n: int) -> bytes:
            calls["n"] += 1
            if calls["n"] == 2:
                raise OSError(errno.EIO, "Input/output error")
            return self.raw.read(n)

        def __getattr__(self, name: str) -> Any:
            return getattr(self.raw, name)

        def __enter__(self) -> FlakyFile:
            return self

        def __exit__(self, *exc: object) -> None:
            self.raw.close()

    real_fdopen = os.fdopen

    def flaky_fdopen(fd: int, mode: str = "r", *args: Any, **kw: Any) -> Any:
        handle = real_fdopen(fd, mode, *args, **kw)
        return FlakyFile(handle) if "r" in mode else handle

    monkeypatch.setattr(sealing.os, "fdopen", flaky_fdopen)
    with pytest.raises(errors.EvidenceUnreadable, match="VID.mp4: Input/output error"):
        evidence.add_evidence(ctx, case, [flaky])
    monkeypatch.undo()
    assert_nothing_imported(store, case)


# --- names and sizes that must just work ---------------------------------------------


def test_a_zero_byte_file_imports_and_reads_back_empty(
    ctx: Context, store: Store, case: str, phone: Path, tmp_path: Path
) -> None:
    empty = phone / "empty.txt"
    empty.touch()
    [item] = evidence.add_evidence(ctx, case, [empty])
    assert item.size == 0
    assert item.sha256 == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    assert evidence.preview_bytes(ctx, item.id)[1] == b""
    evidence.extract(ctx, item.id, tmp_path / "out.txt")
    assert (tmp_path / "out.txt").read_bytes() == b""
    assert evidence.verify_vault(ctx).ok


NAMES = [
    "Гүлдария Шеризатқызы — показания.txt",
    "阿力木努尔的护照照片.jpg",
    "شهادة الزوجة.txt",
    "ئالىمنۇر تۇرغانباي.m4a",
    "עדות.txt",
    "🙂 emoji and spaces  .txt",
]


def test_file_names_in_any_script_are_kept_exactly(
    ctx: Context, store: Store, case: str, phone: Path, tmp_path: Path
) -> None:
    for n, name in enumerate(NAMES):
        (phone / name).write_bytes(f"file {n}\n".encode())
    items = evidence.add_evidence(ctx, case, [phone])
    assert sorted(i.original_name for i in items) == sorted(NAMES)
    listed = evidence.list_evidence(store, case)
    assert sorted(i.original_name for i in listed) == sorted(NAMES)
    out = tmp_path / "out"
    out.mkdir()
    for item in items:
        evidence.extract(ctx, item.id, out / item.original_name)
        assert (out / item.original_name).read_bytes() == (phone / item.original_name).read_bytes()
    assert evidence.verify_vault(ctx).ok


def test_a_file_name_that_is_not_valid_utf8_still_imports(
    ctx: Context, store: Store, case: str, phone: Path
) -> None:
    """A stick formatted elsewhere: the name is cp1251 bytes, not UTF-8."""
    raw = os.fsencode(phone) + b"/" + "Показания.txt".encode("cp1251")
    with open(raw, "wb") as handle:
        handle.write(b"statement\n")
    [item] = evidence.add_evidence(ctx, case, [Path(os.fsdecode(raw))])
    assert item.original_name.endswith(".txt")
    item.original_name.encode("utf-8")  # storable and printable
    assert evidence.preview_bytes(ctx, item.id)[1] == b"statement\n"
    history.check(store)


# --- things that go wrong during the import ------------------------------------------


def test_a_file_that_grows_while_it_is_read(
    ctx: Context, store: Store, case: str, phone: Path
) -> None:
    """A recording still being written: appended to after the first block was read."""
    recording = phone / "testimony.wav"
    recording.write_bytes(os.urandom(3 << 20))

    def append_once(what: str, done: int, total: int | None) -> None:
        if done and not appended:
            with open(recording, "ab") as handle:
                handle.write(b"more audio" * 1000)
            appended.append(True)

    appended: list[bool] = []
    with pytest.raises(errors.EvidenceFileChanged, match="changed while it was being read"):
        evidence.add_evidence(ctx, case, [recording], progress=append_once)
    assert appended
    assert_nothing_imported(store, case)


def test_a_file_cut_short_while_it_is_read(
    ctx: Context, store: Store, case: str, phone: Path
) -> None:
    recording = phone / "testimony.wav"
    recording.write_bytes(os.urandom(3 << 20))

    def truncate_once(what: str, done: int, total: int | None) -> None:
        if done and not cut:
            os.truncate(recording, 100)
            cut.append(True)

    cut: list[bool] = []
    with pytest.raises(errors.EvidenceFileChanged):
        evidence.add_evidence(ctx, case, [recording], progress=truncate_once)
    assert_nothing_imported(store, case)


def test_a_file_changing_while_read_from_another_thread(
    ctx: Context, store: Store, case: str, phone: Path
) -> None:
    import threading

    recording = phone / "live.wav"
    recording.write_bytes(os.urandom(4 << 20))
    started, stop = threading.Event(), threading.Event()

    def keep_appending() -> None:
        with open(recording, "ab") as handle:
            while not stop.is_set():
                handle.write(os.urandom(4096))
                handle.flush()
                started.set()

    writer = threading.Thread(target=keep_appending)
    writer.start()
    try:
        started.wait(5)
        with pytest.raises(errors.EvidenceFileChanged):
            evidence.add_evidence(ctx, case, [recording])
    finally:
        stop.set()
        writer.join()
    assert_nothing_imported(store, case)


class _DiskFillsUp:
    """A vault temp file on a disk that is full after ``room`` bytes."""

    def __init__(self, handle: Any, room: int) -> None:
        self._handle = handle
        self._room = room

    def write(self, data: Any) -> int:
        size = memoryview(data).nbytes
        if size > self._room:
            raise OSError(errno.ENOSPC, "No space left on device")
        self._room -= size
        return self._handle.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)


def _disk_full_on(monkeypatch: pytest.MonkeyPatch, nth: int, room: int) -> list[Path]:
    """The ``nth`` temp file the vault opens (1-based) runs out of space."""
    real = Vault.incoming
    opened: list[Path] = []

    @contextlib.contextmanager
    def incoming(self: Vault) -> Iterator[tuple[Path, Any]]:
        with real(self) as (path, handle):
            opened.append(path)
            yield path, (_DiskFillsUp(handle, room) if len(opened) == nth else handle)

    monkeypatch.setattr(Vault, "incoming", incoming)
    return opened


def test_disk_full_while_writing(
    ctx: Context, store: Store, case: str, phone: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    video = phone / "VID.mp4"
    video.write_bytes(os.urandom(3 << 20))
    opened = _disk_full_on(monkeypatch, 1, room=1 << 20)
    with pytest.raises(errors.VaultDiskFull, match="Not enough disk space.*Nothing was imported"):
        evidence.add_evidence(ctx, case, [video])
    assert opened and not opened[0].exists()
    monkeypatch.undo()
    assert_nothing_imported(store, case)
    assert_imports_fine_afterwards(ctx, case, phone)


def test_disk_full_on_the_final_chunk_of_a_small_file(
    ctx: Context, store: Store, case: str, phone: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    note = phone / "note.txt"
    note.write_bytes(b"x" * 1000)
    _disk_full_on(monkeypatch, 1, room=200)  # the header fits, the only chunk does not
    with pytest.raises(errors.VaultDiskFull):
        evidence.add_evidence(ctx, case, [note])
    monkeypatch.undo()
    assert_nothing_imported(store, case)


def test_a_ten_gigabyte_file_on_a_nearly_full_disk_is_refused_before_writing(
    ctx: Context, store: Store, case: str, phone: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The up-front check: statvfs says there is not enough room, so not one
    byte is written (no 10 GB file is made; the check uses the size stat reports)."""
    video = phone / "VID_10GB.mp4"
    video.write_bytes(os.urandom(100_000))
    real_fstat = os.fstat
    inode = video.stat().st_ino

    class TenGigabytes:
        def __init__(self, real: os.stat_result) -> None:
            self._real = real
            self.st_size = 10 * 1024**3

        def __getattr__(self, name: str) -> Any:
            return getattr(self._real, name)

    class NearlyFull:
        f_frsize = 4096
        f_bsize = 4096
        f_bavail = 1024  # 4 MB
        f_bfree = 1024

    def big_fstat(fd: int) -> Any:
        result = real_fstat(fd)
        return TenGigabytes(result) if result.st_ino == inode else result

    opened = _disk_full_on(monkeypatch, 0, room=0)  # only records what is opened
    monkeypatch.setattr(os, "statvfs", lambda path: NearlyFull())
    monkeypatch.setattr(sealing.os, "fstat", big_fstat)
    with pytest.raises(errors.VaultDiskFull, match="10737.4 MB needed"):
        evidence.add_evidence(ctx, case, [video])
    assert opened == []  # no temp file was even created
    monkeypatch.undo()
    assert_nothing_imported(store, case)


def test_statvfs_reporting_little_space_refuses_before_any_byte_is_written(
    ctx: Context, store: Store, case: str, phone: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    video = phone / "VID.mp4"
    video.write_bytes(os.urandom(2 << 20))

    class Tiny:
        f_frsize = 4096
        f_bsize = 4096
        f_bavail = 16
        f_bfree = 16

    opened = _disk_full_on(monkeypatch, 0, room=0)
    monkeypatch.setattr(os, "statvfs", lambda path: Tiny())
    with pytest.raises(errors.VaultDiskFull):
        evidence.add_evidence(ctx, case, [video])
    assert opened == []
    monkeypatch.undo()
    assert_nothing_imported(store, case)


def test_a_folder_whose_third_file_is_a_pipe_imports_nothing(
    ctx: Context, store: Store, case: str, phone: Path
) -> None:
    (phone / "1-passport.jpg").write_bytes(os.urandom(200_000))
    (phone / "2-testimony.txt").write_text("he was taken at the border", encoding="utf-8")
    os.mkfifo(phone / "3-pipe")
    (phone / "4-later.txt").write_text("never reached", encoding="utf-8")
    with pytest.raises(errors.EvidenceNotAFile, match="3-pipe"):
        evidence.add_evidence(ctx, case, [phone])
    assert_nothing_imported(store, case)


def test_a_folder_whose_third_file_meets_a_full_disk_imports_nothing(
    ctx: Context, store: Store, case: str, phone: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(1, 5):
        (phone / f"IMG_{n}.jpg").write_bytes(os.urandom(300_000))
    opened = _disk_full_on(monkeypatch, 3, room=100_000)
    with pytest.raises(errors.VaultDiskFull, match="IMG_3.jpg"):
        evidence.add_evidence(ctx, case, [phone])
    assert len(opened) == 3
    monkeypatch.undo()
    assert_nothing_imported(store, case)


def test_a_folder_with_an_earlier_identical_file_in_the_store_keeps_that_file(
    ctx: Context, store: Store, case: str, phone: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A failed folder import deletes only the blobs it made, never a blob an
    existing item links to."""
    kept = tmp_path / "kept.jpg"
    kept.write_bytes(os.urandom(100_000))
    [earlier] = evidence.add_evidence(ctx, case, [kept])
    (phone / "1-same.jpg").write_bytes(kept.read_bytes())
    (phone / "2-new.jpg").write_bytes(os.urandom(100_000))
    os.mkfifo(phone / "3-pipe")
    with pytest.raises(errors.EvidenceNotAFile):
        evidence.add_evidence(ctx, case, [phone])
    assert [i.id for i in evidence.list_evidence(store, case)] == [earlier.id]
    assert evidence.preview_bytes(ctx, earlier.id)[1] == kept.read_bytes()
    assert len([p for p in (store.path / VAULT_DIR).rglob("*") if p.is_file()]) == 1


def test_cancel_in_the_middle_of_a_large_file(
    ctx: Context, store: Store, case: str, phone: Path
) -> None:
    video = phone / "VID.mp4"
    video.write_bytes(os.urandom(5 << 20))
    token = CancelToken()
    seen: list[int] = []

    def cancel_after_first_block(what: str, done: int, total: int | None) -> None:
        seen.append(done)
        if done >= 1 << 20:
            token.cancel()

    with pytest.raises(errors.Cancelled):
        evidence.add_evidence(ctx, case, [video], progress=cancel_after_first_block, cancel=token)
    assert max(seen) < 5 << 20  # stopped part-way
    assert_nothing_imported(store, case)


def test_cancel_between_the_files_of_a_folder(
    ctx: Context, store: Store, case: str, phone: Path
) -> None:
    for n in range(1, 4):
        (phone / f"IMG_{n}.jpg").write_bytes(os.urandom(100_000))
    token = CancelToken()

    def cancel_on_second(what: str, done: int, total: int | None) -> None:
        if what.startswith("IMG_2"):
            token.cancel()

    with pytest.raises(errors.Cancelled, match="nothing was changed"):
        evidence.add_evidence(ctx, case, [phone], progress=cancel_on_second, cancel=token)
    assert_nothing_imported(store, case)


def test_cancel_after_the_last_byte_before_the_record_is_written(
    ctx: Context, store: Store, case: str, phone: Path
) -> None:
    video = phone / "VID.mp4"
    video.write_bytes(os.urandom(100_000))
    token = CancelToken()

    def cancel_at_the_end(what: str, done: int, total: int | None) -> None:
        if done == total:
            token.cancel()

    with pytest.raises(errors.Cancelled):
        evidence.add_evidence(ctx, case, [video], progress=cancel_at_the_end, cancel=token)
    assert_nothing_imported(store, case)


def test_a_database_failure_after_the_blobs_are_written_removes_them(
    ctx: Context, store: Store, case: str, phone: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(1, 3):
        (phone / f"IMG_{n}.jpg").write_bytes(os.urandom(100_000))

    def broken_record(*args: Any, **kw: Any) -> Any:
        raise RuntimeError("database went away")

    monkeypatch.setattr(evidence, "_record", broken_record)
    with pytest.raises(RuntimeError):
        evidence.add_evidence(ctx, case, [phone])
    monkeypatch.undo()
    assert_nothing_imported(store, case)


def test_an_unknown_case_or_a_bad_date_writes_nothing(
    ctx: Context, store: Store, case: str, phone: Path
) -> None:
    (phone / "a.txt").write_text("statement", encoding="utf-8")
    with pytest.raises(errors.NotFound):
        evidence.add_evidence(ctx, "CK-1999-0001", [phone / "a.txt"])
    with pytest.raises(errors.InvalidValue, match="not a date"):
        evidence.add_evidence(ctx, case, [phone / "a.txt"], acquired_at="last Tuesday")
    assert_nothing_imported(store, case)
