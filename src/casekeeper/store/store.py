"""An open, unlocked store: the folder of ARCHITECTURE.md section 2.

``Store.create`` and ``Store.open`` are the only ways in; both take the
process lock first (a second CaseKeeper gets a clear error before any key
work), derive the subkeys from the master key, key the SQLCipher engine,
check the key fits the file, and migrate. ``close`` drops every key.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from casekeeper.clock import HLC, Clock, HybridLogicalClock, SystemClock
from casekeeper.crypto import keyslots, subkeys
from casekeeper.crypto.argon2 import Argon2Params
from casekeeper.crypto.recovery import new_recovery_key, parse_recovery_key
from casekeeper.crypto.secrets import random_key, zero
from casekeeper.crypto.signing import SigningIdentity, new_signing_identity
from casekeeper.errors import (
    KeySlotsMissing,
    StoreClosed,
    StoreCorrupt,
    StoreDatabaseMissing,
    StoreExists,
    StoreNotFound,
)

from . import engine as engine_mod
from .changelog import ChangeRecorder
from .lock import StoreLock
from .migrate import current_revision, upgrade_to_head
from .models import ChangeLogEntry, StoreSetting

DB_NAME = "store.db"
KEYSLOTS_NAME = "keyslots.json"
VAULT_DIR = "vault"


@dataclass
class StoreKeys:
    sqlcipher: bytearray
    changelog_mac: bytearray
    evidence_dedup: bytearray

    @classmethod
    def derive(cls, master: bytearray) -> StoreKeys:
        return cls(
            subkeys.derive(master, subkeys.SQLCIPHER),
            subkeys.derive(master, subkeys.CHANGELOG_MAC),
            subkeys.derive(master, subkeys.EVIDENCE_DEDUP),
        )

    def wipe(self) -> None:
        for key in (self.sqlcipher, self.changelog_mac, self.evidence_dedup):
            zero(key)


def is_store(path: Path) -> bool:
    return (path / DB_NAME).exists() or (path / KEYSLOTS_NAME).exists()


class Store:
    def __init__(self, path: Path, engine: Engine, keys: StoreKeys, lock: StoreLock, clock: Clock):
        self.path = path
        self.clock = clock
        self._engine: Engine | None = engine
        self._keys: StoreKeys | None = keys
        self._lock = lock
        self.store_id = self._setting("store_id") or ""
        self.device_id = self._setting("device_id") or ""
        self.hlc = HybridLogicalClock(clock, self._last_hlc())
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        self._write_sessions = self._recorded_sessions()

    # --- creating and opening ---------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        *,
        kdf_params: Argon2Params | None = None,
        clock: Clock | None = None,
    ) -> tuple[Store, str]:
        """Returns the open store and its recovery key (shown once, never stored)."""
        path = Path(path)
        if is_store(path) or (path.exists() and any(path.iterdir())):
            raise StoreExists(path)
        made_dir = not path.exists()
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock = StoreLock(path)
        lock.acquire()
        master = random_key()
        try:
            recovery_text = new_recovery_key()
            recovery = parse_recovery_key(recovery_text)
            store_id = str(uuid.uuid4())
            keyslots.create_keyslots(
                path / KEYSLOTS_NAME, store_id, master, passphrase, recovery, kdf_params
            )
            zero(recovery)
            store = cls._start(path, master, lock, clock)
            store._initialise(store_id)
            return store, recovery_text
        except BaseException:
            lock.release()
            _remove_partial(path, made_dir)
            raise
        finally:
            zero(master)

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        passphrase: str | None = None,
        recovery_key: str | None = None,
        clock: Clock | None = None,
    ) -> Store:
        path = Path(path)
        if not (path / DB_NAME).exists():
            if (path / KEYSLOTS_NAME).exists():
                raise StoreDatabaseMissing(path / DB_NAME)
            raise StoreNotFound(path)
        if not (path / KEYSLOTS_NAME).exists():
            raise KeySlotsMissing(path / KEYSLOTS_NAME)
        if (path / DB_NAME).stat().st_size == 0:
            # SQLCipher would take an empty file for a new database and migrate it.
            raise StoreCorrupt(path / DB_NAME, "the file is empty")
        lock = StoreLock(path)
        lock.acquire()
        master: bytearray | None = None
        try:
            master = cls._unlock(path, passphrase, recovery_key)
            return cls._start(path, master, lock, clock, existing=True)
        except BaseException:
            lock.release()
            raise
        finally:
            if master is not None:
                zero(master)

    @staticmethod
    def _unlock(path: Path, passphrase: str | None, recovery_key: str | None) -> bytearray:
        slots = path / KEYSLOTS_NAME
        if recovery_key is not None:
            key = parse_recovery_key(recovery_key)
            try:
                return keyslots.unlock_with_recovery_key(slots, key)
            finally:
                zero(key)
        return keyslots.unlock_with_passphrase(slots, passphrase or "")

    @classmethod
    def _start(
        cls,
        path: Path,
        master: bytearray,
        lock: StoreLock,
        clock: Clock | None,
        *,
        existing: bool = False,
    ) -> Store:
        keys = StoreKeys.derive(master)
        db_path = path / DB_NAME
        engine = engine_mod.open_engine(db_path, keys.sqlcipher)
        try:
            engine_mod.verify_readable(engine, db_path)
            if existing:
                _require_schema(engine, db_path)
            upgrade_to_head(engine)
        except BaseException:
            engine.dispose()
            keys.wipe()
            raise
        (path / VAULT_DIR).mkdir(exist_ok=True, mode=0o700)
        _owner_only(path)
        return cls(path, engine, keys, lock, clock or SystemClock())

    def _initialise(self, store_id: str) -> None:
        identity = new_signing_identity()
        device_id = uuid.uuid4().hex
        with self._sessions.begin() as session:
            session.add_all(
                [
                    StoreSetting(key="store_id", value=store_id),
                    StoreSetting(key="device_id", value=device_id),
                    StoreSetting(key="signing_identity", value=_identity_json(identity)),
                ]
            )
        self.store_id, self.device_id = store_id, device_id
        # The recorder captured the device id, which did not exist until now.
        self._write_sessions = self._recorded_sessions()

    def _recorded_sessions(self) -> sessionmaker[Session]:
        """Write sessions: BEGIN IMMEDIATE (one writer at a time, so the log
        chain head read in a flush is current) and every flush logged."""
        assert self._engine is not None and self._keys is not None
        factory = sessionmaker(
            bind=self._engine.execution_options(ck_begin="IMMEDIATE"), expire_on_commit=False
        )
        recorder = ChangeRecorder(self._keys.changelog_mac, self.device_id, self.hlc, self.clock)
        recorder.attach(factory)
        return factory

    # --- sessions ------------------------------------------------------------------

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise StoreClosed()
        return self._engine

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only view; rolled back at the end."""
        if self._engine is None:
            raise StoreClosed()
        with self._sessions() as session:
            yield session
            session.rollback()

    @contextlib.contextmanager
    def writing(self, author: str) -> Iterator[Session]:
        """One transaction (BEGIN IMMEDIATE): committed if the block ends
        normally, rolled back on any exception; every change is logged."""
        if self._engine is None:
            raise StoreClosed()
        with self._write_sessions() as session:
            session.info["author"] = author
            with session.begin():
                yield session

    @property
    def changelog_mac_key(self) -> bytearray:
        """The live key (zeroed on close): use it, do not keep a copy."""
        if self._keys is None:
            raise StoreClosed()
        return self._keys.changelog_mac

    @property
    def evidence_dedup_key(self) -> bytearray:
        """The live key (zeroed on close): use it, do not keep a copy."""
        if self._keys is None:
            raise StoreClosed()
        return self._keys.evidence_dedup

    def signing_identity(self) -> SigningIdentity:
        raw = json.loads(self._setting("signing_identity") or "{}")
        return SigningIdentity(
            key_id=bytes.fromhex(raw["key_id"]),
            private_key=bytes.fromhex(raw["private_key"]),
            public_key=bytes.fromhex(raw["public_key"]),
        )

    def close(self) -> None:
        """Lock: drop the keys and the engine, release the process lock."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        if self._keys is not None:
            self._keys.wipe()
            self._keys = None
        self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- internals -------------------------------------------------------------------

    def _setting(self, key: str) -> str | None:
        with self._engine_session() as session:
            return session.scalar(select(StoreSetting.value).where(StoreSetting.key == key))

    def _last_hlc(self) -> HLC | None:
        with self._engine_session() as session:
            text = session.scalar(select(ChangeLogEntry.hlc).order_by(ChangeLogEntry.seq.desc()))
            return HLC.parse(text) if text else None

    @contextlib.contextmanager
    def _engine_session(self) -> Iterator[Session]:
        with Session(self.engine) as session:
            yield session
            session.rollback()


def _identity_json(identity: SigningIdentity) -> str:
    return json.dumps(
        {
            "key_id": identity.key_id.hex(),
            "private_key": identity.private_key.hex(),
            "public_key": identity.public_key.hex(),
        }
    )


def _require_schema(engine: Engine, db_path: Path) -> None:
    """An existing store always has a schema and an id; anything else is not ours."""
    with engine.connect() as conn:
        revision = current_revision(conn)
        has_id = (
            revision is not None
            and conn.execute(
                select(StoreSetting.value).where(StoreSetting.key == "store_id")
            ).scalar()
        )
        conn.rollback()
    if not has_id:
        engine.dispose()
        raise StoreCorrupt(db_path, "it holds no CaseKeeper records")


def _owner_only(path: Path) -> None:
    """Ciphertext still reveals sizes and times; keep it from other local users."""
    os.chmod(path, 0o700)
    for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", KEYSLOTS_NAME, "lock"):
        with contextlib.suppress(FileNotFoundError):
            os.chmod(path / name, 0o600)


def _remove_partial(path: Path, made_dir: bool) -> None:
    """A store whose creation failed must not look like a store."""
    for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", KEYSLOTS_NAME, "lock"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path / name)
    shutil.rmtree(path / VAULT_DIR, ignore_errors=True)
    if made_dir:
        with contextlib.suppress(OSError):
            path.rmdir()
