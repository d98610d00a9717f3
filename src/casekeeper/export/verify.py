"""``casekeeper verify``: check an evidence bundle without any store.

Works on the zip as received (nothing is unpacked: names in the zip are
only compared, never used as paths), on an age-encrypted zip (decrypted
chunk by chunk in memory), or on an unpacked bag folder. Checks, in order:

1. the zip itself: no absolute paths, no ``..``, no links, no duplicate or
   encrypted entries (such a zip is refused, nothing else is looked at);
2. the bag: ``bagit.txt``; ``manifest-sha256.txt`` and
   ``manifest-sha512.txt`` present and well-formed;
3. completeness: every file under ``data/`` is listed in every manifest
   and every listed file is there; ``Payload-Oxum`` agrees;
4. every payload file's SHA-256 and SHA-512 (one read, two cores);
5. the tag manifests: each listed file matches, and they cover
   ``bagit.txt``, ``bag-info.txt`` and every manifest; tag files they do
   not cover (a later trusted timestamp) are reported, not failed;
6. the minisign signature of each tag manifest, and its trusted comment;
7. the signer: the fingerprint (``--signer``) or public key (``--pubkey``)
   the verifier was told to expect; without either, the verdict names the
   bundle's own key and says to compare its fingerprint;
8. the hash chain of ``data/custody.jsonl``.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import stat
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Protocol

from casekeeper.crypto.age import AgeIdentity, parse_identity
from casekeeper.errors import AgeError, BundleUnreadable, InvalidValue
from casekeeper.export.bundle_digest import DualDigest
from casekeeper.export.bundle_format import ALGORITHMS, GENESIS, PUBKEY, READ_SIZE
from casekeeper.export.verify_age import SeekableAgeReader, is_age_file
from casekeeper.export.verify_minisign import (
    MinisignKey,
    SignatureProblem,
    normalize_fingerprint,
    parse_public_key,
    read_signature_key,
)
from casekeeper.export.verify_minisign import verify as verify_signature
from casekeeper.progress import CancelToken, Progress, no_progress

REQUIRED_TAG_FILES = ("bagit.txt", "bag-info.txt")
_MANIFEST = re.compile(r"manifest-([a-z0-9]+)\.txt")
_TAGMANIFEST = re.compile(r"tagmanifest-([a-z0-9]+)\.txt")


@dataclass
class VerifyReport:
    """The verdict: ``problems`` empty means verified."""

    source: str
    bag: str = ""
    encrypted: bool = False
    problems: list[str] = field(default_factory=list)
    passed: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    files_checked: int = 0
    bytes_checked: int = 0
    signer_fingerprint: str = ""
    signer_expected: bool = False
    trusted_comments: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        out = [f"Bundle: {self.source}" + (" (age-encrypted)" if self.encrypted else "")]
        if self.bag:
            out.append(f"Bag: {self.bag}")
        out += [f"  ok    {line}" for line in self.passed]
        out += [f"  note  {line}" for line in self.notes]
        out += [f"  FAIL  {line}" for line in self.problems]
        if self.ok:
            who = self.signer_fingerprint or "?"
            if self.signer_expected:
                out.append(
                    f"VERIFIED: {self.files_checked} files ({self.bytes_checked:,} bytes) are "
                    f"complete and unchanged, signed by the expected key {who}."
                )
            else:
                out.append(
                    f"VERIFIED: {self.files_checked} files ({self.bytes_checked:,} bytes) are "
                    f"complete and unchanged, signed by key {who}. No expected signer was "
                    "given: compare that fingerprint with the one the sender gave you by another "
                    "channel, or run again with --signer FINGERPRINT."
                )
        else:
            out.append(f"NOT VERIFIED: {len(self.problems)} problem(s); see FAIL lines above.")
        return out

    def as_json(self) -> dict[str, object]:
        return {
            "source": self.source, "bag": self.bag, "encrypted": self.encrypted,
            "verified": self.ok, "problems": self.problems, "passed": self.passed,
            "notes": self.notes, "files_checked": self.files_checked,
            "bytes_checked": self.bytes_checked, "signer_fingerprint": self.signer_fingerprint,
            "signer_expected": self.signer_expected, "trusted_comments": self.trusted_comments,
        }


# --- where the files come from: a zip or a folder ----------------------------------------------


class _Source(Protocol):
    def files(self) -> list[str]: ...  # every regular file, '/'-separated, relative

    def open(self, name: str) -> BinaryIO: ...

    def size(self, name: str) -> int: ...


def _unsafe(name: str) -> str | None:
    """Why a member name could write outside the folder it is unpacked into."""
    if "\\" in name:
        return "it contains a backslash"
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return "it is an absolute path"
    if any(part == ".." for part in name.split("/")):
        return "it climbs out of the folder (..)"
    if "\x00" in name:
        return "it contains a NUL character"
    return None


class _ZipSource:
    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.zip = archive
        self.infos: dict[str, zipfile.ZipInfo] = {}
        self.refused: list[str] = []
        self.dirs: set[str] = set()
        for info in archive.infolist():
            name = info.filename
            why = _unsafe(name)
            mode = info.external_attr >> 16
            if why is None and stat.S_ISLNK(mode):
                why = "it is a symbolic link"
            if why is None and info.flag_bits & 0x1:
                why = "it is encrypted with a zip password"
            if why is None and name in self.infos:
                why = "it appears twice"
            if why is not None:
                self.refused.append(f"zip member {name!r} is refused: {why}")
                continue
            if info.is_dir():
                self.dirs.add(name.rstrip("/"))
                continue
            self.infos[name] = info

    def files(self) -> list[str]:
        return sorted(self.infos)

    def open(self, name: str) -> BinaryIO:
        return self.zip.open(self.infos[name])  # type: ignore[return-value]

    def size(self, name: str) -> int:
        return self.infos[name].file_size


class _DirSource:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.refused: list[str] = []
        self._files: dict[str, Path] = {}
        for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
            here = Path(dirpath)
            for d in list(dirnames):
                if (here / d).is_symlink():
                    self.refused.append(f"{(here / d).relative_to(root)} is a symbolic link")
                    dirnames.remove(d)
            for f in filenames:
                path = here / f
                rel = path.relative_to(root).as_posix()
                if path.is_symlink() or not path.is_file():
                    self.refused.append(f"{rel} is a link or not a regular file")
                    continue
                self._files[rel] = path

    def files(self) -> list[str]:
        return sorted(self._files)

    def open(self, name: str) -> BinaryIO:
        return open(self._files[name], "rb")

    def size(self, name: str) -> int:
        return self._files[name].stat().st_size


# --- reading the bag's text files ----------------------------------------------------------------


def _read_text(src: _Source, name: str, limit: int = 64 << 20) -> str:
    if src.size(name) > limit:
        raise ValueError(f"{name} is implausibly large")
    with src.open(name) as handle:
        data = handle.read()
    return data.decode("utf-8-sig")


def _decode_path(text: str) -> str:
    return text.replace("%0A", "\n").replace("%0a", "\n").replace("%0D", "\r").replace(
        "%0d", "\r").replace("%25", "%")


def _parse_manifest(text: str, name: str, problems: list[str]) -> dict[str, str]:
    entries: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = line.strip().split(None, 1)
        if len(parts) != 2:
            problems.append(f"{name} line {number} is not '<hash> <path>'")
            continue
        digest, path = parts[0].lower(), _decode_path(parts[1].strip())
        path = path.removeprefix("./")
        why = _unsafe(path)
        if why is not None:
            problems.append(f"{name} line {number} names an unsafe path ({why})")
            continue
        if not re.fullmatch(r"[0-9a-f]+", digest):
            problems.append(f"{name} line {number}: the hash is not hexadecimal")
            continue
        if path in entries:
            problems.append(f"{name} lists {path} twice")
        entries[path] = digest
    return entries


def _bag_info(text: str) -> dict[str, str]:
    info: dict[str, str] = {}
    key = ""
    for line in text.splitlines():
        if line[:1] in (" ", "\t") and key:
            info[key] += " " + line.strip()
        elif ":" in line:
            key, value = line.split(":", 1)
            key = key.strip()
            info[key] = value.strip()
    return info


def _custody_chain(data: bytes) -> str | None:
    """None when custody.jsonl's hash chain holds; else where it breaks."""
    prev = GENESIS
    for number, line in enumerate(data.split(b"\n"), start=1):
        if not line:
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError):
            return f"line {number} is not JSON"
        if record.get("prev") != prev:
            return f"line {number} does not follow line {number - 1} (its 'prev' hash differs)"
        if record.get("seq") != number:
            return f"line {number} is out of sequence"
        prev = hashlib.sha256(line).hexdigest()
    return None


# --- the checks ----------------------------------------------------------------------------------


def _find_bag(files: list[str]) -> str | None | list[str]:
    """The bag folder's prefix ('' or 'name/'), None if none, a list if several."""
    candidates = [f[: -len("bagit.txt")] for f in files if f == "bagit.txt" or (
        f.endswith("/bagit.txt") and f.count("/") == 1)]
    if not candidates:
        return None
    if len(candidates) > 1:
        return candidates
    return candidates[0]


def check_bag(src: _Source, report: VerifyReport, *, expected_signer: str | None,
              pubkey: MinisignKey | None, progress: Progress, cancel: CancelToken) -> None:
    files = src.files()
    bag = _find_bag(files)
    if bag is None:
        report.problems.append("no bagit.txt: this is not a BagIt bag (not a CaseKeeper bundle)")
        return
    if isinstance(bag, list):
        report.problems.append(f"several bags in one zip ({', '.join(b or '.' for b in bag)})")
        return
    prefix: str = bag
    report.bag = prefix.rstrip("/") or "."
    inside = [f[len(prefix):] for f in files if f.startswith(prefix)]
    outside = [f for f in files if not f.startswith(prefix)]
    for f in outside:
        report.notes.append(f"{f} is outside the bag and was not checked")

    class _Bag:
        def files(self) -> list[str]:
            return inside

        def open(self, name: str) -> BinaryIO:
            return src.open(prefix + name)

        def size(self, name: str) -> int:
            return src.size(prefix + name)

    b = _Bag()
    present = set(inside)
    problems = report.problems

    # bagit.txt
    try:
        declaration = _bag_info(_read_text(b, "bagit.txt"))
    except (ValueError, UnicodeDecodeError) as exc:
        problems.append(f"bagit.txt cannot be read ({exc})")
        declaration = {}
    if declaration.get("BagIt-Version") not in ("1.0", "0.97"):
        problems.append("bagit.txt does not declare BagIt-Version 1.0")

    # manifests
    manifests: dict[str, dict[str, str]] = {}
    for alg in ALGORITHMS:
        name = f"manifest-{alg}.txt"
        if name not in present:
            problems.append(f"{name} is missing")
            continue
        manifests[alg] = _parse_manifest(_read_text(b, name), name, problems)
    for name in inside:
        m = _MANIFEST.fullmatch(name)
        if m and m.group(1) not in ALGORITHMS:
            report.notes.append(f"{name} was not checked (CaseKeeper checks sha256 and sha512)")

    payload = {f for f in inside if f.startswith("data/")}
    listed: set[str] = set()
    before_completeness = len(problems)
    for alg, entries in manifests.items():
        name = f"manifest-{alg}.txt"
        listed |= set(entries)
        for path in sorted(set(entries) - payload):
            problems.append(f"{path} is listed in {name} but missing from the bag")
        for path in sorted(payload - set(entries)):
            problems.append(f"{path} is in the bag but not listed in {name} (an added file?)")
        for path in sorted(p for p in entries if not p.startswith("data/")):
            problems.append(f"{name} lists {path}, which is not a payload file")
    if manifests and len(problems) == before_completeness:
        report.passed.append(
            f"complete: the {len(payload)} payload files are exactly those the manifests list"
        )

    # payload hashes
    total = sum(b.size(p) for p in payload & listed)
    done = 0
    bad_before = len(problems)
    for path in sorted(payload & listed):
        cancel.check()
        digest = DualDigest(b.size(path))
        size = 0
        try:
            with b.open(path) as handle:
                while block := handle.read(READ_SIZE):
                    digest.update(block)
                    size += len(block)
                    done += len(block)
                    progress(path, done, total)
                    cancel.check()
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            digest.close()
            problems.append(f"{path} cannot be read from the zip ({exc})")
            continue
        except AgeError as exc:
            digest.close()
            problems.append(f"the encrypted bundle is damaged ({exc.message})")
            return
        sha256, sha512 = digest.hexdigests()
        seen = {"sha256": sha256, "sha512": sha512}
        report.files_checked += 1
        report.bytes_checked += size
        for alg, entries in manifests.items():
            if path in entries and entries[path] != seen[alg]:
                problems.append(
                    f"{path} has changed: its {alg.upper()} does not match manifest-{alg}.txt"
                )
    if len(problems) == bad_before and manifests:
        report.passed.append(
            f"every payload file matches its SHA-256 and SHA-512 ({report.files_checked} files, "
            f"{report.bytes_checked:,} bytes)"
        )

    # Payload-Oxum
    info: dict[str, str] = {}
    if "bag-info.txt" in present:
        try:
            info = _bag_info(_read_text(b, "bag-info.txt"))
        except (ValueError, UnicodeDecodeError) as exc:
            problems.append(f"bag-info.txt cannot be read ({exc})")
    oxum = info.get("Payload-Oxum")
    if oxum:
        actual = f"{sum(b.size(p) for p in payload)}.{len(payload)}"
        if oxum != actual:
            problems.append(f"bag-info.txt Payload-Oxum is {oxum}, but the payload is {actual}")

    # tag manifests
    tagmanifests = sorted(n for n in inside if _TAGMANIFEST.fullmatch(n))
    covered: set[str] = set()
    for name in (f"tagmanifest-{alg}.txt" for alg in ALGORITHMS):
        if name not in present:
            problems.append(f"{name} is missing")
    for name in tagmanifests:
        alg = _TAGMANIFEST.fullmatch(name).group(1)  # type: ignore[union-attr]
        if alg not in ALGORITHMS:
            report.notes.append(f"{name} was not checked (CaseKeeper checks sha256 and sha512)")
            continue
        entries = _parse_manifest(_read_text(b, name), name, problems)
        covered |= set(entries)
        for path, expected in sorted(entries.items()):
            if path.startswith("data/"):
                problems.append(f"{name} lists {path}, which is a payload file")
                continue
            if path not in present:
                problems.append(f"{path} is listed in {name} but missing from the bag")
                continue
            with b.open(path) as handle:
                actual = hashlib.new(alg, handle.read()).hexdigest()
            if actual != expected:
                problems.append(f"{path} has changed: its {alg.upper()} does not match {name}")
        wanted = list(REQUIRED_TAG_FILES) + [f"manifest-{a}.txt" for a in manifests]
        for required in wanted:
            if required in present and required not in entries:
                problems.append(f"{name} does not cover {required}")
        if "bag-info.txt" not in present:
            problems.append("bag-info.txt is missing")
    tag_files = [n for n in inside if not n.startswith("data/")]
    for name in tag_files:
        if name in covered or _TAGMANIFEST.fullmatch(name) or name.endswith(".minisig"):
            continue
        report.notes.append(
            f"{name} is not covered by the signed tag manifests (added later?); not checked"
        )

    # signatures and the signer
    key = pubkey
    if key is None:
        if PUBKEY in present:
            try:
                key = parse_public_key(_read_text(b, PUBKEY))
            except (SignatureProblem, ValueError, UnicodeDecodeError) as exc:
                problems.append(f"{PUBKEY} cannot be read ({exc})")
        else:
            problems.append(f"{PUBKEY} is missing and no --pubkey was given")
    signed_ok = 0
    for name in tagmanifests:
        if _TAGMANIFEST.fullmatch(name).group(1) not in ALGORITHMS:  # type: ignore[union-attr]
            continue
        sig = f"{name}.minisig"
        if sig not in present:
            problems.append(f"{sig} is missing: {name} is not signed")
            continue
        sig_text = _read_text(b, sig)
        if key is None:
            try:
                report.signer_fingerprint = read_signature_key(sig_text)
            except SignatureProblem:
                pass
            continue
        with b.open(name) as handle:
            data = handle.read()
        try:
            signature = verify_signature(key, data, sig_text)
        except SignatureProblem as exc:
            problems.append(f"the signature of {name} is not valid: {exc}")
            continue
        signed_ok += 1
        report.trusted_comments[name] = signature.trusted_comment
        report.signer_fingerprint = signature.key_fingerprint
    if key is not None and signed_ok and signed_ok == len(
        [n for n in tagmanifests if _TAGMANIFEST.fullmatch(n).group(1) in ALGORITHMS]  # type: ignore[union-attr]
    ):
        source = "the key given with --pubkey" if pubkey is not None else PUBKEY
        report.passed.append(
            f"the tag manifests are signed by key {key.fingerprint} ({source}); trusted comment: "
            + report.trusted_comments.get("tagmanifest-sha256.txt", "")
        )
    if expected_signer:
        want = normalize_fingerprint(expected_signer)
        got = key.fingerprint if key is not None else report.signer_fingerprint
        if got != want:
            problems.append(
                f"the bundle is signed by key {got or 'unknown'}, not by the expected signer {want}"
            )
        else:
            report.signer_expected = True
            report.passed.append(f"the signer is the expected one ({want})")
    elif pubkey is not None:
        report.signer_expected = True

    # custody chain
    if "data/custody.jsonl" in present:
        with b.open("data/custody.jsonl") as handle:
            broken = _custody_chain(handle.read())
        if broken:
            problems.append(f"data/custody.jsonl: the hash chain is broken ({broken})")
        else:
            report.passed.append("data/custody.jsonl: the custody hash chain is intact")


def read_identities(path: Path) -> list[AgeIdentity]:
    """age identities from a key file (``age-keygen`` output: comments and
    AGE-SECRET-KEY-1... lines)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidValue(f"Cannot read the identity file {path}: {exc}.") from None
    keys = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    if not keys:
        raise InvalidValue(f"{path} holds no age secret key (AGE-SECRET-KEY-1...).")
    return [parse_identity(k) for k in keys]


@contextmanager
def _opened(path: Path, identities: list[AgeIdentity] | None,
            report: VerifyReport) -> Iterator[tuple[_Source, SeekableAgeReader | None]]:
    if path.is_dir():
        yield _DirSource(path), None
        return
    if not path.is_file():
        raise InvalidValue(f"{path} does not exist.")
    if is_age_file(path):
        report.encrypted = True
        if not identities:
            raise InvalidValue(
                f"{path} is encrypted with age; give the key to open it with --identity FILE."
            )
        handle = open(path, "rb")
        try:
            try:
                raw = SeekableAgeReader(handle, identities)
            except AgeError as exc:
                raise BundleUnreadable(path, exc.message) from None
            buffered = io.BufferedReader(raw, buffer_size=1 << 20)  # type: ignore[arg-type]
            try:
                archive = zipfile.ZipFile(buffered)  # type: ignore[arg-type]
            except (zipfile.BadZipFile, AgeError) as exc:
                raise BundleUnreadable(
                    path, f"the decrypted content is not a zip ({exc})"
                ) from None
            with archive:
                yield _ZipSource(archive), raw
        finally:
            handle.close()
        return
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise BundleUnreadable(path, "it is not a zip file (nor an age-encrypted one)") from None
    with archive:
        yield _ZipSource(archive), None


def verify_bundle(
    path: Path | str,
    *,
    signer: str | None = None,
    pubkey: Path | str | None = None,
    identity: Path | str | None = None,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> VerifyReport:
    """Check the bundle at ``path`` (zip, age-encrypted zip, or unpacked folder)."""
    cancel = cancel or CancelToken()
    path = Path(path)
    report = VerifyReport(source=str(path))
    key = None
    if pubkey is not None:
        try:
            key = parse_public_key(Path(pubkey).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidValue(f"Cannot read the public key file {pubkey}: {exc}.") from None
        except SignatureProblem as exc:
            raise InvalidValue(f"{pubkey} is not a minisign public key: {exc}.") from None
        if signer and normalize_fingerprint(signer) != key.fingerprint:
            raise InvalidValue(
                f"The key in {pubkey} is {key.fingerprint}, not {normalize_fingerprint(signer)}."
            )
    identities = read_identities(Path(identity)) if identity else None
    with _opened(path, identities, report) as (src, age_reader):
        refused = getattr(src, "refused", [])
        if refused:
            report.problems += refused
            report.problems.append("the bundle is refused: nothing in it was checked or written")
            return report
        check_bag(src, report, expected_signer=signer, pubkey=key, progress=progress,
                  cancel=cancel)
        if age_reader is not None:
            try:
                age_reader.check_rest()
                report.passed.append("the age encryption is intact (every chunk authenticated)")
            except AgeError as exc:
                report.problems.append(f"the encrypted bundle is damaged ({exc.message})")
    return report


__all__ = ["VerifyReport", "read_identities", "verify_bundle"]
