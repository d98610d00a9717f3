"""Per-purpose keys derived from the store's master key.

Each use of key material gets its own HKDF label so that a key leaked or
misused in one place (say, the SQLCipher key visible to a debugger attached
to SQLite) says nothing about the others, and so that the master key itself
is never handed to any library.
"""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

INFO_PREFIX = b"casekeeper/v1/"

SQLCIPHER = "sqlcipher-key"
CHANGELOG_MAC = "changelog-mac"
EVIDENCE_DEDUP = "evidence-dedup-hmac"
KEYSLOTS_CHECK = "keyslots-check"

_MAX_LENGTH = 255 * 32  # HKDF-SHA256 output limit


def derive(master: bytes | bytearray, label: str, length: int = 32) -> bytearray:
    """Derive the subkey for ``label``.

    No salt: the master key is already uniformly random, so HKDF's extract
    step needs none, and a salt would have to be stored somewhere. The
    version in the info string lets a future scheme derive different keys
    from the same master without colliding with these.
    """
    if len(master) != 32:
        raise ValueError("the master key must be 32 bytes")
    if not label or not label.isascii():
        raise ValueError("a subkey label must be a non-empty ASCII string")
    if not 1 <= length <= _MAX_LENGTH:
        raise ValueError(f"subkey length must be 1..{_MAX_LENGTH}")
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=length,
        salt=None,
        info=INFO_PREFIX + label.encode("ascii"),
    )
    return bytearray(hkdf.derive(master))


def sqlcipher_pragma_key(key: bytes | bytearray) -> str:
    """The raw-key literal for ``PRAGMA key = "x'...'"``.

    A raw key makes SQLCipher skip its own PBKDF2 (we already did the slow
    derivation once, with Argon2id, when the key slot was opened), which
    makes opening the database instant. Note the returned ``str`` is an
    immutable copy of the key: drop it as soon as the PRAGMA has run.
    """
    if len(key) != 32:
        raise ValueError("the SQLCipher key must be 32 bytes")
    return f"x'{bytes(key).hex()}'"
