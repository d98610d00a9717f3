"""Merging other devices' changes: a pure function of (state, entries, rules, now).

State model (what the store keeps, see docs/sync.md "Store wiring"):

- per field of a record, its *heads*: the values no later write has
  replaced, each with its stamp. Normally one; several after concurrent
  writes. The *winner* (the value the record shows) is the head with the
  greatest stamp: hybrid logical clock first, device id on a tie. The other
  heads are conflicts a person reviews; nothing is dropped.
- per record: the stamp that created it, its parents (references that
  must exist first), and the deletes applied to it, each with the version
  vector of what its writer had seen.
- per device: the highest HLC applied from it (``seen``).

An update with ``base`` B replaces, among the field's heads, those whose
stamps are in B, and becomes a head itself. So a write made after seeing a
value supersedes it (no conflict, even when its clock is behind), while two
writes made without seeing each other both remain heads: a conflict whose
loser is kept. The final heads are the writes that no other write names as
its base, which does not depend on the order entries arrive in: every
device converges on the same values and the same conflicts.

Edit vs delete: a delete marks the record (and, through cascading
references, its descendants) deleted; a deleted record's fields keep their
heads as ghosts. Every head of a deleted record that no delete had seen
(``seen`` vector) is an edit-delete conflict holding that value, whichever
arrived first. Long text fields (a set of (entity, field) given by the
caller) report their concurrent heads as ``both_kept``: two versions of a
testimony are both shown in full, never decided by a clock.

Arrival order: one device's entries are applied in its order; an entry
waits (is held, not consumed) while its base or what its delete had seen is
not applied yet, while the record it changes is unknown, or while a record
it references does not exist yet (child before parent). Waiting is causal,
so it cannot deadlock; an entry that waits for something that never comes
stays held and is reported. An entry stamped more than ``max_ahead`` past
the injected now is not trusted: it and the rest of its device's stream are
held and flagged until the clock catches up or a person accepts that
device's clock.

The function reads the state through :class:`StateView` and never changes
it; it returns the store operations to carry out, the state changes to
save, the conflicts opened and closed, and how far each device's stream
was consumed.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import datetime, timedelta
from typing import Any, Protocol

from casekeeper.clock import HLC

from .entries import CREATE, DELETE, UPDATE, Entry, Stamp

RecordKey = tuple[str, str]
FieldKey = tuple[str, str, str]
DEFAULT_MAX_AHEAD = timedelta(hours=24)


@dataclass(frozen=True)
class Head:
    stamp: Stamp
    value: Any = dc_field(compare=False)


@dataclass(frozen=True)
class Deletion:
    stamp: Stamp
    seen: Mapping[str, HLC] = dc_field(compare=False, hash=False)

    def has_seen(self, stamp: Stamp) -> bool:
        if stamp.device == self.stamp.device and stamp.hlc < self.stamp.hlc:
            return True
        known = self.seen.get(stamp.device)
        return known is not None and stamp.hlc <= known


@dataclass(frozen=True)
class RecordState:
    created: Stamp
    parents: tuple[RecordKey, ...] = ()  # cascading references: deleted with them
    deletions: tuple[Deletion, ...] = ()


class StateView(Protocol):
    """Read access to the merge state (the store implements it with indexed queries)."""

    def record(self, key: RecordKey) -> RecordState | None: ...

    def heads(self, key: FieldKey) -> tuple[Head, ...]: ...

    def fields(self, key: RecordKey) -> Iterable[str]: ...

    def children(self, key: RecordKey) -> Iterable[RecordKey]: ...

    def seen(self, device: str) -> HLC | None: ...


@dataclass(frozen=True)
class Reference:
    """A column naming another record that must exist first; ``cascade``: the
    record is deleted with it (ON DELETE CASCADE)."""

    field: str
    target: str
    cascade: bool = True


@dataclass(frozen=True)
class MergeRules:
    references: Mapping[str, tuple[Reference, ...]] = dc_field(default_factory=dict)
    long_text: frozenset[tuple[str, str]] = frozenset()
    max_ahead: timedelta = DEFAULT_MAX_AHEAD
    trusted_ahead: frozenset[str] = frozenset()  # devices whose future clocks a person accepted


class ConflictKind(enum.Enum):
    CONCURRENT = "concurrent"  # two values written without seeing each other; the loser is kept
    BOTH_KEPT = "both_kept"  # the same for a long text: both versions shown in full
    EDIT_DELETE = "edit_delete"  # a value written that the record's deleter had not seen


@dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    entity: str
    entity_id: str
    field: str
    stamp: Stamp  # the kept (losing) value's stamp
    value: Any = dc_field(compare=False)
    winner: Stamp | None = dc_field(default=None, compare=False)
    winner_value: Any = dc_field(default=None, compare=False)


class HoldReason(enum.Enum):
    WAITING_FOR_BASE = "waiting for a change it was made after"
    WAITING_FOR_RECORD = "waiting for the record it changes"
    WAITING_FOR_PARENT = "waiting for a record it refers to"
    CLOCK_AHEAD = "its clock is far ahead of this computer's"


@dataclass(frozen=True)
class Hold:
    entry: Entry
    reason: HoldReason
    detail: str = ""


@dataclass(frozen=True)
class InsertRecord:
    entity: str
    entity_id: str
    values: Mapping[str, Any]


@dataclass(frozen=True)
class SetField:
    entity: str
    entity_id: str
    field: str
    value: Any


@dataclass(frozen=True)
class DeleteRecord:
    entity: str
    entity_id: str


StoreOp = InsertRecord | SetField | DeleteRecord


@dataclass
class MergeResult:
    # Parents inserted first, children deleted first.
    ops: list[StoreOp] = dc_field(default_factory=list)
    opened: list[Conflict] = dc_field(default_factory=list)
    closed: list[Conflict] = dc_field(default_factory=list)
    records: dict[RecordKey, RecordState] = dc_field(default_factory=dict)
    heads: dict[FieldKey, tuple[Head, ...]] = dc_field(default_factory=dict)
    seen: dict[str, HLC] = dc_field(default_factory=dict)
    consumed: dict[str, int] = dc_field(default_factory=dict)  # leading entries per device
    held: dict[str, Hold] = dc_field(default_factory=dict)  # the first held entry per device
    replays: int = 0
    observed: HLC | None = None  # the newest trusted remote HLC: feed to HybridLogicalClock.observe


class _Overlay:
    """The view plus what this merge has changed so far (the view is never written)."""

    def __init__(self, view: StateView) -> None:
        self.view = view
        self.records: dict[RecordKey, RecordState] = {}
        self.heads_: dict[FieldKey, tuple[Head, ...]] = {}
        self.new_fields: dict[RecordKey, set[str]] = {}
        self.new_children: dict[RecordKey, list[RecordKey]] = {}
        self.seen_: dict[str, HLC] = {}

    def record(self, key: RecordKey) -> RecordState | None:
        if key in self.records:
            return self.records[key]
        return self.view.record(key)

    def heads(self, key: FieldKey) -> tuple[Head, ...]:
        if key in self.heads_:
            return self.heads_[key]
        return self.view.heads(key)

    def fields(self, key: RecordKey) -> Iterable[str]:
        extra = self.new_fields.get(key)
        base = self.view.fields(key)
        return sorted(set(base) | extra) if extra else base

    def children(self, key: RecordKey) -> Iterable[RecordKey]:
        extra = self.new_children.get(key)
        base = self.view.children(key)
        return list(base) + extra if extra else base

    def seen(self, device: str) -> HLC | None:
        if device in self.seen_:
            return self.seen_[device]
        return self.view.seen(device)

    def set_heads(self, key: FieldKey, heads: tuple[Head, ...]) -> None:
        self.heads_[key] = heads
        self.new_fields.setdefault((key[0], key[1]), set()).add(key[2])


def _has_seen(state: StateView, stamp: Stamp) -> bool:
    known = state.seen(stamp.device)
    return known is not None and stamp.hlc <= known


def merge(
    view: StateView,
    incoming: Mapping[str, Sequence[Entry]],
    rules: MergeRules,
    now: datetime,
) -> MergeResult:
    """Merge each device's entries (in that device's order) into the state.

    ``now`` comes from the injected clock; it only decides which remote
    clocks are too far ahead to trust.
    """
    work = _Overlay(view)
    result = MergeResult()
    horizon = int((now + rules.max_ahead).timestamp() * 1000)
    position = {device: 0 for device in incoming}
    touched: set[RecordKey] = set()
    progress = True
    while progress:
        progress = False
        for device, entries in incoming.items():
            while position[device] < len(entries):
                entry = entries[position[device]]
                if entry.device != device:
                    raise ValueError("an entry was handed in under another device's stream")
                hold = _check(work, entry, rules, horizon)
                if hold is not None:
                    result.held[device] = hold
                    break
                result.held.pop(device, None)
                if _has_seen(work, entry.stamp):
                    result.replays += 1
                else:
                    _apply(work, entry, rules, touched)
                    work.seen_[device] = entry.stamp.hlc
                    if result.observed is None or entry.stamp.hlc > result.observed:
                        result.observed = entry.stamp.hlc
                position[device] += 1
                progress = True
    result.consumed = dict(position)
    result.seen = dict(work.seen_)
    result.records = dict(work.records)
    result.heads = dict(work.heads_)
    _plan(view, work, touched, rules, result)
    return result


def _check(work: _Overlay, entry: Entry, rules: MergeRules, horizon_ms: int) -> Hold | None:
    if _has_seen(work, entry.stamp):
        return None  # a replay: consumed and ignored
    if entry.stamp.hlc.wall_ms > horizon_ms and entry.device not in rules.trusted_ahead:
        return Hold(entry, HoldReason.CLOCK_AHEAD, f"stamped {entry.stamp.hlc}")
    for base in entry.base:
        if not _has_seen(work, base):
            return Hold(entry, HoldReason.WAITING_FOR_BASE, str(base))
    if entry.op == DELETE:
        assert entry.seen is not None
        for device, hlc in entry.seen.items():
            if device != entry.device and not _has_seen(work, Stamp(hlc, device)):
                return Hold(entry, HoldReason.WAITING_FOR_BASE, f"{hlc}@{device}")
    if entry.op != CREATE and work.record(entry.record) is None:
        return Hold(entry, HoldReason.WAITING_FOR_RECORD, f"{entry.entity} {entry.entity_id}")
    for ref in rules.references.get(entry.entity, ()):
        if entry.op == CREATE:
            target_id = entry.value.get(ref.field)
        elif entry.op == UPDATE and entry.field == ref.field:
            target_id = entry.value
        else:
            continue
        if target_id is not None and work.record((ref.target, str(target_id))) is None:
            return Hold(entry, HoldReason.WAITING_FOR_PARENT, f"{ref.target} {target_id}")
    return None


def _apply(work: _Overlay, entry: Entry, rules: MergeRules, touched: set[RecordKey]) -> None:
    key = entry.record
    touched.add(key)
    if entry.op == CREATE:
        record = work.record(key)
        if record is None:
            parents = tuple(
                (ref.target, str(entry.value[ref.field]))
                for ref in rules.references.get(entry.entity, ())
                if ref.cascade and entry.value.get(ref.field) is not None
            )
            work.records[key] = RecordState(entry.stamp, parents)
            for parent in parents:
                work.new_children.setdefault(parent, []).append(key)
        # A second create of the same id (never for uuids): its fields meet the
        # first ones as concurrent writes, so neither version is lost.
        for name, value in entry.value.items():
            fkey = (entry.entity, entry.entity_id, name)
            work.set_heads(fkey, (*work.heads(fkey), Head(entry.stamp, value)))
    elif entry.op == UPDATE:
        assert entry.field is not None
        fkey = (entry.entity, entry.entity_id, entry.field)
        replaced = set(entry.base)
        kept = tuple(h for h in work.heads(fkey) if h.stamp not in replaced)
        work.set_heads(fkey, (*kept, Head(entry.stamp, entry.value)))
    else:
        record = work.record(key)
        assert record is not None and entry.seen is not None
        work.records[key] = RecordState(
            record.created, record.parents, (*record.deletions, Deletion(entry.stamp, entry.seen))
        )
        _touch_descendants(work, key, touched)


def _touch_descendants(work: _Overlay, key: RecordKey, touched: set[RecordKey]) -> None:
    stack = list(work.children(key))
    while stack:
        child = stack.pop()
        if child not in touched:
            touched.add(child)
            stack.extend(work.children(child))


# --- what a record looks like in a state: visibility, values, conflicts ---------------


def deletions_of(state: StateView, key: RecordKey) -> list[Deletion]:
    """Deletes of the record and of every record it cascades from."""
    found: list[Deletion] = []
    stack, visited = [key], set()
    while stack:
        current = stack.pop()
        if current in visited:
            continue
        visited.add(current)
        record = state.record(current)
        if record is not None:
            found.extend(record.deletions)
            stack.extend(record.parents)
    return found


def winner(heads: Sequence[Head]) -> Head:
    return max(heads, key=lambda h: h.stamp)


def record_conflicts(state: StateView, key: RecordKey, rules: MergeRules) -> set[Conflict]:
    """Every conflict of one record in ``state``: a function of the state alone."""
    record = state.record(key)
    if record is None:
        return set()
    entity, entity_id = key
    deletions = deletions_of(state, key)
    out: set[Conflict] = set()
    for name in state.fields(key):
        heads = state.heads((entity, entity_id, name))
        if not heads:
            continue
        top = winner(heads)
        if deletions:
            for head in heads:
                if not any(d.has_seen(head.stamp) for d in deletions):
                    out.add(
                        Conflict(
                            ConflictKind.EDIT_DELETE,
                            entity,
                            entity_id,
                            name,
                            head.stamp,
                            head.value,
                        )
                    )
            continue
        kind = (
            ConflictKind.BOTH_KEPT if (entity, name) in rules.long_text else ConflictKind.CONCURRENT
        )
        for head in heads:
            if head is not top:
                out.add(
                    Conflict(
                        kind, entity, entity_id, name, head.stamp, head.value, top.stamp, top.value
                    )
                )
    return out


def visible_values(state: StateView, key: RecordKey) -> dict[str, Head] | None:
    """The record as the store shows it (winning heads), or None if absent or deleted."""
    if state.record(key) is None or deletions_of(state, key):
        return None
    entity, entity_id = key
    values = {}
    for name in state.fields(key):
        heads = state.heads((entity, entity_id, name))
        if heads:
            values[name] = winner(heads)
    return values


def _depth(state: StateView, key: RecordKey) -> int:
    depth, record, seen = 0, state.record(key), {key}
    while record is not None and record.parents:
        parent = record.parents[0]
        if parent in seen:
            break
        seen.add(parent)
        depth += 1
        record = state.record(parent)
    return depth


def _plan(
    view: StateView, work: _Overlay, touched: set[RecordKey], rules: MergeRules, result: MergeResult
) -> None:
    inserts: list[tuple[int, RecordKey, InsertRecord]] = []
    sets: list[SetField] = []
    deletes: list[tuple[int, RecordKey, DeleteRecord]] = []
    for key in sorted(touched):
        before = visible_values(view, key)
        after = visible_values(work, key)
        entity, entity_id = key
        if after is not None and before is None:
            values = {name: head.value for name, head in after.items()}
            inserts.append((_depth(work, key), key, InsertRecord(entity, entity_id, values)))
        elif after is not None and before is not None:
            for name, head in after.items():
                old = before.get(name)
                if old is None or old.stamp != head.stamp:
                    sets.append(SetField(entity, entity_id, name, head.value))
        elif before is not None:
            deletes.append((_depth(view, key), key, DeleteRecord(entity, entity_id)))
        old_conflicts = record_conflicts(view, key, rules)
        new_conflicts = record_conflicts(work, key, rules)
        result.opened.extend(sorted(new_conflicts - old_conflicts, key=_conflict_order))
        result.closed.extend(sorted(old_conflicts - new_conflicts, key=_conflict_order))
    # References to records of other kinds (a place, a person) are not cascading
    # parents, so order inserts by reference depth, then by kind for stability.
    inserts.sort(key=lambda item: (item[0], _reference_rank(rules, item[1][0]), item[1]))
    deletes.sort(key=lambda item: (-item[0], -_reference_rank(rules, item[1][0]), item[1]))
    result.ops = [op for _, _, op in inserts] + list(sets) + [op for _, _, op in deletes]


def _reference_rank(rules: MergeRules, entity: str, _seen: frozenset[str] = frozenset()) -> int:
    """How many reference hops an entity kind sits below kinds nothing refers from."""
    refs = rules.references.get(entity, ())
    if not refs or entity in _seen:
        return 0
    return 1 + max(_reference_rank(rules, r.target, _seen | {entity}) for r in refs)


def _conflict_order(conflict: Conflict) -> tuple[str, str, str, str, Stamp]:
    return (
        conflict.entity,
        conflict.entity_id,
        conflict.field,
        conflict.kind.value,
        conflict.stamp,
    )
