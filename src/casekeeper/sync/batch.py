"""A batch: one device's change-log entries, encrypted for the team and signed.

File layout (``log/<device>/<seq>.batch``, format 1)::

    magic    8 bytes   b"CKSYNC\\x00B"
    version  2 bytes   big-endian format version (1)
    hlen     4 bytes   big-endian length of the header
    header   hlen      canonical JSON: team, device, epoch, seq, prev, salt, size
    payload  size      AES-256-GCM ciphertext of the entries (tag included)
    sig      64        Ed25519 signature

- Encryption: AES-256-GCM (``cryptography``) under a per-batch key
  ``HKDF-SHA256(epoch key, salt = 32 random bytes from the header, info =
  "casekeeper/v1/sync-batch")`` with a 12-byte all-zero nonce. The key is
  used for exactly one message, so the fixed nonce can never repeat under a
  key (the construction age uses for its wrap keys); a random 96-bit nonce
  under one long-lived epoch key would instead be bounded by the birthday
  limit. The AAD is everything before the payload (magic, version, length,
  header), so the header cannot be changed without the payload failing.
- Signature: Ed25519 by the device's key over
  ``"casekeeper/v1/sync-batch-signature\\0" || magic..header || payload``,
  so anyone on the team can check who wrote it without decrypting, and a
  member holding the epoch key still cannot forge another device's batch.
- Chain: ``prev`` is the SHA-256 of the device's previous batch file
  (empty for seq 1); a batch's own hash is the SHA-256 of its file. Same
  seq with a different hash is a clone (two machines publishing as one
  device); same seq and hash is a replay (harmless, ignored).
- Payload: canonical UTF-8 JSON ``{"entries": [entry, ...]}`` (see
  entries.py). Not compressed: compressing before encrypting would leak,
  through sizes, how much the texts repeat.

A reader checks, in this order, so that each failure has one clear name:
length and magic (truncated or damaged), version (newer: kept aside, not an
error of the file), header shape, place (device and seq of the file name,
team), membership (removed devices), signature (if another member's key
verifies it: wrong signer; if none: damaged), decryption, entries.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import json
import os
import struct
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casekeeper.errors import (
    SyncBatchDamaged,
    SyncBatchFromRemovedDevice,
    SyncBatchMisplaced,
    SyncBatchTooNew,
    SyncBatchTruncated,
    SyncBatchUnknownEpoch,
    SyncBatchWrongSigner,
)

from .entries import Entry
from .keys import DeviceKeys, verify_signature
from .team import Roster, batch_allowed

MAGIC = b"CKSYNC\x00B"
FORMAT_VERSION = 1
_PREFIX = struct.Struct(">8sHI")
_SIG_SIZE = 64
_TAG_SIZE = 16
_SALT_SIZE = 32
_MAX_HEADER = 64 * 1024
MAX_BATCH_BYTES = 256 << 20
_SIG_LABEL = b"casekeeper/v1/sync-batch-signature\x00"
_KEY_INFO = b"casekeeper/v1/sync-batch"
_ZERO_NONCE = bytes(12)


def _batch_key(epoch_key: bytes | bytearray, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_KEY_INFO).derive(
        bytes(epoch_key)
    )


def _canonical(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()


@dataclass(frozen=True)
class BatchHeader:
    team_id: str
    device_id: str
    epoch: int
    seq: int
    prev: str
    salt: bytes
    size: int

    def to_json(self) -> dict[str, object]:
        return {
            "team": self.team_id,
            "device": self.device_id,
            "epoch": self.epoch,
            "seq": self.seq,
            "prev": self.prev,
            "salt": self.salt.hex(),
            "size": self.size,
        }


@dataclass(frozen=True)
class SealedBatch:
    data: bytes
    hash: str
    header: BatchHeader


@dataclass(frozen=True)
class Batch:
    """A batch that passed every check: who wrote it, where it sits in the chain, its entries."""

    header: BatchHeader
    hash: str
    entries: tuple[Entry, ...]

    @property
    def device_id(self) -> str:
        return self.header.device_id

    @property
    def seq(self) -> int:
        return self.header.seq


def seal_batch(
    entries: Sequence[Entry],
    *,
    device: DeviceKeys,
    team_id: str,
    epoch: int,
    epoch_key: bytes | bytearray,
    seq: int,
    prev: str,
) -> SealedBatch:
    """Encrypt and sign ``entries`` (all of ``device``, in the order written) as batch ``seq``."""
    if seq < 1 or (seq == 1) != (prev == ""):
        raise ValueError("batch 1 has no previous hash; every later batch has one")
    for entry in entries:
        if entry.device != device.device_id:
            raise ValueError("a batch carries only its own device's entries")
    plain = bytearray(_canonical({"entries": [e.to_wire() for e in entries]}))
    salt = os.urandom(_SALT_SIZE)
    header = BatchHeader(team_id, device.device_id, epoch, seq, prev, salt, len(plain) + _TAG_SIZE)
    header_bytes = _canonical(header.to_json())
    prefix = _PREFIX.pack(MAGIC, FORMAT_VERSION, len(header_bytes)) + header_bytes
    try:
        payload = AESGCM(_batch_key(epoch_key, salt)).encrypt(_ZERO_NONCE, bytes(plain), prefix)
    finally:
        plain[:] = bytes(len(plain))
    signature = device.sign(_SIG_LABEL + prefix + payload)
    data = prefix + payload + signature
    return SealedBatch(data, hashlib.sha256(data).hexdigest(), header)


def batch_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def open_batch(
    data: bytes,
    *,
    path: Path | str,
    folder_device: str,
    folder_seq: int,
    team_id: str,
    roster: Roster,
    epoch_keys: Mapping[int, bytes | bytearray],
) -> Batch:
    """Check and decrypt a batch read from ``log/<folder_device>/<folder_seq>.batch``.

    ``roster`` is the newest verified roster (it lists removed devices too).
    Raises a :class:`~casekeeper.errors.SyncBatchRefused` subclass, or
    :class:`~casekeeper.errors.SyncBatchTooNew` for a newer format (keep it).
    """
    if len(data) < _PREFIX.size:
        if MAGIC.startswith(data[:8]):
            raise SyncBatchTruncated(path, f"only {len(data)} bytes")
        raise SyncBatchDamaged(path, "not a CaseKeeper batch")
    magic, version, hlen = _PREFIX.unpack_from(data)
    if magic != MAGIC:
        raise SyncBatchDamaged(path, "not a CaseKeeper batch")
    if version > FORMAT_VERSION:
        raise SyncBatchTooNew(path, version)
    if version < 1:
        raise SyncBatchDamaged(path, f"format version {version}")
    if hlen > _MAX_HEADER:
        raise SyncBatchDamaged(path, "header too large")
    start = _PREFIX.size + hlen
    if len(data) < start:
        raise SyncBatchTruncated(path, "the header is cut short")
    header = _parse_header(data[_PREFIX.size : start], path)
    end = start + header.size
    if len(data) < end + _SIG_SIZE:
        raise SyncBatchTruncated(path, f"{len(data)} of {end + _SIG_SIZE} bytes")
    if len(data) > end + _SIG_SIZE:
        raise SyncBatchDamaged(path, "extra bytes after the signature")
    if header.team_id != team_id:
        raise SyncBatchMisplaced(path, "it belongs to another team")
    if header.device_id != folder_device:
        raise SyncBatchMisplaced(
            path, f"written by device {header.device_id[:8]}, found in {folder_device[:8]}'s folder"
        )
    if header.seq != folder_seq:
        raise SyncBatchMisplaced(path, f"it is batch {header.seq}, named {folder_seq}")
    refusal = batch_allowed(roster, header.device_id, header.epoch, header.seq)
    if refusal is not None:
        cls = (
            SyncBatchFromRemovedDevice if roster.member(header.device_id) else SyncBatchWrongSigner
        )
        raise cls(path, refusal)
    message = _SIG_LABEL + data[:end]
    signature = data[end:]
    member = roster.member(header.device_id)
    assert member is not None
    if not verify_signature(member.card.sign_public, signature, message):
        for other in roster.members:
            if verify_signature(other.card.sign_public, signature, message):
                raise SyncBatchWrongSigner(path, f"signed by device {other.device_id[:8]}")
        raise SyncBatchDamaged(path, "the signature does not match the contents")
    key = epoch_keys.get(header.epoch)
    if key is None:
        raise SyncBatchUnknownEpoch(path, f"epoch {header.epoch}")
    try:
        plain = AESGCM(_batch_key(key, header.salt)).decrypt(
            _ZERO_NONCE, data[start:end], data[:start]
        )
    except InvalidTag:
        # Signed by the right device yet undecryptable: a buggy or hostile member.
        raise SyncBatchDamaged(path, "the contents do not decrypt under the team key") from None
    entries = _parse_entries(plain, header.device_id, path)
    return Batch(header, batch_hash(data), entries)


def _parse_header(raw: bytes, path: Path | str) -> BatchHeader:
    try:
        obj = json.loads(raw)
        header = BatchHeader(
            str(obj["team"]),
            str(obj["device"]),
            int(obj["epoch"]),
            int(obj["seq"]),
            str(obj["prev"]),
            bytes.fromhex(obj["salt"]),
            int(obj["size"]),
        )
    except (ValueError, KeyError, TypeError):
        raise SyncBatchDamaged(path, "the header cannot be read") from None
    if _canonical(header.to_json()) != raw or len(header.salt) != _SALT_SIZE:
        raise SyncBatchDamaged(path, "the header is malformed")
    if (
        header.size < _TAG_SIZE
        or header.size > MAX_BATCH_BYTES
        or header.epoch < 0
        or header.seq < 1
    ):
        raise SyncBatchDamaged(path, "the header's numbers are out of range")
    return header


def _parse_entries(plain: bytes, device: str, path: Path | str) -> tuple[Entry, ...]:
    try:
        raw = json.loads(plain)
        entries = tuple(Entry.from_wire(device, item) for item in raw["entries"])
    except (ValueError, KeyError, TypeError) as exc:
        raise SyncBatchDamaged(path, f"an entry is malformed ({exc})") from None
    for before, after in zip(entries, entries[1:], strict=False):
        if after.stamp.hlc <= before.stamp.hlc:
            raise SyncBatchDamaged(path, "its entries are not in clock order")
    return entries


class ChainVerdict(enum.Enum):
    NEXT = "next"  # the batch that follows what was applied: apply it
    REPLAY = "replay"  # already applied, identical: ignore
    CLONE = "clone"  # same number, different content, or a fork of the chain: flag
    AHEAD = "ahead"  # earlier batches of the device are missing: hold it


def check_chain(
    batch: Batch, last_seq: int, last_hash: str, applied_hash: Callable[[int], str | None]
) -> ChainVerdict:
    """Where ``batch`` stands against the device's applied chain.

    ``last_seq``/``last_hash``: the device's newest applied batch (0, "" if
    none); ``applied_hash(seq)``: the hash of an older applied batch, if kept.
    """
    seq = batch.seq
    if seq <= last_seq:
        known = last_hash if seq == last_seq else applied_hash(seq)
        if known is not None and hmac.compare_digest(known, batch.hash):
            return ChainVerdict.REPLAY
        return ChainVerdict.CLONE
    if seq > last_seq + 1:
        return ChainVerdict.AHEAD
    if not hmac.compare_digest(batch.header.prev, last_hash):
        return ChainVerdict.CLONE
    return ChainVerdict.NEXT
