"""Creating, unlocking, locking and erasing stores; the keys around them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from casekeeper.clock import Clock
from casekeeper.crypto import keyslots, signing
from casekeeper.crypto.argon2 import Argon2Params
from casekeeper.crypto.recovery import new_recovery_key, parse_recovery_key
from casekeeper.crypto.secrets import zero
from casekeeper.errors import StoreNotFound
from casekeeper.store.store import KEYSLOTS_NAME, Store, is_store

from .evidence import tidy_vault


@dataclass(frozen=True)
class NewStore:
    store: Store
    recovery_key: str  # shown to the person once; CaseKeeper keeps no copy


def create_store(
    path: Path,
    passphrase: str,
    *,
    kdf_params: Argon2Params | None = None,
    clock: Clock | None = None,
) -> NewStore:
    store, recovery = Store.create(Path(path), passphrase, kdf_params=kdf_params, clock=clock)
    return NewStore(store, recovery)


def open_store(
    path: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    clock: Clock | None = None,
) -> Store:
    store = Store.open(Path(path), passphrase=passphrase, recovery_key=recovery_key, clock=clock)
    tidy_vault(store)  # only after an interrupted import or removal (a marker, a temp file)
    return store


def store_exists(path: Path) -> bool:
    return is_store(Path(path))


def change_passphrase(
    path: Path, old_passphrase: str, new_passphrase: str, *, kdf_params: Argon2Params | None = None
) -> None:
    """Rewrites the passphrase slot only; the database is not touched."""
    slots = _slots(path)
    master = keyslots.unlock_with_passphrase(slots, old_passphrase)
    try:
        keyslots.change_passphrase(slots, master, new_passphrase, kdf_params)
    finally:
        zero(master)


def reset_passphrase_with_recovery_key(
    path: Path, recovery_key: str, new_passphrase: str, *, kdf_params: Argon2Params | None = None
) -> None:
    """The forgotten-passphrase path: the recovery key opens, a new passphrase is set."""
    slots = _slots(path)
    key = parse_recovery_key(recovery_key)
    try:
        master = keyslots.unlock_with_recovery_key(slots, key)
    finally:
        zero(key)
    try:
        keyslots.change_passphrase(slots, master, new_passphrase, kdf_params)
    finally:
        zero(master)


def replace_recovery_key(path: Path, passphrase: str) -> str:
    """A new recovery key (the old one stops working); returns it for printing once."""
    slots = _slots(path)
    master = keyslots.unlock_with_passphrase(slots, passphrase)
    text = new_recovery_key()
    key = parse_recovery_key(text)
    try:
        keyslots.replace_recovery_key(slots, master, key)
    finally:
        zero(master)
        zero(key)
    return text


def panic(path: Path) -> None:
    """Crypto-erase: overwrite and delete the key slots. The database stays on
    disk but no passphrase or recovery key can open it again."""
    keyslots.crypto_erase(_slots(path))


@dataclass(frozen=True)
class SignerInfo:
    fingerprint: str
    public_key_file: str


def signer_info(store: Store) -> SignerInfo:
    identity = store.signing_identity()
    return SignerInfo(
        signing.fingerprint(identity),
        signing.minisign_public_key_file(identity, f"CaseKeeper store {store.store_id}"),
    )


def _slots(path: Path) -> Path:
    path = Path(path)
    if not is_store(path):
        raise StoreNotFound(path)
    return path / KEYSLOTS_NAME
