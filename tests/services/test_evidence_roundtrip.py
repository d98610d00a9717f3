"""A caseworker imports a phone's files into the vault and gets the very same bytes back.

Every test uses a real store (Argon2 at its minimum, copied per test) and
real files in a temporary folder: what goes in is what comes out, byte for
byte; nothing readable is left in the vault, the store or the temp folder;
identical files are kept once; and every look at a file is in its custody
record, with the hash seen.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import pytest

from casekeeper import errors
from casekeeper.clock import FakeClock
from casekeeper.crypto.age import CHUNK_SIZE
from casekeeper.services import cases, evidence, history
from casekeeper.services.context import Context
from casekeeper.store.store import VAULT_DIR, Store

MARKER = b"PLAINTEXT-MARKER-c41f7e"


@pytest.fixture
def case(ctx: Context) -> str:
    return cases.new_case(ctx, "Truck driver detained at the Dulata border post").ref


@pytest.fixture
def phone(tmp_path: Path) -> Path:
    """The folder the caseworker copied a phone's files into."""
    folder = tmp_path / "from-phone"
    folder.mkdir()
    return folder


@pytest.fixture
def own_tempdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """TMPDIR (and tempfile.gettempdir()) pointed at a folder of the test's own."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)  # recomputed from TMPDIR
    assert tempfile.gettempdir() == str(folder)
    return folder


def blob_files(store: Store) -> list[Path]:
    vault = store.path / VAULT_DIR
    return sorted(p for p in vault.rglob("*") if p.is_file())


def content(size: int, seed: bytes = b"testimony") -> bytes:
    """``size`` bytes that differ from chunk to chunk (so a reorder would show)."""
    out = bytearray()
    counter = 0
    while len(out) < size:
        out += hashlib.sha256(seed + counter.to_bytes(8, "big")).digest()
        counter += 1
    return bytes(out[:size])


SIZES = {
    "empty": 0,
    "one byte": 1,
    "chunk - 1": CHUNK_SIZE - 1,
    "one chunk": CHUNK_SIZE,
    "chunk + 1": CHUNK_SIZE + 1,
    "many chunks (~3 MB)": 3 * 1024 * 1024 + 12345,
    "read on two threads (~5 MB)": 5 * 1024 * 1024 + 777,  # sealing and unsealing pipelines
}


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_what_is_extracted_and_previewed_is_byte_identical_to_what_was_imported(
    ctx: Context, case: str, phone: Path, tmp_path: Path, size: int
) -> None:
    original = content(size)
    source = phone / "recording.bin"
    source.write_bytes(original)

    [item] = evidence.add_evidence(ctx, case, [source], acquired_from="the driver's wife")
    assert item.size == size
    assert item.sha256 == hashlib.sha256(original).hexdigest()

    out = tmp_path / "extracted" / "copy.bin"
    out.parent.mkdir()
    evidence.extract(ctx, item.id, out)
    assert out.read_bytes() == original
    assert os.listdir(out.parent) == ["copy.bin"]  # no partial file beside it

    _view, previewed = evidence.preview_bytes(ctx, item.id)
    assert previewed == original


def test_blobs_are_age_files_with_random_names_never_the_hash_of_the_file(
    ctx: Context, store: Store, case: str, phone: Path
) -> None:
    photos = [phone / f"IMG_{n}.jpg" for n in range(3)]
    for n, photo in enumerate(photos):
        photo.write_bytes(content(1000 + n, seed=bytes([n])))
    items = evidence.add_evidence(ctx, case, photos)

    blobs = blob_files(store)
    assert len(blobs) == 3
    names = {str(b.relative_to(store.path / VAULT_DIR)).replace(os.sep, "") for b in blobs}
    for item in items:
        digest = item.sha256
        assert all(digest not in name and name not in digest for name in names)
        assert hashlib.sha256(digest.encode()).hexdigest() not in names
    for blob in blobs:
        assert blob.read_bytes().startswith(b"age-encryption.org/v1\n")
        assert blob.stat().st_mode & 0o077 == 0  # only the owner may read the vault
    assert not any(p.name.startswith(".incoming-") for p in (store.path / VAULT_DIR).iterdir())


def test_no_plaintext_left_in_the_vault_the_store_or_the_temp_folder(
    ctx: Context, store: Store, case: str, phone: Path, tmp_path: Path, own_tempdir: Path
) -> None:
    secret_name = "testimony-" + MARKER.decode() + ".txt"
    body = (MARKER + b" he was taken at the border post\n") * 40_000  # ~1.5 MB, many chunks
    source = phone / secret_name
    source.write_bytes(body)

    [item] = evidence.add_evidence(ctx, case, [source], description="wife's account")
    assert evidence.preview_bytes(ctx, item.id)[1] == body
    assert evidence.verify_vault(ctx).ok
    evidence.show_evidence(store, item.id)

    for folder in (store.path / VAULT_DIR, store.path, own_tempdir):
        for path in folder.rglob("*"):
            assert MARKER.decode() not in path.name, path
            if path.is_file():
                assert MARKER not in path.read_bytes(), f"plaintext found in {path}"
    assert list(own_tempdir.iterdir()) == []


def test_identical_files_are_stored_once_and_linked_twice(
    ctx: Context, store: Store, case: str, phone: Path, tmp_path: Path
) -> None:
    video = content(200_000, seed=b"video")
    (phone / "VID_0001.mp4").write_bytes(video)
    (phone / "copy of VID_0001.mp4").write_bytes(video)
    (phone / "VID_0002.mp4").write_bytes(content(5000, seed=b"other"))

    # The same file twice in one folder import…
    by_name = {i.original_name: i for i in evidence.add_evidence(ctx, case, [phone])}
    first, second = by_name["VID_0001.mp4"], by_name["copy of VID_0001.mp4"]
    other = by_name["VID_0002.mp4"]
    assert len(blob_files(store)) == 2
    # …and once more in a later import, from a different case.
    later_case = cases.new_case(ctx, "Wife fined for speaking to journalists").ref
    [third] = evidence.add_evidence(ctx, later_case, [phone / "VID_0001.mp4"])
    assert len(blob_files(store)) == 2
    assert first.sha256 == second.sha256 == third.sha256 != other.sha256

    outcome = evidence.remove(ctx, first.id, "duplicate")
    assert not outcome.file_erased and "still linked" in outcome.summary()
    for still in (second, third):
        out = tmp_path / f"{still.id}.mp4"
        evidence.extract(ctx, still.id, out)
        assert out.read_bytes() == video
    assert evidence.verify_vault(ctx).ok

    evidence.remove(ctx, second.id)
    final = evidence.remove(ctx, third.id)
    assert final.file_erased and "erased" in final.summary()
    assert len(blob_files(store)) == 1  # only VID_0002 remains
    with pytest.raises(errors.EvidenceRemoved):
        evidence.extract(ctx, third.id, tmp_path / "gone.mp4")
    assert not (tmp_path / "gone.mp4").exists()

    # Imported again after every copy was erased: a fresh blob, readable.
    [again] = evidence.add_evidence(ctx, case, [phone / "VID_0001.mp4"])
    assert evidence.preview_bytes(ctx, again.id)[1] == video
    assert len(blob_files(store)) == 2


def test_a_damaged_copy_is_not_reused_for_an_identical_new_import(
    ctx: Context, store: Store, case: str, phone: Path, tmp_path: Path
) -> None:
    """If the stored copy of a file was damaged, importing the intact file
    again must keep the intact bytes, not link to the damaged blob."""
    video = content(300_000, seed=b"video")
    (phone / "VID.mp4").write_bytes(video)
    [first] = evidence.add_evidence(ctx, case, [phone / "VID.mp4"])
    [blob] = blob_files(store)
    damaged = bytearray(blob.read_bytes())
    damaged[-100] ^= 0x01
    blob.write_bytes(bytes(damaged))

    [second] = evidence.add_evidence(ctx, case, [phone / "VID.mp4"])
    assert evidence.preview_bytes(ctx, second.id)[1] == video
    report = evidence.verify_vault(ctx)
    assert [p[0] for p in report.problems] == [first.id]


def test_custody_records_every_look_with_the_hash_seen_and_survives_removal(
    ctx: Context, store: Store, case: str, phone: Path, tmp_path: Path, clock: FakeClock
) -> None:
    passport = phone / "passport.jpg"
    passport.write_bytes(content(70_000, seed=b"passport"))
    digest = hashlib.sha256(passport.read_bytes()).hexdigest()

    [item] = evidence.add_evidence(
        ctx, case, [passport], acquired_from="Guldariya Sherizatkyzy",
        acquired_at="2025-07-23T18:00", acquired_where="Almaty office",
        description="Photo of his passport",
    )
    clock.advance(minutes=5)
    evidence.preview_bytes(ctx, item.id)
    clock.advance(minutes=5)
    evidence.extract(ctx, item.id, tmp_path / "passport-copy.jpg")
    clock.advance(minutes=5)
    evidence.verify_vault(ctx)
    clock.advance(minutes=5)
    colleague = Context.for_store(store, "caseworker-b")
    outcome = evidence.remove(colleague, item.id, "consent withdrawn")
    assert outcome.file_erased
    assert "custody record" in outcome.summary()

    shown = evidence.show_evidence(store, item.id)
    assert shown.removed and shown.sha256 == digest and shown.original_name == "passport.jpg"
    assert [c.action for c in shown.custody] == [
        "acquired", "imported", "viewed", "extracted", "verified", "removed"
    ]
    assert all(c.sha256 == digest for c in shown.custody)
    acquired, imported, *_rest, removed = shown.custody
    assert (acquired.actor, acquired.place, acquired.at) == (
        "caseworker-a", "Almaty office", "2025-07-23T18:00:00+00:00")
    assert "Guldariya Sherizatkyzy" in acquired.detail
    assert imported.at == "2025-07-24T09:00:00+00:00"
    assert (removed.actor, removed.detail) == ("caseworker-b", "consent withdrawn")

    assert evidence.list_evidence(store, case) == []
    assert [i.id for i in evidence.list_evidence(store, case, include_removed=True)] == [item.id]
    with pytest.raises(errors.EvidenceRemoved, match="custody record remain"):
        evidence.preview_bytes(ctx, item.id)
    with pytest.raises(errors.EvidenceRemoved):
        evidence.remove(ctx, item.id)
    assert blob_files(store) == []
    report = history.check(store)  # the change log is intact after all of it
    assert report.entries > 0


def test_acquired_and_imported_come_in_that_order_even_at_the_same_instant(
    ctx: Context, store: Store, case: str, phone: Path
) -> None:
    (phone / "note.txt").write_text("written down at the border\n", encoding="utf-8")
    [item] = evidence.add_evidence(ctx, case, [phone / "note.txt"])
    for _ in range(3):  # the same clock reading for everything
        evidence.preview_bytes(ctx, item.id)
    actions = [c.action for c in evidence.show_evidence(store, item.id).custody]
    assert actions == ["acquired", "imported", "viewed", "viewed", "viewed"]


def test_extract_refuses_to_overwrite_or_to_write_into_a_missing_folder(
    ctx: Context, case: str, phone: Path, tmp_path: Path
) -> None:
    (phone / "a.txt").write_text("statement", encoding="utf-8")
    [item] = evidence.add_evidence(ctx, case, [phone / "a.txt"])
    existing = tmp_path / "exists.txt"
    existing.write_text("someone else's file", encoding="utf-8")
    with pytest.raises(errors.InvalidValue, match="already exists"):
        evidence.extract(ctx, item.id, existing)
    assert existing.read_text(encoding="utf-8") == "someone else's file"
    with pytest.raises(errors.InvalidValue, match="is a folder"):
        evidence.extract(ctx, item.id, tmp_path)
    with pytest.raises(errors.ExtractFailed, match="no-such-folder does not exist"):
        evidence.extract(ctx, item.id, tmp_path / "no-such-folder" / "a.txt")
    assert not (tmp_path / "no-such-folder").exists()


def test_the_vault_identity_survives_closing_and_reopening(
    ctx: Context, store: Store, case: str, phone: Path, _blank_store: tuple[Path, str]
) -> None:
    from casekeeper.services.stores import open_store

    (phone / "a.txt").write_text("statement", encoding="utf-8")
    [item] = evidence.add_evidence(ctx, case, [phone / "a.txt"])
    path = store.path
    store.close()
    reopened = open_store(path, recovery_key=_blank_store[1])
    try:
        again = Context.for_store(reopened, "caseworker-a")
        assert evidence.preview_bytes(again, item.id)[1] == b"statement"
    finally:
        reopened.close()


def test_a_full_disk_while_extracting_leaves_no_partial_copy(
    ctx: Context, case: str, phone: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    from typing import Any

    (phone / "VID.mp4").write_bytes(content(3 << 20))
    [item] = evidence.add_evidence(ctx, case, [phone / "VID.mp4"])
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, handle: Any) -> None:
            self._handle, self._room = handle, 1 << 20

        def write(self, data: Any) -> int:
            if len(data) > self._room:
                raise OSError(errno.ENOSPC, "No space left on device")
            self._room -= len(data)
            return self._handle.write(data)

        def __getattr__(self, name: str) -> Any:
            return getattr(self._handle, name)

        def __enter__(self) -> Any:
            return self

        def __exit__(self, *exc: object) -> None:
            self._handle.close()

    def fdopen(fd: int, mode: str = "r", *args: Any, **kw: Any) -> Any:
        handle = real_fdopen(fd, mode, *args, **kw)
        return Full(handle) if mode == "wb" else handle

    monkeypatch.setattr(os, "fdopen", fdopen)
    with pytest.raises(errors.ExtractFailed, match="VID-copy.mp4: the disk is full"):
        evidence.extract(ctx, item.id, stick / "VID-copy.mp4")
    monkeypatch.undo()
    assert list(stick.iterdir()) == []
    actions = [c.action for c in evidence.show_evidence(ctx.store, item.id).custody]
    assert "extracted" not in actions
