"""What opening a store does with what an interrupted import or removal left behind.

Temp files of interrupted imports go. A blob only removed items name goes
(its erasure was interrupted). A blob no record names is set aside, still
encrypted, never deleted: it may be evidence an older database restored
from a backup does not know about. Anything else in the vault is left alone.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from casekeeper.services import cases, evidence
from casekeeper.services.context import Context
from casekeeper.services.stores import open_store
from casekeeper.store.store import VAULT_DIR, Store
from casekeeper.vault.blobs import UNCLAIMED_DIR


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
