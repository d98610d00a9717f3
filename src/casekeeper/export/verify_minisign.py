"""Checking minisign signatures without minisign (and without a store).

The formats (https://jedisct1.github.io/minisign/): a public key is
``untrusted comment: ...`` then base64(``"Ed"`` + 8-byte key id + 32-byte
Ed25519 key); a signature is ``untrusted comment: ...``, base64(``"ED"``
(prehashed: the signature covers BLAKE2b-512 of the file) or ``"Ed"``
(legacy: the file itself) + key id + 64-byte signature), ``trusted
comment: ...``, base64(signature of the signature bytes + the trusted
comment). Both signatures must verify, as ``minisign -V`` requires.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey


class SignatureProblem(Exception):
    """A key or signature that is malformed or does not verify; ``str`` says which."""


@dataclass(frozen=True)
class MinisignKey:
    key_id: bytes
    public_key: bytes

    @property
    def fingerprint(self) -> str:
        """As minisign prints it: the key id read as a little-endian integer, hex."""
        return bytes(reversed(self.key_id)).hex().upper()


def _b64(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise SignatureProblem(f"the {what} is not valid base64") from None


def parse_public_key(text: str) -> MinisignKey:
    """A ``.pub`` file's text, or just its base64 line (``RW...``)."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    if lines and lines[0].startswith("untrusted comment:"):
        lines = lines[1:]
    if not lines:
        raise SignatureProblem("the public key file is empty")
    blob = _b64(lines[0], "public key")
    if len(blob) != 42 or blob[:2] != b"Ed":
        raise SignatureProblem("that is not a minisign Ed25519 public key")
    return MinisignKey(blob[2:10], blob[10:])


def normalize_fingerprint(text: str) -> str:
    return "".join(text.split()).upper().removeprefix("0X")


@dataclass(frozen=True)
class SignatureInfo:
    key_fingerprint: str
    trusted_comment: str
    prehashed: bool


def read_signature_key(sig_text: str) -> str:
    """The fingerprint of the key that made a signature (no checking)."""
    lines = sig_text.splitlines()
    if len(lines) < 2:
        raise SignatureProblem("the signature file is cut short")
    blob = _b64(lines[1], "signature")
    if len(blob) != 74:
        raise SignatureProblem("the signature has the wrong length")
    return bytes(reversed(blob[2:10])).hex().upper()


def verify(key: MinisignKey, data: bytes, sig_text: str) -> SignatureInfo:
    """Check ``sig_text`` (a ``.minisig`` file) over ``data`` with ``key``."""
    lines = sig_text.splitlines()
    if len(lines) < 4:
        raise SignatureProblem("the signature file is cut short (it needs four lines)")
    if not lines[0].startswith("untrusted comment:"):
        raise SignatureProblem("the signature file does not start with 'untrusted comment:'")
    blob = _b64(lines[1], "signature")
    if len(blob) != 74 or blob[:2] not in (b"ED", b"Ed"):
        raise SignatureProblem("that is not a minisign Ed25519 signature")
    prehashed = blob[:2] == b"ED"
    key_id, signature = blob[2:10], blob[10:]
    if key_id != key.key_id:
        made_by = bytes(reversed(key_id)).hex().upper()
        raise SignatureProblem(
            f"it was made with key {made_by}, not with the expected key {key.fingerprint}"
        )
    if not lines[2].startswith("trusted comment: "):
        raise SignatureProblem("the signature file has no trusted comment line")
    trusted = lines[2][len("trusted comment: ") :]
    global_signature = _b64(lines[3], "trusted comment signature")
    public = Ed25519PublicKey.from_public_bytes(key.public_key)
    message = hashlib.blake2b(data, digest_size=64).digest() if prehashed else data
    try:
        public.verify(signature, message)
    except InvalidSignature:
        raise SignatureProblem(
            "the signature does not match the file (the file was changed)"
        ) from None
    try:
        public.verify(global_signature, signature + trusted.encode("utf-8"))
    except InvalidSignature:
        raise SignatureProblem("the trusted comment was changed after signing") from None
    return SignatureInfo(key.fingerprint, trusted, prehashed)
