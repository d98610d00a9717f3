"""The hash-chained change log (ARCHITECTURE.md section 5).

Every ORM flush is observed: each created record, each changed field and
each deleted record becomes one entry with a hybrid logical clock stamp,
device id and author. Entries are chained: ``mac_n = HMAC-SHA256(k, mac_{n-1}
|| canonical(entry_n))`` with ``k`` derived from the master key, so someone
holding only the database's raw key (or the file) cannot rewrite history
without ``casekeeper check`` noticing. The chain head is kept in the store's
settings too, so dropping the newest entries is noticed as well.

Recording in a flush hook rather than in each service means no write path
can forget to log; services stay about the use case.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, event, inspect, select, text
from sqlalchemy.orm import Session, sessionmaker

from casekeeper.clock import Clock, HybridLogicalClock
from casekeeper.errors import ChangeLogBroken
from casekeeper.fuzzydate import FuzzyDate

from .models import Base, Case, ChangeLogEntry, StoreSetting
from .models.base import TimestampMixin

HEAD_SETTING = "changelog_head"
UNLOGGED_TABLES = {ChangeLogEntry.__tablename__, StoreSetting.__tablename__}
UNLOGGED_FIELDS = {"id", "created_at", "updated_at"}


def to_json_value(value: Any) -> Any:
    if isinstance(value, FuzzyDate):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


@dataclass(frozen=True)
class EntryFields:
    seq: int
    hlc: str
    device_id: str
    author: str
    entity: str
    entity_id: str
    case_id: str | None
    op: str
    field: str | None
    value: str

    def message(self) -> bytes:
        return canonical(
            [
                self.seq,
                self.hlc,
                self.device_id,
                self.author,
                self.entity,
                self.entity_id,
                self.case_id,
                self.op,
                self.field,
                self.value,
            ]
        ).encode()


def genesis_mac(key: bytes | bytearray) -> str:
    return hmac.new(key, b"casekeeper/v1/changelog-genesis", hashlib.sha256).hexdigest()


def chain_mac(key: bytes | bytearray, previous_mac: str, entry: EntryFields) -> str:
    return hmac.new(key, bytes.fromhex(previous_mac) + entry.message(), hashlib.sha256).hexdigest()


def _case_id_of(obj: Base) -> str | None:
    if isinstance(obj, Case):
        return obj.id
    return getattr(obj, "case_id", None)


def _column_values(obj: Base) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {
        attr.key: to_json_value(getattr(obj, attr.key))
        for attr in mapper.column_attrs
        if attr.key not in UNLOGGED_FIELDS
    }


def _changed_fields(obj: Base) -> Iterator[tuple[str, Any]]:
    state = inspect(obj)
    for attr in state.mapper.column_attrs:
        if attr.key in UNLOGGED_FIELDS:
            continue
        history = state.attrs[attr.key].history
        if history.has_changes() and history.added:
            yield attr.key, to_json_value(history.added[0])


class ChangeRecorder:
    """Attached to a sessionmaker; appends chained entries on every flush."""

    def __init__(
        self, mac_key: bytearray, device_id: str, hlc: HybridLogicalClock, clock: Clock
    ) -> None:
        self._key = mac_key  # the store's own buffer, so locking the store zeroes it
        self._device_id = device_id
        self._hlc = hlc
        self._clock = clock

    def attach(self, factory: sessionmaker[Session]) -> None:
        event.listen(factory, "before_flush", self._stamp_times)
        event.listen(factory, "after_flush", self._record)

    def _stamp_times(self, session: Session, _ctx: Any, _instances: Any) -> None:
        now = self._clock.now()
        for obj in session.new:
            if isinstance(obj, TimestampMixin):
                # Kept when given: an imported or synced record carries its own times.
                obj.created_at = obj.created_at or now
                obj.updated_at = obj.updated_at or now
        for obj in session.dirty:
            if isinstance(obj, TimestampMixin) and session.is_modified(obj):
                obj.updated_at = now

    def _pending(self, session: Session) -> Iterator[tuple[Base, str, str | None, Any]]:
        for obj in session.new:
            if obj.__tablename__ not in UNLOGGED_TABLES:
                yield obj, "create", None, _column_values(obj)
        for obj in session.dirty:
            if obj.__tablename__ in UNLOGGED_TABLES:
                continue
            for field, value in _changed_fields(obj):
                yield obj, "update", field, value
        for obj in session.deleted:
            if obj.__tablename__ not in UNLOGGED_TABLES:
                yield obj, "delete", None, None

    def _record(self, session: Session, _ctx: Any) -> None:
        changes = list(self._pending(session))
        if not changes:
            return
        conn = session.connection()
        seq, mac = last_link(conn, self._key)
        author = session.info.get("author", "")
        rows = []
        for obj, op, field, value in changes:
            seq += 1
            entry = EntryFields(
                seq,
                str(self._hlc.tick()),
                self._device_id,
                author,
                obj.__tablename__,
                str(inspect(obj).identity[0] if inspect(obj).identity else obj.id),
                _case_id_of(obj),
                op,
                field,
                canonical(value),
            )
            mac = chain_mac(self._key, mac, entry)
            rows.append({**entry.__dict__, "mac": mac})
        conn.execute(ChangeLogEntry.__table__.insert(), rows)
        _save_head(conn, self._key, seq, mac)


def last_link(conn: Connection, key: bytes) -> tuple[int, str]:
    row = conn.execute(
        select(ChangeLogEntry.seq, ChangeLogEntry.mac).order_by(ChangeLogEntry.seq.desc()).limit(1)
    ).first()
    return (row[0], row[1]) if row else (0, genesis_mac(key))


def head_tag(key: bytes, seq: int, mac: str) -> str:
    """Binds the head's count to the newest MAC under the key, so the head
    cannot be rewritten to hide dropped entries by someone without the key."""
    message = b"casekeeper/v1/changelog-head" + seq.to_bytes(8, "big") + bytes.fromhex(mac)
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def _save_head(conn: Connection, key: bytes, seq: int, mac: str) -> None:
    conn.execute(
        text(
            "INSERT INTO store_setting(key, value) VALUES (:k, :v) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
        ),
        {"k": HEAD_SETTING, "v": canonical({"seq": seq, "tag": head_tag(key, seq, mac)})},
    )


def verify_chain(conn: Connection, key: bytes) -> int:
    """Walks the whole log; returns the number of entries or raises
    ChangeLogBroken naming the first entry that does not fit."""
    mac = genesis_mac(key)
    expected_seq = 0
    table = ChangeLogEntry.__table__
    result = conn.execute(select(table).order_by(table.c.seq))
    for row in result:
        expected_seq += 1
        if row.seq != expected_seq:
            raise ChangeLogBroken(expected_seq, f"entry {expected_seq} is missing")
        entry = EntryFields(
            row.seq,
            row.hlc,
            row.device_id,
            row.author,
            row.entity,
            row.entity_id,
            row.case_id,
            row.op,
            row.field,
            row.value,
        )
        mac = chain_mac(key, mac, entry)
        if not hmac.compare_digest(mac, row.mac):
            raise ChangeLogBroken(
                row.seq, "its content or its link to the entry before was altered"
            )
    _verify_head(conn, key, expected_seq, mac)
    return expected_seq


def _verify_head(conn: Connection, key: bytes, count: int, mac: str) -> None:
    stored = conn.execute(
        select(StoreSetting.value).where(StoreSetting.key == HEAD_SETTING)
    ).scalar()
    if stored is None:
        if count:
            raise ChangeLogBroken(count, "the record of the newest entry is missing")
        return
    head = json.loads(stored)
    if head["seq"] > count:
        raise ChangeLogBroken(count + 1, f"entries {count + 1} to {head['seq']} were removed")
    if head["seq"] < count:
        raise ChangeLogBroken(head["seq"] + 1, "entries were added outside CaseKeeper")
    if not hmac.compare_digest(str(head.get("tag", "")), head_tag(key, count, mac)):
        raise ChangeLogBroken(
            count + 1,
            f"entries after {count} were removed, or the record of the newest entry was altered",
        )
