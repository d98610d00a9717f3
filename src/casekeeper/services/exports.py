"""Exports for an audience: preview what it will receive, write an evidence
bundle or a PDF report.

Every export reads the case document (``interchange.export_case``) and
passes it through the one redaction function (``export.redaction.redact``)
before anything is laid out. The bundle streams each evidence file from the
vault into the zip (decrypt, hash, write, one chunk at a time): no
plaintext copy touches the disk but the zip itself, which is written to a
temp name beside the target and renamed when complete. With an age
recipient the zip goes through the age encryptor on its way to disk, so no
plaintext zip exists at all. Cancel or failure leaves no file.

The PDF report is laid out from the redacted document too. Its photos are
decrypted into memory (never to disk), checked against their hash, and for
any audience but partners and internal scaled down and stripped of EXIF
and GPS before layout; the PDF is built in memory, optionally signed
(PAdES), written to a temp name beside the target and renamed.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from casekeeper.crypto.age import AgeRecipient, AgeWriter, parse_recipient
from casekeeper.crypto.signing import fingerprint
from casekeeper.errors import (
    AgeError,
    BundleWriteFailed,
    EvidenceDamaged,
    EvidenceRemoved,
    InvalidValue,
    NotFound,
    ReportWriteFailed,
)
from casekeeper.export import redaction as rd
from casekeeper.export.bundle import BundleFile, BundleOutcome, CarriedItem, write_bundle
from casekeeper.export.report import Extras, bundle_report, render_report
from casekeeper.export.report import images as report_images
from casekeeper.export.report import signature as report_signature
from casekeeper.progress import CancelToken, Progress, no_progress
from casekeeper.store import models as m
from casekeeper.store.store import Store
from casekeeper.store.vocab import Audience

from . import evidence as ev
from . import interchange
from . import validate as check
from .context import Context


def preview(store: Store, case: str, audience: str) -> rd.Redaction:
    """Exactly what ``audience`` would receive of ``case`` (for the GUI's
    preview): the redacted document and what was withheld. Writes nothing."""
    audience = check.choice(audience, Audience, "audience")
    return rd.redact(interchange.export_case(store, case), audience)


@dataclass(frozen=True)
class BundleResult:
    path: Path
    bag: str
    audience: str
    items: tuple[CarriedItem, ...]
    signer_fingerprint: str
    encrypted_for: str = ""
    withheld_values: int = 0
    evidence_left_out: int = 0
    files_not_carried: dict[str, str] = field(default_factory=dict)
    size: int = 0

    def summary(self) -> str:
        lines = [
            f"Wrote {self.path} ({self.size:,} bytes): bag {self.bag}, for {self.audience}, "
            f"{len(self.items)} evidence file(s).",
            f"Signed by key {self.signer_fingerprint} (give this fingerprint to the recipient "
            "by another channel).",
        ]
        if self.withheld_values or self.evidence_left_out or self.files_not_carried:
            lines.append(
                f"Redacted for {self.audience}: {self.withheld_values} value(s) withheld, "
                f"{self.evidence_left_out + len(self.files_not_carried)} evidence item(s) "
                "not carried."
            )
        if self.encrypted_for:
            lines.append(f"Encrypted with age for {self.encrypted_for}.")
        else:
            lines.append("The bundle is NOT encrypted: send it only over a safe channel.")
        return "\n".join(lines)


class _Counting:
    """A write-only stream for zipfile: counts bytes and gives ``tell()``
    (zipfile writes data descriptors when it cannot seek, as here)."""

    def __init__(self, out: BinaryIO | AgeWriter) -> None:
        self._out = out
        self.offset = 0

    def write(self, data: bytes) -> int:
        self._out.write(data)
        n = memoryview(data).nbytes
        self.offset += n
        return n

    def tell(self) -> int:
        return self.offset

    def flush(self) -> None:
        flush = getattr(self._out, "flush", None)
        if flush is not None:
            flush()


def _choose(red: rd.Redaction, doc_ids: list[str], wanted: list[str] | None) -> list[str]:
    """The evidence ids to carry: all the audience may have, or those asked for
    (``doc_ids``: every item of the case, so a hidden one is named as such)."""
    if not wanted:
        return list(red.evidence_files)
    chosen: list[str] = []
    for ident in wanted:
        typed = ident.strip().lower()
        matches = [i for i in doc_ids if i == typed] or [i for i in doc_ids if i.startswith(typed)]
        if not matches or len(typed) < 4:
            raise NotFound("evidence item of this case", ident)
        if len(matches) > 1:
            raise InvalidValue(
                f"'{ident}' matches {len(matches)} evidence items; give more of the id."
            )
        found = matches[0]
        if found in red.files_withheld:
            raise InvalidValue(
                f"Evidence {found[:8]} cannot go into a bundle for {red.audience}: "
                f"{red.files_withheld[found]}. Nothing was written."
            )
        if found not in red.evidence_files:
            raise InvalidValue(
                f"Evidence {found[:8]} may not be shown to {red.audience} (its sensitivity); "
                "nothing was written."
            )
        if found not in chosen:
            chosen.append(found)
    return chosen


def export_bundle(
    ctx: Context,
    case: str,
    out: Path,
    *,
    audience: str = "partners",
    evidence_ids: list[str] | None = None,
    encrypt_to: str | AgeRecipient | None = None,
    overwrite: bool = False,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> BundleResult:
    """Write the signed evidence bundle of ``case`` for ``audience`` to ``out``.

    Each carried item gets an 'exported' custody event (the same event the
    bundle's custody.jsonl ends with), recorded only once the bundle is
    complete. Raises EvidenceDamaged if a file fails to decrypt or no longer
    matches its hash, Cancelled on cancel; either way no file is left.
    """
    cancel = cancel or CancelToken()
    audience = check.choice(audience, Audience, "audience")
    recipient = (
        parse_recipient(encrypt_to) if isinstance(encrypt_to, str) and encrypt_to else encrypt_to
    ) or None
    out = Path(out)
    if out.is_dir():
        raise InvalidValue(f"{out} is a folder; give the file name to write (bundle.zip).")
    if out.exists() and not overwrite:
        raise InvalidValue(f"{out} already exists; choose another name.")
    if not out.resolve().parent.is_dir():
        raise InvalidValue(f"The folder {out.resolve().parent} does not exist.")

    store = ctx.store
    doc = interchange.export_case(store, case)
    red = rd.redact(doc, audience)
    chosen = _choose(red, [e["id"] for e in doc.get("evidence", [])], evidence_ids)
    meta = {e["id"]: e for e in red.document["evidence"]}
    created = store.clock.now()
    temp = out.resolve().parent / f".{out.name}.{secrets.token_hex(4)}.partial"

    with store.reading() as session:
        rows = {}
        for ident in chosen:
            row = ev._row(session, ident)
            if row.removed_at is not None or not row.blob_id:
                raise EvidenceRemoved(row.id, row.original_name)
            rows[ident] = row

        def opener(row: m.Evidence):  # type: ignore[no-untyped-def]
            @contextlib.contextmanager
            def _open() -> Iterator[BinaryIO]:
                with ev.open_plaintext(store, row, session) as reader:
                    yield reader  # type: ignore[misc]

            return _open

        files = [
            BundleFile(
                evidence_id=ident,
                original_name=str(meta[ident].get("original_name") or ""),
                media_type=str(meta[ident].get("media_type") or ""),
                size=rows[ident].size,
                sha256=rows[ident].sha256,
                open=opener(rows[ident]),
            )
            for ident in chosen
        ]
        try:
            with open(temp, "xb") as handle:
                outcome = _write(handle, red, files, recipient, ctx, created, out, progress,
                                 cancel)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise BundleWriteFailed(out, exc.strerror or str(exc)) from None
        except BaseException:
            temp.unlink(missing_ok=True)
            raise

    try:
        cancel.check()
        with store.writing(ctx.author) as session:
            for item in outcome.items:
                session.add(
                    m.CustodyEvent(
                        id=item.custody_id, evidence_id=item.evidence_id, action="exported",
                        actor=ctx.author, at=created, sha256=item.sha256,
                        detail=f"exported for {audience} in bundle {outcome.bag} ({out.name})"
                        + (f", encrypted for {recipient}" if recipient else ""),
                    )
                )
        try:
            os.replace(temp, out)
        except OSError as exc:
            raise BundleWriteFailed(out, exc.strerror or str(exc)) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_dir(out.resolve().parent)
    return BundleResult(
        path=out,
        bag=outcome.bag,
        audience=audience,
        items=tuple(outcome.items),
        signer_fingerprint=outcome.signer_fingerprint,
        encrypted_for=str(recipient) if recipient else "",
        withheld_values=len(red.withheld),
        evidence_left_out=red.evidence_left_out,
        files_not_carried=dict(red.files_withheld),
        size=out.stat().st_size,
    )


def _write(
    handle: BinaryIO, red: rd.Redaction, files: list[BundleFile], recipient: AgeRecipient | None,
    ctx: Context, created: datetime, out: Path, progress: Progress, cancel: CancelToken,
) -> BundleOutcome:
    zip_name = out.name.removesuffix(".age") if recipient else out.name
    if red.scrub(zip_name) != zip_name or not zip_name.isprintable():
        zip_name = "BUNDLE.zip"  # the name typed holds something withheld: not in the README
    kwargs = dict(
        signer=ctx.store.signing_identity(), created=created, author=ctx.author,
        report=bundle_report(dict(red.files_withheld)), zip_name=zip_name, progress=progress,
        cancel=cancel,
    )
    if recipient is None:
        return write_bundle(handle, red, files, **kwargs)  # type: ignore[arg-type]
    writer = AgeWriter(handle, [recipient])
    try:
        outcome = write_bundle(_Counting(writer), red, files, **kwargs)  # type: ignore[arg-type]
    except BaseException:
        writer.abort()
        raise
    writer.close()
    return outcome


# --- the PDF report ---------------------------------------------------------------------


@dataclass(frozen=True)
class ReportResult:
    path: Path
    audience: str
    signer_fingerprint: str
    certificate_fingerprint: str = ""  # set when the PDF is signed (PAdES)
    photos: int = 0
    withheld_values: int = 0
    records_left_out: int = 0
    size: int = 0

    def summary(self) -> str:
        lines = [f"Wrote {self.path} ({self.size:,} bytes): the case report for {self.audience}"
                 f", {self.photos} photo(s)."]
        if self.withheld_values or self.records_left_out:
            lines.append(f"Redacted for {self.audience}: {self.withheld_values} value(s) "
                         f"withheld, {self.records_left_out} record(s) left out.")
        if self.certificate_fingerprint:
            lines.append("Signed (PAdES) with certificate SHA-256 "
                         f"{self.certificate_fingerprint}; give this fingerprint to the "
                         "recipient by another channel.")
        return "\n".join(lines)


def _check_target(out: Path, overwrite: bool, example: str) -> Path:
    out = Path(out)
    if out.is_dir():
        raise InvalidValue(f"{out} is a folder; give the file name to write ({example}).")
    if out.exists() and not overwrite:
        raise InvalidValue(f"{out} already exists; choose another name.")
    if not out.resolve().parent.is_dir():
        raise InvalidValue(f"The folder {out.resolve().parent} does not exist.")
    return out


def _photo_bytes(store: Store, session: object, row: m.Evidence, cancel: CancelToken) -> bytes:
    """The decrypted file in memory, checked against its hash (never on disk)."""
    import hashlib
    import hmac

    parts: list[bytes] = []
    sha = hashlib.sha256()
    with ev.open_plaintext(store, row, session) as reader:  # type: ignore[arg-type]
        while True:
            cancel.check()
            try:
                block = reader.read(1 << 20)
            except (AgeError, OSError):
                raise EvidenceDamaged(row.id, row.original_name,
                                      "its encrypted file cannot be decrypted") from None
            if not block:
                break
            sha.update(block)
            parts.append(block)
    if not hmac.compare_digest(sha.hexdigest(), row.sha256):
        raise EvidenceDamaged(row.id, row.original_name,
                              "its content no longer matches the hash taken at import")
    return b"".join(parts)


def _photos(store: Store, red: rd.Redaction, progress: Progress,
            cancel: CancelToken) -> dict[str, report_images.Photo]:
    """The photos the audience may see, as the report shows them. Decrypted
    one by one (the session is not shared); scaled down on a few threads
    (Pillow decodes without the GIL), at most a few decrypted files in
    memory at once."""
    from concurrent.futures import Future, ThreadPoolExecutor

    wanted = [
        e for e in red.document.get("evidence", [])
        if e["id"] in red.evidence_files and str(e.get("media_type", "")).startswith("image/")
        and int(e.get("size") or 0) <= ev.PREVIEW_LIMIT
    ]
    workers = max(1, min(4, os.cpu_count() or 1))
    photos: dict[str, report_images.Photo] = {}
    pending: list[tuple[str, Future[report_images.Photo | None]]] = []

    def collect(keep: int) -> None:
        while len(pending) > keep:
            ident, future = pending.pop(0)
            photo = future.result()
            if photo is not None:
                photos[ident] = photo
            progress("Preparing photos", len(photos), len(wanted))

    with ThreadPoolExecutor(workers) as pool, store.reading() as session:
        try:
            for item in wanted:
                row = session.get(m.Evidence, item["id"])
                if row is None or row.removed_at is not None or not row.blob_id:
                    continue
                data = _photo_bytes(store, session, row, cancel)
                pending.append((item["id"], pool.submit(report_images.prepare, data,
                                                        red.audience)))
                del data
                collect(keep=workers)
            collect(keep=0)
        finally:
            for _, future in pending:
                future.cancel()
    progress("Preparing photos", len(wanted), len(wanted))
    # in the document's order, so the report does not depend on thread timing
    return {e["id"]: photos[e["id"]] for e in wanted if e["id"] in photos}


def export_report(
    ctx: Context,
    case: str,
    out: Path,
    *,
    audience: str = "public",
    sign: bool = False,
    overwrite: bool = False,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> ReportResult:
    """Write the PDF report of ``case`` for ``audience`` to ``out``.

    Laid out from the redacted document only; with ``sign`` it carries a
    PAdES signature by a certificate for the store's signing identity
    (needs pyHanko). Each photo shown gets an 'exported' custody event,
    recorded once the file is complete. Cancel or failure leaves no file.
    """
    cancel = cancel or CancelToken()
    audience = check.choice(audience, Audience, "audience")
    out = _check_target(out, overwrite, "report.pdf")
    if sign:
        report_signature.require()  # before any work: pyHanko must be installed
    store = ctx.store
    red = rd.redact(interchange.export_case(store, case), audience)
    ref = str(red.document["case"].get("ref", ""))
    created = store.clock.now()
    identity = store.signing_identity()
    cert = report_signature.certificate_for(identity, created) if sign else None
    photos = _photos(store, red, progress, cancel)
    extras = Extras(
        created=created,
        signer_fingerprint=fingerprint(identity),
        certificate_fingerprint=cert.fingerprint if cert else "",
        photos=photos,
        files_withheld=dict(red.files_withheld),
    )
    pdf = render_report(red.document, extras, progress=progress, cancel=cancel)
    if cert is not None:
        progress("Signing the report", 0, None)
        pdf = report_signature.sign_pdf(pdf, cert, ref)
    cancel.check()

    temp = out.resolve().parent / f".{out.name}.{secrets.token_hex(4)}.partial"
    try:
        try:
            with open(temp, "xb") as handle:
                handle.write(pdf)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:
            raise ReportWriteFailed(out, exc.strerror or str(exc)) from None
        cancel.check()
        if photos:
            with store.writing(ctx.author) as session:
                for ident in photos:
                    row = session.get(m.Evidence, ident)
                    if row is None:
                        continue
                    session.add(m.CustodyEvent(
                        evidence_id=ident, action="exported", actor=ctx.author, at=created,
                        sha256=row.sha256,
                        detail=f"shown in the PDF report of {ref} for {audience} ({out.name})"
                        + ("" if photos[ident].original
                           else ", scaled down without camera data"),
                    ))
        try:
            os.replace(temp, out)
        except OSError as exc:
            raise ReportWriteFailed(out, exc.strerror or str(exc)) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_dir(out.resolve().parent)
    return ReportResult(
        path=out,
        audience=audience,
        signer_fingerprint=extras.signer_fingerprint,
        certificate_fingerprint=extras.certificate_fingerprint,
        photos=len(photos),
        withheld_values=len(red.withheld),
        records_left_out=sum(red.left_out.values()),
        size=out.stat().st_size,
    )


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
