"""The evidence bundle: a signed BagIt bag (RFC 8493) in a zip, for a lawyer.

Layout (``<bag>`` is ``<case ref>-<audience>-<YYYYMMDD>``)::

    <bag>/READ-ME-FIRST.txt            the commands to check it, the signer's fingerprint
    <bag>/bagit.txt
    <bag>/bag-info.txt
    <bag>/casekeeper-signer.pub        the signing key, minisign's format
    <bag>/data/evidence/001-<slug>.jpg the files, ASCII names (originals in case.json)
    <bag>/data/case.json               the redacted case document
    <bag>/data/custody.jsonl           the items' custody events, hash-chained
    <bag>/data/index.html              static overview: items, hashes, custody, how to verify
    <bag>/data/report.pdf              the items and their hashes
    <bag>/manifest-sha256.txt, manifest-sha512.txt
    <bag>/tagmanifest-sha256.txt, tagmanifest-sha512.txt
    <bag>/tagmanifest-sha256.txt.minisig, tagmanifest-sha512.txt.minisig

Everything written here comes from a :class:`~casekeeper.export.redaction.
Redaction`: this module never sees an unredacted value. Evidence files are
streamed from whatever opens them (the vault) straight into the zip, with
both hashes computed in the same pass (:mod:`bundle_digest`); nothing is
written to disk but the zip itself, which the caller puts where it wants
(a temp file, or an age encryptor).

custody.jsonl: one JSON object per line, keys sorted; ``seq`` counts from
1 and ``prev`` is the SHA-256 (hex) of the previous line's bytes without
its newline (64 zeros for the first line), so a line changed, removed or
moved breaks the chain (``casekeeper verify`` checks it).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import mimetypes
import re
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import Any, BinaryIO

from casekeeper import __version__
from casekeeper.crypto.signing import (
    SigningIdentity,
    fingerprint,
    minisign_public_key_file,
    sign_prehashed,
)
from casekeeper.errors import AgeError, EvidenceDamaged
from casekeeper.export import interchange as ix
from casekeeper.export.bundle_digest import DualDigest
from casekeeper.export.bundle_format import (  # noqa: F401 (re-exported)
    ALGORITHMS,
    GENESIS,
    PUBKEY,
    READ_SIZE,
    README,
    TAG_MANIFESTS,
)
from casekeeper.export.redaction import Redaction
from casekeeper.progress import CancelToken, Progress, no_progress
from casekeeper.store.models.base import new_id


@dataclass(frozen=True)
class BundleFile:
    """One evidence file to carry: ``open()`` gives a context manager yielding
    a readable stream of its plaintext; ``sha256`` is the hash it must have."""

    evidence_id: str
    original_name: str  # as redacted: it may be a marker
    media_type: str
    size: int
    sha256: str
    open: Callable[[], contextlib.AbstractContextManager[BinaryIO]]


@dataclass(frozen=True)
class CarriedItem:
    evidence_id: str
    path: str  # inside the bag: data/evidence/001-photo.jpg
    original_name: str
    media_type: str
    size: int
    sha256: str
    sha512: str
    custody_id: str  # the 'exported' custody event this bundle adds


@dataclass
class BundleOutcome:
    bag: str
    items: list[CarriedItem] = field(default_factory=list)
    signer_fingerprint: str = ""
    trusted_comment: str = ""
    payload_bytes: int = 0


# --- names ---------------------------------------------------------------------------------


def ascii_slug(text: str, limit: int = 40) -> str:
    """Lowercase ASCII letters, digits and dashes (empty if nothing is left)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    return slug[:limit].strip("-")


def bag_name(ref: str, audience: str, created: datetime) -> str:
    stem = re.sub(r"[^A-Za-z0-9]+", "-", ref).strip("-") or "case"
    return f"{stem[:40]}-{audience}-{created.astimezone(UTC):%Y%m%d}"


def _extension(original_name: str, media_type: str) -> str:
    suffix = PurePosixPath(original_name.replace("\\", "/")).suffix.lower()
    if re.fullmatch(r"\.[a-z0-9]{1,8}", suffix):
        return suffix
    guessed = mimetypes.guess_extension(media_type or "") or ""
    return guessed if re.fullmatch(r"\.[a-z0-9]{1,8}", guessed) else ".bin"


def evidence_file_name(index: int, original_name: str, media_type: str) -> str:
    """``001-<slug>.<ext>``: ASCII, no spaces; the original is named in metadata."""
    stem = PurePosixPath(original_name.replace("\\", "/")).stem
    stem = re.sub(r"\[withheld:[^\]]*\]", " withheld ", stem)
    slug = ascii_slug(stem) or "item"
    return f"{index:03d}-{slug}{_extension(original_name, media_type)}"


# --- texts -----------------------------------------------------------------------------------


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def trusted_comment(ref: str, created: datetime, signer: str, audience: str, file: str) -> str:
    when = created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return (
        f"CaseKeeper evidence bundle; case: {_one_line(ref)}; time: {when}; "
        f"signer: {signer}; audience: {audience}; file: {file}"
    )


def readme_text(bag: str, ref: str, audience: str, created: datetime, signer: str,
                public_key_line: str, zip_name: str = "BUNDLE.zip") -> str:
    when = created.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"""READ ME FIRST: how to check this evidence bundle
==================================================

Case {_one_line(ref)}, prepared for: {audience}, on {when}.
Signed by the CaseKeeper key with fingerprint (minisign key id):

    {signer}

Ask the person who sent you this bundle for that fingerprint by another
channel (a call, a meeting, a letter) and compare. If it differs, do not
trust the bundle.

This folder is a BagIt bag (RFC 8493). data/ holds the evidence files,
case.json (the case as recorded, with what you may not see withheld),
custody.jsonl (each file's chain of custody), index.html (an overview:
open it in a browser) and report.pdf. manifest-sha256.txt and
manifest-sha512.txt list every file's hashes; the tag manifests list the
hashes of those lists, and the .minisig files are the signatures of the
tag manifests.

1. Unpack (if you received the zip):

    unzip {zip_name}

2. Check that every file is complete and unchanged (Library of Congress
   bagit-python, "pip install bagit"):

    bagit.py --validate {bag}

3. Check the signature (minisign, https://jedisct1.github.io/minisign/):

    minisign -Vm {bag}/tagmanifest-sha256.txt -p {bag}/casekeeper-signer.pub

   minisign checks the signature against the key file in the bundle; to be
   sure that key is the sender's, give the public key you received from the
   sender instead, or compare the fingerprint above:

    minisign -Vm {bag}/tagmanifest-sha256.txt -P {public_key_line}

   Both steps must pass: step 2 ties every file to the tag manifest, step 3
   ties the tag manifest to the signer. tagmanifest-sha512.txt is signed the
   same way (tagmanifest-sha512.txt.minisig).

Or, with CaseKeeper (no store needed):

    casekeeper verify {zip_name} --signer {signer}

An age-encrypted bundle (.age) is decrypted first:

    age -d -i YOUR-KEY.txt -o {zip_name} {zip_name}.age
"""


def bag_info_text(ref: str, audience: str, created: datetime, signer: str,
                  payload_bytes: int, payload_files: int, items: int, left_out: int,
                  files_withheld: int, withheld_values: int) -> str:
    fields = [
        ("Bag-Software-Agent", f"CaseKeeper {__version__}"),
        ("Bagging-Date", created.astimezone(UTC).strftime("%Y-%m-%d")),
        ("External-Identifier", _one_line(ref)),
        (
            "External-Description",
            f"Evidence bundle of case {_one_line(ref)} for {audience}; "
            "values the audience may not see were withheld before writing.",
        ),
        ("Payload-Oxum", f"{payload_bytes}.{payload_files}"),
        ("CaseKeeper-Audience", audience),
        ("CaseKeeper-Signer", signer),
        ("CaseKeeper-Evidence-Files", str(items)),
        ("CaseKeeper-Evidence-Left-Out", str(left_out + files_withheld)),
        ("CaseKeeper-Values-Withheld", str(withheld_values)),
    ]
    return "".join(f"{k}: {v}\n" for k, v in fields)


def manifest_text(digests: dict[str, str]) -> str:
    """``<hash> <path>`` lines (RFC 8493 2.1.3), paths percent-encoded for CR, LF, %."""
    lines = []
    for path in sorted(digests):
        encoded = path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        lines.append(f"{digests[path]}  {encoded}\n")
    return "".join(lines)


def custody_lines(records: list[dict[str, Any]]) -> bytes:
    """The hash-chained custody.jsonl text for ``records`` (in order)."""
    out = []
    prev = GENESIS
    for seq, record in enumerate(records, start=1):
        line = json.dumps(
            {**record, "seq": seq, "prev": prev},
            ensure_ascii=False, sort_keys=True, separators=(",", ":"),
        ).encode("utf-8")
        prev = hashlib.sha256(line).hexdigest()
        out.append(line + b"\n")
    return b"".join(out)


_ACTION_RANK = {a: i for i, a in enumerate(
    ("acquired", "imported", "viewed", "extracted", "verified", "exported", "removed"))}


def _custody_order(c: dict[str, Any]) -> tuple[Any, ...]:
    try:
        at = datetime.fromisoformat(str(c.get("at")).replace("Z", "+00:00"))
    except ValueError:
        at = datetime.min.replace(tzinfo=UTC)
    return (at, _ACTION_RANK.get(str(c.get("action")), 99), str(c.get("id")))


# --- the writer -------------------------------------------------------------------------------


class _BagZip:
    """A zip with one bag folder; remembers both hashes of every file written."""

    def __init__(self, sink: BinaryIO, bag: str, created: datetime) -> None:
        self.zip = zipfile.ZipFile(sink, "w", allowZip64=True)
        self.bag = bag
        self.stamp = created.astimezone(UTC).timetuple()[:6]
        self.digests: dict[str, tuple[str, str]] = {}  # path in bag -> (sha256, sha512)
        self.sizes: dict[str, int] = {}

    def _info(self, path: str, compress: bool, size: int = 0) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(f"{self.bag}/{path}", date_time=self.stamp)  # type: ignore[arg-type]
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        info.external_attr = 0o644 << 16
        info.file_size = size
        return info

    def add_bytes(self, path: str, data: bytes, compress: bool = True) -> None:
        self.zip.writestr(self._info(path, compress, len(data)), data)
        self.digests[path] = (hashlib.sha256(data).hexdigest(), hashlib.sha512(data).hexdigest())
        self.sizes[path] = len(data)

    def add_stream(self, path: str, reader: BinaryIO, size: int, on_chunk: Callable[[int], None]
                   ) -> tuple[int, str, str]:
        written = 0
        digest = DualDigest(size)
        try:
            with self.zip.open(self._info(path, False, size), "w") as out:
                while True:
                    block = reader.read(READ_SIZE)
                    if not block:
                        break
                    digest.update(block)
                    out.write(block)
                    written += len(block)
                    on_chunk(len(block))
        finally:
            digest.close()
        sha256, sha512 = digest.hexdigests()
        self.digests[path] = (sha256, sha512)
        self.sizes[path] = written
        return written, sha256, sha512

    def close(self) -> None:
        self.zip.close()

    def abandon(self) -> None:
        """Stop without finishing the zip (the caller discards the output)."""
        self.zip.fp = None  # ZipFile.close() and __del__ then write nothing


def write_bundle(
    sink: BinaryIO,
    redaction: Redaction,
    files: list[BundleFile],
    *,
    signer: SigningIdentity,
    created: datetime,
    author: str,
    report: Callable[[dict[str, Any], list[CarriedItem], str, datetime], bytes],
    zip_name: str = "BUNDLE.zip",
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> BundleOutcome:
    """Write the whole bundle as a zip into ``sink`` (which the caller owns).

    ``report(document, items, signer fingerprint, created)`` makes the bytes
    of ``data/report.pdf``. Raises EvidenceDamaged when a file does not
    decrypt or does not match its recorded SHA-256, Cancelled on cancel; the
    caller then discards the sink's output.
    """
    cancel = cancel or CancelToken()
    doc = redaction.document
    ref = str(doc["case"].get("ref", ""))
    audience = redaction.audience
    bag = bag_name(ref, audience, created)
    signer_fp = fingerprint(signer)
    pub_text = minisign_public_key_file(signer, f"CaseKeeper signer public key {signer_fp}")
    pub_line = pub_text.splitlines()[1]
    outcome = BundleOutcome(bag=bag, signer_fingerprint=signer_fp)
    bz = _BagZip(sink, bag, created)
    try:
        _fill(bz, redaction, files, outcome, signer=signer, created=created, author=author,
              report=report, zip_name=zip_name, progress=progress, cancel=cancel,
              pub_text=pub_text, pub_line=pub_line)
    except BaseException:
        bz.abandon()
        raise
    bz.close()
    return outcome


def _fill(
    bz: _BagZip, redaction: Redaction, files: list[BundleFile], outcome: BundleOutcome, *,
    signer: SigningIdentity, created: datetime, author: str,
    report: Callable[[dict[str, Any], list[CarriedItem], str, datetime], bytes],
    zip_name: str, progress: Progress, cancel: CancelToken, pub_text: str, pub_line: str,
) -> None:
    doc = redaction.document
    ref = str(doc["case"].get("ref", ""))
    audience = redaction.audience
    bag = outcome.bag
    signer_fp = outcome.signer_fingerprint
    total = sum(f.size for f in files)
    done = 0
    current = ""

    def advance(n: int) -> None:
        nonlocal done
        cancel.check()
        done += n
        progress(current, done, total)

    readme = readme_text(bag, ref, audience, created, signer_fp, pub_line, zip_name)
    bz.add_bytes(README, readme.encode("utf-8"))
    bz.add_bytes("bagit.txt", b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
    bz.add_bytes(PUBKEY, pub_text.encode("ascii"))

    current = ""
    for index, item in enumerate(files, start=1):
        cancel.check()
        name = evidence_file_name(index, item.original_name, item.media_type)
        path = f"data/evidence/{name}"
        current = name
        try:
            with item.open() as reader:
                size, sha256, sha512 = bz.add_stream(path, reader, item.size, advance)
        except AgeError as exc:
            raise EvidenceDamaged(item.evidence_id, name, exc.message) from None
        if sha256 != item.sha256:
            raise EvidenceDamaged(
                item.evidence_id, name, "its content no longer matches the hash taken at import"
            )
        outcome.items.append(
            CarriedItem(item.evidence_id, path, item.original_name, item.media_type, size,
                        sha256, sha512, new_id())
        )
        outcome.payload_bytes += size

    cancel.check()
    carried = {i.evidence_id: i for i in outcome.items}
    case_doc = dict(doc)
    case_doc["bundle"] = {
        "bag": bag,
        "files": [
            {"evidence_id": i.evidence_id, "path": i.path, "size": i.size, "sha256": i.sha256,
             "sha512": i.sha512}
            for i in outcome.items
        ],
        "files_not_carried": [
            {"evidence_id": ident, "reason": why}
            for ident, why in sorted(redaction.files_withheld.items())
        ],
    }
    bz.add_bytes("data/case.json", ix.dumps(case_doc).encode("utf-8"))

    records: list[dict[str, Any]] = []
    stamp = ix.format_datetime(created)
    for e in doc.get("evidence", []):
        kept = carried.get(e["id"])
        if kept is None:
            continue
        for c in sorted(e.get("custody", []), key=_custody_order):
            records.append({"evidence_id": e["id"], "file": kept.path, **c})
        records.append({
            "evidence_id": e["id"], "file": kept.path, "id": kept.custody_id,
            "action": "exported", "actor": author, "at": stamp, "place": "",
            "sha256": kept.sha256, "detail": f"exported for {audience} in bundle {bag}",
        })
    custody = custody_lines(records)
    bz.add_bytes("data/custody.jsonl", custody)

    from casekeeper.export.bundle_index import index_html

    bz.add_bytes(
        "data/index.html",
        index_html(redaction, outcome.items, records, bag, signer_fp, pub_line, created).encode(
            "utf-8"
        ),
    )
    bz.add_bytes("data/report.pdf", report(doc, outcome.items, signer_fp, created), compress=False)

    payload = {p: d for p, d in bz.digests.items() if p.startswith("data/")}
    for i, alg in enumerate(ALGORITHMS):
        bz.add_bytes(f"manifest-{alg}.txt",
                     manifest_text({p: d[i] for p, d in payload.items()}).encode("utf-8"))
    info = bag_info_text(
        ref, audience, created, signer_fp,
        payload_bytes=sum(bz.sizes[p] for p in payload), payload_files=len(payload),
        items=len(outcome.items), left_out=redaction.evidence_left_out,
        files_withheld=len(redaction.files_withheld), withheld_values=len(redaction.withheld),
    )
    bz.add_bytes("bag-info.txt", info.encode("utf-8"))

    tag_files = {p: d for p, d in bz.digests.items() if not p.startswith("data/")}
    for i, alg in enumerate(ALGORITHMS):
        name = f"tagmanifest-{alg}.txt"
        text = manifest_text({p: d[i] for p, d in tag_files.items()}).encode("utf-8")
        bz.add_bytes(name, text)
        comment = trusted_comment(ref, created, signer_fp, audience, name)
        if i == 0:
            outcome.trusted_comment = comment
        signature = sign_prehashed(signer, text, comment, f"CaseKeeper signature, key {signer_fp}")
        bz.add_bytes(f"{name}.minisig", signature.encode("utf-8"))

