"""Exports for an audience: preview what it will receive, write an evidence bundle.

Every export reads the case document (``interchange.export_case``) and
passes it through the one redaction function (``export.redaction.redact``)
before anything is laid out. The bundle streams each evidence file from the
vault into the zip (decrypt, hash, write, one chunk at a time): no
plaintext copy touches the disk but the zip itself, which is written to a
temp name beside the target and renamed when complete. With an age
recipient the zip goes through the age encryptor on its way to disk, so no
plaintext zip exists at all. Cancel or failure leaves no file.
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
from casekeeper.errors import BundleWriteFailed, EvidenceRemoved, InvalidValue, NotFound
from casekeeper.export import redaction as rd
from casekeeper.export.bundle import BundleFile, BundleOutcome, CarriedItem, write_bundle
from casekeeper.export.report_minimal import summary_pdf
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
        report=summary_pdf, zip_name=zip_name, progress=progress, cancel=cancel,
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


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
