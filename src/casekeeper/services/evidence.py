"""Evidence files: import into the vault, look, extract, remove, verify.

Every step that touches a file's bytes adds a custody event with the
SHA-256 it saw, in the same transaction as the change it describes, so the
chain of custody is part of the hash-chained change log.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import hashlib
import hmac
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from casekeeper.crypto.age import AgeIdentity, AgeReader
from casekeeper.errors import (
    AgeError,
    AgeHeaderInvalid,
    AgeHeaderMacInvalid,
    AgeNoMatchingKey,
    AgePayloadCorrupt,
    EvidenceDamaged,
    EvidenceRemoved,
    ExtractFailed,
    InvalidValue,
)
from casekeeper.progress import CancelToken, Progress, no_progress
from casekeeper.store import models as m
from casekeeper.store.store import VAULT_DIR, Store
from casekeeper.store.vocab import Audience
from casekeeper.vault.blobs import Vault, WorkMarker, interrupted, work_markers
from casekeeper.vault.identity import vault_identity
from casekeeper.vault.metadata import FileFacts, facts
from casekeeper.vault.sealing import seal
from casekeeper.vault.unsealing import read_blob

from . import lookup, present
from . import validate as check
from . import views as v
from .context import Context

PREVIEW_LIMIT = 256 << 20  # a preview decrypts into memory; larger files are extracted


def vault_of(store: Store) -> Vault:
    return Vault(store.path / VAULT_DIR)


def tidy_vault(store: Store, *, always: bool = False) -> tuple[int, int]:
    """On open: drop temp files of interrupted imports, finish erasing blobs
    that only removed items name, and set aside (never delete) blobs no
    record names: see ``vault.blobs``.

    Only after an interrupted import or removal (a work marker in the store
    folder, or a temp file in the vault), unless ``always``: the sweep reads
    every evidence row, which an ordinary open should not pay for."""
    vault = vault_of(store)
    markers = work_markers(store.path)
    if not always and not interrupted(store.path, vault):
        return 0, 0
    with store.reading() as session:
        rows = session.execute(
            select(m.Evidence.blob_id, m.Evidence.removed_at).where(m.Evidence.blob_id != "")
        ).all()
    in_use = {blob for blob, removed in rows if removed is None}
    erased = {blob for blob, removed in rows if removed is not None} - in_use
    tidied = vault.clean_up(in_use, erased)
    for marker in markers:  # only the ones seen before the sweep
        marker.unlink(missing_ok=True)
    return tidied


# Custody events recorded in one transaction share a timestamp (``acquired``
# is often ``imported``'s own moment): they are shown in the order they happen.
_ACTION_ORDER = {"acquired": 0, "imported": 1}


def _present(row: m.Evidence, *, with_custody: bool = False) -> v.EvidenceView:
    view = present.evidence(row, with_custody=with_custody)
    if not with_custody:
        return view
    ordered = sorted(view.custody, key=lambda c: (c.at, _ACTION_ORDER.get(c.action, 2)))
    return dataclasses.replace(view, custody=ordered)


def _display(text: str) -> str:
    """A name as the database can keep it: file names that are not UTF-8
    (a stick written on another system) keep their odd bytes as \\xNN."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "backslashreplace")
    return text


@dataclass
class _Pending:
    """A file read and encrypted into a temp file, waiting to be recorded.
    The first MiB of plaintext the metadata came from is not kept."""

    path: Path
    temp: Path
    sha256: str
    size: int
    modified: datetime
    name: str = ""
    tag: str = ""
    info: FileFacts = field(default_factory=FileFacts)
    blob_id: str = ""
    new_blob: bool = False
    same_as: _Pending | None = None  # an identical file earlier in this import


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
    the blobs written so far are deleted and no row is recorded.

    Every file is read once into a temp file in the vault; then all of them
    are fsynced and named together (``Vault.commit_all``) and recorded in one
    transaction. A work marker in the store folder says, until the end,
    that a crash may leave temp files or unrecorded blobs to tidy."""
    cancel = cancel or CancelToken()
    files = _files_under([Path(p) for p in paths])
    when = _moment(acquired_at)
    sensitivity = check.choice(sensitivity, Audience, "sensitivity")
    vault = vault_of(ctx.store)
    with ctx.store.writing(ctx.author) as session:
        case_id = lookup.case(session, case).id
        source_id = lookup.by_id(session, m.Source, source, "source").id if source else None
        identity = vault_identity(session)
    recipient = identity.recipient()
    pending: list[_Pending] = []
    marker = WorkMarker(ctx.store.path)
    try:
        first_of: dict[str, _Pending] = {}  # dedup tag -> first such file in this import
        for index, path in enumerate(files):
            label = f"{_display(path.name)} ({index + 1} of {len(files)})"
            sealed = seal(vault, path, recipient, progress=progress, cancel=cancel, label=label)
            item = _Pending(path, sealed.temp, sealed.sha256, sealed.size, sealed.modified)
            pending.append(item)  # from here on, a failure removes its temp file
            item.name = _display(path.name)
            item.tag = _tag(ctx.store, sealed.sha256)
            # Metadata now, outside the write lock: audio and video durations
            # re-read a few headers of the (just checked, unchanged) file.
            item.info = facts(path, item.name, sealed.head)
            del sealed  # its head (plaintext) goes now, not at the end of the import
            earlier = first_of.setdefault(item.tag, item)
            if earlier is not item:
                item.same_as = earlier
                item.temp.unlink(missing_ok=True)
        cancel.check()
        _place(ctx.store, vault, identity, pending, cancel)
        with ctx.store.writing(ctx.author) as session:
            rows = [
                _record(session, ctx, p, case_id, source_id, when, acquired_from,
                        acquired_where, description, sensitivity)
                for p in pending
            ]
            session.flush()
            views = [_present(r, with_custody=True) for r in rows]
    except BaseException:
        if _forget(vault, pending):
            marker.done()
        raise
    marker.done()
    return views


def _forget(vault: Vault, pending: list[_Pending]) -> bool:
    """After a failed import: removes its temp files and the blobs it made.
    False if something could not be removed (the next open tidies it)."""
    clean = True
    for p in pending:
        try:
            p.temp.unlink(missing_ok=True)
            if p.new_blob:
                vault.delete(p.blob_id)
        except OSError:
            clean = False
    return clean


def _tag(store: Store, sha256: str) -> str:
    return hmac.new(store.evidence_dedup_key, bytes.fromhex(sha256), hashlib.sha256).hexdigest()


_TAGS_PER_QUERY = 500


def _place(store: Store, vault: Vault, identity: AgeIdentity, pending: list[_Pending],
           cancel: CancelToken) -> None:
    """Names every sealed file: the blob of an identical file already in the
    store, or of an identical file earlier in this import, else its own new
    blob (all new blobs made durable and named together).

    A stored blob is reused only once it is seen to decrypt to the very
    same bytes: linking a freshly read, intact file to a copy that was
    damaged since would lose the intact one."""
    firsts = [p for p in pending if p.same_as is None]
    stored: dict[str, list[str]] = {}  # dedup tag -> blobs of live items with it
    with store.reading() as session:
        for start in range(0, len(firsts), _TAGS_PER_QUERY):
            tags = [p.tag for p in firsts[start : start + _TAGS_PER_QUERY]]
            for tag, blob in session.execute(
                select(m.Evidence.dedup_tag, m.Evidence.blob_id).where(
                    m.Evidence.dedup_tag.in_(tags), m.Evidence.removed_at.is_(None),
                    m.Evidence.blob_id != "",
                ).distinct()
            ):
                stored.setdefault(tag, []).append(blob)
    fresh: list[_Pending] = []
    for item in firsts:
        same = next(
            (blob for blob in stored.get(item.tag, ())
             if _blob_holds(vault, blob, identity, item.sha256, cancel)),
            None,
        )
        if same:
            item.temp.unlink(missing_ok=True)
            item.blob_id = same
        else:
            fresh.append(item)
    cancel.check()
    for item, blob_id in zip(fresh, vault.commit_all(p.temp for p in fresh), strict=True):
        item.blob_id = blob_id
        item.new_blob = True
    for item in pending:
        if item.same_as is not None:
            item.blob_id = item.same_as.blob_id


def _blob_holds(vault: Vault, blob_id: str, identity: AgeIdentity, sha256: str,
                cancel: CancelToken) -> bool:
    """Whether the blob decrypts, intact, to plaintext with this SHA-256."""
    sha = hashlib.sha256()
    try:
        with open(vault.path_of(blob_id), "rb") as handle, AgeReader(handle, [identity]) as reader:
            while block := reader.read(1 << 20):
                cancel.check()
                sha.update(block)
    except (AgeError, OSError):
        return False
    return hmac.compare_digest(sha.hexdigest(), sha256)


def _record(
    session: Session, ctx: Context, p: _Pending, case_id: str, source_id: str | None,
    when: datetime | None, acquired_from: str, acquired_where: str, description: str,
    sensitivity: str,
) -> m.Evidence:
    info = p.info
    now = ctx.store.clock.now()
    row = m.Evidence(
        case_id=case_id, blob_id=p.blob_id, original_name=p.name,
        media_type=info.media_type, size=p.size, sha256=p.sha256,
        dedup_tag=p.tag, acquired_by=ctx.author, acquired_from=acquired_from.strip(),
        acquired_at=when or now, acquired_where=acquired_where.strip(),
        description=description.strip(), source_id=source_id, sensitivity=sensitivity,
        file_modified=p.modified, captured_at=info.captured_at, camera=info.camera,
        gps_latitude=info.gps_latitude, gps_longitude=info.gps_longitude,
        duration_seconds=info.duration_seconds,
    )
    row.custody = [
        m.CustodyEvent(action="acquired", actor=ctx.author, at=when or now,
                       place=acquired_where.strip(), sha256=p.sha256,
                       detail=f"from {acquired_from.strip()}" if acquired_from.strip() else ""),
        m.CustodyEvent(action="imported", actor=ctx.author, at=now, sha256=p.sha256,
                       detail=f"imported from {_display(str(p.path))}"),
    ]
    session.add(row)
    return row


# --- reading ---------------------------------------------------------------------------


def list_evidence(
    store: Store, case: str, *, include_removed: bool = False
) -> list[v.EvidenceView]:
    with store.reading() as session:
        query = select(m.Evidence).where(m.Evidence.case_id == lookup.case(session, case).id)
        if not include_removed:
            query = query.where(m.Evidence.removed_at.is_(None))
        rows = session.scalars(query.order_by(m.Evidence.created_at, m.Evidence.id)).all()
        return [_present(r) for r in rows]


def show_evidence(store: Store, ident: str) -> v.EvidenceView:
    with store.reading() as session:
        row = _row(session, ident)
        return _present(row, with_custody=True)


def _row(session: Session, ident: str) -> m.Evidence:
    row = lookup.by_id(session, m.Evidence, ident, "evidence item")
    return session.scalars(
        select(m.Evidence).where(m.Evidence.id == row.id).options(selectinload(m.Evidence.custody))
    ).one()


def _damaged(row: m.Evidence, why: str) -> EvidenceDamaged:
    error = EvidenceDamaged(row.id, row.original_name, why)
    error.why = why  # type: ignore[attr-defined]  # the reason alone, for reports
    return error


def _unreadable(row: m.Evidence, exc: OSError) -> EvidenceDamaged:
    return _damaged(row, f"its encrypted file cannot be read ({exc.strerror or exc})")


def _age_why(exc: AgeError) -> str:
    """What an age failure means for a vault blob, in a person's words."""
    if isinstance(exc, AgePayloadCorrupt):
        return f"its encrypted file was changed or cut short ({exc.detail})"
    if isinstance(exc, AgeNoMatchingKey):
        return ("its encrypted file was not made with this store's key "
                "(was it replaced by another file?)")
    if isinstance(exc, (AgeHeaderInvalid, AgeHeaderMacInvalid)):
        detail = f" ({exc.detail})" if exc.detail else ""
        return f"the beginning (header) of its encrypted file was changed or is unreadable{detail}"
    return exc.message.rstrip(".")


@contextlib.contextmanager
def open_plaintext(
    store: Store, row: m.Evidence, session: Session, identity: AgeIdentity | None = None
) -> Iterator[AgeReader]:
    """A stream of the decrypted file; each 64 KiB chunk is authenticated
    before it is read. The caller must check the hash at the end."""
    if row.removed_at is not None or not row.blob_id:
        raise EvidenceRemoved(row.id, row.original_name)
    identity = identity or vault_identity(session)
    path = vault_of(store).path_of(row.blob_id)
    try:
        handle = open(path, "rb")
    except FileNotFoundError:
        raise _damaged(row, "its encrypted file is missing from the vault") from None
    except OSError as exc:
        raise _unreadable(row, exc) from None
    with handle:
        try:
            reader = AgeReader(handle, [identity])
        except AgeError as exc:
            raise _damaged(row, _age_why(exc)) from None
        except OSError as exc:
            raise _unreadable(row, exc) from None
        try:
            yield reader
        finally:
            reader.close()  # forgets the buffered plaintext


class _Sink(Protocol):
    def write(self, data: memoryview, /) -> int | None: ...


def _copy_checked(store: Store, session: Session, row: m.Evidence, out: _Sink | None,
                  progress: Progress, cancel: CancelToken,
                  identity: AgeIdentity | None = None) -> str:
    """Decrypts to ``out`` (or nowhere), returns the SHA-256 seen; raises
    EvidenceDamaged on any authentication failure or hash mismatch. A large
    file is decrypted on a second thread while this one hashes and writes."""
    sha = hashlib.sha256()
    done = 0
    failed_write: list[OSError] = []

    def on_block(block: memoryview) -> None:
        nonlocal done
        cancel.check()
        sha.update(block)
        if out is not None:
            try:
                out.write(block)
            except OSError as exc:  # the copy's fault (disk full), not the blob's
                failed_write.append(exc)
                raise
        done += len(block)
        progress(row.original_name, done, row.size)

    with open_plaintext(store, row, session, identity) as reader:
        try:
            read_blob(reader, row.size, on_block)
        except AgeError as exc:
            raise _damaged(row, _age_why(exc)) from None
        except OSError as exc:
            if failed_write and exc is failed_write[0]:
                raise
            raise _unreadable(row, exc) from None
    seen = sha.hexdigest()
    if not hmac.compare_digest(seen, row.sha256):
        raise _damaged(row, "its content no longer matches the hash taken at import")
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
        return _present(_row(session, evidence_id), with_custody=True)


def preview_bytes(
    ctx: Context, ident: str, *, limit: int = PREVIEW_LIMIT
) -> tuple[v.EvidenceView, bytes]:
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

    def write(self, data: memoryview) -> int:
        self._parts.append(bytes(data))  # the block's buffer is reused
        return len(data)

    def value(self) -> bytes:
        return b"".join(self._parts)


def extract(
    ctx: Context, ident: str, out: Path, *, overwrite: bool = False,
    progress: Progress = no_progress, cancel: CancelToken | None = None,
) -> v.EvidenceView:
    """Writes the decrypted file to ``out`` — an unencrypted copy, which the
    caller must have warned about. The file appears only once its hash
    checks; until then it is a hidden partial file (owner-only) that any
    failure removes."""
    cancel = cancel or CancelToken()
    out = Path(out)
    if out.is_dir():
        raise InvalidValue(f"{out} is a folder; give the file name to write.")
    if out.exists() and not overwrite:
        raise InvalidValue(f"{out} already exists; choose another name.")
    if not out.parent.is_dir():
        raise ExtractFailed(out, f"the folder {out.parent} does not exist")
    temp = out.with_name(f".{out.name}.casekeeper-partial")
    with ctx.store.reading() as session:
        row = _row(session, ident)
        evidence_id = row.id
        if row.removed_at is not None or not row.blob_id:
            raise EvidenceRemoved(row.id, row.original_name)
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0),
                         0o600)
        except OSError as exc:
            raise ExtractFailed(out, _write_why(exc)) from None
        try:
            with os.fdopen(fd, "wb") as handle:
                seen = _copy_checked(ctx.store, session, row, handle, progress, cancel)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, out)
        except OSError as exc:  # writing the copy: disk full, stick pulled out…
            temp.unlink(missing_ok=True)
            raise ExtractFailed(out, _write_why(exc)) from None
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
    return _record_custody(ctx, evidence_id, "extracted", seen,
                           f"unencrypted copy written to {out}")


def _write_why(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied"
    return exc.strerror or str(exc)


@dataclass(frozen=True)
class RemoveOutcome:
    evidence: v.EvidenceView
    file_erased: bool
    still_used_by: list[str]

    def summary(self) -> str:
        kept = "Its description, hashes and custody record are kept."
        if self.file_erased:
            return f"Removed {self.evidence.original_name}: the encrypted file is erased. {kept}"
        if not self.still_used_by:
            return (f"Removed {self.evidence.original_name}. Its encrypted file could not be "
                    f"erased just now; it will be the next time the store is opened. {kept}")
        return (f"Removed {self.evidence.original_name} from this case. The same file is still "
                f"linked by {', '.join(i[:8] for i in self.still_used_by)}, so it stays in the "
                f"vault. {kept}")


def remove(ctx: Context, ident: str, reason: str = "") -> RemoveOutcome:
    # Marked until the file is erased: a crash between the record and the
    # erasure leaves the marker, and the next open finishes the erasure.
    marker = WorkMarker(ctx.store.path)
    try:
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
            view = _present(row, with_custody=True)
    except BaseException:  # nothing was recorded, so nothing is to be erased
        marker.done()
        raise
    erased = False
    if not others:
        try:
            vault_of(ctx.store).delete(row.blob_id)
            erased = True
        except OSError:  # erased by tidy_vault on the next open (the marker stays)
            return RemoveOutcome(view, erased, list(others))
    marker.done()
    return RemoveOutcome(view, erased, list(others))


@dataclass
class VerifyReport:
    checked: int = 0  # files that decrypted to their import hash
    bytes_checked: int = 0
    problems: list[tuple[str, str, str]] = field(default_factory=list)  # (id, name, why)
    unclaimed: int = 0  # encrypted files in vault/unclaimed that no record names

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
        identity = vault_identity(session) if rows else None
        outcomes: list[tuple[str, str, str]] = []  # (id, hash seen, failure)
        for row in rows:
            try:
                seen = _copy_checked(ctx.store, session, row, None, progress, cancel, identity)
            except EvidenceDamaged as exc:
                why = getattr(exc, "why", exc.message)
                report.problems.append((row.id, row.original_name, why))
                outcomes.append((row.id, "", f"FAILED: {why}"))
                continue
            report.checked += 1
            report.bytes_checked += row.size
            outcomes.append((row.id, seen, ""))
    with ctx.store.writing(ctx.author) as session:
        for evidence_id, seen, failure in outcomes:
            session.add(m.CustodyEvent(evidence_id=evidence_id, action="verified",
                                       actor=ctx.author, at=ctx.store.clock.now(),
                                       sha256=seen, detail=failure))
    report.unclaimed = len(vault_of(ctx.store).unclaimed())
    return report
