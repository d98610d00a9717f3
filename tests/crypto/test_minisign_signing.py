"""The store's signing identity, checked against the real minisign tool.

Recipients verify our bundles with minisign, not with CaseKeeper, so the
formats are tested by running the reference implementation on our output.
"""

from __future__ import annotations

import base64
import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from casekeeper.crypto.signing import (
    SigningIdentity,
    fingerprint,
    minisign_public_key_file,
    new_signing_identity,
    sign_prehashed,
)

MINISIGN = shutil.which("minisign")
needs_minisign = pytest.mark.skipif(
    MINISIGN is None, reason="the minisign binary is not on PATH (apt-get install minisign)"
)


def test_new_identity_has_minisign_sized_parts() -> None:
    identity = new_signing_identity()
    assert len(identity.key_id) == 8
    assert len(identity.private_key) == 32
    assert len(identity.public_key) == 32
    assert new_signing_identity().key_id != identity.key_id


def test_identity_rebuilt_from_the_database_is_the_same() -> None:
    identity = new_signing_identity()
    again = SigningIdentity.from_private_key(identity.key_id, identity.private_key)
    assert again == identity


def test_mismatched_key_pair_is_refused() -> None:
    one, two = new_signing_identity(), new_signing_identity()
    with pytest.raises(ValueError):
        SigningIdentity(one.key_id, one.private_key, two.public_key)


def test_private_key_never_appears_in_logs() -> None:
    identity = new_signing_identity()
    shown = repr(identity)
    assert identity.private_key.hex() not in shown
    assert repr(identity.private_key) not in shown


def test_fingerprint_is_the_key_id_as_minisign_prints_it() -> None:
    identity = SigningIdentity.from_private_key(bytes.fromhex("2608415f8d690b48"), bytes(32))
    # minisign shows the 8 bytes as a little-endian integer in uppercase hex.
    assert fingerprint(identity) == "480B698D5F410826"


def test_public_key_file_is_minisigns_two_line_format() -> None:
    identity = new_signing_identity()
    text = minisign_public_key_file(identity, "CaseKeeper store Almaty office")
    first, second, rest = text.split("\n")
    assert first == "untrusted comment: CaseKeeper store Almaty office"
    assert rest == ""
    assert base64.b64decode(second) == b"Ed" + identity.key_id + identity.public_key


def test_signature_file_is_minisigns_prehashed_format() -> None:
    identity = new_signing_identity()
    data = b"bundle bytes"
    text = sign_prehashed(identity, data, "file:bundle.zip", "signed by CaseKeeper")
    lines = text.split("\n")
    assert lines[0] == "untrusted comment: signed by CaseKeeper"
    assert lines[2] == "trusted comment: file:bundle.zip"
    assert lines[4] == ""
    blob = base64.b64decode(lines[1])
    assert blob[:2] == b"ED" and blob[2:10] == identity.key_id
    public = Ed25519PublicKey.from_public_bytes(identity.public_key)
    public.verify(blob[10:], hashlib.blake2b(data, digest_size=64).digest())
    public.verify(base64.b64decode(lines[3]), blob[10:] + b"file:bundle.zip")
    with pytest.raises(InvalidSignature):
        public.verify(blob[10:], hashlib.blake2b(b"other", digest_size=64).digest())


@pytest.mark.parametrize("bad", ["two\nlines", "carriage\rreturn", "x" * 9000])
def test_comments_that_would_break_the_file_are_refused(bad: str) -> None:
    identity = new_signing_identity()
    with pytest.raises(ValueError):
        sign_prehashed(identity, b"x", bad, "ok")
    with pytest.raises(ValueError):
        minisign_public_key_file(identity, bad)


def _write_signed(folder: Path, data: bytes, trusted: str) -> tuple[SigningIdentity, Path, Path]:
    identity = new_signing_identity()
    target = folder / "bundle.zip"
    target.write_bytes(data)
    (folder / "bundle.zip.minisig").write_text(
        sign_prehashed(identity, data, trusted, "CaseKeeper signature"), "utf-8"
    )
    pub = folder / "store.pub"
    pub.write_text(minisign_public_key_file(identity, "CaseKeeper store key"), "utf-8")
    return identity, target, pub


def _minisign_verify(target: Path, pub: Path) -> subprocess.CompletedProcess[str]:
    assert MINISIGN is not None
    return subprocess.run(
        [MINISIGN, "-Vm", str(target), "-p", str(pub)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


@needs_minisign
def test_minisign_verifies_our_signature_and_shows_the_trusted_comment(tmp_path: Path) -> None:
    trusted = "case:KZ-2025-017 file:bundle.zip Алматы 阿拉木图"
    _, target, pub = _write_signed(tmp_path, b"\x00evidence\xff" * 10_000, trusted)
    result = _minisign_verify(target, pub)
    assert result.returncode == 0, result.stderr
    assert "Signature and comment signature verified" in result.stdout
    assert f"Trusted comment: {trusted}" in result.stdout


@needs_minisign
def test_minisign_rejects_a_changed_file(tmp_path: Path) -> None:
    _, target, pub = _write_signed(tmp_path, b"original evidence", "file:bundle.zip")
    target.write_bytes(b"original evidencE")
    assert _minisign_verify(target, pub).returncode != 0


@needs_minisign
def test_minisign_rejects_a_changed_trusted_comment(tmp_path: Path) -> None:
    _, target, pub = _write_signed(tmp_path, b"original evidence", "file:bundle.zip")
    sig = tmp_path / "bundle.zip.minisig"
    sig.write_text(sig.read_text().replace("file:bundle.zip", "file:other.zip"))
    assert _minisign_verify(target, pub).returncode != 0


@needs_minisign
def test_minisign_names_keys_by_the_fingerprint_we_show(tmp_path: Path) -> None:
    signer, target, _ = _write_signed(tmp_path, b"evidence", "file:bundle.zip")
    stranger = new_signing_identity()
    wrong_pub = tmp_path / "stranger.pub"
    wrong_pub.write_text(minisign_public_key_file(stranger, "someone else"))
    result = _minisign_verify(target, wrong_pub)
    assert result.returncode != 0
    message = " ".join((result.stdout + result.stderr).split())
    # minisign prints key ids without leading zeros; ours are always 16 digits.
    assert f"is {fingerprint(signer).lstrip('0')}" in message
    assert f"public key is {fingerprint(stranger).lstrip('0')}" in message
