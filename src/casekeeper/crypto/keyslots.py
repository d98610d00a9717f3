"""``keyslots.json``: the master key, wrapped once per secret that can open it.

The database is encrypted under keys derived from one random master key.
That key is stored only here, wrapped (AES-256-GCM) under a key derived from
each secret that may open the store: the passphrase (Argon2id) and the
printed recovery key (HKDF). Consequences the rest of CaseKeeper relies on:

- Changing the passphrase rewrites one slot; the database is never
  re-encrypted and the recovery key keeps working.
- Erasing this file (``crypto_erase``) makes the store unreadable even to
  someone who knows the passphrase: the master key exists nowhere else.
- Every slot's parameters, kind and the store id are authenticated as AES-GCM
  associated data, so a tampered file cannot weaken the KDF or move a slot
  to another store; it simply fails to open.

Format (version 1; ``format`` and ``version`` come first so any reader can
tell what it is holding)::

    {"format": "casekeeper-keyslots", "version": 1, "store_id": "<uuid>",
     "key_check": "<b64 HMAC-SHA256(HKDF(master, 'keyslots-check'), store_id)>",
     "slots": [
       {"id": "<16 hex>", "kind": "passphrase",
        "kdf": {"name": "argon2id", "memory_kib": 262144, "iterations": 3,
                "lanes": 4, "salt": "<b64 16 bytes>"},
        "aead": "AES-256-GCM", "nonce": "<b64 12 bytes>",
        "wrapped_key": "<b64 32-byte key + 16-byte tag>"},
       {"id": "<16 hex>", "kind": "recovery",
        "kdf": {"name": "hkdf-sha256", "salt": "<b64 32 bytes>"},
        "aead": "AES-256-GCM", "nonce": "...", "wrapped_key": "..."}]}

Associated data of a slot = canonical JSON (sorted keys, no spaces, ASCII)
of ``{"format", "version", "store_id", "slot": <the slot without nonce and
wrapped_key>}``.

A wrong secret and a tampered slot are indistinguishable by design (both are
an AES-GCM tag failure), so both report ``WrongPassphrase`` /
``WrongRecoveryKey``. Structural damage (bad JSON, missing fields, bad
base64, parameters below the Argon2 minimum, unknown version) is
``KeySlotsCorrupt`` naming the file, and is reported before any slow
derivation runs.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import secrets as _stdlib_secrets
import tempfile
import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casekeeper.crypto import subkeys
from casekeeper.crypto.argon2 import (
    MAX_SALT_BYTES,
    MIN_SALT_BYTES,
    Argon2Params,
    calibrate,
    derive_key,
)
from casekeeper.crypto.secrets import constant_time_equal, zero
from casekeeper.errors import (
    KeyMismatch,
    KeySlotsCorrupt,
    KeySlotsMissing,
    MalformedRecoveryKey,
    StoreExists,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)

FILE_NAME = "keyslots.json"
FORMAT_NAME = "casekeeper-keyslots"
FORMAT_VERSION = 1
AEAD_NAME = "AES-256-GCM"
KIND_PASSPHRASE = "passphrase"
KIND_RECOVERY = "recovery"
KDF_ARGON2ID = "argon2id"
KDF_HKDF = "hkdf-sha256"
RECOVERY_SLOT_INFO = b"casekeeper/v1/recovery-slot"
MIN_PASSPHRASE_CHARS = 8

_KEY_BYTES = 32
_NONCE_BYTES = 12
_TAG_BYTES = 16
_PASSPHRASE_SALT_BYTES = 16
_RECOVERY_SALT_BYTES = 32
_MAX_FILE_BYTES = 1024 * 1024  # a real file is < 1 KiB; refuse to parse huge junk
_ERASE_CHUNK = 64 * 1024


# --- reading ------------------------------------------------------------------


@dataclass
class _KeyFile:
    path: Path
    doc: dict[str, Any]  # as parsed; written back unchanged except for replaced slots
    store_id: str
    key_check: bytes

    @property
    def slots(self) -> list[dict[str, Any]]:
        return self.doc["slots"]  # type: ignore[no-any-return]


@dataclass
class _Slot:
    index: int
    header: dict[str, Any]
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    params: Argon2Params | None  # passphrase slots only


def _corrupt(path: Path, detail: str) -> KeySlotsCorrupt:
    return KeySlotsCorrupt(path, detail)


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate field {key!r}")
        result[key] = value
    return result


def _b64decode(path: Path, value: object, what: str, *, lo: int, hi: int) -> bytes:
    if not isinstance(value, str):
        raise _corrupt(path, f"{what} is missing or not text")
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raise _corrupt(path, f"{what} is not valid base64") from None
    if not lo <= len(raw) <= hi:
        size = f"{lo}" if lo == hi else f"{lo} to {hi}"
        raise _corrupt(path, f"{what} should be {size} bytes, not {len(raw)}")
    return raw


def _is_canonical_uuid(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False


def _read(path: Path) -> _KeyFile:
    """Load and structurally check the file; no key derivation happens here."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read(_MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise KeySlotsMissing(path) from None
    except IsADirectoryError:
        raise _corrupt(path, "it is a folder, not a file") from None
    except OSError as exc:
        raise _corrupt(path, f"it could not be read: {exc.strerror or exc}") from None
    if not data.strip():
        raise _corrupt(path, "the file is empty")
    if len(data) > _MAX_FILE_BYTES:
        raise _corrupt(path, "the file is far too large to be a key file")
    try:
        doc = json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicate_keys)
    except UnicodeDecodeError:
        raise _corrupt(path, "it is not text") from None
    except (ValueError, RecursionError):
        raise _corrupt(path, "it is not valid JSON (truncated or overwritten?)") from None

    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise _corrupt(path, "it is not a CaseKeeper key file")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _corrupt(path, "its format version is missing or invalid")
    if version > FORMAT_VERSION:
        raise _corrupt(
            path, f"it is key file format {version}, from a newer CaseKeeper; update CaseKeeper"
        )
    store_id = doc.get("store_id")
    if not _is_canonical_uuid(store_id):
        raise _corrupt(path, "its store id is missing or invalid")
    assert isinstance(store_id, str)
    key_check = _b64decode(
        path, doc.get("key_check"), "the key check", lo=_KEY_BYTES, hi=_KEY_BYTES
    )
    slots = doc.get("slots")
    if not isinstance(slots, list) or not slots:
        raise _corrupt(path, "it has no key slots")
    for number, slot in enumerate(slots, start=1):
        if not isinstance(slot, dict) or not isinstance(slot.get("kind"), str):
            raise _corrupt(path, f"key slot {number} is malformed")
    return _KeyFile(path=path, doc=doc, store_id=store_id, key_check=key_check)


def _parse_slot(kf: _KeyFile, index: int) -> _Slot:
    """Check one slot of a kind we know, before spending any time deriving keys."""
    path, slot = kf.path, kf.slots[index]
    where = f"key slot {index + 1}"
    kind = slot["kind"]
    expected = {"id", "kind", "kdf", "aead", "nonce", "wrapped_key"}
    if set(slot) != expected:
        missing = sorted(expected - set(slot))
        extra = sorted(set(slot) - expected)
        detail = f"missing {', '.join(missing)}" if missing else f"unexpected {', '.join(extra)}"
        raise _corrupt(path, f"{where}: {detail}")
    slot_id = slot["id"]
    if not isinstance(slot_id, str) or not 1 <= len(slot_id) <= 64:
        raise _corrupt(path, f"{where}: its id is invalid")
    if slot["aead"] != AEAD_NAME:
        raise _corrupt(path, f"{where}: unknown cipher")
    kdf = slot["kdf"]
    if not isinstance(kdf, dict):
        raise _corrupt(path, f"{where}: its key derivation settings are malformed")

    params: Argon2Params | None = None
    if kind == KIND_PASSPHRASE:
        if kdf.get("name") != KDF_ARGON2ID or set(kdf) != {
            "name",
            "memory_kib",
            "iterations",
            "lanes",
            "salt",
        }:
            raise _corrupt(path, f"{where}: passphrase slot without valid Argon2id settings")
        try:
            params = Argon2Params(kdf["memory_kib"], kdf["iterations"], kdf["lanes"])
        except ValueError as exc:
            raise _corrupt(path, f"{where}: {exc}") from None
        salt_range = (MIN_SALT_BYTES, MAX_SALT_BYTES)
    elif kind == KIND_RECOVERY:
        if kdf.get("name") != KDF_HKDF or set(kdf) != {"name", "salt"}:
            raise _corrupt(path, f"{where}: recovery slot without valid HKDF settings")
        salt_range = (16, 64)
    else:  # pragma: no cover - callers only parse kinds they asked for
        raise _corrupt(path, f"{where}: unknown kind {kind!r}")

    salt = _b64decode(path, kdf["salt"], f"{where}: the salt", lo=salt_range[0], hi=salt_range[1])
    nonce = _b64decode(path, slot["nonce"], f"{where}: the nonce", lo=_NONCE_BYTES, hi=_NONCE_BYTES)
    wrapped = _b64decode(
        path,
        slot["wrapped_key"],
        f"{where}: the wrapped key",
        lo=_KEY_BYTES + _TAG_BYTES,
        hi=_KEY_BYTES + _TAG_BYTES,
    )
    header = {k: v for k, v in slot.items() if k not in ("nonce", "wrapped_key")}
    return _Slot(index, header, salt, nonce, wrapped, params)


def _slots_of_kind(kf: _KeyFile, kind: str) -> list[_Slot]:
    """Parse only the slots of one kind.

    A damaged passphrase slot must not stop the recovery key from working
    (and the reverse): the recovery key exists for when something is wrong.
    """
    parsed: list[_Slot] = []
    first_error: KeySlotsCorrupt | None = None
    for index, slot in enumerate(kf.slots):
        if slot["kind"] != kind:
            continue
        try:
            parsed.append(_parse_slot(kf, index))
        except KeySlotsCorrupt as exc:
            first_error = first_error or exc
    if not parsed:
        raise first_error or _corrupt(kf.path, f"it has no {kind} slot")
    return parsed


# --- wrapping -------------------------------------------------------------------


def _file_fields(kf_doc: dict[str, Any]) -> dict[str, Any]:
    return {
        "format": kf_doc["format"],
        "version": kf_doc["version"],
        "store_id": kf_doc["store_id"],
    }


def _aad(file_fields: dict[str, Any], header: dict[str, Any]) -> bytes:
    """Bind everything that shapes a slot (KDF parameters, kind, store) to its ciphertext."""
    body = dict(file_fields)
    body["slot"] = header
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode(
        "ascii"
    )


def _b64(raw: bytes | bytearray) -> str:
    return base64.b64encode(bytes(raw)).decode("ascii")


def _recovery_kek(recovery_key: bytes | bytearray, salt: bytes) -> bytearray:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=_KEY_BYTES, salt=salt, info=RECOVERY_SLOT_INFO)
    return bytearray(hkdf.derive(recovery_key))


def _seal(
    file_fields: dict[str, Any], header: dict[str, Any], kek: bytearray, master: bytes | bytearray
) -> dict[str, Any]:
    nonce = os.urandom(_NONCE_BYTES)
    try:
        wrapped = AESGCM(kek).encrypt(nonce, bytes(master), _aad(file_fields, header))
    finally:
        zero(kek)
    return {**header, "nonce": _b64(nonce), "wrapped_key": _b64(wrapped)}


def _open(file_fields: dict[str, Any], slot: _Slot, kek: bytearray) -> bytearray | None:
    try:
        plain = AESGCM(kek).decrypt(slot.nonce, slot.wrapped_key, _aad(file_fields, slot.header))
    except InvalidTag:
        return None
    finally:
        zero(kek)
    return bytearray(plain)


def _new_passphrase_slot(
    file_fields: dict[str, Any],
    master: bytes | bytearray,
    passphrase: str,
    params: Argon2Params,
) -> dict[str, Any]:
    salt = os.urandom(_PASSPHRASE_SALT_BYTES)
    header = {
        "id": _stdlib_secrets.token_hex(8),
        "kind": KIND_PASSPHRASE,
        "kdf": {
            "name": KDF_ARGON2ID,
            "memory_kib": params.memory_kib,
            "iterations": params.iterations,
            "lanes": params.lanes,
            "salt": _b64(salt),
        },
        "aead": AEAD_NAME,
    }
    return _seal(file_fields, header, derive_key(passphrase, salt, params), master)


def _new_recovery_slot(
    file_fields: dict[str, Any], master: bytes | bytearray, recovery_key: bytes | bytearray
) -> dict[str, Any]:
    salt = os.urandom(_RECOVERY_SALT_BYTES)
    header = {
        "id": _stdlib_secrets.token_hex(8),
        "kind": KIND_RECOVERY,
        "kdf": {"name": KDF_HKDF, "salt": _b64(salt)},
        "aead": AEAD_NAME,
    }
    return _seal(file_fields, header, _recovery_kek(recovery_key, salt), master)


def _key_check(master: bytes | bytearray, store_id: str) -> bytes:
    check_key = subkeys.derive(master, subkeys.KEYSLOTS_CHECK)
    try:
        return hmac.new(bytes(check_key), store_id.encode("utf-8"), hashlib.sha256).digest()
    finally:
        zero(check_key)


def _require_master(master: bytes | bytearray) -> None:
    if not isinstance(master, (bytes, bytearray)) or len(master) != _KEY_BYTES:
        raise ValueError("the master key must be 32 bytes")


def _require_recovery_bytes(recovery_key: bytes | bytearray) -> None:
    if not isinstance(recovery_key, (bytes, bytearray)) or len(recovery_key) != _KEY_BYTES:
        raise ValueError("the recovery key must be 32 bytes (use recovery.parse_recovery_key)")


def _require_strong(passphrase: str) -> None:
    if not isinstance(passphrase, str):
        raise TypeError("the passphrase must be a str")
    if len(unicodedata.normalize("NFC", passphrase)) < MIN_PASSPHRASE_CHARS:
        raise WeakPassphrase()


def _verify_master(kf: _KeyFile, master: bytes | bytearray) -> None:
    _require_master(master)
    if not constant_time_equal(_key_check(master, kf.store_id), kf.key_check):
        raise KeyMismatch()


# --- writing --------------------------------------------------------------------


def _serialize(doc: dict[str, Any]) -> bytes:
    return (json.dumps(doc, indent=2, ensure_ascii=True) + "\n").encode("ascii")


def _fsync_dir(directory: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles for this."""
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some filesystems refuse fsync on directories; the data is already synced
    finally:
        os.close(fd)


def _temp_prefix(path: Path) -> str:
    return f".{path.name}."


def _write_atomic(path: Path, data: bytes, *, exclusive: bool = False) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old or the new file, never half.

    ``exclusive`` refuses to replace an existing file (creating a store must
    never clobber another store's only copy of its key).
    """
    directory = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=_temp_prefix(path), suffix=".tmp", dir=directory)
    tmp = Path(tmp_name)
    try:
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, 0o600)
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if exclusive:
            try:
                os.link(tmp, path)  # atomic no-clobber create
            except FileExistsError:
                raise StoreExists(path) from None
            except OSError:
                # Filesystem without hard links (FAT, some network shares).
                if path.exists():
                    raise StoreExists(path) from None
                os.replace(tmp, path)
        else:
            os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    _fsync_dir(directory)


def _rewrite_slots(kf: _KeyFile, kind: str, new_slot: dict[str, Any]) -> None:
    """Put ``new_slot`` where the first slot of ``kind`` was; keep every other slot as is."""
    slots: list[dict[str, Any]] = []
    placed = False
    for slot in kf.slots:
        if slot["kind"] == kind:
            if not placed:
                slots.append(new_slot)
                placed = True
            continue
        slots.append(slot)
    if not placed:
        slots.append(new_slot)
    doc = dict(kf.doc)
    doc["slots"] = slots
    _write_atomic(kf.path, _serialize(doc))


# --- public API -----------------------------------------------------------------


def create_keyslots(
    path: Path,
    store_id: str,
    master: bytes | bytearray,
    passphrase: str,
    recovery_key: bytes | bytearray,
    params: Argon2Params | None = None,
) -> None:
    """Write a new key file with one passphrase slot and one recovery slot.

    ``store_id`` must be a canonical UUID string (``str(uuid.uuid4())``).
    ``params=None`` calibrates Argon2id for this machine (about a second).
    Raises ``WeakPassphrase`` for fewer than 8 characters and ``StoreExists``
    if ``path`` exists: this file is a store's only copy of its key.
    """
    path = Path(path)
    _require_strong(passphrase)
    _require_master(master)
    _require_recovery_bytes(recovery_key)
    if not _is_canonical_uuid(store_id):
        raise ValueError("store_id must be a canonical UUID string")
    if path.exists():
        raise StoreExists(path)
    if params is None:
        params = calibrate()
    file_fields = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "store_id": store_id}
    doc = {
        **file_fields,
        "key_check": _b64(_key_check(master, store_id)),
        "slots": [
            _new_passphrase_slot(file_fields, master, passphrase, params),
            _new_recovery_slot(file_fields, master, recovery_key),
        ],
    }
    _write_atomic(path, _serialize(doc), exclusive=True)


def unlock_with_passphrase(path: Path, passphrase: str) -> bytearray:
    """The master key, if ``passphrase`` opens a passphrase slot. Reads, never writes.

    Raises ``WrongPassphrase`` (also for a tampered slot: indistinguishable
    by design), ``KeySlotsMissing`` or ``KeySlotsCorrupt``.
    """
    kf = _read(Path(path))
    fields = _file_fields(kf.doc)
    for slot in _slots_of_kind(kf, KIND_PASSPHRASE):
        assert slot.params is not None
        master = _open(fields, slot, derive_key(passphrase, slot.salt, slot.params))
        if master is not None:
            return master
    raise WrongPassphrase()


def unlock_with_recovery_key(path: Path, recovery_key: bytes | bytearray) -> bytearray:
    """The master key, if ``recovery_key`` (32 bytes, see ``parse_recovery_key``) opens a slot."""
    if not isinstance(recovery_key, (bytes, bytearray)) or len(recovery_key) != _KEY_BYTES:
        raise MalformedRecoveryKey()
    kf = _read(Path(path))
    fields = _file_fields(kf.doc)
    for slot in _slots_of_kind(kf, KIND_RECOVERY):
        master = _open(fields, slot, _recovery_kek(recovery_key, slot.salt))
        if master is not None:
            return master
    raise WrongRecoveryKey()


def change_passphrase(
    path: Path,
    master: bytes | bytearray,
    new_passphrase: str,
    params: Argon2Params | None = None,
) -> None:
    """Rewrap the master key under a new passphrase; every other slot stays byte-identical.

    ``master`` is checked against the file's key check first (``KeyMismatch``
    if it is not this store's key), so a bug or a mix-up between two open
    stores can never leave a key file whose passphrase opens the wrong key.
    """
    _require_strong(new_passphrase)
    kf = _read(Path(path))
    _verify_master(kf, master)
    if params is None:
        params = calibrate()
    new_slot = _new_passphrase_slot(_file_fields(kf.doc), master, new_passphrase, params)
    _rewrite_slots(kf, KIND_PASSPHRASE, new_slot)


def replace_recovery_key(
    path: Path, master: bytes | bytearray, new_recovery_key: bytes | bytearray
) -> None:
    """Rewrap the master key under a new recovery key; the old one stops working.

    For when the printed key was lost or seen by someone else. The
    passphrase slot is left byte-identical.
    """
    _require_recovery_bytes(new_recovery_key)
    kf = _read(Path(path))
    _verify_master(kf, master)
    new_slot = _new_recovery_slot(_file_fields(kf.doc), master, new_recovery_key)
    _rewrite_slots(kf, KIND_RECOVERY, new_slot)


def read_store_id(path: Path) -> str:
    """The store id, readable without any secret (to match a key file to its database)."""
    return _read(Path(path)).store_id


def _overwrite_and_unlink(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        remaining = os.fstat(fd).st_size
        while remaining > 0:
            chunk = os.urandom(min(remaining, _ERASE_CHUNK))
            view = memoryview(chunk)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            remaining -= len(chunk)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.unlink(path)


def crypto_erase(path: Path) -> None:
    """Panic: destroy the key file so the store can never be opened again.

    Overwrites the file's bytes in place with random data, fsyncs, unlinks,
    and does the same for temporary files an interrupted write may have left
    beside it. On SSDs (wear levelling) and copy-on-write or journalling
    filesystems (btrfs, ZFS, APFS, data=journal ext4) the old bytes may
    survive elsewhere on the device, so the overwrite is best effort; what
    makes the erase work is that the master key exists nowhere but in this
    file (and in backups of it, which the user must destroy too).

    Raises ``KeySlotsMissing`` if there is no file, rather than quietly
    succeeding: a panic aimed at the wrong folder must not look like it
    worked. Any ``OSError`` means the file was NOT erased.
    """
    path = Path(path)
    try:
        _overwrite_and_unlink(path)
    except FileNotFoundError:
        raise KeySlotsMissing(path) from None
    except IsADirectoryError:
        raise KeySlotsCorrupt(path, "it is a folder, not a file") from None
    for stray in path.parent.glob(f"{_temp_prefix(path)}*.tmp"):
        try:
            _overwrite_and_unlink(stray)
        except OSError:
            pass  # best effort: the main file is already gone
    _fsync_dir(path.parent)
