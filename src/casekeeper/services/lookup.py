"""Finding the record a person means: by case reference, id, or id prefix."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casekeeper.errors import Ambiguous, NotFound
from casekeeper.store.models import Base, Case

T = TypeVar("T", bound=Base)

MIN_PREFIX = 4


def by_id(session: Session, model: type[T], ident: str, kind: str) -> T:
    """Exact id, or a unique prefix of at least four characters (what the CLI prints)."""
    typed = ident.strip()
    ident = typed.lower()
    found = session.get(model, ident)
    if found is not None:
        return found
    if len(ident) < MIN_PREFIX:
        raise NotFound(kind, typed)
    column = model.id  # type: ignore[attr-defined]
    rows = session.scalars(select(model).where(column.startswith(ident)).limit(2)).all()
    if not rows:
        raise NotFound(kind, typed)
    if len(rows) > 1:
        count = session.scalar(select(func.count()).where(column.startswith(ident)))
        raise Ambiguous(kind, ident, count or 2)
    return rows[0]


def case(session: Session, ident: str) -> Case:
    """A case by its reference (CK-2025-0001, any case) or by id."""
    ref = session.scalar(select(Case).where(func.upper(Case.ref) == ident.strip().upper()))
    return ref or by_id(session, Case, ident, "case")
