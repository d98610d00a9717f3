"""Bech32 (BIP 173, the original checksum, not Bech32m) as age uses it for keys.

age writes recipients as ``age1…`` (lower case) and identities as
``AGE-SECRET-KEY-1…`` (upper case). Bech32 is case-insensitive on paper but
a string must be all one case, and age compares the human-readable part
exactly, so the case of the HRP is returned as written: callers check it.

Written here (about fifty lines) rather than taken from a package because
it is tiny, fixed by a published standard, and a dependency for it would be
one more thing to audit in the key path.
"""

from __future__ import annotations

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_CHARSET_INDEX = {c: i for i, c in enumerate(_CHARSET)}
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
MAX_LENGTH = 90  # BIP 173's limit; an X25519 identity is 74 characters


class Bech32Error(ValueError):
    """The string is not valid Bech32 (the reason is in the message, never the string)."""


def _polymod(values: list[int]) -> int:
    chk = 1
    for value in values:
        top = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ value
        for i in range(5):
            if (top >> i) & 1:
                chk ^= _GENERATOR[i]
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    # The checksum is defined over the lower-case HRP whatever case is shown.
    low = hrp.lower()
    return [ord(c) >> 5 for c in low] + [0] + [ord(c) & 31 for c in low]


def _convert_bits(data: bytes | list[int], from_bits: int, to_bits: int, pad: bool) -> list[int]:
    acc = 0
    bits = 0
    out: list[int] = []
    maxv = (1 << to_bits) - 1
    for value in data:
        if value >> from_bits:
            raise Bech32Error("value out of range")
        acc = (acc << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((acc >> bits) & maxv)
    if pad:
        if bits:
            out.append((acc << (to_bits - bits)) & maxv)
    elif bits >= from_bits:
        raise Bech32Error("excess padding")
    elif (acc << (to_bits - bits)) & maxv:
        raise Bech32Error("non-zero padding")
    return out


def encode(hrp: str, data: bytes) -> str:
    """Encode ``data`` under ``hrp``; an upper-case HRP gives an all upper-case string."""
    if not hrp or any(not 33 <= ord(c) <= 126 for c in hrp):
        raise Bech32Error("invalid human-readable part")
    if hrp != hrp.lower() and hrp != hrp.upper():
        raise Bech32Error("mixed-case human-readable part")
    values = _convert_bits(data, 8, 5, pad=True)
    if len(hrp) + 1 + len(values) + 6 > MAX_LENGTH:
        raise Bech32Error("too long")
    check = _polymod(_hrp_expand(hrp) + values + [0] * 6) ^ 1
    values += [(check >> (5 * (5 - i))) & 31 for i in range(6)]
    text = hrp.lower() + "1" + "".join(_CHARSET[v] for v in values)
    return text.upper() if hrp == hrp.upper() and hrp != hrp.lower() else text


def decode(text: str) -> tuple[str, bytes]:
    """Return ``(hrp, data)``, the HRP in the case it was written.

    Raises :class:`Bech32Error` for mixed case, bad characters, a bad
    checksum or bad padding. The error never quotes ``text``: it may be a
    secret key.
    """
    if len(text) > MAX_LENGTH:
        raise Bech32Error("too long")
    if text != text.lower() and text != text.upper():
        raise Bech32Error("mixed case")
    pos = text.rfind("1")
    if pos < 1 or pos + 7 > len(text):
        raise Bech32Error("separator '1' missing or misplaced")
    hrp = text[:pos]
    if any(not 33 <= ord(c) <= 126 for c in hrp):
        raise Bech32Error("invalid character in human-readable part")
    try:
        values = [_CHARSET_INDEX[c] for c in text[pos + 1 :].lower()]
    except KeyError:
        raise Bech32Error("invalid character in data part") from None
    if _polymod(_hrp_expand(hrp) + values) != 1:
        raise Bech32Error("checksum mismatch (a typo?)")
    return hrp, bytes(_convert_bits(values[:-6], 5, 8, pad=False))
