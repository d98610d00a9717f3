"""Removing a record, and putting it back exactly as it was (undo).

A removal takes the record and everything that cannot exist without it
(a person's names, roles and consent records; an event's participants; a
case's events, sources, claims and tasks), found through the foreign keys
that cascade on delete, and claims and field sensitivities that are about
it. Each row is deleted through the ORM, so the change log records every
deletion, and the whole set is returned as a ``Removed`` snapshot: its
column values, table by table, parents first.

``restore`` writes the rows back with their own ids and times (logged as
creations), so anything that points at them by id — a later edit, an undo
step, a synced copy — finds them again.

Evidence is never removed this way: its files live in the vault, and a case
holding evidence is refused (remove the evidence first, with its custody
record).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Date, Table, inspect, select
from sqlalchemy.orm import Session

from casekeeper.errors import InvalidValue
from casekeeper.fuzzydate import parse as parse_date
from casekeeper.store import models as m
from casekeeper.store.changelog import to_json_value
from casekeeper.store.models.base import FuzzyDateType, UTCDateTime

from . import lookup
from .context import Context

# What a caseworker can remove (and undo adding), by the name the GUI uses.
KINDS: dict[str, type[m.Base]] = {
    "case": m.Case,
    "person": m.Person,
    "event": m.Event,
    "source": m.Source,
    "claim": m.Claim,
    "consent": m.Consent,
    "task": m.Task,
    "role": m.Role,
}
# Derived or historical tables, never part of a removal.
SKIPPED_TABLES = {"change_log", "name_form", "name_key", "person_merge", "store_setting"}
# (type column, id column) pairs through which a row can be about a record.
POLYMORPHIC = (("subject_type", "subject_id"), ("entity", "entity_id"))
REFUSED_TABLES = {"evidence": "evidence files", "custody_event": "evidence files"}


@dataclass(frozen=True)
class Removed:
    """What a removal took away, parents first: (table, column values) rows."""

    kind: str
    id: str
    label: str
    rows: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def count(self, table: str) -> int:
        return sum(1 for t, _ in self.rows if t == table)


def remove(ctx: Context, kind: str, ident: str) -> Removed:
    """Remove one record and what depends on it; returns what ``restore`` needs."""
    model = KINDS.get(kind)
    if model is None:
        raise InvalidValue(f"Cannot remove a {kind}; removable: {', '.join(KINDS)}.")
    with ctx.store.writing(ctx.author) as session:
        root = (
            lookup.case(session, ident)
            if kind == "case"
            else lookup.by_id(session, model, ident, kind)
        )
        ordered = _with_dependents(session, root)
        for row in ordered:
            table = _table(row)
            if table in REFUSED_TABLES:
                raise InvalidValue(
                    f"This {kind} holds {REFUSED_TABLES[table]}; remove the evidence first "
                    "(its custody record is kept)."
                )
        label = _label(root)
        rows = [(_table(row), _values(row)) for row in ordered]
        # Children first, one flush each, so that no relationship tries to
        # null a foreign key of a row that is about to go anyway.
        for row in reversed(ordered):
            session.expire(row)  # forget collections holding rows already deleted
            session.delete(row)
            session.flush()
        return Removed(kind, root.id, label, rows)  # type: ignore[attr-defined]


def restore(ctx: Context, removed: Removed) -> None:
    """Put back what ``remove`` took, with the same ids."""
    models = _models()
    with ctx.store.writing(ctx.author) as session:
        for table, values in removed.rows:
            model = models[table]
            if session.get(model, values["id"]) is not None:
                raise InvalidValue(f"The {removed.kind} {removed.label} exists already.")
            session.add(_build(model, values))
            session.flush()


# --- finding what depends on a record ------------------------------------------------


def _models() -> dict[str, type[m.Base]]:
    return {
        cast(Table, mapper.local_table).name: mapper.class_ for mapper in m.Base.registry.mappers
    }


def _table(row: m.Base) -> str:
    return str(row.__tablename__)


def _dependent_links() -> dict[str, list[tuple[type[m.Base], Any]]]:
    """table → (model, column) of every column that cascades from it on delete."""
    out: dict[str, list[tuple[type[m.Base], Any]]] = {}
    for table, model in sorted(_models().items()):
        if table in SKIPPED_TABLES:
            continue
        for column in model.__table__.columns:  # type: ignore[attr-defined]
            for fk in column.foreign_keys:
                if fk.ondelete == "CASCADE":
                    out.setdefault(fk.column.table.name, []).append((model, column))
    return out


def _polymorphic() -> list[tuple[type[m.Base], Any, Any]]:
    out = []
    for table, model in sorted(_models().items()):
        if table in SKIPPED_TABLES:
            continue
        columns = model.__table__.c  # type: ignore[attr-defined]
        for type_name, id_name in POLYMORPHIC:
            if type_name in columns and id_name in columns:
                out.append((model, columns[type_name], columns[id_name]))
    return out


def _with_dependents(session: Session, root: m.Base) -> list[m.Base]:
    """``root`` and every row that depends on it, each after what it depends on."""
    links = _dependent_links()
    polymorphic = _polymorphic()
    kind_of = {model.__tablename__: kind for kind, model in KINDS.items()}
    order: list[m.Base] = []
    seen: set[tuple[str, str]] = set()

    def visit(row: m.Base) -> None:
        key = (_table(row), row.id)  # type: ignore[attr-defined]
        if key in seen:
            # Already placed: it must now come after this parent as well.
            order.remove(row)
        seen.add(key)
        order.append(row)
        table = _table(row)
        for model, column in links.get(table, []):
            for child in session.scalars(select(model).where(column == row.id)).all():  # type: ignore[attr-defined]
                visit(child)
        names = {table, kind_of.get(table, table)}
        for model, type_column, id_column in polymorphic:
            query = select(model).where(type_column.in_(names), id_column == row.id)  # type: ignore[attr-defined]
            for about in session.scalars(query).all():
                visit(about)

    visit(root)
    return order


# --- snapshots -----------------------------------------------------------------------


def _values(row: m.Base) -> dict[str, Any]:
    mapper = inspect(row).mapper
    return {attr.key: to_json_value(getattr(row, attr.key)) for attr in mapper.column_attrs}


def _build(model: type[m.Base], values: dict[str, Any]) -> m.Base:
    mapper = inspect(model)
    kwargs = {}
    for attr in mapper.column_attrs:
        if attr.key in values:
            kwargs[attr.key] = _typed(attr.columns[0].type, values[attr.key])
    return model(**kwargs)


def _typed(column_type: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column_type, UTCDateTime):
        return datetime.fromisoformat(value)
    if isinstance(column_type, FuzzyDateType):
        return parse_date(value)
    if isinstance(column_type, Date):
        return date.fromisoformat(value)
    return value


def _label(row: m.Base) -> str:
    for attr in ("display_name", "title", "ref"):
        value = getattr(row, attr, None)
        if value:
            return str(value)
    return str(row.id)  # type: ignore[attr-defined]
