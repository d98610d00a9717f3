"""The SQLCipher connection, keyed on every connect.

Recipe measured in PITFALLS.md: a plain ``sqlite://`` URL with
``module=sqlcipher3.dbapi2`` and a connect listener that sends the raw key
first (the ``sqlite+pysqlcipher`` dialect with ``creator=`` sends an empty
key). The driver's own transaction handling is switched off and a ``begin``
listener emits BEGIN, so DDL in migrations is transactional too.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event

from casekeeper.crypto.subkeys import sqlcipher_pragma_key
from casekeeper.errors import StoreCorrupt

# Large enough that encryption costs little (PITFALLS: with the default
# cache FTS queries were 4x slower than plain SQLite). Negative = KiB.
CACHE_SIZE_KIB = 262144


# Ideographs, kana and hangul: each becomes a token of its own in the index.
_CJK = re.compile("([\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003ffff])")


def search_text(text: str | None) -> str:
    """Text as the full-text index sees it: NFKC, and each CJK ideograph a
    token of its own. FTS5's unicode61 tokenizer would otherwise read a run of
    Chinese characters as one word, and '古丽' would never find '古丽达尔娅'.
    Runs inside every insert trigger, so one regex pass, not a Python loop."""
    if not text:
        return ""
    return _CJK.sub(r" \1 ", unicodedata.normalize("NFKC", text))


def _install_connection_hooks(engine: Engine, key: bytearray | None) -> None:
    @event.listens_for(engine, "connect", insert=True)
    def _key(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
        cur = dbapi_conn.cursor()
        if key is not None:
            # The key text is built per connection from the store's bytearray,
            # which close() zeroes: no long-lived string copy of the key.
            cur.execute("PRAGMA cipher_log_level = NONE")
            cur.execute(f'PRAGMA key = "{sqlcipher_pragma_key(key)}"')
            # cipher_memory_security stays OFF (SQLCipher's default since
            # 4.5.0). ON wipes and mlocks every SQLite allocation: 2.0-2.7x
            # slower on every query (docs/performance.md), process-wide and
            # irreversible, for little gain — the same plaintext lives in
            # Python strings, ORM objects and Qt widgets that nothing wipes.
            # The threat is a seized, powered-off laptop: the keys are ours to
            # zero (crypto/secrets.py), and swap should be encrypted by the OS.
        cur.execute("PRAGMA secure_delete = ON")
        cur.execute("PRAGMA temp_store = MEMORY")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute(f"PRAGMA cache_size = -{CACHE_SIZE_KIB}")
        cur.execute("PRAGMA busy_timeout = 10000")
        # WAL lets the window read while a worker writes; the -wal file is
        # encrypted page by page like the database itself.
        cur.execute("PRAGMA journal_mode = WAL")
        cur.close()
        dbapi_conn.create_function("ck_search_text", 1, search_text, deterministic=True)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("ck_begin", "")
        conn.exec_driver_sql(f"BEGIN {mode}".strip())


def open_engine(db_path: Path, key: bytearray | None) -> Engine:
    """An engine on ``db_path`` keyed with the raw SQLCipher key; ``key`` None
    gives a plain SQLite engine (only the benchmark's unencrypted baseline)."""
    module = sqlcipher if key is not None else _plain_sqlite()
    engine = create_engine(f"sqlite:///{db_path}", module=module)
    _install_connection_hooks(engine, key)
    return engine


def _plain_sqlite() -> Any:
    import sqlite3

    return sqlite3


def verify_readable(engine: Engine, db_path: Path) -> None:
    """Fail early, with the file named, when the key does not fit the file."""
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
            conn.rollback()
    except Exception as exc:  # sqlcipher raises DatabaseError "file is not a database"
        engine.dispose()
        raise StoreCorrupt(db_path, _short(exc)) from None


def _short(exc: BaseException) -> str:
    exc = getattr(exc, "orig", None) or exc  # the driver's words, not SQLAlchemy's wrapper
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:200]
