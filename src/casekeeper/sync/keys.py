"""A device's sync keys, its public card and its fingerprint.

Every store has its own device keys, made once when the store first joins or
creates a team: an Ed25519 key that signs its batches and rosters, and an
X25519 key (an age identity) that the team's epoch keys are wrapped to. The
private parts leave this module only as :meth:`DeviceKeys.to_bytes`, which
the store keeps inside its encrypted database; they never go into the sync
folder.

What a device shows the admin who adds it is its *card*: device id, a name,
both public keys. The admin's CaseKeeper reads the card (pasted text or the
QR code, both :meth:`DeviceCard.to_text`) and both people compare the
fingerprint on the two screens before the admin accepts; the fingerprint is
a hash of the card's keys, so a card swapped in transit shows a different
one.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from casekeeper.crypto.age import AgeIdentity, AgeRecipient, generate_identity, parse_recipient
from casekeeper.crypto.secrets import zero
from casekeeper.errors import AgeKeyInvalid, SyncDeviceCardInvalid

from .layout import DEVICE_RE

_KEYS_MAGIC = b"CKDK\x01"
_CARD_PREFIX = "casekeeper-device:1:"
_FP_LABEL = b"casekeeper/v1/device-fingerprint"
# Crockford's base32 alphabet: no I, L, O, U, so nothing reads as something else aloud.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_MAX_NAME = 80


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def crockford32(data: bytes) -> str:
    bits = int.from_bytes(data, "big")
    count = (len(data) * 8 + 4) // 5
    bits <<= count * 5 - len(data) * 8
    return "".join(_CROCKFORD[(bits >> (5 * i)) & 31] for i in reversed(range(count)))


def verify_signature(public_key: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class DeviceCard:
    """The public side of a device: what the admin adds to the team roster."""

    device_id: str
    name: str
    sign_public: bytes  # Ed25519, 32 bytes
    wrap_public: bytes  # X25519 (age recipient), 32 bytes

    def __post_init__(self) -> None:
        if not DEVICE_RE.fullmatch(self.device_id):
            raise SyncDeviceCardInvalid("A device id is 32 lower-case hex digits.")
        if len(self.sign_public) != 32 or len(self.wrap_public) != 32:
            raise SyncDeviceCardInvalid("A device card carries two 32-byte public keys.")
        if len(self.name) > _MAX_NAME or any(ch in self.name for ch in ":\n\r\t"):
            raise SyncDeviceCardInvalid(
                f"A device name is one line of at most {_MAX_NAME} characters, without ':'."
            )

    @property
    def recipient(self) -> AgeRecipient:
        return AgeRecipient(self.wrap_public)

    def fingerprint(self) -> str:
        return fingerprint(self.device_id, self.sign_public, self.wrap_public)

    def to_text(self) -> str:
        """One line for the clipboard and the QR code (ASCII, QR alphanumeric-safe enough)."""
        name = _b64(self.name.encode("utf-8"))
        return (
            f"{_CARD_PREFIX}{self.device_id}:{_b64(self.sign_public)}:"
            f"{self.recipient.to_string()}:{name}"
        )

    @classmethod
    def from_text(cls, text: str) -> DeviceCard:
        text = text.strip()
        if not text.startswith(_CARD_PREFIX):
            raise SyncDeviceCardInvalid()
        parts = text[len(_CARD_PREFIX) :].split(":")
        if len(parts) != 4:
            raise SyncDeviceCardInvalid()
        device_id, sign_b64, recipient_text, name_b64 = parts
        try:
            sign_public = _unb64(sign_b64)
            wrap_public = parse_recipient(recipient_text).public_bytes
            name = _unb64(name_b64).decode("utf-8")
        except (ValueError, AgeKeyInvalid):  # binascii.Error and UnicodeDecodeError included
            raise SyncDeviceCardInvalid() from None
        return cls(device_id, name, sign_public, wrap_public)


def fingerprint(device_id: str, sign_public: bytes, wrap_public: bytes) -> str:
    """A short text two people compare: 8 groups of 4 (160 bits), e.g. ``7KQ2-…``.

    160 bits: finding another key pair with the same fingerprint takes about
    2^160 work, far out of reach; fewer groups would be easier to read aloud
    but a 64-bit one could be matched by a determined adversary.
    """
    digest = hashlib.sha256(
        _FP_LABEL + bytes.fromhex(device_id) + bytes(sign_public) + bytes(wrap_public)
    ).digest()
    text = crockford32(digest[:20])
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


class DeviceKeys:
    """This device's private sync keys. ``repr`` never shows them; :meth:`wipe` zeroes them."""

    __slots__ = ("device_id", "_sign_seed", "_wrap_secret")

    def __init__(
        self, device_id: str, sign_seed: bytes | bytearray, wrap_secret: bytes | bytearray
    ):
        if not DEVICE_RE.fullmatch(device_id):
            raise ValueError("a device id is 32 lower-case hex digits")
        if len(sign_seed) != 32 or len(wrap_secret) != 32:
            raise ValueError("device keys are two 32-byte secrets")
        self.device_id = device_id
        self._sign_seed = bytearray(sign_seed)
        self._wrap_secret = bytearray(wrap_secret)

    @classmethod
    def generate(cls, device_id: str) -> DeviceKeys:
        sign = Ed25519PrivateKey.generate().private_bytes(
            Encoding.Raw, PrivateFormat.Raw, NoEncryption()
        )
        return cls(device_id, sign, generate_identity().private_bytes())

    def to_bytes(self) -> bytearray:
        """The secret form the store keeps encrypted: magic, device id, two seeds.

        A bytearray, so the caller can zero it once stored.
        """
        return (
            bytearray(_KEYS_MAGIC + bytes.fromhex(self.device_id))
            + self._sign_seed
            + self._wrap_secret
        )

    @classmethod
    def from_bytes(cls, raw: bytes | bytearray) -> DeviceKeys:
        size = len(_KEYS_MAGIC) + 16 + 64
        if len(raw) != size or bytes(raw[: len(_KEYS_MAGIC)]) != _KEYS_MAGIC:
            raise ValueError("not CaseKeeper device keys (format 1)")
        at = len(_KEYS_MAGIC)
        device_id = bytes(raw[at : at + 16]).hex()
        return cls(device_id, raw[at + 16 : at + 48], raw[at + 48 : at + 80])

    def wipe(self) -> None:
        zero(self._sign_seed)
        zero(self._wrap_secret)

    def __repr__(self) -> str:
        return f"<DeviceKeys {self.device_id}>"

    @property
    def sign_public(self) -> bytes:
        return self._signer().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    @property
    def wrap_identity(self) -> AgeIdentity:
        return AgeIdentity.from_private_bytes(self._wrap_secret)

    def card(self, name: str) -> DeviceCard:
        return DeviceCard(
            self.device_id, name, self.sign_public, self.wrap_identity.recipient().public_bytes
        )

    def sign(self, message: bytes) -> bytes:
        return self._signer().sign(message)

    def _signer(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(bytes(self._sign_seed))
