"""What opening a store does with what an interrupted import or removal left behind.

An import or a removal leaves a marker in the store folder until it ends;
the open tidies when it finds one, or a temp file in the vault, and
otherwise does not read every evidence row. Temp files of interrupted
imports go. A blob only removed items name goes (its erasure was
interrupted). A blob no record names is set aside, still
encrypted, never deleted: it may be evidence an older database restored
from a backup does not know about. Anything else in the vault is left alone.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from casekeeper.services import cases, evidence
from casekeeper.services.context import Context
from casekeeper.services.stores import open_store
from casekeeper.store.store import VAULT_DIR, Store
from casekeeper.vault.blobs import UNCLAIMED_DIR, Vault, work_markers


def reopen(store: Store, recovery_key: str) -> Store:
    """Close and open again, as after a crash (the recovery key skips Argon2)."""
    path = store.path
    store.close()
    return open_store(path, recovery_key=recovery_key)


def blob_of(store: Store, item_id: str) -> Path:
    from casekeeper.store import models as m

    with store.reading() as session:
        blob_id = session.get(m.Evidence, item_id).blob_id
    return store.path / VAULT_DIR / blob_id[:2] / blob_id[2:]


def test_reopening_after_interrupted_work_keeps_evidence_and_drops_leftovers(
    ctx: Context, store: Store, tmp_path: Path, _blank_store: tuple[Path, str]
) -> None:
    case = cases.new_case(ctx, "Detention at Khorgos").ref
    for name in ("kept.txt", "removed.txt", "backup-era.txt"):
        (tmp_path / name).write_text(f"content of {name}", encoding="utf-8")
    kept, removed, newer = evidence.add_evidence(
        ctx, case, [tmp_path / n for n in ("kept.txt", "removed.txt", "backup-era.txt")]
    )
    vault = store.path / VAULT_DIR
    newer_blob = blob_of(store, newer.id)
    removed_blob = blob_of(store, removed.id)

    # A removal interrupted after its record was written, before the file went:
    saved = removed_blob.read_bytes()
    evidence.remove(ctx, removed.id)
    removed_blob.parent.mkdir(exist_ok=True)
    removed_blob.write_bytes(saved)
    # A blob no record names (as after restoring an older database):
    from casekeeper.store import models as m

    with store.writing("test") as session:
        for event in list(session.get(m.Evidence, newer.id).custody):
            session.delete(event)
        session.delete(session.get(m.Evidence, newer.id))
    # A temp file of an interrupted import, and things that are not blobs:
    (vault / ".incoming-0123456789abcdef.tmp").write_bytes(b"half a blob")
    (vault / "ab").mkdir(exist_ok=True)
    (vault / "ab" / ".DS_Store").write_bytes(b"finder")
    (vault / "README.txt").write_text("someone's note", encoding="utf-8")

    store = reopen(store, _blank_store[1])
    try:
        again = Context.for_store(store, "caseworker-a")
        assert not (vault / ".incoming-0123456789abcdef.tmp").exists()
        assert not removed_blob.exists()
        assert not newer_blob.exists()
        set_aside = vault / UNCLAIMED_DIR / (newer_blob.parent.name + newer_blob.name)
        assert set_aside.exists()
        assert (vault / "ab" / ".DS_Store").exists() and (vault / "README.txt").exists()
        assert evidence.preview_bytes(again, kept.id)[1] == b"content of kept.txt"
        report = evidence.verify_vault(again)
        assert report.ok and report.checked == 1 and report.unclaimed == 1
    finally:
        store.close()


def test_a_vault_folder_holding_odd_names_still_opens(
    ctx: Context, store: Store, tmp_path: Path, _blank_store: tuple[Path, str]
) -> None:
    vault = store.path / VAULT_DIR
    (vault / "zz").mkdir()
    (vault / "zz" / "not-hex").write_bytes(b"x")
    (vault / "0a").mkdir()
    (vault / "0a" / "short").write_bytes(b"x")
    os.symlink("/nonexistent", vault / "0a" / "dangling")
    store = reopen(store, _blank_store[1])
    try:
        assert (vault / "zz" / "not-hex").exists() and (vault / "0a" / "short").exists()
    finally:
        store.close()
    shutil.rmtree(vault / "zz")


# --- work killed part-way, in a process of its own ------------------------------------

_KILLED_PART_WAY = """
import os, sys
from pathlib import Path
from casekeeper.services import evidence
from casekeeper.services.context import Context
from casekeeper.services.stores import open_store
from casekeeper.vault.blobs import Vault

store = open_store(Path(sys.argv[1]), recovery_key=sys.argv[2])
ctx = Context.for_store(store, "caseworker-a")

def die(*args, **kw):
    os._exit(9)  # as abrupt as kill -9: no finally, no clean-up, no atexit

if sys.argv[3] == "import":  # blobs written and named; killed while recording them
    evidence._record = die
    evidence.add_evidence(ctx, sys.argv[4], [Path(p) for p in sys.argv[5:]])
else:  # the removal recorded; killed before the file is erased
    Vault.delete = die
    evidence.remove(ctx, sys.argv[4])
raise SystemExit("not killed")
"""


def killed_part_way(store: Store, recovery_key: str, *args: str) -> None:
    store.close()
    done = subprocess.run(
        [sys.executable, "-c", _KILLED_PART_WAY, str(store.path), recovery_key, *args],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 9, done.stderr


def test_an_import_killed_after_naming_its_blobs_is_tidied_on_the_next_open(
    ctx: Context, store: Store, tmp_path: Path, _blank_store: tuple[Path, str]
) -> None:
    case = cases.new_case(ctx, "Detention at Khorgos").ref
    phone = tmp_path / "from-phone"
    phone.mkdir()
    for n in range(3):
        (phone / f"IMG_{n}.jpg").write_bytes(os.urandom(50_000))
    vault = Vault(store.path / VAULT_DIR)

    killed_part_way(store, _blank_store[1], "import", case, str(phone))
    assert len(list(vault.blob_ids())) == 3  # written and named, but no record names them
    assert work_markers(store.path)  # the import said it was under way

    store = open_store(store.path, recovery_key=_blank_store[1])
    try:
        again = Context.for_store(store, "caseworker-a")
        assert evidence.list_evidence(store, case, include_removed=True) == []
        assert list(vault.blob_ids()) == []
        assert len(vault.unclaimed()) == 3  # set aside, still encrypted, never deleted
        assert not work_markers(store.path)
        assert evidence.verify_vault(again).unclaimed == 3
        [item] = evidence.add_evidence(again, case, [phone / "IMG_1.jpg"])  # imports again
        assert evidence.preview_bytes(again, item.id)[1] == (phone / "IMG_1.jpg").read_bytes()
        assert not work_markers(store.path)
    finally:
        store.close()


def test_a_removal_killed_before_erasing_the_file_is_finished_on_the_next_open(
    ctx: Context, store: Store, tmp_path: Path, _blank_store: tuple[Path, str]
) -> None:
    case = cases.new_case(ctx, "Detention at Khorgos").ref
    (tmp_path / "note.txt").write_text("to be removed", encoding="utf-8")
    [item] = evidence.add_evidence(ctx, case, [tmp_path / "note.txt"])
    blob = blob_of(store, item.id)

    killed_part_way(store, _blank_store[1], "remove", item.id)
    assert blob.exists() and work_markers(store.path)

    store = open_store(store.path, recovery_key=_blank_store[1])
    try:
        assert not blob.exists()
        assert not work_markers(store.path)
        [shown] = evidence.list_evidence(store, case, include_removed=True)
        assert shown.removed_at is not None
    finally:
        store.close()


def test_an_ordinary_open_leaves_the_vault_alone(
    ctx: Context, store: Store, tmp_path: Path, _blank_store: tuple[Path, str]
) -> None:
    """No marker and no temp file: nothing was interrupted, so the open does
    not read every evidence row. A blob only an older database would name
    (a restored backup) is swept only when asked (``always``)."""
    case = cases.new_case(ctx, "Detention at Khorgos").ref
    (tmp_path / "note.txt").write_text("kept", encoding="utf-8")
    [item] = evidence.add_evidence(ctx, case, [tmp_path / "note.txt"])
    assert not work_markers(store.path)  # a finished import leaves no marker
    known = blob_of(store, item.id)
    stray = known.parent / ("0" * 30)
    shutil.copyfile(known, stray)

    store = reopen(store, _blank_store[1])
    try:
        assert stray.exists()
        assert evidence.tidy_vault(store, always=True) == (0, 1)
        assert not stray.exists() and known.exists()
        assert [p.name for p in Vault(store.path / VAULT_DIR).unclaimed()] == [
            known.parent.name + "0" * 30
        ]
    finally:
        store.close()
