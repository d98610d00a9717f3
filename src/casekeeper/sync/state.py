"""The merge state in memory: the reference the store's tables must behave like.

:class:`MemoryState` implements :class:`~casekeeper.sync.merge.StateView`,
applies a :class:`~casekeeper.sync.merge.MergeResult`, and makes local writes
carrying the ``base``/``seen`` that the store's change recorder must write
too (docs/sync.md, "Store wiring"). Tests and bench/sync.py use it to run
devices without a database; it is not a toy: it is the specification.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from casekeeper.clock import HLC, Clock, HybridLogicalClock

from .entries import CREATE, DELETE, UPDATE, Entry, Stamp
from .merge import (
    Conflict,
    FieldKey,
    Head,
    MergeResult,
    MergeRules,
    RecordKey,
    RecordState,
    merge,
    record_conflicts,
    visible_values,
    winner,
)


class MemoryState:
    def __init__(self, device_id: str, clock: Clock, rules: MergeRules) -> None:
        self.device_id = device_id
        self.clock = clock
        self.rules = rules
        self.hlc = HybridLogicalClock(clock)
        self.log: list[Entry] = []  # this device's own entries, in order
        self.conflicts: set[Conflict] = set()
        self._records: dict[RecordKey, RecordState] = {}
        self._heads: dict[FieldKey, tuple[Head, ...]] = {}
        self._fields: dict[RecordKey, set[str]] = {}
        self._children: dict[RecordKey, list[RecordKey]] = {}
        self._seen: dict[str, HLC] = {}

    # --- StateView -----------------------------------------------------------------

    def record(self, key: RecordKey) -> RecordState | None:
        return self._records.get(key)

    def heads(self, key: FieldKey) -> tuple[Head, ...]:
        return self._heads.get(key, ())

    def fields(self, key: RecordKey) -> Iterable[str]:
        return sorted(self._fields.get(key, ()))

    def children(self, key: RecordKey) -> Iterable[RecordKey]:
        return self._children.get(key, ())

    def seen(self, device: str) -> HLC | None:
        return self._seen.get(device)

    # --- applying a merge ------------------------------------------------------------

    def apply(self, result: MergeResult) -> None:
        for key, record in result.records.items():
            if key not in self._records:
                for parent in record.parents:
                    self._children.setdefault(parent, []).append(key)
            self._records[key] = record
        for fkey, heads in result.heads.items():
            self._heads[fkey] = heads
            self._fields.setdefault((fkey[0], fkey[1]), set()).add(fkey[2])
        self._seen.update(result.seen)
        self.conflicts.difference_update(result.closed)
        self.conflicts.update(result.opened)
        if result.observed is not None:
            self.hlc.observe(result.observed)

    def receive(self, incoming: Mapping[str, Sequence[Entry]]) -> MergeResult:
        result = merge(self, incoming, self.rules, self.clock.now())
        self.apply(result)
        return result

    # --- local writes ------------------------------------------------------------------

    def _write(self, entry: Entry) -> Entry:
        result = merge(self, {self.device_id: [entry]}, self.rules, self.clock.now())
        if result.consumed.get(self.device_id) != 1:
            raise ValueError(f"local write not applicable: {result.held}")
        self.apply(result)
        self.log.append(entry)
        return entry

    def _stamp(self) -> Stamp:
        return Stamp(self.hlc.tick(), self.device_id)

    def create(
        self, entity: str, entity_id: str, values: Mapping[str, Any], author: str = ""
    ) -> Entry:
        return self._write(
            Entry(self._stamp(), author, entity, entity_id, None, CREATE, None, dict(values))
        )

    def update(
        self, entity: str, entity_id: str, field: str, value: Any, author: str = ""
    ) -> Entry:
        """An edit of what the person sees: it replaces the winning value only,
        so open conflicts on the field stay open."""
        heads = self.heads((entity, entity_id, field))
        base = (winner(heads).stamp,) if heads else ()
        return self._write(
            Entry(self._stamp(), author, entity, entity_id, None, UPDATE, field, value, base)
        )

    def resolve(self, conflict: Conflict, value: Any, author: str = "") -> Entry:
        """A person's decision: replaces every head of the field, closing its conflicts."""
        heads = self.heads((conflict.entity, conflict.entity_id, conflict.field))
        base = tuple(sorted(h.stamp for h in heads))
        return self._write(
            Entry(
                self._stamp(),
                author,
                conflict.entity,
                conflict.entity_id,
                None,
                UPDATE,
                conflict.field,
                value,
                base,
            )
        )

    def delete(self, entity: str, entity_id: str, author: str = "") -> Entry:
        stamp = self._stamp()
        seen = dict(self._seen)
        seen[self.device_id] = stamp.hlc
        return self._write(
            Entry(stamp, author, entity, entity_id, None, DELETE, None, None, (), seen)
        )

    # --- what a person sees ----------------------------------------------------------------

    def visible(self) -> dict[RecordKey, dict[str, Any]]:
        out = {}
        for key in self._records:
            values = visible_values(self, key)
            if values is not None:
                out[key] = {name: head.value for name, head in values.items()}
        return out

    def derived_conflicts(self) -> set[Conflict]:
        out: set[Conflict] = set()
        for key in self._records:
            out |= record_conflicts(self, key, self.rules)
        return out

    def all_heads(self) -> dict[FieldKey, frozenset[Stamp]]:
        return {k: frozenset(h.stamp for h in v) for k, v in self._heads.items()}
