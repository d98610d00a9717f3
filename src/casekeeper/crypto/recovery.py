"""The printable recovery key.

A recovery key is the way back in when the passphrase is forgotten, so it is
written on paper and typed back months later, maybe by someone else. Hence:
Base32 (no characters that differ only in case, no 0/O or 1/I pairs), short
groups that are easy to read aloud, look-alike digits accepted, and a
checksum so a typo is caught on the spot instead of reading as "wrong key".

Layout: 32 random bytes as RFC 4648 Base32 without padding (52 characters)
followed by 4 checksum characters (the start of the Base32 of SHA-256 of the
key), 56 characters in 14 groups of 4 joined by '-'.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os

from casekeeper.errors import MalformedRecoveryKey

KEY_BYTES = 32
_KEY_CHARS = 52
_CHECK_CHARS = 4
_GROUP = 4
TEXT_CHARS = _KEY_CHARS + _CHECK_CHARS  # 56
GROUPS = TEXT_CHARS // _GROUP  # 14

_ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
# Digits that are not in the Base32 alphabet but look like letters that are.
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


def _checksum(key: bytes | bytearray) -> str:
    return base64.b32encode(hashlib.sha256(key).digest()).decode("ascii")[:_CHECK_CHARS]


def format_recovery_key(key: bytes | bytearray) -> str:
    """Render 32 key bytes in the printed form (used to show a key to the user)."""
    if len(key) != KEY_BYTES:
        raise ValueError("a recovery key is 32 bytes")
    body = base64.b32encode(bytes(key)).decode("ascii").rstrip("=")
    text = body + _checksum(key)
    return "-".join(text[i : i + _GROUP] for i in range(0, len(text), _GROUP))


def new_recovery_key() -> str:
    """A fresh 256-bit recovery key, printed form. Parse it back to get the bytes."""
    return format_recovery_key(os.urandom(KEY_BYTES))


def parse_recovery_key(text: str) -> bytearray:
    """The 32 key bytes from what the user typed.

    Accepts any case, spaces, dashes and line breaks, and the digits 0, 1, 8
    for O, I, B. Raises ``MalformedRecoveryKey`` on a wrong length, a
    character outside the alphabet, or a checksum mismatch, so that a typo is
    reported as a typo before any (slow) key slot is tried.
    """
    if not isinstance(text, str):
        raise MalformedRecoveryKey()
    cleaned = "".join(ch for ch in text if not ch.isspace() and ch != "-")
    cleaned = cleaned.upper().translate(_LOOKALIKES)
    if len(cleaned) != TEXT_CHARS or not set(cleaned) <= _ALPHABET:
        raise MalformedRecoveryKey()
    body, check = cleaned[:_KEY_CHARS], cleaned[_KEY_CHARS:]
    try:
        key = bytearray(base64.b32decode(body + "====", casefold=False))
    except (binascii.Error, ValueError):
        raise MalformedRecoveryKey() from None
    # The last Base32 character carries 4 unused bits; a typo there would
    # decode to the same key, so insist on the one canonical spelling.
    canonical = base64.b32encode(bytes(key)).decode("ascii").rstrip("=")
    if len(key) != KEY_BYTES or canonical != body or _checksum(key) != check:
        key[:] = bytes(len(key))
        raise MalformedRecoveryKey()
    return key
