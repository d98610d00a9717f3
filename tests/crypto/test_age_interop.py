"""Our age writer/reader against the reference ``age`` command, and damage handling.

The vault relies on two promises: the stock ``age`` tool can open any blob
in an emergency, and any damage to a blob (cut short, bit flipped, chunks
swapped, data appended, disk full while writing) is reported with a typed
error rather than producing wrong plaintext.
"""

from __future__ import annotations

import errno
import hashlib
import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from casekeeper.crypto.age import (
    CHUNK_SIZE,
    AgeIdentity,
    AgeReader,
    AgeWriter,
    bech32,
    decrypt_file,
    encrypt_file,
    encrypted_payload_size,
    generate_identity,
    parse_identity,
    parse_recipient,
)
from casekeeper.errors import (
    AgeHeaderInvalid,
    AgeHeaderMacInvalid,
    AgeKeyInvalid,
    AgeNoMatchingKey,
    AgePayloadCorrupt,
)

AGE = shutil.which("age")
AGE_KEYGEN = shutil.which("age-keygen")
needs_age = pytest.mark.skipif(not (AGE and AGE_KEYGEN), reason="the age command is not installed")
SIZES = [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE, 5_000_003]
ENC = CHUNK_SIZE + 16


def payload(size: int) -> bytes:
    return os.urandom(size)


@pytest.fixture(scope="module")
def identity() -> AgeIdentity:
    return generate_identity()


@pytest.fixture(scope="module")
def keyfile(identity: AgeIdentity, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("agekey") / "key.txt"
    path.write_text(f"# test key\n{identity.to_string()}\n")
    path.chmod(0o600)
    return path


def age_decrypt(blob: bytes, keyfile: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([AGE or "age", "-d", "-i", str(keyfile)], input=blob, capture_output=True)


def age_encrypt(data: bytes, identity: AgeIdentity) -> bytes:
    cmd = [AGE or "age", "-r", identity.recipient().to_string()]
    return subprocess.run(cmd, input=data, capture_output=True, check=True).stdout


def ours(data: bytes, identity: AgeIdentity, pieces: int = 3) -> bytes:
    """Encrypt with AgeWriter, fed in uneven pieces (tests the 64 KiB buffering)."""
    out = io.BytesIO()
    with AgeWriter(out, [identity.recipient()]) as writer:
        cuts = sorted({0, len(data), *(len(data) * k // pieces + k for k in range(1, pieces))})
        for a, b in zip(cuts, cuts[1:], strict=False):
            writer.write(memoryview(data)[a:b] if a % 2 else data[a:b])
    return out.getvalue()


def read_all(blob: bytes, identity: AgeIdentity) -> bytes:
    return AgeReader(io.BytesIO(blob), [identity]).read()


def released_before_error(blob: bytes, identity: AgeIdentity) -> tuple[bytes, Exception | None]:
    got = bytearray()
    try:
        reader = AgeReader(io.BytesIO(blob), [identity])
        while block := reader.read(30_000):
            got += block
    except Exception as exc:  # the caller checks the type
        return bytes(got), exc
    return bytes(got), None


# --- interoperability ---------------------------------------------------------------


@needs_age
@pytest.mark.parametrize("size", SIZES)
def test_age_decrypts_our_writer(size: int, identity: AgeIdentity, keyfile: Path) -> None:
    data = payload(size)
    blob = ours(data, identity)
    result = age_decrypt(blob, keyfile)
    assert result.returncode == 0, result.stderr
    assert result.stdout == data
    header_size = blob.index(b"\n--- ") + 5 + 43 + 1
    assert len(blob) == header_size + encrypted_payload_size(size)


@needs_age
@pytest.mark.parametrize("size", SIZES)
def test_we_decrypt_age(size: int, identity: AgeIdentity) -> None:
    data = payload(size)
    blob = age_encrypt(data, identity)
    out = io.BytesIO()
    assert decrypt_file(io.BytesIO(blob), out, [identity]) == size
    assert out.getvalue() == data
    reader = AgeReader(io.BytesIO(blob), [identity])
    assert reader.size == size  # estimate from the stream length
    copied = io.BytesIO()
    shutil.copyfileobj(reader, copied)
    assert copied.getvalue() == data


@needs_age
@pytest.mark.parametrize("size", [0, CHUNK_SIZE, 2 * CHUNK_SIZE + 5, 5_000_003])
@pytest.mark.parametrize("hashing", [False, True])
def test_encrypt_file_single_pass(
    size: int, hashing: bool, identity: AgeIdentity, keyfile: Path, tmp_path: Path
) -> None:
    data = payload(size)
    src_path, dst_path = tmp_path / "plain", tmp_path / "blob.age"
    src_path.write_bytes(data)
    hasher = hashlib.sha256()
    seen: list[int] = []

    def on_chunk(block: bytes) -> None:
        seen.append(len(block))
        hasher.update(block)

    with src_path.open("rb") as src, dst_path.open("wb") as dst:
        result = encrypt_file(
            src, dst, [identity.recipient()], on_chunk=on_chunk if hashing else None
        )
    assert result.plaintext_size == size
    assert result.encrypted_size == dst_path.stat().st_size
    if hashing:
        assert sum(seen) == size
        assert hasher.digest() == hashlib.sha256(data).digest()
    assert age_decrypt(dst_path.read_bytes(), keyfile).stdout == data
    # verify-only decryption: hash without writing plaintext anywhere
    check = hashlib.sha256()
    with dst_path.open("rb") as src:
        assert decrypt_file(src, None, [identity], on_chunk=check.update) == size
    assert check.digest() == hashlib.sha256(data).digest()


@needs_age
def test_several_recipients(identity: AgeIdentity, keyfile: Path) -> None:
    other = generate_identity()
    data = payload(100_000)
    out = io.BytesIO()
    with AgeWriter(out, [other.recipient(), identity.recipient()]) as writer:
        writer.write(data)
    assert age_decrypt(out.getvalue(), keyfile).stdout == data
    assert read_all(out.getvalue(), other) == data
    assert read_all(out.getvalue(), identity) == data
    with pytest.raises(AgeNoMatchingKey):
        AgeReader(io.BytesIO(out.getvalue()), [generate_identity()])


def test_reader_tries_every_identity(identity: AgeIdentity) -> None:
    blob = ours(b"evidence", identity)
    assert AgeReader(io.BytesIO(blob), [generate_identity(), identity]).read() == b"evidence"


# --- keys ----------------------------------------------------------------------------


@needs_age
def test_age_keygen_keys_parse(tmp_path: Path) -> None:
    path = tmp_path / "k.txt"
    subprocess.run([AGE_KEYGEN or "age-keygen", "-o", str(path)], check=True, capture_output=True)
    lines = path.read_text().splitlines()
    public = next(line.split(": ")[1] for line in lines if line.startswith("# public key: "))
    secret = next(line for line in lines if line.startswith("AGE-SECRET-KEY-1"))
    ident = parse_identity(secret)
    assert ident.recipient().to_string() == public
    assert parse_recipient(public) == ident.recipient()
    assert ident.to_string() == secret
    data = payload(70_000)
    assert age_decrypt(ours(data, ident), path).stdout == data


@needs_age
def test_our_keys_work_in_age_keygen(identity: AgeIdentity, keyfile: Path) -> None:
    derived = subprocess.run(
        [AGE_KEYGEN or "age-keygen", "-y", str(keyfile)], check=True, capture_output=True, text=True
    ).stdout.strip()
    assert derived == identity.recipient().to_string()
    assert identity.to_string().startswith("AGE-SECRET-KEY-1")
    assert identity.to_string() == identity.to_string().upper()
    assert parse_identity(identity.to_string()) == identity


def test_key_strings_are_strict(identity: AgeIdentity) -> None:
    secret = identity.to_string()
    public = identity.recipient().to_string()
    flipped = public[:-1] + ("q" if public[-1] != "q" else "p")
    bad = [
        public.upper(),  # age recipients are lower case
        flipped,  # checksum
        public[:10] + public[10:].upper(),  # mixed case
        public[:-2],
        "age1" + "q" * 58,
    ]
    for text in bad:
        with pytest.raises(AgeKeyInvalid):
            parse_recipient(text)
    for text in [secret.lower(), secret[:-1] + ("Q" if secret[-1] != "Q" else "P"), secret[:40]]:
        with pytest.raises(AgeKeyInvalid) as info:
            parse_identity(text)
        assert secret[15:] not in str(info.value)  # never echo a secret
    with pytest.raises(AgeKeyInvalid):
        parse_identity(public)
    with pytest.raises(AgeKeyInvalid):
        parse_recipient(secret)
    assert "SECRET" not in repr(identity)


def test_bech32_bip173_vectors() -> None:
    # Valid BIP 173 strings (original checksum), and a Bech32m string that must fail.
    assert bech32.decode("A12UEL5L") == ("A", b"")
    assert bech32.decode("a12uel5l") == ("a", b"")
    assert bech32.decode("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw")[0] == "abcdef"
    with pytest.raises(bech32.Bech32Error):
        bech32.decode("a1lqfn3a")  # valid Bech32m, invalid Bech32
    with pytest.raises(bech32.Bech32Error):
        bech32.decode("A12uEL5L")
    assert bech32.encode("AGE-SECRET-KEY-", bytes(32)).startswith("AGE-SECRET-KEY-1QQQ")


# --- damage ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample(identity: AgeIdentity) -> tuple[bytes, bytes, int]:
    """(plaintext, age-made blob, header size): 4 chunks, the last short."""
    data = payload(3 * CHUNK_SIZE + 1000)
    blob = age_encrypt(data, identity) if AGE else ours(data, identity)
    header = blob.index(b"\n--- ") + 5 + 43 + 1
    return data, blob, header


def test_truncation_anywhere_fails(identity: AgeIdentity, sample: tuple[bytes, bytes, int]) -> None:
    data, blob, header = sample
    payload_start = header + 16
    cuts = {
        0: AgeHeaderInvalid,
        30: AgeHeaderInvalid,
        header - 1: AgeHeaderInvalid,
        header: AgeHeaderInvalid,  # no nonce
        header + 8: AgeHeaderInvalid,
        payload_start: AgePayloadCorrupt,
        payload_start + 10: AgePayloadCorrupt,
        payload_start + ENC: AgePayloadCorrupt,  # exactly after chunk 1
        payload_start + 2 * ENC: AgePayloadCorrupt,
        payload_start + 3 * ENC: AgePayloadCorrupt,  # final chunk missing
        len(blob) - 1: AgePayloadCorrupt,
    }
    for cut, error in cuts.items():
        got, exc = released_before_error(blob[:cut], identity)
        assert type(exc) is error, (cut, exc)
        whole = (cut - payload_start) // ENC if cut >= payload_start else 0
        # exactly the whole authenticated chunks before the cut came out
        assert got == data[: whole * CHUNK_SIZE], cut


def test_bit_flips_fail(identity: AgeIdentity, sample: tuple[bytes, bytes, int]) -> None:
    data, blob, header = sample
    stanza_body = blob.index(b"\n", blob.index(b"-> X25519")) + 3
    mac = header - 10
    nonce = header + 3
    chunk2 = header + 16 + ENC + 100
    last = len(blob) - 5
    cases = {
        5: (AgeHeaderInvalid, 0),  # version line
        stanza_body: (AgeNoMatchingKey, 0),  # wrapped file key
        mac: (AgeHeaderMacInvalid, 0),
        nonce: (AgePayloadCorrupt, 0),
        chunk2: (AgePayloadCorrupt, CHUNK_SIZE),
        last: (AgePayloadCorrupt, 3 * CHUNK_SIZE),
    }
    for offset, (error, released) in cases.items():
        damaged = bytearray(blob)
        if offset in (stanza_body, mac):
            # Change a base64 digit to another digit (a flipped bit could make
            # it a non-base64 character: a header error, not the one tested).
            damaged[offset] = ord("B") if damaged[offset] == ord("A") else ord("A")
        else:
            damaged[offset] ^= 0x01
        got, exc = released_before_error(bytes(damaged), identity)
        assert type(exc) is error, (offset, exc)
        assert got == data[:released]


def test_extended_and_reordered_fail(
    identity: AgeIdentity, sample: tuple[bytes, bytes, int]
) -> None:
    data, blob, header = sample
    start = header + 16
    chunks = [blob[start + i * ENC : start + (i + 1) * ENC] for i in range(4)]
    swapped = blob[:start] + chunks[1] + chunks[0] + b"".join(chunks[2:])
    for damaged in [
        blob + b"\x00",
        blob + b"x" * 100_000,
        blob + chunks[3],  # the final chunk twice
        swapped,
        blob[:start] + b"".join(chunks[:3]) + chunks[1] + chunks[3],  # duplicated chunk
    ]:
        _, exc = released_before_error(damaged, identity)
        assert isinstance(exc, AgePayloadCorrupt)


def test_full_final_chunk_followed_by_data(identity: AgeIdentity) -> None:
    """A file whose last chunk is full: appended bytes are still caught."""
    data = payload(2 * CHUNK_SIZE)
    blob = ours(data, identity)
    assert read_all(blob, identity) == data
    got, exc = released_before_error(blob + b"more", identity)
    assert isinstance(exc, AgePayloadCorrupt)
    assert got == data  # authentic, but the error says the file is not


@needs_age
def test_age_rejects_what_we_reject(identity: AgeIdentity, keyfile: Path, sample: tuple) -> None:
    _, blob, header = sample
    for damaged in [blob[: header + 16 + ENC], blob + b"\x00"]:
        assert age_decrypt(damaged, keyfile).returncode != 0


# --- writing failures -------------------------------------------------------------------


class FailingSink(io.RawIOBase):
    """Accepts ``limit`` bytes, then fails like a full disk."""

    def __init__(self, limit: int, short_writes: bool = False) -> None:
        self.data = bytearray()
        self.limit = limit
        self.short_writes = short_writes

    def writable(self) -> bool:
        return True

    def write(self, b: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(b)
        if len(self.data) >= self.limit:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        n = min(len(view), self.limit - len(self.data))
        if self.short_writes:
            n = min(n, 1000)
        self.data += view[:n]
        return n


def test_short_writes_are_completed(identity: AgeIdentity) -> None:
    data = payload(200_000)
    sink = FailingSink(1 << 30, short_writes=True)
    with AgeWriter(sink, [identity.recipient()]) as writer:  # type: ignore[arg-type]
        writer.write(data)
    assert read_all(bytes(sink.data), identity) == data


@pytest.mark.parametrize("limit", [10, 500, 300_000, 1_500_000])
@pytest.mark.parametrize("hashing", [False, True])
def test_disk_full_raises_and_leaves_invalid_output(
    limit: int, hashing: bool, identity: AgeIdentity
) -> None:
    data = payload(2_000_000)
    sink = FailingSink(limit)
    hasher = hashlib.sha256()
    with pytest.raises(OSError) as info:
        encrypt_file(
            io.BytesIO(data),
            sink,  # type: ignore[arg-type]
            [identity.recipient()],
            on_chunk=hasher.update if hashing else None,
        )
    assert info.value.errno == errno.ENOSPC
    _, exc = released_before_error(bytes(sink.data), identity)
    assert isinstance(exc, (AgeHeaderInvalid, AgePayloadCorrupt))


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("hashing", [False, True])
def test_dev_full(hashing: bool, identity: AgeIdentity) -> None:
    # (closing the file fails too: its buffer still holds unwritten bytes)
    with pytest.raises(OSError) as info, open("/dev/full", "wb") as dst:
        encrypt_file(
            io.BytesIO(payload(3_000_000)),
            dst,
            [identity.recipient()],
            on_chunk=hashlib.sha256().update if hashing else None,
        )
    assert info.value.errno == errno.ENOSPC


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_small_write_error_at_close_is_raised(identity: AgeIdentity) -> None:
    """The pyrage trap: the last buffered bytes fail to write. We must raise."""
    dst = open("/dev/full", "wb")  # noqa: SIM115 - closed below, where it must fail
    writer = AgeWriter(dst, [identity.recipient()])  # header: still in dst's buffer
    writer.write(b"tiny")
    with pytest.raises(OSError) as info:
        writer.close()
    assert info.value.errno == errno.ENOSPC
    with pytest.raises(ValueError):
        writer.close()  # no second chance to "finish" a broken file
    with pytest.raises(OSError):
        dst.close()


def test_exception_inside_with_block_leaves_no_final_chunk(identity: AgeIdentity) -> None:
    out = io.BytesIO()
    with pytest.raises(RuntimeError), AgeWriter(out, [identity.recipient()]) as writer:
        writer.write(payload(3 * CHUNK_SIZE))
        raise RuntimeError("import cancelled")
    _, exc = released_before_error(out.getvalue(), identity)
    assert isinstance(exc, AgePayloadCorrupt)
    with pytest.raises(ValueError):
        writer.write(b"more")


@pytest.mark.parametrize("where", ["on_chunk", "read"])
def test_failing_source_or_callback_propagates(where: str, identity: AgeIdentity) -> None:
    class Boom(Exception):
        pass

    calls = 0

    def on_chunk(block: bytes) -> None:
        nonlocal calls
        calls += 1
        if where == "on_chunk" and calls == 2:
            raise Boom

    class BadSource(io.BytesIO):
        def read(self, n: int | None = -1) -> bytes:
            if where == "read" and self.tell() > 0:
                raise Boom
            return super().read(n)

    out = io.BytesIO()
    with pytest.raises(Boom):
        encrypt_file(
            BadSource(payload(5 * CHUNK_SIZE * 16)), out, [identity.recipient()], on_chunk=on_chunk
        )
    _, exc = released_before_error(out.getvalue(), identity)
    assert isinstance(exc, AgePayloadCorrupt)


def test_encrypt_file_rejects_odd_chunk_size(identity: AgeIdentity) -> None:
    with pytest.raises(ValueError):
        encrypt_file(io.BytesIO(b"x"), io.BytesIO(), [identity.recipient()], chunk_size=1000)


def test_reader_readinto_and_small_reads(identity: AgeIdentity) -> None:
    data = payload(CHUNK_SIZE * 2 + 17)
    reader = AgeReader(io.BytesIO(ours(data, identity)), [identity])
    buf = bytearray(7)
    got = bytearray()
    while n := reader.readinto(buf):
        got += buf[:n]
    assert got == data
    assert reader.read() == b""
    reader.close()
    with pytest.raises(ValueError):
        reader.read(1)
