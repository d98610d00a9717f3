"""The C2SP community age vectors (../shared/testdata/age-cctv/) against our reader.

Every vector is collected. Those needing features CaseKeeper does not
implement are skipped, each with its reason: ASCII armor, and passphrase
(scrypt) or post-quantum identities whose *success* or *no match* outcome
needs the missing decryption. Vectors that expect a header failure still
run when the failure must be found from the file's structure alone
(a malformed scrypt stanza, scrypt beside another stanza, a broken X25519
stanza): a reader must refuse those whatever key it holds.
"""

from __future__ import annotations

import hashlib
import io
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from casekeeper.crypto.age import AgeIdentity, AgeReader, generate_identity, parse_identity
from casekeeper.errors import (
    AgeError,
    AgeHeaderInvalid,
    AgeHeaderMacInvalid,
    AgeNoMatchingKey,
    AgePayloadCorrupt,
    AgeUnsupported,
)

VECTORS = Path(__file__).resolve().parents[3] / "shared" / "testdata" / "age-cctv"
EXPECTED_ERROR: dict[str, type[AgeError] | None] = {
    "success": None,
    "no match": AgeNoMatchingKey,
    "HMAC failure": AgeHeaderMacInvalid,
    "header failure": AgeHeaderInvalid,
    "payload failure": AgePayloadCorrupt,
}
MIN_RUN = 85  # of 143 at CCTV commit 1e3d286; 88 run today


@dataclass
class Vector:
    name: str
    expect: str
    body: bytes
    payload: str | None = None
    identities: list[str] = field(default_factory=list)
    passphrases: int = 0
    armored: bool = False


def load(path: Path) -> Vector:
    head, sep, body = path.read_bytes().partition(b"\n\n")
    assert sep, f"{path.name}: no blank line after the vector header"
    vec = Vector(path.name, "", b"")
    compressed = False
    for line in head.decode("utf-8").splitlines():
        key, _, value = line.partition(": ")
        if key == "expect":
            vec.expect = value
        elif key == "payload":
            vec.payload = value
        elif key == "identity":
            vec.identities.append(value)
        elif key == "passphrase":
            vec.passphrases += 1
        elif key == "armored":
            vec.armored = value == "yes"
        elif key == "compressed":
            assert value == "zlib", f"{path.name}: unknown compression {value}"
            compressed = True
    vec.body = zlib.decompress(body) if compressed else body
    assert vec.expect, f"{path.name}: no 'expect' line"
    return vec


def is_x25519(identity: str) -> bool:
    return identity.startswith("AGE-SECRET-KEY-1")


def skip_reason(vec: Vector) -> str | None:
    """Why this vector cannot be checked here, or None if it runs."""
    if vec.armored:
        return "ASCII armor is not supported (vault blobs and bundles are binary age)"
    if vec.expect not in EXPECTED_ERROR:
        return f"unknown expectation {vec.expect!r}"
    others = [i for i in vec.identities if not is_x25519(i)]
    if vec.expect == "header failure":
        # Structural: must fail with whatever X25519 key we hold. A broken
        # hybrid stanza, though, is only "broken" to a hybrid identity.
        if others and not any(is_x25519(i) for i in vec.identities):
            return "post-quantum (mlkem768x25519) stanza checks need a hybrid identity"
        return None
    if vec.passphrases:
        return f"passphrase (scrypt) decryption is not supported (expects {vec.expect})"
    if others:
        return f"post-quantum (mlkem768x25519) identities are not supported (expects {vec.expect})"
    return None


ALL = sorted(VECTORS.iterdir()) if VECTORS.is_dir() else []
pytestmark = pytest.mark.skipif(not ALL, reason=f"age vectors not found at {VECTORS}")


def identities_for(vec: Vector) -> list[AgeIdentity]:
    ours = [parse_identity(i) for i in vec.identities if is_x25519(i)]
    # A structural header failure must be found even by a key that matches nothing.
    return ours or [generate_identity()]


@pytest.mark.parametrize("path", ALL, ids=[p.name for p in ALL])
def test_vector(path: Path) -> None:
    vec = load(path)
    reason = skip_reason(vec)
    if reason:
        pytest.skip(reason)
    expected = EXPECTED_ERROR[vec.expect]
    released = hashlib.sha256()
    error: AgeError | None = None
    try:
        reader = AgeReader(io.BytesIO(vec.body), identities_for(vec))
        # An odd read size so requests straddle the 64 KiB chunk boundaries.
        while block := reader.read(50_000):
            released.update(block)
    except AgeError as exc:
        error = exc
    if expected is None:
        assert error is None, f"{vec.name}: unexpected {error!r}"
    else:
        assert type(error) is expected, f"{vec.name}: expected {expected.__name__}, got {error!r}"
    if vec.payload is not None:
        # Only authenticated chunks are released, and all of them are.
        assert released.hexdigest() == vec.payload, f"{vec.name}: released plaintext differs"
    elif expected is not None:
        assert released.digest() == hashlib.sha256().digest(), "nothing may be released"


def test_summary_counts(capsys: pytest.CaptureFixture[str]) -> None:
    """At least MIN_RUN vectors really run; say how many were skipped and why."""
    vectors = [load(p) for p in ALL]
    reasons = Counter(skip_reason(v) for v in vectors)
    ran = reasons.pop(None, 0)
    ran_by_expect = Counter(v.expect for v in vectors if skip_reason(v) is None)
    with capsys.disabled():
        print(
            f"\nage-cctv: {len(vectors)} vectors, {ran} run {dict(ran_by_expect)}, "
            f"{sum(reasons.values())} skipped:"
        )
        for reason, count in reasons.most_common():
            print(f"  {count:3d}  {reason}")
    assert len(vectors) == 143
    assert ran >= MIN_RUN
    assert all(ran_by_expect[e] for e in EXPECTED_ERROR), "every outcome is exercised"


def test_passphrase_file_is_reported_unsupported() -> None:
    """A well-formed scrypt file: not 'wrong key', not 'damaged' — 'use age'."""
    vec = load(VECTORS / "scrypt")
    with pytest.raises(AgeUnsupported):
        AgeReader(io.BytesIO(vec.body), [generate_identity()])


def test_armored_file_is_reported_as_such() -> None:
    vec = load(VECTORS / "armor_x25519")
    with pytest.raises(AgeHeaderInvalid, match="armored"):
        AgeReader(io.BytesIO(vec.body), identities_for(vec))
