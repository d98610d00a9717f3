"""Comparison keys of every name, kept in the encrypted store (issue 4).

Derived data, like the full-text index: one ``name_form`` row per name of a
person, place or organization (its transliteration and phonetic readings,
casekeeper.names.keys), and one ``name_key`` row per blocking key, so search
looks candidates up by key instead of reading every name.

They are kept current by mapper events on the three name models, which
fire inside every ORM flush whatever service made it, and write with Core
statements on the flush's own connection: the rows belong to the same
transaction as the name, and the change log (which records ORM objects)
does not log them. A name written with raw SQL bypasses them; ``casekeeper
names reindex`` rebuilds every key. Migration 0003 filled them for names
that existed before.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import (
    Connection,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    delete,
    event,
    func,
    select,
)
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Mapped, Mapper, mapped_column

from casekeeper.names.keys import RULES_VERSION, name_keys

from .base import Base
from .person import PersonName
from .place import OrganizationName, PlaceName


class NameForm(Base):
    __tablename__ = "name_form"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name_id: Mapped[str] = mapped_column(String(32), unique=True, index=True)
    entity: Mapped[str] = mapped_column(String(16))  # person, place, organization
    owner_id: Mapped[str] = mapped_column(String(32), index=True)
    script: Mapped[str] = mapped_column(String(8))  # ISO 15924, as detected
    latin: Mapped[str] = mapped_column(Text)
    phonetic: Mapped[str] = mapped_column(Text)
    rules: Mapped[int] = mapped_column(Integer)


class NameKey(Base):
    __tablename__ = "name_key"
    __table_args__ = {"sqlite_with_rowid": False}

    key: Mapped[str] = mapped_column(String(8), primary_key=True)
    form_id: Mapped[int] = mapped_column(
        ForeignKey("name_form.id", ondelete="CASCADE"), primary_key=True, index=True
    )


BATCH = 2000

FORMS = cast(Table, NameForm.__table__)
KEYS = cast(Table, NameKey.__table__)

# Name model → (entity, owner column)
NAME_MODELS: dict[type[Base], tuple[str, str]] = {
    PersonName: ("person", "person_id"),
    PlaceName: ("place", "place_id"),
    OrganizationName: ("organization", "organization_id"),
}


def write_keys(
    conn: Connection, entity: str, name_id: str, owner_id: str, text: str, language: str
) -> None:
    """(Re)index one name: its form row and its blocking keys."""
    conn.execute(delete(FORMS).where(FORMS.c.name_id == name_id))
    keys = name_keys(text, language)
    inserted = conn.execute(
        FORMS.insert().values(
            name_id=name_id,
            entity=entity,
            owner_id=owner_id,
            script=keys.script,
            latin=keys.latin,
            phonetic=keys.phonetic,
            rules=RULES_VERSION,
        )
    )
    form_id = inserted.lastrowid
    blocking = sorted(keys.blocking)
    if blocking:
        conn.execute(KEYS.insert(), [{"key": k, "form_id": form_id} for k in blocking])


def _language(target: Any) -> str:
    return str(getattr(target, "language", "") or "")


def _after_insert(mapper: Mapper[Any], conn: Connection, target: Any) -> None:
    entity, owner = NAME_MODELS[mapper.class_]
    write_keys(conn, entity, target.id, getattr(target, owner), target.text, _language(target))


def _after_update(mapper: Mapper[Any], conn: Connection, target: Any) -> None:
    entity, owner = NAME_MODELS[mapper.class_]
    state = sa_inspect(target)
    if any(state.attrs[a].history.has_changes() for a in ("text", "language")):
        write_keys(conn, entity, target.id, getattr(target, owner), target.text, _language(target))
    elif state.attrs[owner].history.has_changes():
        forms = FORMS
        conn.execute(
            forms.update()
            .where(forms.c.name_id == target.id)
            .values(owner_id=getattr(target, owner))
        )


def _after_delete(mapper: Mapper[Any], conn: Connection, target: Any) -> None:
    conn.execute(delete(FORMS).where(FORMS.c.name_id == target.id))


for _model in NAME_MODELS:
    event.listen(_model, "after_insert", _after_insert)
    event.listen(_model, "after_update", _after_update)
    event.listen(_model, "after_delete", _after_delete)


def index_names(conn: Connection, rows: Iterable[tuple[str, str, str, str, str]]) -> int:
    """Index names that have no keys yet, in batches (a store's first
    indexing, a reindex): ``rows`` are (entity, name id, owner id, text, language)."""
    next_id = (conn.execute(select(func.max(FORMS.c.id))).scalar() or 0) + 1
    forms: list[dict[str, Any]] = []
    keys: list[dict[str, Any]] = []
    done = 0
    for entity, name_id, owner_id, text, language in rows:
        derived = name_keys(text, language or "")
        forms.append(
            {
                "id": next_id,
                "name_id": name_id,
                "entity": entity,
                "owner_id": owner_id,
                "script": derived.script,
                "latin": derived.latin,
                "phonetic": derived.phonetic,
                "rules": RULES_VERSION,
            }
        )
        keys.extend({"key": k, "form_id": next_id} for k in sorted(derived.blocking))
        next_id += 1
        done += 1
        if len(forms) >= BATCH:
            _insert(conn, forms, keys)
            forms, keys = [], []
    _insert(conn, forms, keys)
    return done


def _insert(conn: Connection, forms: list[dict[str, Any]], keys: list[dict[str, Any]]) -> None:
    if forms:
        conn.execute(FORMS.insert(), forms)
    if keys:
        conn.execute(KEYS.insert(), keys)


def reindex_all(conn: Connection, *, only_outdated: bool = False) -> int:
    """Index every name that lacks keys, after dropping all keys (or only those
    made by older rules, and those whose name is gone). Returns how many were
    indexed."""
    if only_outdated:
        stale = select(FORMS.c.id).where(FORMS.c.rules != RULES_VERSION)
        conn.execute(delete(KEYS).where(KEYS.c.form_id.in_(stale)))
        conn.execute(delete(FORMS).where(FORMS.c.rules != RULES_VERSION))
    else:
        conn.execute(delete(KEYS))
        conn.execute(delete(FORMS))
    existing = []
    done = 0
    for model, (entity, owner) in NAME_MODELS.items():
        table = cast(Table, model.__table__)
        existing.append(select(table.c.id))
        missing = select(table.c.id, table.c[owner], table.c.text, table.c.language).where(
            table.c.id.not_in(select(FORMS.c.name_id))
        )
        rows = conn.execute(missing).all()
        done += index_names(conn, ((entity, *row) for row in rows))
    gone = FORMS.c.name_id.not_in(existing[0].union_all(*existing[1:]))
    conn.execute(delete(KEYS).where(KEYS.c.form_id.in_(select(FORMS.c.id).where(gone))))
    conn.execute(delete(FORMS).where(gone))
    return done
