"""Streaming age encryption and decryption on ``cryptography``'s ChaCha20-Poly1305.

Payload (C2SP age, "Payload"): a random 16-byte nonce, then the plaintext
in 64 KiB chunks, each sealed with ChaCha20-Poly1305 under
``HKDF-SHA256(file key, salt=nonce, info="payload")`` with the 12-byte
nonce ``11-byte big-endian chunk counter || last-chunk flag``. The flag on
the final chunk is what makes truncation detectable; the counter makes
reordering detectable. Only an empty file has an empty final chunk.

Why our own writer rather than pyrage (see PITFALLS "Crypto throughput"):
the vault imports evidence in one read pass, SHA-256 on one thread and
encryption + write on another. pyrage holds the GIL and only pulls
``read(8192)``, so it cannot overlap with hashing, and it swallows a write
error at the very end (a silently truncated blob). Here every write error
propagates, and a writer that failed or was left by an exception never
writes the final chunk, so a cut-short blob can never look complete.
"""

from __future__ import annotations

import io
import os
import queue
import threading
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import BinaryIO, NamedTuple

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casekeeper.crypto.age.header import FILE_KEY_SIZE, Header, encode_header, parse_header
from casekeeper.crypto.age.x25519 import AgeIdentity, AgeRecipient
from casekeeper.errors import (
    AgeHeaderInvalid,
    AgeHeaderMacInvalid,
    AgeNoMatchingKey,
    AgePayloadCorrupt,
    AgeUnsupported,
)

CHUNK_SIZE = 64 * 1024  # plaintext bytes per STREAM chunk, fixed by the spec
TAG_SIZE = 16
ENCRYPTED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
NONCE_SIZE = 16
_MAX_COUNTER = (1 << 88) - 1
# Chunks sealed into one buffer per call to out.write(): few, large writes.
_BATCH_CHUNKS = 16
# encrypt_file() reads this much per call: large enough that hashlib and
# ChaCha20-Poly1305 spend their time outside the GIL, small enough to keep
# the pipeline's memory low (block size x queue depth).
DEFAULT_READ_SIZE = 1 << 20
_QUEUE_DEPTH = 8
_READER_BUFFER = 1 << 20


def _payload_key(file_key: bytes, nonce: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=nonce, info=b"payload").derive(file_key)


def _chunk_nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def encrypted_payload_size(plaintext_size: int) -> int:
    """Bytes the payload takes after the header: nonce plus sealed chunks.

    Lets the vault check a finished blob's size (header size + this)
    before recording it, without decrypting.
    """
    chunks = max(1, -(-plaintext_size // CHUNK_SIZE))
    return NONCE_SIZE + plaintext_size + chunks * TAG_SIZE


def _write_all(out: BinaryIO, data: bytes | bytearray | memoryview) -> None:
    """Write every byte or raise: a short write must never pass unnoticed."""
    view = memoryview(data)
    while view.nbytes:
        written = out.write(view)
        if written is None:
            raise BlockingIOError(0, "the output stream accepted no data (non-blocking stream?)")
        if written <= 0:
            raise OSError(0, "the output stream made no progress")
        view = view[written:]


class EncryptResult(NamedTuple):
    plaintext_size: int
    encrypted_size: int  # bytes written to the destination, header included


class AgeWriter:
    """Encrypt to ``out`` as an age file for ``recipients``, streaming.

    Use as a context manager (or call :meth:`close`): the final chunk,
    flagged as last, is written only by a successful close. If the ``with``
    block raises, or any write to ``out`` fails, the writer stops for good
    and the output lacks its final chunk, so every age reader rejects it
    as truncated; the caller should still delete it. ``out`` is flushed
    (not closed, not fsynced) on close, so buffered write errors surface
    here; fsync and rename are the caller's job.
    """

    def __init__(self, out: BinaryIO, recipients: Iterable[AgeRecipient]) -> None:
        recipients = list(recipients)
        if not recipients:
            raise ValueError("an age file needs at least one recipient")
        file_key = os.urandom(FILE_KEY_SIZE)
        header = encode_header([r.wrap(file_key) for r in recipients], file_key)
        nonce = os.urandom(NONCE_SIZE)
        self._aead = ChaCha20Poly1305(_payload_key(file_key, nonce))
        self._out = out
        self._pending = bytearray()  # plaintext not yet sealed: 0..CHUNK_SIZE bytes
        self._sealed = bytearray(_BATCH_CHUNKS * ENCRYPTED_CHUNK_SIZE)
        self._counter = 0
        self._state = "open"
        self.plaintext_size = 0
        self.bytes_written = 0
        self._put(header + nonce)

    # -- context manager ------------------------------------------------------

    def __enter__(self) -> AgeWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()

    # -- API --------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        return self._state != "open"

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> None:
        """Add plaintext. Seals every chunk known not to be the last one.

        The last (up to 64 KiB) bytes stay buffered until more data or
        :meth:`close` says whether they end the file: the spec wants the
        final chunk flagged, and non-empty unless the whole file is empty.
        """
        self._check_open()
        view = memoryview(data).cast("B")
        size = view.nbytes
        if not size:
            return
        try:
            pending = self._pending
            if len(pending) + size <= CHUNK_SIZE:
                pending += view
                self.plaintext_size += size
                return
            if pending:
                # More data follows, so the buffered chunk is not the last.
                take = CHUNK_SIZE - len(pending)
                pending += view[:take]
                view = view[take:]
                self._seal(memoryview(pending), 1, last=False)
                pending.clear()
            # Keep 1..CHUNK_SIZE bytes back: they may be the final chunk.
            full = (view.nbytes - 1) // CHUNK_SIZE
            if full:
                self._seal(view[: full * CHUNK_SIZE], full, last=False)
            pending += view[full * CHUNK_SIZE :]
            self.plaintext_size += size
        except BaseException:
            self.abort()
            raise

    def close(self) -> None:
        """Seal the final chunk, flush ``out``. Idempotent after success.

        Raises if the writer failed or was aborted: the output is incomplete.
        """
        if self._state == "closed":
            return
        self._check_open()
        try:
            self._seal(memoryview(self._pending), 1, last=True)
            flush = getattr(self._out, "flush", None)
            if flush is not None:
                flush()
        except BaseException:
            self.abort()
            raise
        self._wipe()
        self._state = "closed"

    def abort(self) -> None:
        """Stop without the final chunk: the output stays an invalid (truncated) age file."""
        if self._state != "closed":
            self._state = "aborted"
        self._wipe()

    # -- internals ----------------------------------------------------------------

    def _check_open(self) -> None:
        if self._state == "aborted":
            raise ValueError(
                "this age writer stopped after an error; its output is incomplete, discard it"
            )
        if self._state == "closed":
            raise ValueError("write to a closed age writer")

    def _wipe(self) -> None:
        # Zero in place (allowed even while a memoryview of it is alive, as
        # in a traceback), then drop it rather than resize it.
        self._pending[:] = bytes(len(self._pending))
        self._pending = bytearray()

    def _put(self, data: bytes | bytearray | memoryview) -> None:
        _write_all(self._out, data)
        self.bytes_written += memoryview(data).nbytes

    def _seal(self, plain: memoryview, chunks: int, *, last: bool) -> None:
        """Seal ``chunks`` chunks of ``plain`` (only the final one may be short) and write them."""
        sealed = memoryview(self._sealed)
        encrypt_into = self._aead.encrypt_into
        start = 0
        while start < chunks:
            batch = min(_BATCH_CHUNKS, chunks - start)
            used = 0
            for i in range(start, start + batch):
                if self._counter >= _MAX_COUNTER:
                    raise OverflowError("age file too large (chunk counter exhausted)")
                piece = plain[i * CHUNK_SIZE : (i + 1) * CHUNK_SIZE]
                is_last = last and i == chunks - 1
                end = used + piece.nbytes + TAG_SIZE
                encrypt_into(_chunk_nonce(self._counter, is_last), piece, None, sealed[used:end])
                self._counter += 1
                used = end
            self._put(sealed[:used])
            start += batch


def encrypt_file(
    src: BinaryIO,
    dst: BinaryIO,
    recipients: Iterable[AgeRecipient],
    *,
    on_chunk: Callable[[bytes], None] | None = None,
    chunk_size: int = DEFAULT_READ_SIZE,
) -> EncryptResult:
    """Read ``src`` once and write it encrypted to ``dst``.

    ``on_chunk`` sees every plaintext block, in order, exactly once (pass
    ``hasher.update`` to hash the plaintext in the same read pass). With
    ``on_chunk``, reading and ``on_chunk`` run on the calling thread while a
    worker thread encrypts and writes: hashlib (for buffers over 2 KiB) and
    ChaCha20-Poly1305 both release the GIL, so on two cores the import
    runs at about the speed of the slower of the two. Blocks are fresh
    immutable ``bytes`` from ``src.read``, so they can be shared between the
    threads without copies. Memory stays bounded (``chunk_size`` x 8 in
    flight).

    Any error (reading, ``on_chunk``, writing: disk full) propagates and
    the output is left without its final chunk; delete it. Nothing is closed.
    """
    if chunk_size < CHUNK_SIZE or chunk_size % CHUNK_SIZE:
        raise ValueError("chunk_size must be a positive multiple of 64 KiB")
    writer = AgeWriter(dst, recipients)
    try:
        if on_chunk is None:
            while block := src.read(chunk_size):
                writer.write(block)
        else:
            _pipeline(src, writer, on_chunk, chunk_size)
        writer.close()
    except BaseException:
        writer.abort()
        raise
    return EncryptResult(writer.plaintext_size, writer.bytes_written)


def _pipeline(
    src: BinaryIO, writer: AgeWriter, on_chunk: Callable[[bytes], None], chunk_size: int
) -> None:
    """Read + ``on_chunk`` here, encrypt + write on a worker thread."""
    blocks: queue.Queue[bytes | None] = queue.Queue(maxsize=_QUEUE_DEPTH)
    failure: list[BaseException] = []
    stop = threading.Event()

    def encrypt_and_write() -> None:
        try:
            while (block := blocks.get()) is not None:
                if not stop.is_set():
                    writer.write(block)
        except BaseException as exc:  # handed to the reading thread, re-raised there
            failure.append(exc)
            stop.set()
            while blocks.get() is not None:  # keep the reader from blocking on put()
                pass

    worker = threading.Thread(target=encrypt_and_write, name="age-encrypt", daemon=True)
    worker.start()
    try:
        while not stop.is_set() and (block := src.read(chunk_size)):
            blocks.put(block)
            on_chunk(block)
    except BaseException:
        stop.set()
        raise
    finally:
        blocks.put(None)
        worker.join()
    if failure:
        raise failure[0]


class AgeReader(io.RawIOBase):
    """A readable binary stream of the plaintext of the age file ``src``.

    The header is parsed, the file key found and the header MAC checked
    when the reader is made, so a wrong key or a damaged header fails
    before anything is read. Each 64 KiB chunk is authenticated before any
    of it is returned; truncation, reordering, a changed byte and data
    after the final chunk raise :class:`AgePayloadCorrupt`. Bytes returned
    before such an error were authentic, but the file as a whole is not:
    discard them. ``src`` is not closed by :meth:`close`. Not seekable.
    """

    def __init__(self, src: BinaryIO, identities: Iterable[AgeIdentity]) -> None:
        super().__init__()
        identities = list(identities)
        if not identities:
            raise ValueError("at least one identity is needed to open an age file")
        self._src = src
        self._start = _tell(src)
        self._buf = bytearray(_READER_BUFFER + ENCRYPTED_CHUNK_SIZE + 1)
        self._lo = 0  # unread ciphertext is self._buf[self._lo:self._hi]
        self._hi = 0
        self._eof = False
        self.header = parse_header(self._readline)
        file_key = _unwrap_file_key(self.header, identities)
        if not self.header.verify_mac(file_key):
            raise AgeHeaderMacInvalid()
        self._fill(NONCE_SIZE)
        if self._hi - self._lo < NONCE_SIZE:
            raise AgeHeaderInvalid("the payload nonce is missing or short")
        nonce = bytes(self._buf[self._lo : self._lo + NONCE_SIZE])
        self._lo += NONCE_SIZE
        self._aead = ChaCha20Poly1305(_payload_key(file_key, nonce))
        self._plain = bytearray(CHUNK_SIZE)
        self._plo = 0  # unread plaintext is self._plain[self._plo:self._phi]
        self._phi = 0
        self._counter = 0
        self._done = False  # the final chunk has been authenticated
        self._error: AgePayloadCorrupt | None = None
        # Raised once the authentic chunk just opened has been handed out:
        # the stream around it is broken (cut short, or extra data follows).
        self._deferred: AgePayloadCorrupt | None = None

    # -- io.RawIOBase -----------------------------------------------------------

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        """Fill ``buffer`` with authenticated plaintext; 0 only at the true end.

        An error found after some bytes were copied in this call is raised
        by the next call, so no authenticated byte is lost to the caller.
        """
        if self.closed:
            raise ValueError("read from a closed age reader")
        if self._error is not None:
            raise self._error
        out = memoryview(buffer).cast("B")
        copied = 0
        while copied < out.nbytes:
            if self._plo == self._phi:
                if self._done:
                    break
                try:
                    if self._deferred is not None:
                        raise self._deferred
                    self._open_next_chunk()
                except AgePayloadCorrupt as exc:
                    self._error = exc
                    if copied:
                        break
                    raise
            take = min(self._phi - self._plo, out.nbytes - copied)
            out[copied : copied + take] = self._plain[self._plo : self._plo + take]
            self._plo += take
            copied += take
        return copied

    def close(self) -> None:
        """Forget buffered plaintext. ``src`` stays open: the caller owns it."""
        plain = getattr(self, "_plain", None)  # absent if __init__ failed
        if plain is not None:
            plain[:] = bytes(len(plain))
        super().close()

    @property
    def size(self) -> int | None:
        """Plaintext size predicted from the file size (None if unknown).

        An estimate for progress bars: only reading to the end proves it.
        """
        end = _end_of(self._src)
        if end is None or self._start is None:
            return None
        payload = end - self._start - self.header.size - NONCE_SIZE
        if payload <= 0:
            return 0
        chunks = -(-payload // ENCRYPTED_CHUNK_SIZE)
        return max(0, payload - chunks * TAG_SIZE)

    # -- internals ------------------------------------------------------------------

    def _fill(self, need: int) -> None:
        """Make at least ``need`` unread bytes available, unless the file ends first."""
        buf = self._buf
        if self._hi - self._lo >= need or self._eof:
            return
        if self._lo:
            rest = self._hi - self._lo
            buf[:rest] = buf[self._lo : self._hi]
            self._lo, self._hi = 0, rest
        view = memoryview(buf)
        readinto = getattr(self._src, "readinto", None)
        while self._hi - self._lo < need and self._hi < len(buf):
            if readinto is not None:
                got = readinto(view[self._hi :])
            else:
                data = self._src.read(len(buf) - self._hi)
                got = len(data)
                view[self._hi : self._hi + got] = data
            if got is None:
                raise BlockingIOError(0, "the age file's stream returned no data (non-blocking?)")
            if not got:
                self._eof = True
                break
            self._hi += got

    def _readline(self) -> bytes:
        """One header line with its newline (without one only at end of file)."""
        while True:
            newline = self._buf.find(b"\n", self._lo, self._hi)
            if newline >= 0 or self._eof:
                end = newline + 1 if newline >= 0 else self._hi
                line = bytes(self._buf[self._lo : end])
                self._lo = end
                return line
            if self._hi - self._lo >= len(self._buf) - 1:
                raise AgeHeaderInvalid("a header line is implausibly long")
            self._fill(self._hi - self._lo + 1)

    def _try_open(self, sealed: memoryview, last: bool) -> int | None:
        size = sealed.nbytes - TAG_SIZE
        try:
            self._aead.decrypt_into(
                _chunk_nonce(self._counter, last), sealed, None, memoryview(self._plain)[:size]
            )
        except InvalidTag:
            return None
        return size

    def _open_next_chunk(self) -> None:
        number = self._counter + 1  # 1-based, for messages
        if self._counter >= _MAX_COUNTER:
            raise AgePayloadCorrupt("too many chunks")
        self._fill(ENCRYPTED_CHUNK_SIZE + 1)
        avail = self._hi - self._lo
        view = memoryview(self._buf)
        if avail > ENCRYPTED_CHUNK_SIZE:
            # More follows, so this full-size chunk must not be the final one.
            sealed = view[self._lo : self._lo + ENCRYPTED_CHUNK_SIZE]
            size = self._try_open(sealed, last=False)
            last = False
            if size is None:
                size = self._try_open(sealed, last=True)
                if size is None:
                    raise AgePayloadCorrupt(f"chunk {number} was changed or is out of order")
                self._deferred = AgePayloadCorrupt(f"extra data follows the final chunk {number}")
        else:
            if avail == 0:
                raise AgePayloadCorrupt(
                    "the encrypted contents are missing"
                    if number == 1
                    else f"the file ends after chunk {number - 1} without its final chunk"
                )
            if avail < TAG_SIZE:
                raise AgePayloadCorrupt(f"the file ends inside chunk {number}")
            sealed = view[self._lo : self._lo + avail]
            last = True
            size = self._try_open(sealed, last=True)
            if size is None and avail == ENCRYPTED_CHUNK_SIZE:
                # Authentic but not flagged as final: the file was cut right after it.
                size = self._try_open(sealed, last=False)
                if size is not None:
                    self._deferred = AgePayloadCorrupt(
                        f"the file ends after chunk {number} without its final chunk"
                    )
            if size is None:
                raise AgePayloadCorrupt(f"chunk {number} was changed, reordered or cut short")
            if size == 0 and number > 1:
                raise AgePayloadCorrupt("the file ends with an empty chunk, which age never writes")
        self._lo += size + TAG_SIZE
        self._counter += 1
        self._plo, self._phi = 0, size
        self._done = last and self._deferred is None


def _unwrap_file_key(header: Header, identities: list[AgeIdentity]) -> bytes:
    if any(s.type == "scrypt" for s in header.stanzas):
        raise AgeUnsupported("the file is protected by a passphrase (scrypt)")
    for identity in identities:
        for stanza in header.stanzas:
            if stanza.type == "X25519":
                file_key = identity.unwrap(stanza)
                if file_key is not None:
                    return file_key
    raise AgeNoMatchingKey()


def _tell(stream: BinaryIO) -> int | None:
    try:
        return stream.tell()
    except (OSError, AttributeError, ValueError):
        return None


def _end_of(stream: BinaryIO) -> int | None:
    try:
        return os.fstat(stream.fileno()).st_size
    except (OSError, AttributeError, ValueError, io.UnsupportedOperation):
        pass
    try:
        if not stream.seekable():
            return None
        here = stream.tell()
        end = stream.seek(0, io.SEEK_END)
        stream.seek(here)
        return end
    except (OSError, AttributeError, ValueError):
        return None


def decrypt_file(
    src: BinaryIO,
    dst: BinaryIO | None,
    identities: Iterable[AgeIdentity],
    *,
    on_chunk: Callable[[bytes], None] | None = None,
) -> int:
    """Decrypt ``src`` into ``dst``; returns the plaintext size.

    ``dst=None`` with ``on_chunk=hasher.update`` verifies a blob (and
    re-hashes it) without writing plaintext anywhere. On any error ``dst``
    holds a prefix of authentic plaintext: discard it, never keep it as
    the file.
    """
    total = 0
    with AgeReader(src, identities) as reader:
        buffer = bytearray(DEFAULT_READ_SIZE)
        view = memoryview(buffer)
        try:
            while got := reader.readinto(view):
                block = bytes(view[:got]) if on_chunk is not None else view[:got]
                if on_chunk is not None:
                    on_chunk(block)  # type: ignore[arg-type]
                if dst is not None:
                    _write_all(dst, block)
                total += got
        finally:
            buffer[:] = bytes(len(buffer))
    if dst is not None and (flush := getattr(dst, "flush", None)) is not None:
        flush()
    return total
