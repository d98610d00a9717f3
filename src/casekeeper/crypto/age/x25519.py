"""age X25519 keys and the X25519 recipient stanza.

An identity is an X25519 private key, written ``AGE-SECRET-KEY-1…``; its
recipient is the public key, written ``age1…``. The vault keeps one
identity inside the encrypted database and encrypts every blob to its
recipient, so the ``age`` command can open a blob in an emergency with the
identity exported to a key file.

Wrapping (spec section "X25519 recipient stanza"): a fresh ephemeral key
per file and recipient; wrap key = HKDF-SHA256(shared secret, salt =
ephemeral share || recipient, info "age-encryption.org/v1/X25519");
the 16-byte file key is sealed with ChaCha20-Poly1305 under a zero nonce
(safe: each wrap key is used exactly once).
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casekeeper.crypto.age import bech32
from casekeeper.crypto.age.header import Stanza, b64decode_canonical, b64encode_unpadded
from casekeeper.errors import AgeHeaderInvalid, AgeKeyInvalid

RECIPIENT_HRP = "age"
IDENTITY_HRP = "AGE-SECRET-KEY-"
STANZA_TYPE = "X25519"
_INFO = b"age-encryption.org/v1/X25519"
_ZERO_NONCE = bytes(12)
_RAW = serialization.Encoding.Raw


def _wrap_key(shared: bytes, share: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=share + recipient, info=_INFO).derive(
        shared
    )


@dataclass(frozen=True)
class AgeRecipient:
    """Someone a file can be encrypted to: an X25519 public key (32 bytes)."""

    public_bytes: bytes

    def __post_init__(self) -> None:
        if len(self.public_bytes) != 32:
            raise AgeKeyInvalid("An age recipient is a 32-byte X25519 public key.")

    def to_string(self) -> str:
        """The ``age1…`` form, accepted by ``age -r``."""
        return bech32.encode(RECIPIENT_HRP, self.public_bytes)

    def __str__(self) -> str:
        return self.to_string()

    def __repr__(self) -> str:
        return f"AgeRecipient({self.to_string()!r})"

    def wrap(self, file_key: bytes) -> Stanza:
        """Seal ``file_key`` for this recipient in an X25519 stanza.

        A fresh ephemeral key every call: reusing one across files would let
        anyone link the files and would reuse the zero-nonce wrap key.
        """
        ephemeral = X25519PrivateKey.generate()
        share = ephemeral.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
        try:
            shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(self.public_bytes))
        except ValueError:
            # A low-order public key makes the shared secret all zeros: nobody
            # could be the intended reader, and the key is not secret at all.
            raise AgeKeyInvalid(
                "That age recipient is not a usable public key (low-order point)."
            ) from None
        body = ChaCha20Poly1305(_wrap_key(shared, share, self.public_bytes)).encrypt(
            _ZERO_NONCE, file_key, None
        )
        return Stanza([STANZA_TYPE, b64encode_unpadded(share).decode("ascii")], body)


class AgeIdentity:
    """An X25519 private key that can open files sent to its :meth:`recipient`.

    ``repr`` never shows the key. Python cannot wipe the key from memory
    (``cryptography`` holds it in OpenSSL); keep identities short-lived.
    """

    __slots__ = ("_key", "_public")

    def __init__(self, private_key: X25519PrivateKey) -> None:
        self._key = private_key
        self._public = private_key.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)

    @classmethod
    def from_private_bytes(cls, raw: bytes | bytearray) -> AgeIdentity:
        if len(raw) != 32:
            raise AgeKeyInvalid("An age identity is a 32-byte X25519 private key.")
        return cls(X25519PrivateKey.from_private_bytes(bytes(raw)))

    def private_bytes(self) -> bytes:
        """The raw 32-byte secret (for storing inside the encrypted database)."""
        return self._key.private_bytes(
            _RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )

    def to_string(self) -> str:
        """The ``AGE-SECRET-KEY-1…`` form (upper case), as ``age-keygen`` writes it."""
        return bech32.encode(IDENTITY_HRP, self.private_bytes())

    def recipient(self) -> AgeRecipient:
        return AgeRecipient(self._public)

    def __repr__(self) -> str:
        return f"<AgeIdentity for {self.recipient().to_string()}>"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, AgeIdentity) and other._public == self._public

    def __hash__(self) -> int:
        return hash(self._public)

    def unwrap(self, stanza: Stanza) -> bytes | None:
        """Try to open one X25519 stanza: the file key, or None if it is not ours.

        The stanza's shape was checked by the header parser. Raises
        :class:`AgeHeaderInvalid` when the share is a low-order point (the
        shared secret would be all zeros): the spec makes that a header
        error, not "not for us", so a forged file cannot pass for a
        wrong-key file.
        """
        share = b64decode_canonical(stanza.args[1])
        try:
            shared = self._key.exchange(X25519PublicKey.from_public_bytes(share))
        except ValueError:
            raise AgeHeaderInvalid("X25519 share is a low-order point") from None
        try:
            return ChaCha20Poly1305(_wrap_key(shared, share, self._public)).decrypt(
                _ZERO_NONCE, stanza.body, None
            )
        except InvalidTag:
            return None


def generate_identity() -> AgeIdentity:
    """A new random identity from the OS CSPRNG."""
    return AgeIdentity(X25519PrivateKey.generate())


def parse_recipient(text: str) -> AgeRecipient:
    """Parse ``age1…`` (lower case only, as age requires); surrounding blanks are ignored."""
    text = text.strip()
    if text.startswith("age1pq1"):
        raise AgeKeyInvalid(
            "That is a post-quantum age recipient (age1pq1…); CaseKeeper uses X25519 keys (age1…)."
        )
    try:
        hrp, data = bech32.decode(text)
    except bech32.Bech32Error as exc:
        raise AgeKeyInvalid(f"That is not a valid age recipient ({exc}).") from None
    if hrp != RECIPIENT_HRP:
        raise AgeKeyInvalid("That is not an age recipient: it must start with 'age1' (lower case).")
    if len(data) != 32:
        raise AgeKeyInvalid("That age recipient has the wrong length.")
    return AgeRecipient(data)


def parse_identity(text: str) -> AgeIdentity:
    """Parse ``AGE-SECRET-KEY-1…`` (upper case only, as age requires).

    Error messages never include the text: it is a secret key.
    """
    text = text.strip()
    if text.startswith("AGE-SECRET-KEY-PQ-1"):
        raise AgeKeyInvalid(
            "That is a post-quantum age identity (AGE-SECRET-KEY-PQ-1…); "
            "CaseKeeper uses X25519 keys."
        )
    try:
        hrp, data = bech32.decode(text)
    except bech32.Bech32Error as exc:
        raise AgeKeyInvalid(f"That is not a valid age secret key ({exc}).") from None
    if hrp != IDENTITY_HRP:
        raise AgeKeyInvalid(
            "That is not an age secret key: it must start with 'AGE-SECRET-KEY-1' (upper case)."
        )
    return AgeIdentity.from_private_bytes(data)
