"""The key file: opening a store, changing secrets, surviving damage, panic erase."""

from __future__ import annotations

import base64
import json
import os
import stat
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from crypto_testkit import FAST, MASTER, OTHER_STORE_ID, PASSPHRASE, STORE_ID, load, save, slot

from casekeeper.crypto import keyslots
from casekeeper.crypto.argon2 import Argon2Params
from casekeeper.crypto.keyslots import (
    change_passphrase,
    create_keyslots,
    crypto_erase,
    read_store_id,
    replace_recovery_key,
    unlock_with_passphrase,
    unlock_with_recovery_key,
)
from casekeeper.crypto.recovery import new_recovery_key, parse_recovery_key
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

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def _snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def _leftovers(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p != path)


# --- opening --------------------------------------------------------------------


def test_passphrase_opens_the_store_and_returns_the_master_key(keyfile: Path) -> None:
    master = unlock_with_passphrase(keyfile, PASSPHRASE)
    assert isinstance(master, bytearray)
    assert master == MASTER


def test_written_recovery_key_opens_the_store(keyfile: Path, recovery_text: str) -> None:
    typed = recovery_text.lower().replace("-", " ")
    assert unlock_with_recovery_key(keyfile, parse_recovery_key(typed)) == MASTER


def test_passphrase_typed_in_another_unicode_form_still_opens(tmp_path: Path) -> None:
    composed = unicodedata.normalize("NFC", "Қазақстан café 2025")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    path = tmp_path / "keyslots.json"
    create_keyslots(path, STORE_ID, MASTER, composed, bytes(32), FAST)
    assert unlock_with_passphrase(path, decomposed) == MASTER


def test_wrong_passphrase_is_refused_and_file_untouched(keyfile: Path) -> None:
    before = _snapshot(keyfile)
    with pytest.raises(WrongPassphrase):
        unlock_with_passphrase(keyfile, "correct horse battery stapler")
    assert _snapshot(keyfile) == before
    assert _leftovers(keyfile) == []


def test_wrong_recovery_key_is_refused_and_file_untouched(keyfile: Path) -> None:
    before = _snapshot(keyfile)
    with pytest.raises(WrongRecoveryKey):
        unlock_with_recovery_key(keyfile, parse_recovery_key(new_recovery_key()))
    assert _snapshot(keyfile) == before


def test_recovery_key_of_the_wrong_size_is_malformed_not_wrong(keyfile: Path) -> None:
    with pytest.raises(MalformedRecoveryKey):
        unlock_with_recovery_key(keyfile, b"\x00" * 31)


def test_store_id_is_readable_without_any_secret(keyfile: Path) -> None:
    assert read_store_id(keyfile) == STORE_ID


# --- the file itself ----------------------------------------------------------------


@posix_only
def test_key_file_is_readable_only_by_its_owner(tmp_path: Path) -> None:
    path = tmp_path / "keyslots.json"
    create_keyslots(path, STORE_ID, MASTER, PASSPHRASE, bytes(32), FAST)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    change_passphrase(path, MASTER, "a brand new passphrase", FAST)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert _leftovers(path) == []


def test_key_file_says_what_it_is_before_anything_else(keyfile: Path) -> None:
    text = keyfile.read_text("ascii")
    assert text.startswith('{\n  "format": "casekeeper-keyslots",\n  "version": 1,')
    doc = load(keyfile)
    assert doc["store_id"] == STORE_ID
    assert len(base64.b64decode(doc["key_check"])) == 32
    passphrase, recovery = doc["slots"]
    assert passphrase["kind"] == "passphrase" and recovery["kind"] == "recovery"
    assert passphrase["kdf"] == {
        "name": "argon2id",
        "memory_kib": FAST.memory_kib,
        "iterations": FAST.iterations,
        "lanes": FAST.lanes,
        "salt": passphrase["kdf"]["salt"],
    }
    assert recovery["kdf"]["name"] == "hkdf-sha256"
    for s in (passphrase, recovery):
        assert s["aead"] == "AES-256-GCM"
        assert len(bytes.fromhex(s["id"])) == 8
        assert len(base64.b64decode(s["kdf"]["salt"])) >= 16
        assert len(base64.b64decode(s["nonce"])) == 12
        assert len(base64.b64decode(s["wrapped_key"])) == 48
    assert MASTER.hex() not in text and base64.b64encode(MASTER).decode() not in text


def test_making_a_store_where_a_key_file_exists_is_refused(keyfile: Path) -> None:
    before = keyfile.read_bytes()
    with pytest.raises(StoreExists):
        create_keyslots(keyfile, OTHER_STORE_ID, bytes(32), PASSPHRASE, bytes(32), FAST)
    assert keyfile.read_bytes() == before


@pytest.mark.parametrize("short", ["", "1234567", "ab cd e", "e\u0301" * 4])
def test_short_passphrase_is_refused_when_making_a_store(tmp_path: Path, short: str) -> None:
    # "e\u0301" * 4 is 8 code points typed but 4 characters once composed.
    path = tmp_path / "keyslots.json"
    with pytest.raises(WeakPassphrase):
        create_keyslots(path, STORE_ID, MASTER, short, bytes(32), FAST)
    assert not path.exists()


def test_eight_characters_is_long_enough(tmp_path: Path) -> None:
    path = tmp_path / "keyslots.json"
    create_keyslots(path, STORE_ID, MASTER, "12345678", bytes(32), FAST)
    assert unlock_with_passphrase(path, "12345678") == MASTER


def test_new_store_without_params_is_calibrated_for_this_machine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []

    def fake_calibrate() -> Argon2Params:
        calls.append(1)
        return Argon2Params(65536 + 1024, 3, 4)

    monkeypatch.setattr(keyslots, "calibrate", fake_calibrate)
    path = tmp_path / "keyslots.json"
    create_keyslots(path, STORE_ID, MASTER, PASSPHRASE, bytes(32), None)
    assert calls == [1]
    assert slot(load(path), "passphrase")["kdf"]["memory_kib"] == 65536 + 1024


def test_invalid_store_id_is_a_programming_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        create_keyslots(tmp_path / "k.json", "not-a-uuid", MASTER, PASSPHRASE, bytes(32), FAST)


# --- tampering -----------------------------------------------------------------------


def _flip_b64(value: str, index: int = 0) -> str:
    raw = bytearray(base64.b64decode(value))
    raw[index] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


Tamper = Callable[[dict[str, Any]], None]

_PASSPHRASE_TAMPERING: dict[str, Tamper] = {
    "iterations raised": lambda d: slot(d, "passphrase")["kdf"].update(iterations=4),
    "memory raised": lambda d: slot(d, "passphrase")["kdf"].update(memory_kib=65536 * 2),
    "lanes changed": lambda d: slot(d, "passphrase")["kdf"].update(lanes=5),
    "salt byte": lambda d: slot(d, "passphrase")["kdf"].update(
        salt=_flip_b64(slot(d, "passphrase")["kdf"]["salt"])
    ),
    "nonce byte": lambda d: slot(d, "passphrase").update(
        nonce=_flip_b64(slot(d, "passphrase")["nonce"])
    ),
    "wrapped key byte": lambda d: slot(d, "passphrase").update(
        wrapped_key=_flip_b64(slot(d, "passphrase")["wrapped_key"], 5)
    ),
    "tag byte": lambda d: slot(d, "passphrase").update(
        wrapped_key=_flip_b64(slot(d, "passphrase")["wrapped_key"], 47)
    ),
    "slot id": lambda d: slot(d, "passphrase").update(id="00" * 8),
    "store id": lambda d: d.update(store_id=OTHER_STORE_ID),
}


@pytest.mark.parametrize("change", list(_PASSPHRASE_TAMPERING), ids=list(_PASSPHRASE_TAMPERING))
def test_tampered_passphrase_slot_does_not_open(keyfile: Path, change: str) -> None:
    doc = load(keyfile)
    _PASSPHRASE_TAMPERING[change](doc)
    save(keyfile, doc)
    with pytest.raises(WrongPassphrase):
        unlock_with_passphrase(keyfile, PASSPHRASE)


_RECOVERY_TAMPERING: dict[str, Tamper] = {
    "salt byte": lambda d: slot(d, "recovery")["kdf"].update(
        salt=_flip_b64(slot(d, "recovery")["kdf"]["salt"])
    ),
    "wrapped key byte": lambda d: slot(d, "recovery").update(
        wrapped_key=_flip_b64(slot(d, "recovery")["wrapped_key"], 0)
    ),
    "store id": lambda d: d.update(store_id=OTHER_STORE_ID),
    "slot id": lambda d: slot(d, "recovery").update(id="ffff"),
}


@pytest.mark.parametrize("change", list(_RECOVERY_TAMPERING), ids=list(_RECOVERY_TAMPERING))
def test_tampered_recovery_slot_does_not_open(
    keyfile: Path, recovery_text: str, change: str
) -> None:
    doc = load(keyfile)
    _RECOVERY_TAMPERING[change](doc)
    save(keyfile, doc)
    with pytest.raises(WrongRecoveryKey):
        unlock_with_recovery_key(keyfile, parse_recovery_key(recovery_text))


def test_passphrase_slot_relabelled_as_recovery_is_damage_not_a_key(keyfile: Path) -> None:
    doc = load(keyfile)
    slot(doc, "passphrase")["kind"] = "recovery"
    save(keyfile, doc)
    with pytest.raises(KeySlotsCorrupt, match="no passphrase slot"):
        unlock_with_passphrase(keyfile, PASSPHRASE)


def test_recovery_slot_relabelled_as_passphrase_never_opens(keyfile: Path) -> None:
    doc = load(keyfile)
    slot(doc, "recovery")["kind"] = "passphrase"
    save(keyfile, doc)
    # The real passphrase slot still works; the relabelled one is skipped as damaged.
    assert unlock_with_passphrase(keyfile, PASSPHRASE) == MASTER
    with pytest.raises(KeySlotsCorrupt, match="no recovery slot"):
        unlock_with_recovery_key(keyfile, bytes(32))


def test_damaged_recovery_slot_does_not_lock_out_the_passphrase(
    keyfile: Path, recovery_text: str
) -> None:
    doc = load(keyfile)
    slot(doc, "recovery")["nonce"] = "***"
    save(keyfile, doc)
    assert unlock_with_passphrase(keyfile, PASSPHRASE) == MASTER
    with pytest.raises(KeySlotsCorrupt, match="nonce"):
        unlock_with_recovery_key(keyfile, parse_recovery_key(recovery_text))


# --- damaged or missing files ---------------------------------------------------------


def test_missing_key_file_is_reported_as_missing(tmp_path: Path) -> None:
    path = tmp_path / "keyslots.json"
    for attempt in (
        lambda: unlock_with_passphrase(path, PASSPHRASE),
        lambda: unlock_with_recovery_key(path, bytes(32)),
        lambda: read_store_id(path),
        lambda: change_passphrase(path, MASTER, "another passphrase", FAST),
    ):
        with pytest.raises(KeySlotsMissing) as info:
            attempt()
        assert str(path) in str(info.value)
        assert info.value.path == path


def _edit(change: Callable[[dict[str, Any]], None]) -> Callable[[bytes], bytes]:
    def apply(raw: bytes) -> bytes:
        doc = json.loads(raw)
        change(doc)
        return json.dumps(doc).encode()

    return apply


_DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "empty": lambda raw: b"",
    "only whitespace": lambda raw: b" \n\n",
    "truncated": lambda raw: raw[: len(raw) // 2],
    "random bytes": lambda raw: os.urandom(len(raw)),
    "zeroed": lambda raw: bytes(len(raw)),
    "not json": lambda raw: b"this is not json",
    "a json list": lambda raw: b"[1, 2, 3]",
    "deeply nested": lambda raw: b"[" * 100_000 + b"]" * 100_000,
    "huge": lambda raw: b" " * (2 * 1024 * 1024) + raw,
    "other format": _edit(lambda d: d.update(format="something-else")),
    "newer version": _edit(lambda d: d.update(version=2)),
    "version zero": _edit(lambda d: d.update(version=0)),
    "version as text": _edit(lambda d: d.update(version="1")),
    "version as true": _edit(lambda d: d.update(version=True)),
    "no store id": _edit(lambda d: d.pop("store_id")),
    "store id not a uuid": _edit(lambda d: d.update(store_id="x")),
    "no key check": _edit(lambda d: d.pop("key_check")),
    "key check bad base64": _edit(lambda d: d.update(key_check="@@@@")),
    "no slots": _edit(lambda d: d.update(slots=[])),
    "slots not a list": _edit(lambda d: d.update(slots={"a": 1})),
    "slot not an object": _edit(lambda d: d.update(slots=["x", "y"])),
    "slot without nonce": _edit(lambda d: slot(d, "passphrase").pop("nonce")),
    "slot with extra field": _edit(lambda d: slot(d, "passphrase").update(extra=1)),
    "unknown cipher": _edit(lambda d: slot(d, "passphrase").update(aead="ROT13")),
    "kdf not argon2id": _edit(lambda d: slot(d, "passphrase")["kdf"].update(name="pbkdf2")),
    "nonce bad base64": _edit(lambda d: slot(d, "passphrase").update(nonce="not base64!")),
    "nonce wrong size": _edit(lambda d: slot(d, "passphrase").update(nonce="AAAA")),
    "wrapped key cut": _edit(
        lambda d: slot(d, "passphrase").update(wrapped_key=slot(d, "passphrase")["nonce"])
    ),
    "salt too short": _edit(lambda d: slot(d, "passphrase")["kdf"].update(salt="AAAA")),
    "memory below minimum": _edit(lambda d: slot(d, "passphrase")["kdf"].update(memory_kib=65535)),
    "iterations below minimum": _edit(lambda d: slot(d, "passphrase")["kdf"].update(iterations=1)),
    "lanes below minimum": _edit(lambda d: slot(d, "passphrase")["kdf"].update(lanes=1)),
    "absurd memory": _edit(lambda d: slot(d, "passphrase")["kdf"].update(memory_kib=2**40)),
    "iterations as float": _edit(lambda d: slot(d, "passphrase")["kdf"].update(iterations=3.0)),
    "duplicate field": lambda raw: raw.replace(b'"version": 1,', b'"version": 1, "version": 1,'),
    "not utf-8": lambda raw: raw.replace(b"casekeeper-keyslots", b"casekeeper-\xff\xfe"),
}


@pytest.mark.parametrize("damage", list(_DAMAGE), ids=list(_DAMAGE))
def test_damaged_key_file_is_reported_as_corrupt_naming_the_file(
    keyfile: Path, damage: str
) -> None:
    keyfile.write_bytes(_DAMAGE[damage](keyfile.read_bytes()))
    with pytest.raises(KeySlotsCorrupt) as info:
        unlock_with_passphrase(keyfile, PASSPHRASE)
    assert str(keyfile) in str(info.value)
    assert info.value.path == keyfile


def test_newer_key_file_tells_the_user_to_update(keyfile: Path) -> None:
    doc = load(keyfile)
    doc["version"] = 2
    save(keyfile, doc)
    with pytest.raises(KeySlotsCorrupt, match="update CaseKeeper"):
        read_store_id(keyfile)


def test_weak_parameters_in_a_file_are_refused_before_any_derivation(
    keyfile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = load(keyfile)
    slot(doc, "passphrase")["kdf"]["iterations"] = 1
    save(keyfile, doc)

    def must_not_run(*args: object) -> bytearray:
        raise AssertionError("derived a key from weak parameters")

    monkeypatch.setattr(keyslots, "derive_key", must_not_run)
    with pytest.raises(KeySlotsCorrupt, match="below the minimum"):
        unlock_with_passphrase(keyfile, PASSPHRASE)


def test_folder_in_place_of_the_key_file_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "keyslots.json"
    path.mkdir()
    with pytest.raises(KeySlotsCorrupt, match="folder"):
        unlock_with_passphrase(path, PASSPHRASE)


# --- changing secrets -------------------------------------------------------------------


def test_change_passphrase_keeps_the_recovery_slot_and_retires_the_old_passphrase(
    keyfile: Path, recovery_text: str
) -> None:
    before = load(keyfile)
    before_text = keyfile.read_text("ascii")
    change_passphrase(keyfile, MASTER, "a completely new passphrase", FAST)

    after = load(keyfile)
    assert slot(after, "recovery") == slot(before, "recovery")
    recovery_json = json.dumps(slot(before, "recovery"), indent=2).replace("\n", "\n    ")
    assert recovery_json in before_text and recovery_json in keyfile.read_text("ascii")
    assert after["store_id"] == before["store_id"]
    assert after["key_check"] == before["key_check"]
    new, old = slot(after, "passphrase"), slot(before, "passphrase")
    assert new["kdf"]["salt"] != old["kdf"]["salt"]
    assert new["nonce"] != old["nonce"]
    assert new["wrapped_key"] != old["wrapped_key"]

    assert unlock_with_passphrase(keyfile, "a completely new passphrase") == MASTER
    with pytest.raises(WrongPassphrase):
        unlock_with_passphrase(keyfile, PASSPHRASE)
    assert unlock_with_recovery_key(keyfile, parse_recovery_key(recovery_text)) == MASTER
    assert _leftovers(keyfile) == []


def test_change_passphrase_can_raise_the_cost(keyfile: Path) -> None:
    stronger = Argon2Params(65536, 4, 4)
    change_passphrase(keyfile, MASTER, "a completely new passphrase", stronger)
    assert slot(load(keyfile), "passphrase")["kdf"]["iterations"] == 4
    assert unlock_with_passphrase(keyfile, "a completely new passphrase") == MASTER


def test_change_passphrase_with_another_stores_key_is_refused_and_file_untouched(
    keyfile: Path,
) -> None:
    before = _snapshot(keyfile)
    with pytest.raises(KeyMismatch):
        change_passphrase(keyfile, bytes(32), "a completely new passphrase", FAST)
    assert _snapshot(keyfile) == before


def test_change_to_a_short_passphrase_is_refused_and_file_untouched(keyfile: Path) -> None:
    before = _snapshot(keyfile)
    with pytest.raises(WeakPassphrase):
        change_passphrase(keyfile, MASTER, "short", FAST)
    assert _snapshot(keyfile) == before


def test_crash_while_saving_leaves_the_old_key_file_whole(
    keyfile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = keyfile.read_bytes()

    def power_cut(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(keyslots.os, "replace", power_cut)
    with pytest.raises(OSError):
        change_passphrase(keyfile, MASTER, "a completely new passphrase", FAST)
    assert keyfile.read_bytes() == before
    assert _leftovers(keyfile) == []


def test_replace_recovery_key_retires_the_old_one_and_keeps_the_passphrase_slot(
    keyfile: Path, recovery_text: str
) -> None:
    before = load(keyfile)
    new_text = new_recovery_key()
    replace_recovery_key(keyfile, MASTER, parse_recovery_key(new_text))
    after = load(keyfile)
    assert slot(after, "passphrase") == slot(before, "passphrase")
    assert unlock_with_recovery_key(keyfile, parse_recovery_key(new_text)) == MASTER
    with pytest.raises(WrongRecoveryKey):
        unlock_with_recovery_key(keyfile, parse_recovery_key(recovery_text))
    assert unlock_with_passphrase(keyfile, PASSPHRASE) == MASTER


def test_replace_recovery_key_with_another_stores_key_is_refused(keyfile: Path) -> None:
    before = _snapshot(keyfile)
    with pytest.raises(KeyMismatch):
        replace_recovery_key(keyfile, bytes(32), bytes(32))
    assert _snapshot(keyfile) == before


# --- panic ------------------------------------------------------------------------------


def test_crypto_erase_removes_the_file_and_the_passphrase_no_longer_opens(
    keyfile: Path,
) -> None:
    crypto_erase(keyfile)
    assert not keyfile.exists()
    with pytest.raises(KeySlotsMissing):
        unlock_with_passphrase(keyfile, PASSPHRASE)


@posix_only
def test_crypto_erase_overwrites_the_bytes_before_deleting(keyfile: Path) -> None:
    # A second hard link to the same inode lets us look at the bytes after unlink.
    witness = keyfile.parent / "witness"
    os.link(keyfile, witness)
    original = keyfile.read_bytes()
    crypto_erase(keyfile)
    left = witness.read_bytes()
    assert len(left) == len(original)
    assert left != original
    assert b"casekeeper" not in left and b"wrapped_key" not in left


def test_crypto_erase_also_erases_leftovers_of_an_interrupted_save(keyfile: Path) -> None:
    stray = keyfile.parent / ".keyslots.json.abc123.tmp"
    stray.write_bytes(keyfile.read_bytes())
    unrelated = keyfile.parent / "notes.txt"
    unrelated.write_text("keep me")
    crypto_erase(keyfile)
    assert not stray.exists()
    assert unrelated.read_text() == "keep me"


def test_crypto_erase_of_a_missing_file_says_so_instead_of_pretending(tmp_path: Path) -> None:
    with pytest.raises(KeySlotsMissing):
        crypto_erase(tmp_path / "keyslots.json")
