"""Evidence files: import into the vault, look, extract, remove, verify.

Every step that touches a file's bytes adds a custody event with the
SHA-256 it saw, in the same transaction as the change it describes, so the
chain of custody is part of the hash-chained change log.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from casekeeper.crypto.age import AgeReader
from casekeeper.errors import (
    AgeError,
    Cancelled,
    EvidenceDamaged,
    EvidenceRemoved,
    InvalidValue,
)
from casekeeper.progress import CancelToken, Progress, no_progress
from casekeeper.store import models as m
from casekeeper.store.store import VAULT_DIR, Store
from casekeeper.store.vocab import Audience
from casekeeper.vault.blobs import Vault
from casekeeper.vault.identity import vault_identity
from casekeeper.vault.metadata import facts
from casekeeper.vault.sealing import SealedFile, seal

from . import lookup, present
from . import validate as check
from . import views as v
from .context import Context

PREVIEW_LIMIT = 256 << 20  # a preview decrypts into memory; larger files are extracted


def vault_of(store: Store) -> Vault:
    return Vault(store.path / VAULT_DIR)


def tidy_vault(store: Store) -> tuple[int, int]:
    """On open: drop temp files of interrupted imports and blobs no row names."""
    with store.reading() as session:
        known = set(session.scalars(select(m.Evidence.blob_id).where(m.Evidence.blob_id != "")))
    return vault_of(store).clean_up(known)


@dataclass
class _Pending:
    path: Path
    sealed: SealedFile
    tag: str
    blob_id: str = ""
    new_blob: bool = False


def _files_under(paths: list[Path]) -> list[Path]:
    """Files given, and every file inside folders given, in a stable order.
    Links to folders are not followed (a link loop cannot hang an import)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir() and not path.is_symlink():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                out.extend(Path(root) / name for name in sorted(files))
        else:
            out.append(path)
    if not out:
        raise InvalidValue("No files to import (the folders given are empty).")
    return out


def _moment(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidValue(
            f"'{text}' is not a date and time: use 2025-07-24 or 2025-07-24T15:30 (UTC)."
        ) from None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def add_evidence(
    ctx: Context,
    case: str,
    paths: list[Path],
    *,
    source: str | None = None,
    acquired_from: str = "",
    acquired_at: str | None = None,
    acquired_where: str = "",
    description: str = "",
    sensitivity: str = "internal",
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> list[v.EvidenceView]:
    """Imports files and folders, all or nothing: on any error or cancel,
    the blobs written so far are deleted and no row is recorded."""
    cancel = cancel or CancelToken()
    files = _files_under([Path(p) for p in paths])
    when = _moment(acquired_at)
    sensitivity = check.choice(sensitivity, Audience, "sensitivity")
    vault = vault_of(ctx.store)
    with ctx.store.writing(ctx.author) as session:
        case_id = lookup.case(session, case).id
        source_id = lookup.by_id(session, m.Source, source, "source").id if source else None
        recipient = vault_identity(session).recipient()
    pending: list[_Pending] = []
    try:
        for index, path in enumerate(files):
            label = f"{path.name} ({index + 1} of {len(files)})"
            sealed = seal(vault, path, recipient, progress=progress, cancel=cancel, label=label)
            pending.append(_Pending(path, sealed, _tag(ctx.store, sealed.sha256)))
            _place(ctx.store, vault, pending)
        cancel.check()
        with ctx.store.writing(ctx.author) as session:
            rows = [
                _record(session, ctx, p, case_id, source_id, when, acquired_from,
                        acquired_where, description, sensitivity)
                for p in pending
            ]
            session.flush()
            return [present.evidence(r, with_custody=True) for r in rows]
    except BaseException:
        for p in pending:
            p.sealed.temp.unlink(missing_ok=True)
            if p.new_blob:
                vault.delete(p.blob_id)
        raise


def _tag(store: Store, sha256: str) -> str:
    return hmac.new(store.evidence_dedup_key, bytes.fromhex(sha256), hashlib.sha256).hexdigest()


def _place(store: Store, vault: Vault, pending: list[_Pending]) -> None:
    """Names the newest sealed file: the blob of an identical file already in
    the store (or earlier in this import), else its own new blob."""
    item = pending[-1]
    same = next((p.blob_id for p in pending[:-1] if p.tag == item.tag), None)
    if same is None:
        with store.reading() as session:
            same = session.scalar(
                select(m.Evidence.blob_id).where(
                    m.Evidence.dedup_tag == item.tag, m.Evidence.removed_at.is_(None),
                    m.Evidence.blob_id != "",
                )
            )
        if same and not vault.exists(same):
            same = None
    if same:
        item.sealed.temp.unlink(missing_ok=True)
        item.blob_id = same
    else:
        item.blob_id = vault.commit(item.sealed.temp)
        item.new_blob = True


def _record(
    session: Session, ctx: Context, p: _Pending, case_id: str, source_id: str | None,
    when: datetime | None, acquired_from: str, acquired_where: str, description: str,
    sensitivity: str,
) -> m.Evidence:
    info = facts(p.path, p.path.name, p.sealed.head)
    now = ctx.store.clock.now()
    row = m.Evidence(
        case_id=case_id, blob_id=p.blob_id, original_name=p.path.name,
        media_type=info.media_type, size=p.sealed.size, sha256=p.sealed.sha256,
        dedup_tag=p.tag, acquired_by=ctx.author, acquired_from=acquired_from.strip(),
        acquired_at=when or now, acquired_where=acquired_where.strip(),
        description=description.strip(), source_id=source_id, sensitivity=sensitivity,
        file_modified=p.sealed.modified, captured_at=info.captured_at, camera=info.camera,
        gps_latitude=info.gps_latitude, gps_longitude=info.gps_longitude,
        duration_seconds=info.duration_seconds,
    )
    row.custody = [
        m.CustodyEvent(action="acquired", actor=ctx.author, at=when or now,
                       place=acquired_where.strip(), sha256=p.sealed.sha256,
                       detail=f"from {acquired_from.strip()}" if acquired_from.strip() else ""),
        m.CustodyEvent(action="imported", actor=ctx.author, at=now, sha256=p.sealed.sha256,
                       detail=f"imported from {p.path}"),
    ]
    session.add(row)
    return row


# --- reading ---------------------------------------------------------------------------


def list_evidence(store: Store, case: str, *, include_removed: bool = False) -> list[v.EvidenceView]:
    with store.reading() as session:
        query = select(m.Evidence).where(m.Evidence.case_id == lookup.case(session, case).id)
        if not include_removed:
            query = query.where(m.Evidence.removed_at.is_(None))
        rows = session.scalars(query.order_by(m.Evidence.created_at, m.Evidence.id)).all()
        return [present.evidence(r) for r in rows]


def show_evidence(store: Store, ident: str) -> v.EvidenceView:
    with store.reading() as session:
        row = _row(session, ident)
        return present.evidence(row, with_custody=True)


def _row(session: Session, ident: str) -> m.Evidence:
    row = lookup.by_id(session, m.Evidence, ident, "evidence item")
    return session.scalars(
        select(m.Evidence).where(m.Evidence.id == row.id).options(selectinload(m.Evidence.custody))
    ).one()


@contextlib.contextmanager
def open_plaintext(store: Store, row: m.Evidence, session: Session) -> Iterator[AgeReader]:
    """A stream of the decrypted file; each 64 KiB chunk is authenticated
    before it is read. The caller must check the hash at the end."""
    if row.removed_at is not None or not row.blob_id:
        raise EvidenceRemoved(row.id, row.original_name)
    identity = vault_identity(session)
    path = vault_of(store).path_of(row.blob_id)
    try:
        handle = open(path, "rb")
    except FileNotFoundError:
        raise EvidenceDamaged(row.id, row.original_name, "its encrypted file is missing") from None
    with handle:
        try:
            reader = AgeReader(handle, [identity])
        except AgeError as exc:
            raise EvidenceDamaged(row.id, row.original_name, exc.message) from None
        yield reader


def _copy_checked(store: Store, session: Session, row: m.Evidence, out: BinaryIO | None,
                  progress: Progress, cancel: CancelToken) -> str:
    """Decrypts to ``out`` (or nowhere), returns the SHA-256 seen; raises
    EvidenceDamaged on any authentication failure or hash mismatch."""
    sha = hashlib.sha256()
    done = 0
    with open_plaintext(store, row, session) as reader:
        while True:
            cancel.check()
            try:
                block = reader.read(1 << 20)
            except AgeError as exc:
                raise EvidenceDamaged(row.id, row.original_name, exc.message) from None
            if not block:
                break
            sha.update(block)
            if out is not None:
                out.write(block)
            done += len(block)
            progress(row.original_name, done, row.size)
    seen = sha.hexdigest()
    if not hmac.compare_digest(seen, row.sha256):
        raise EvidenceDamaged(row.id, row.original_name,
                              "its content no longer matches the hash taken at import")
    return seen


def _custody(session: Session, ctx: Context, row: m.Evidence, action: str, sha256: str,
             detail: str = "") -> None:
    session.add(m.CustodyEvent(evidence_id=row.id, action=action, actor=ctx.author,
                               at=ctx.store.clock.now(), sha256=sha256, detail=detail))


def _record_custody(ctx: Context, evidence_id: str, action: str, sha256: str,
                    detail: str = "") -> v.EvidenceView:
    """A short write after long reading: decrypting gigabytes must not hold
    the store's write lock."""
    with ctx.store.writing(ctx.author) as session:
        row = _row(session, evidence_id)
        _custody(session, ctx, row, action, sha256, detail)
        session.flush()
        session.expire(row)
        return present.evidence(_row(session, evidence_id), with_custody=True)


def preview_bytes(ctx: Context, ident: str, *, limit: int = PREVIEW_LIMIT) -> tuple[v.EvidenceView, bytes]:
    """The whole file decrypted into memory for a preview (never to disk),
    recorded in custody as viewed."""
    with ctx.store.reading() as session:
        row = _row(session, ident)
        if row.size > limit:
            raise InvalidValue(
                f"{row.original_name} is too large to preview in memory ({row.size / 1e6:.0f} MB); "
                "extract it instead."
            )
        evidence_id = row.id
        buffer = _MemorySink()
        seen = _copy_checked(ctx.store, session, row, buffer, no_progress, CancelToken())
    return _record_custody(ctx, evidence_id, "viewed", seen), buffer.value()


class _MemorySink:
    def __init__(self) -> None:
        self._parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self._parts.append(data)
        return len(data)

    def value(self) -> bytes:
        return b"".join(self._parts)


def extract(
    ctx: Context, ident: str, out: Path, *, overwrite: bool = False,
    progress: Progress = no_progress, cancel: CancelToken | None = None,
) -> v.EvidenceView:
    """Writes the decrypted file to ``out`` — an unencrypted copy, which the
    caller must have warned about. The file appears only once its hash checks."""
    cancel = cancel or CancelToken()
    out = Path(out)
    if out.is_dir():
        raise InvalidValue(f"{out} is a folder; give the file name to write.")
    if out.exists() and not overwrite:
        raise InvalidValue(f"{out} already exists; choose another name.")
    temp = out.with_name(f".{out.name}.casekeeper-partial")
    with ctx.store.reading() as session:
        row = _row(session, ident)
        evidence_id = row.id
        try:
            with open(temp, "wb") as handle:
                seen = _copy_checked(ctx.store, session, row, handle, progress, cancel)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, out)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
    return _record_custody(ctx, evidence_id, "extracted", seen, f"unencrypted copy written to {out}")


@dataclass(frozen=True)
class RemoveOutcome:
    evidence: v.EvidenceView
    file_erased: bool
    still_used_by: list[str]

    def summary(self) -> str:
        kept = "Its description, hashes and custody record are kept."
        if self.file_erased:
            return f"Removed {self.evidence.original_name}: the encrypted file is erased. {kept}"
        return (f"Removed {self.evidence.original_name} from this case. The same file is still "
                f"linked by {', '.join(i[:8] for i in self.still_used_by)}, so it stays in the "
                f"vault. {kept}")


def remove(ctx: Context, ident: str, reason: str = "") -> RemoveOutcome:
    with ctx.store.writing(ctx.author) as session:
        row = _row(session, ident)
        if row.removed_at is not None:
            raise EvidenceRemoved(row.id, row.original_name)
        row.removed_at = ctx.store.clock.now()
        row.removed_by = ctx.author
        _custody(session, ctx, row, "removed", row.sha256, reason.strip())
        others = session.scalars(
            select(m.Evidence.id).where(
                m.Evidence.blob_id == row.blob_id, m.Evidence.id != row.id,
                m.Evidence.removed_at.is_(None),
            )
        ).all()
        session.flush()
        view = present.evidence(row, with_custody=True)
    erased = not others
    if erased:
        vault_of(ctx.store).delete(row.blob_id)
    return RemoveOutcome(view, erased, list(others))


@dataclass
class VerifyReport:
    checked: int = 0
    bytes_checked: int = 0
    problems: list[tuple[str, str, str]] = field(default_factory=list)  # (id, name, why)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_vault(
    ctx: Context, *, case: str | None = None, progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> VerifyReport:
    """Decrypts and re-hashes every blob; each item gets a 'verified' custody
    event with the hash seen, or a problem in the report."""
    cancel = cancel or CancelToken()
    report = VerifyReport()
    with ctx.store.reading() as session:
        query = select(m.Evidence).where(m.Evidence.removed_at.is_(None), m.Evidence.blob_id != "")
        if case:
            query = query.where(m.Evidence.case_id == lookup.case(session, case).id)
        rows = session.scalars(query.order_by(m.Evidence.created_at)).all()
        outcomes: list[tuple[str, str, str]] = []  # (id, hash seen, failure)
        for row in rows:
            try:
                seen = _copy_checked(ctx.store, session, row, None, progress, cancel)
            except EvidenceDamaged as exc:
                report.problems.append((row.id, row.original_name, exc.message))
                outcomes.append((row.id, "", f"FAILED: {exc.message}"))
                continue
            report.checked += 1
            report.bytes_checked += row.size
            outcomes.append((row.id, seen, ""))
    with ctx.store.writing(ctx.author) as session:
        for evidence_id, seen, failure in outcomes:
            session.add(m.CustodyEvent(evidence_id=evidence_id, action="verified",
                                       actor=ctx.author, at=ctx.store.clock.now(),
                                       sha256=seen, detail=failure))
    return report
