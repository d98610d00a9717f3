"""Merging two records of one person, and undoing it.

Everything that points at the merged person moves to the survivor: names,
roles, relationships, citizenships, documents, consent records, event
participation, claims and field sensitivities about the person (found from
the schema, so a table added later moves too). A row that would repeat one
the survivor already has (the same role in the same case) is removed
instead, and so is a relationship between the two records themselves. Empty
fields of the survivor are filled from the merged record; values that
differ are kept in the survivor's notes; the narrower sensitivity of the two
wins, so nothing recorded as internal becomes shareable by merging.

Every change goes through the ORM, so the change log records each moved
row, and the merged person's deletion, like any edit: both histories stay
in the log under their own ids. The ``person_merge`` row keeps what undo
needs: the merged person's fields, each moved row, each removed row and each
filled field. Undo re-creates the person with its own id, moves back the
rows that still point at the survivor, restores removed rows and the
survivor's fields where nobody changed them since.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from casekeeper.errors import InvalidValue, NotFound
from casekeeper.store import models as m
from casekeeper.store.changelog import to_json_value
from casekeeper.store.models.base import UTCDateTime
from casekeeper.store.store import Store

from . import lookup
from .context import Context

RECORD_VERSION = 1
# Tables that name a person but must not be rewritten: history, derived
# index rows (kept current by their own hooks), and the merge records.
UNTOUCHED_TABLES = {"change_log", "name_form", "name_key", "person_merge", "store_setting"}
# (type column, id column) pairs through which a row can be about a person.
POLYMORPHIC = (("subject_type", "subject_id"), ("entity", "entity_id"))
FILLED_FIELDS = (
    "gender",
    "birth_date",
    "birthplace",
    "hometown",
    "ethnicity",
    "occupation",
    "status",
    "contact",
)
EMPTY = (None, "", "unknown")
NARROWEST = ("internal", "partners", "public")


@dataclass(frozen=True)
class MergeView:
    id: str
    survivor_id: str
    survivor_label: str
    merged_id: str
    merged_label: str
    merged_by: str
    merged_at: str
    moved: dict[str, int] = field(default_factory=dict)  # table → rows moved
    removed: dict[str, int] = field(default_factory=dict)  # table → duplicate rows removed
    filled: list[str] = field(default_factory=list)  # survivor fields taken from the merged
    differing: list[str] = field(default_factory=list)  # "hometown: Ghulja / Ili"
    undone_at: str | None = None
    undone_by: str = ""
    not_restored: list[str] = field(default_factory=list)  # what undo could not put back


def merge_people(ctx: Context, survivor: str, merged: str, *, note: str = "") -> MergeView:
    """``merged`` becomes part of ``survivor``; returns what moved."""
    with ctx.store.writing(ctx.author) as session:
        keep = lookup.by_id(session, m.Person, survivor, "person")
        gone = lookup.by_id(session, m.Person, merged, "person")
        if keep.id == gone.id:
            raise InvalidValue("A person cannot be merged with themselves.")
        a, b = sorted((keep.id, gone.id))
        if session.scalar(
            select(m.NotSamePerson.id).where(
                m.NotSamePerson.person_id == a, m.NotSamePerson.other_id == b
            )
        ):
            raise InvalidValue(
                f"{keep.display_name} and {gone.display_name} were recorded as different "
                "people; they are not merged."
            )
        merged_label = gone.display_name
        record: dict[str, Any] = {
            "version": RECORD_VERSION,
            "person": _values(gone),
            "label": merged_label,
            "moved": [],
            "added": [],
            "removed": [],
            "filled": {},
            "differing": [],
        }
        _fill_fields(keep, gone, merged_label, record)
        session.flush()
        for model, column in _person_columns():
            _move(session, model, column, None, gone.id, keep.id, record)
        for model, type_column, id_column in _polymorphic_columns():
            _move(session, model, id_column, type_column, gone.id, keep.id, record)
        _carry_not_same(session, gone.id, keep.id, ctx.author, record)
        session.flush()
        session.expire(gone)  # its collections now belong to the survivor
        session.delete(gone)
        merge = m.PersonMerge(
            survivor_id=keep.id,
            merged_id=gone.id,
            merged_by=ctx.author,
            merged_at=ctx.store.clock.now(),
            record=json.dumps(record, ensure_ascii=False, sort_keys=True),
            note=note.strip(),
        )
        session.add(merge)
        session.flush()
        return _view(merge, keep.display_name, merged_label, record)


def undo_merge(ctx: Context, merge_id: str) -> MergeView:
    """Separate the two records again."""
    with ctx.store.writing(ctx.author) as session:
        merge = lookup.by_id(session, m.PersonMerge, merge_id, "merge")
        if merge.undone_at is not None:
            raise InvalidValue("That merge was already undone.")
        keep = session.get(m.Person, merge.survivor_id)
        if keep is None:
            raise NotFound("person", merge.survivor_id)
        if session.get(m.Person, merge.merged_id) is not None:
            raise InvalidValue("The merged person exists again; nothing was changed.")
        record = json.loads(merge.record)
        missing: list[str] = []
        gone = _restore(session, m.Person, record["person"])
        session.flush()
        for table, row_id in record["added"]:
            row = session.get(_models()[table], row_id)
            if row is not None:
                session.delete(row)
        session.flush()
        for table, values in record["removed"]:
            model = _models()[table]
            if session.get(model, values["id"]) is None:
                _restore(session, model, values)
        session.flush()
        for table, row_id, column in record["moved"]:
            row = session.get(_models()[table], row_id)
            if row is not None and getattr(row, column) == keep.id:
                setattr(row, column, gone.id)
            else:
                missing.append(f"{table} {row_id}")
        for name, (before, after) in record["filled"].items():
            if to_json_value(getattr(keep, name)) == after:
                setattr(keep, name, _typed(m.Person.__table__.c[name], before))
            else:
                missing.append(f"survivor's {name} (changed since the merge)")
        merge.undone_at = ctx.store.clock.now()
        merge.undone_by = ctx.author
        session.flush()
        session.expire(keep)
        view = _view(merge, keep.display_name, gone.display_name, record)
        return MergeView(**{**view.__dict__, "not_restored": missing})


def list_merges(store: Store, person: str | None = None) -> list[MergeView]:
    with store.reading() as session:
        query = select(m.PersonMerge).order_by(m.PersonMerge.merged_at.desc())
        if person:
            query = query.where(
                (m.PersonMerge.survivor_id == person) | (m.PersonMerge.merged_id == person)
            )
        out = []
        for merge in session.scalars(query):
            record = json.loads(merge.record)
            survivor = session.get(m.Person, merge.survivor_id)
            out.append(
                _view(
                    merge,
                    survivor.display_name if survivor else "(removed)",
                    _snapshot_label(record),
                    record,
                )
            )
        return out


# --- moving -----------------------------------------------------------------------


def _models() -> dict[str, type[m.Base]]:
    return {
        cast(Table, mapper.local_table).name: mapper.class_ for mapper in m.Base.registry.mappers
    }


def _person_columns() -> list[tuple[type[m.Base], Any]]:
    out = []
    for table, model in sorted(_models().items()):
        if table in UNTOUCHED_TABLES or model is m.Person or model is m.NotSamePerson:
            continue
        for column in model.__table__.columns:
            if any(fk.column.table.name == "person" for fk in column.foreign_keys):
                out.append((model, column))
    return out


def _polymorphic_columns() -> list[tuple[type[m.Base], Any, Any]]:
    out = []
    for table, model in sorted(_models().items()):
        if table in UNTOUCHED_TABLES:
            continue
        columns = model.__table__.c
        for type_name, id_name in POLYMORPHIC:
            if type_name in columns and id_name in columns:
                out.append((model, columns[type_name], columns[id_name]))
    return out


def _move(
    session: Session,
    model: type[m.Base],
    column: Any,
    type_column: Any | None,
    old: str,
    new: str,
    record: dict[str, Any],
) -> None:
    attr = _attr_name(model, column)
    query = select(model).where(column == old)
    if type_column is not None:
        query = query.where(type_column == "person")
    table = model.__table__.name  # type: ignore[attr-defined]
    for row in session.scalars(query).all():
        if _points_at(row, model, new) and model is m.Relationship:
            _remove(session, row, table, record)  # the two records' link to each other
            continue
        try:
            with session.begin_nested():
                setattr(row, attr, new)
                session.flush()
        except IntegrityError:
            # The survivor already has this row (same role in the same case).
            _remove(session, row, table, record)
            continue
        record["moved"].append([table, row.id, attr])  # type: ignore[attr-defined]


def _carry_not_same(
    session: Session, old: str, new: str, author: str, record: dict[str, Any]
) -> None:
    """ "X is not the merged person" still holds of the survivor: the decision
    is re-made for the survivor (rows keep their one-way order, see the model)."""
    rows = session.scalars(
        select(m.NotSamePerson).where(
            (m.NotSamePerson.person_id == old) | (m.NotSamePerson.other_id == old)
        )
    ).all()
    for row in rows:
        other = row.other_id if row.person_id == old else row.person_id
        values = _values(row)
        record["removed"].append(["not_same_person", values])
        session.delete(row)
        session.flush()
        a, b = sorted((new, other))
        exists = session.scalar(
            select(m.NotSamePerson.id).where(
                m.NotSamePerson.person_id == a, m.NotSamePerson.other_id == b
            )
        )
        if a != b and not exists:
            copy = m.NotSamePerson(
                person_id=a,
                other_id=b,
                decided_by=row.decided_by,
                decided_at=row.decided_at,
                note=row.note,
            )
            session.add(copy)
            session.flush()
            record["added"].append(["not_same_person", copy.id])


def _points_at(row: m.Base, model: type[m.Base], person_id: str) -> bool:
    for column in model.__table__.columns:  # type: ignore[attr-defined]
        if any(fk.column.table.name == "person" for fk in column.foreign_keys):
            if getattr(row, _attr_name(model, column)) == person_id:
                return True
    return False


def _remove(session: Session, row: m.Base, table: str, record: dict[str, Any]) -> None:
    session.refresh(row)
    record["removed"].append([table, _values(row)])
    session.delete(row)
    session.flush()


def _attr_name(model: type[m.Base], column: Any) -> str:
    return str(inspect(model).get_property_by_column(column).key)


def _fill_fields(keep: m.Person, gone: m.Person, label: str, record: dict[str, Any]) -> None:
    lines = []
    for name in FILLED_FIELDS:
        ours, theirs = getattr(keep, name), getattr(gone, name)
        if theirs in EMPTY or to_json_value(ours) == to_json_value(theirs):
            continue
        if ours in EMPTY:
            record["filled"][name] = [to_json_value(ours), to_json_value(theirs)]
            setattr(keep, name, theirs)
        else:
            shown = theirs.display() if hasattr(theirs, "display") else str(theirs)
            lines.append(f"{name.replace('_', ' ')}: {shown}")
            record["differing"].append(f"{name}: {to_json_value(ours)} / {to_json_value(theirs)}")
    if gone.notes.strip():
        lines.append(f"notes: {gone.notes.strip()}")
    if lines:
        before = keep.notes
        joined = "\n".join(lines)
        keep.notes = (
            before + "\n\n" if before else ""
        ) + f"From the merged record {label}:\n{joined}"
        record["filled"]["notes"] = [before, keep.notes]
    narrowest = min(keep.sensitivity, gone.sensitivity, key=_narrowness)
    if narrowest != keep.sensitivity:
        record["filled"]["sensitivity"] = [keep.sensitivity, narrowest]
        keep.sensitivity = narrowest


def _narrowness(level: str) -> int:
    return NARROWEST.index(level) if level in NARROWEST else 0


# --- snapshots ----------------------------------------------------------------------


def _values(row: m.Base) -> dict[str, Any]:
    mapper = inspect(row).mapper
    return {attr.key: to_json_value(getattr(row, attr.key)) for attr in mapper.column_attrs}


def _restore(session: Session, model: type[m.Base], values: dict[str, Any]) -> Any:
    mapper = inspect(model)
    kwargs = {
        attr.key: _typed(attr.columns[0], values[attr.key])
        for attr in mapper.column_attrs
        if attr.key in values
    }
    row = model(**kwargs)
    session.add(row)
    return row


def _typed(column: Any, value: Any) -> Any:
    if value is not None and isinstance(column.type, UTCDateTime):
        return datetime.fromisoformat(value)
    return value


def _snapshot_label(record: dict[str, Any]) -> str:
    return str(record.get("label") or record["person"].get("id", ""))


def _view(
    merge: m.PersonMerge, survivor_label: str, merged_label: str, record: dict[str, Any]
) -> MergeView:
    moved: dict[str, int] = {}
    for table, _row, _col in record["moved"]:
        moved[table] = moved.get(table, 0) + 1
    removed: dict[str, int] = {}
    for table, _snapshot in record["removed"]:
        removed[table] = removed.get(table, 0) + 1
    return MergeView(
        id=merge.id,
        survivor_id=merge.survivor_id,
        survivor_label=survivor_label,
        merged_id=merge.merged_id,
        merged_label=merged_label,
        merged_by=merge.merged_by,
        merged_at=merge.merged_at.isoformat(),
        moved=moved,
        removed=removed,
        filled=[k for k in record["filled"] if k not in ("notes", "sensitivity")],
        differing=list(record["differing"]),
        undone_at=merge.undone_at.isoformat() if merge.undone_at else None,
        undone_by=merge.undone_by,
    )
