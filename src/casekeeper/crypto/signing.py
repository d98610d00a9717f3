"""The store's Ed25519 signing identity, in minisign's formats.

Evidence bundles are signed so that a court, a UN rapporteur or a journalist
can check them with a standard, independently written tool (``minisign -V``)
instead of trusting CaseKeeper. So keys and signatures use minisign's exact
formats (https://jedisct1.github.io/minisign/):

- public key file: ``untrusted comment: ...`` line, then
  base64(``b"Ed"`` + 8-byte key id + 32-byte Ed25519 public key);
- signature file: ``untrusted comment: ...``, base64(``b"ED"`` + key id +
  Ed25519 signature of BLAKE2b-512(data)), ``trusted comment: ...``,
  base64(Ed25519 signature of (signature + trusted comment bytes)).

The private key never leaves the encrypted database; this module only turns
the raw bytes into signatures and text.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

KEY_ID_BYTES = 8
_PUBKEY_ALG = b"Ed"
_PREHASHED_SIG_ALG = b"ED"
# minisign's own limits (COMMENTMAXBYTES, TRUSTEDCOMMENTMAXBYTES), minus the prefix.
_MAX_UNTRUSTED_COMMENT = 1024 - len("untrusted comment: ") - 1
_MAX_TRUSTED_COMMENT = 8192 - len("trusted comment: ") - 1


@dataclass(frozen=True)
class SigningIdentity:
    """One store's signing key pair plus its minisign key id.

    ``private_key`` is the 32-byte Ed25519 seed; it is hidden from ``repr``
    so that logging an identity never prints it.
    """

    key_id: bytes
    private_key: bytes = field(repr=False)
    public_key: bytes

    def __post_init__(self) -> None:
        if len(self.key_id) != KEY_ID_BYTES:
            raise ValueError("a minisign key id is 8 bytes")
        if len(self.private_key) != 32 or len(self.public_key) != 32:
            raise ValueError("Ed25519 keys are 32 bytes")
        if _public_from_seed(self.private_key) != bytes(self.public_key):
            # Catches a row mix-up in the database before it signs anything.
            raise ValueError("the public key does not belong to this private key")

    @classmethod
    def from_private_key(cls, key_id: bytes, private_key: bytes) -> SigningIdentity:
        """Rebuild an identity from what the database stores (key id and seed)."""
        return cls(bytes(key_id), bytes(private_key), _public_from_seed(private_key))


def _public_from_seed(seed: bytes) -> bytes:
    return (
        Ed25519PrivateKey.from_private_bytes(bytes(seed))
        .public_key()
        .public_bytes(Encoding.Raw, PublicFormat.Raw)
    )


def new_signing_identity() -> SigningIdentity:
    """A fresh key pair with a random key id, as ``minisign -G`` would make."""
    return SigningIdentity.from_private_key(os.urandom(KEY_ID_BYTES), os.urandom(32))


def fingerprint(identity: SigningIdentity) -> str:
    """The key id exactly as minisign prints it, e.g. ``480B698D5F410826``.

    minisign reads the 8 key-id bytes as a little-endian 64-bit integer and
    prints it in uppercase hex, so the text is the bytes *reversed*. Showing
    the same string lets a recipient compare what CaseKeeper shows with what
    ``minisign`` says about a ``.pub`` or ``.minisig`` file.
    """
    return bytes(reversed(identity.key_id)).hex().upper()


def _check_comment(comment: str, limit: int, what: str) -> None:
    if "\n" in comment or "\r" in comment:
        raise ValueError(f"a minisign {what} must be one line")
    if len(comment.encode("utf-8")) > limit:
        raise ValueError(f"a minisign {what} is limited to {limit} bytes")


def minisign_public_key_file(identity: SigningIdentity, comment: str) -> str:
    """The text of a minisign ``.pub`` file, for recipients to verify our bundles with."""
    _check_comment(comment, _MAX_UNTRUSTED_COMMENT, "comment")
    blob = _PUBKEY_ALG + identity.key_id + identity.public_key
    return f"untrusted comment: {comment}\n{base64.b64encode(blob).decode('ascii')}\n"


def sign_prehashed(
    identity: SigningIdentity, data: bytes, trusted_comment: str, untrusted_comment: str
) -> str:
    """The text of a ``.minisig`` file for ``data`` (prehashed "ED" algorithm).

    Prehashed, because that is minisign's default since 0.8 and lets big
    bundles be hashed in a stream. The trusted comment is covered by the
    global signature (put what matters there: file name, time, store); the
    untrusted comment is not.
    """
    _check_comment(untrusted_comment, _MAX_UNTRUSTED_COMMENT, "untrusted comment")
    _check_comment(trusted_comment, _MAX_TRUSTED_COMMENT, "trusted comment")
    key = Ed25519PrivateKey.from_private_bytes(bytes(identity.private_key))
    digest = hashlib.blake2b(data, digest_size=64).digest()
    signature = key.sign(digest)
    global_signature = key.sign(signature + trusted_comment.encode("utf-8"))
    sig_blob = _PREHASHED_SIG_ALG + identity.key_id + signature
    return (
        f"untrusted comment: {untrusted_comment}\n"
        f"{base64.b64encode(sig_blob).decode('ascii')}\n"
        f"trusted comment: {trusted_comment}\n"
        f"{base64.b64encode(global_signature).decode('ascii')}\n"
    )
