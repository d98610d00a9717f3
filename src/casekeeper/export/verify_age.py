"""Reading an age-encrypted bundle at random, without decrypting it to disk.

A zip is read from its end (the central directory) and then member by
member, so it needs a seekable file. age's payload is a sequence of
fixed-size chunks (64 KiB of plaintext + a 16-byte tag, each sealed under
its own counter nonce, the last one flagged), so any chunk can be opened
on its own: this reader decrypts the chunk a read falls into and keeps
only that one in memory. Every chunk is authenticated before any byte of
it is returned; :meth:`SeekableAgeReader.check_rest` authenticates the
chunks no read touched, so a verifier can vouch for the whole file.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casekeeper.crypto.age import AgeIdentity
from casekeeper.crypto.age.header import parse_header
from casekeeper.errors import (
    AgeHeaderInvalid,
    AgeHeaderMacInvalid,
    AgeNoMatchingKey,
    AgePayloadCorrupt,
    AgeUnsupported,
)

MAGIC = b"age-encryption.org/v1\n"
CHUNK = 64 * 1024
TAG = 16
SEALED = CHUNK + TAG
NONCE = 16


def is_age_file(path: os.PathLike[str] | str) -> bool:
    with open(path, "rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


class SeekableAgeReader(io.RawIOBase):
    """A seekable, read-only view of the plaintext of an age file (X25519)."""

    def __init__(self, src: BinaryIO, identities: Iterable[AgeIdentity]) -> None:
        super().__init__()
        self._src = src
        src.seek(0)

        def readline() -> bytes:
            return src.readline(64 * 1024)

        header = parse_header(readline)
        if any(s.type == "scrypt" for s in header.stanzas):
            raise AgeUnsupported("the file is protected by a passphrase (scrypt)")
        file_key = None
        for identity in identities:
            for stanza in header.stanzas:
                if stanza.type == "X25519":
                    file_key = identity.unwrap(stanza)
                    if file_key is not None:
                        break
            if file_key is not None:
                break
        if file_key is None:
            raise AgeNoMatchingKey()
        if not header.verify_mac(file_key):
            raise AgeHeaderMacInvalid()
        src.seek(header.size)
        nonce = src.read(NONCE)
        if len(nonce) != NONCE:
            raise AgeHeaderInvalid("the payload nonce is missing or short")
        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=nonce, info=b"payload").derive(
            file_key
        )
        self._aead = ChaCha20Poly1305(key)
        self._start = header.size + NONCE
        end = src.seek(0, io.SEEK_END)
        payload = end - self._start
        if payload < TAG:
            raise AgePayloadCorrupt("the encrypted contents are missing or cut short")
        self._chunks = -(-payload // SEALED)
        last = payload - (self._chunks - 1) * SEALED
        if last < TAG or (last == TAG and self._chunks > 1):
            raise AgePayloadCorrupt("the file ends inside a chunk")
        self._size = payload - self._chunks * TAG
        self._pos = 0
        self._index = -1
        self._plain = b""
        self._checked: set[int] = set()

    @property
    def size(self) -> int:
        return self._size

    def _open(self, index: int) -> bytes:
        if index == self._index:
            return self._plain
        self._src.seek(self._start + index * SEALED)
        sealed = self._src.read(SEALED)
        nonce = index.to_bytes(11, "big") + (b"\x01" if index == self._chunks - 1 else b"\x00")
        try:
            plain = self._aead.decrypt(nonce, sealed, None)
        except InvalidTag:
            raise AgePayloadCorrupt(
                f"chunk {index + 1} of {self._chunks} was changed, reordered or cut short"
            ) from None
        if not plain and index > 0:
            raise AgePayloadCorrupt("the file ends with an empty chunk, which age never writes")
        self._checked.add(index)
        self._index, self._plain = index, plain
        return plain

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_SET:
            pos = offset
        elif whence == io.SEEK_CUR:
            pos = self._pos + offset
        elif whence == io.SEEK_END:
            pos = self._size + offset
        else:
            raise ValueError(f"invalid whence {whence}")
        if pos < 0:
            raise ValueError("negative seek position")
        self._pos = pos
        return pos

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        out = memoryview(buffer).cast("B")
        copied = 0
        while copied < out.nbytes and self._pos < self._size:
            index, within = divmod(self._pos, CHUNK)
            plain = self._open(index)
            take = min(len(plain) - within, out.nbytes - copied)
            out[copied : copied + take] = plain[within : within + take]
            copied += take
            self._pos += take
        return copied

    def check_rest(self) -> None:
        """Authenticate every chunk not read yet (raises AgePayloadCorrupt)."""
        for index in range(self._chunks):
            if index not in self._checked:
                self._open(index)
        self._index, self._plain = -1, b""


def open_age(path: os.PathLike[str] | str, identities: Iterable[AgeIdentity]
             ) -> tuple[BinaryIO, SeekableAgeReader]:
    """(the encrypted file, a buffered seekable plaintext view of it); close both."""
    src = open(path, "rb")
    try:
        raw = SeekableAgeReader(src, identities)
    except BaseException:
        src.close()
        raise
    return src, raw
