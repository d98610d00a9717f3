"""Narrowing who may see one field of one record.

A record's ``sensitivity`` says the widest audience the record may reach;
a field rule narrows one field further (this phone number: internal only).
Exports ask ``field_level`` through the one redaction function.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from casekeeper.errors import InvalidValue
from casekeeper.store import models as m
from casekeeper.store.vocab import Audience

from . import lookup
from . import validate as check
from .context import Context

ENTITIES: dict[str, type[m.Base]] = {
    "case": m.Case,
    "person": m.Person,
    "event": m.Event,
    "source": m.Source,
    "document": m.IdentityDocument,
    "evidence": m.Evidence,
}


def set_field_sensitivity(ctx: Context, entity: str, ident: str, field: str, level: str) -> str:
    model = ENTITIES.get(entity)
    if model is None:
        raise InvalidValue(f"Field rules apply to: {', '.join(ENTITIES)} (not '{entity}').")
    columns = {c.key for c in model.__table__.columns} - {
        "id",
        "sensitivity",
        "created_at",
        "updated_at",
    }  # type: ignore[attr-defined]
    if field not in columns:
        raise InvalidValue(
            f"A {entity} has no field '{field}'; fields: {', '.join(sorted(columns))}."
        )
    level = check.choice(level, Audience, "sensitivity")
    with ctx.store.writing(ctx.author) as session:
        target = lookup.by_id(session, model, ident, entity)
        rule = _rule(session, entity, target.id, field)  # type: ignore[attr-defined]
        if rule is None:
            session.add(
                m.FieldSensitivity(
                    entity=entity,
                    entity_id=target.id,  # type: ignore[attr-defined]
                    field=field,
                    level=level,
                )
            )
        else:
            rule.level = level
        return level


def field_level(session: Session, entity: str, entity_id: str, field: str) -> str | None:
    rule = _rule(session, entity, entity_id, field)
    return rule.level if rule else None


def _rule(session: Session, entity: str, entity_id: str, field: str) -> m.FieldSensitivity | None:
    return session.scalar(
        select(m.FieldSensitivity).where(
            m.FieldSensitivity.entity == entity,
            m.FieldSensitivity.entity_id == entity_id,
            m.FieldSensitivity.field == field,
        )
    )
