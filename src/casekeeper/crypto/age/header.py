"""The age header: version line, recipient stanzas, MAC line — parsed strictly.

Layout (C2SP age, "Header")::

    age-encryption.org/v1\\n
    -> TYPE ARG ARG…\\n          one stanza per recipient
    BASE64 BODY, 64 columns per line, last line shorter (maybe empty)\\n
    --- BASE64 HMAC\\n

Strict because the header MAC only proves the header came from someone
who knew the file key: a lenient parser (accepting padding, CRLF, long
lines, non-canonical base64) would accept many byte strings for one
header and make the file malleable before the MAC is even checked. Every
deviation is :class:`AgeHeaderInvalid`.

The parser knows the *shape* of X25519 and scrypt stanzas and checks it for
every stanza, whatever identity is offered: an X25519 stanza with wrong
arguments is a broken file, not a "wrong key". Unknown stanza types are
kept (and skipped when another stanza matches) so files for several kinds
of recipient still open.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import re
from collections.abc import Callable
from dataclasses import dataclass
from hashlib import sha256

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casekeeper.errors import AgeHeaderInvalid

VERSION_LINE = b"age-encryption.org/v1"
STANZA_PREFIX = b"-> "
MAC_PREFIX = b"---"
COLUMNS = 64
MAX_HEADER_SIZE = 1 << 20  # far above any real header; bounds memory on garbage input
# age's default ceiling: above it, scrypt would run for minutes (a denial of service).
MAX_SCRYPT_WORK_FACTOR = 22
FILE_KEY_SIZE = 16

_B64_CHARS = re.compile(rb"[A-Za-z0-9+/]*")
_ARG_CHARS = re.compile(rb"[\x21-\x7e]+")
_DECIMAL = re.compile(r"[1-9][0-9]*")


def b64decode_canonical(data: bytes | str) -> bytes:
    """Decode unpadded standard base64, refusing any other spelling of the same bytes.

    Rejects padding, characters outside the alphabet, impossible lengths and
    non-zero unused trailing bits (``ha`` and ``hb`` must not both decode).
    """
    raw = data.encode("ascii", "replace") if isinstance(data, str) else data
    if not _B64_CHARS.fullmatch(raw) or len(raw) % 4 == 1:
        raise AgeHeaderInvalid("invalid base64")
    try:
        decoded = base64.b64decode(raw + b"=" * (-len(raw) % 4), validate=True)
    except binascii.Error:
        raise AgeHeaderInvalid("invalid base64") from None
    if base64.b64encode(decoded).rstrip(b"=") != raw:
        raise AgeHeaderInvalid("non-canonical base64")
    return decoded


def b64encode_unpadded(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


@dataclass(frozen=True)
class Stanza:
    """One recipient stanza: its arguments (``args[0]`` is the type) and body."""

    args: list[str]
    body: bytes

    @property
    def type(self) -> str:
        return self.args[0]

    def encode(self) -> bytes:
        lines = [STANZA_PREFIX + " ".join(self.args).encode("ascii")]
        text = b64encode_unpadded(self.body)
        lines += [text[i : i + COLUMNS] for i in range(0, len(text), COLUMNS)]
        if len(text) % COLUMNS == 0:
            lines.append(b"")  # the body always ends with a short (here: empty) line
        return b"\n".join(lines) + b"\n"


@dataclass(frozen=True)
class Header:
    stanzas: list[Stanza]
    mac: bytes
    mac_input: bytes  # the header bytes up to and including "---", which the MAC covers
    size: int  # bytes the header takes in the file, final newline included

    def verify_mac(self, file_key: bytes) -> bool:
        return hmac.compare_digest(compute_mac(file_key, self.mac_input), self.mac)


def header_mac_key(file_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"header").derive(file_key)


def compute_mac(file_key: bytes, mac_input: bytes) -> bytes:
    return hmac.new(header_mac_key(file_key), mac_input, sha256).digest()


def encode_header(stanzas: list[Stanza], file_key: bytes) -> bytes:
    """The complete header for ``stanzas``, MAC line included."""
    body = VERSION_LINE + b"\n" + b"".join(s.encode() for s in stanzas) + MAC_PREFIX
    return body + b" " + b64encode_unpadded(compute_mac(file_key, body)) + b"\n"


def _check_x25519(stanza: Stanza) -> None:
    if len(stanza.args) != 2:
        raise AgeHeaderInvalid("X25519 stanza must have exactly one argument")
    if len(b64decode_canonical(stanza.args[1])) != 32:
        raise AgeHeaderInvalid("X25519 share must be 32 bytes")
    if len(stanza.body) != FILE_KEY_SIZE + 16:
        raise AgeHeaderInvalid("X25519 stanza body must be a 16-byte file key plus tag")


def _check_scrypt(stanza: Stanza) -> None:
    if len(stanza.args) != 3:
        raise AgeHeaderInvalid("scrypt stanza must have exactly two arguments")
    if len(b64decode_canonical(stanza.args[1])) != 16:
        raise AgeHeaderInvalid("scrypt salt must be 16 bytes")
    factor = stanza.args[2]
    if not _DECIMAL.fullmatch(factor) or len(factor) > 2:
        raise AgeHeaderInvalid("scrypt work factor is not a plain decimal number")
    if int(factor) > MAX_SCRYPT_WORK_FACTOR:
        raise AgeHeaderInvalid("scrypt work factor is too large (would take too long)")
    if len(stanza.body) != FILE_KEY_SIZE + 16:
        raise AgeHeaderInvalid("scrypt stanza body must be a 16-byte file key plus tag")


def parse_header(readline: Callable[[], bytes]) -> Header:
    """Parse a header from ``readline``, which returns one line *with* its ``\\n``.

    ``readline`` returns the bytes left (without a newline) at end of file,
    or ``b""``. Stops right after the MAC line, so the caller's stream is
    positioned at the payload nonce.
    """
    consumed = bytearray()

    def line() -> bytes:
        raw = readline()
        consumed.extend(raw)
        if len(consumed) > MAX_HEADER_SIZE:
            raise AgeHeaderInvalid("header is implausibly large")
        if not raw.endswith(b"\n"):
            raise AgeHeaderInvalid("the file ends inside the header")
        return raw[:-1]

    if not (first := readline()):
        raise AgeHeaderInvalid("the file is empty")
    consumed.extend(first)
    if first != VERSION_LINE + b"\n":
        if re.fullmatch(rb"age-encryption\.org/v[0-9]+\n", first):
            raise AgeHeaderInvalid("unsupported age format version")
        if first.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----"):
            raise AgeHeaderInvalid("ASCII-armored age files are not supported")
        raise AgeHeaderInvalid("not an age file (its first line is wrong)")

    stanzas: list[Stanza] = []
    current = line()
    while current.startswith(STANZA_PREFIX):
        parts = current[len(STANZA_PREFIX) :].split(b" ")
        if not all(_ARG_CHARS.fullmatch(p) for p in parts):
            raise AgeHeaderInvalid("malformed stanza arguments")
        body_text = bytearray()
        while True:
            body_line = line()
            if len(body_line) > COLUMNS:
                raise AgeHeaderInvalid("stanza body line longer than 64 columns")
            if not _B64_CHARS.fullmatch(body_line):
                raise AgeHeaderInvalid(
                    "stanza body is not base64 or its final short line is missing"
                )
            body_text += body_line
            if len(body_line) < COLUMNS:
                break
        stanza = Stanza([p.decode("ascii") for p in parts], b64decode_canonical(bytes(body_text)))
        if stanza.type == "X25519":
            _check_x25519(stanza)
        elif stanza.type == "scrypt":
            _check_scrypt(stanza)
        stanzas.append(stanza)
        current = line()

    if not current.startswith(MAC_PREFIX):
        raise AgeHeaderInvalid("expected a stanza or the MAC line")
    if not stanzas:
        raise AgeHeaderInvalid("no recipient stanzas")
    if any(s.type == "scrypt" for s in stanzas) and len(stanzas) != 1:
        # A passphrase file must have no other way in, or the passphrase
        # would give a false sense that only its holders can read it.
        raise AgeHeaderInvalid("a passphrase (scrypt) stanza must be the only stanza")
    if not current.startswith(MAC_PREFIX + b" "):
        raise AgeHeaderInvalid("malformed MAC line")
    mac = b64decode_canonical(current[len(MAC_PREFIX) + 1 :])
    if len(mac) != 32:
        raise AgeHeaderInvalid("header MAC has the wrong length")
    mac_input = bytes(consumed[: len(consumed) - len(current) - 1 + len(MAC_PREFIX)])
    return Header(stanzas, mac, mac_input, len(consumed))
