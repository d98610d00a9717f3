"""Consent: what each person agreed may be shared, with whom, on what condition.

A new decision never overwrites an old one: the history of what a family
agreed to, and when they changed their mind, is itself evidence of good
practice. The effective decision for (person, audience, scope) is the newest
one not withdrawn.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from casekeeper.errors import InvalidValue
from casekeeper.store import models as m
from casekeeper.store.vocab import Audience, ConsentDecision, ConsentScope

from . import lookup, present
from . import validate as check
from . import views as v
from .context import Context


def set_consent(
    ctx: Context,
    person: str,
    audience: str,
    decision: str,
    *,
    scope: str = "all",
    conditions: str = "",
    case: str | None = None,
) -> v.ConsentView:
    decision = check.choice(decision, ConsentDecision, "consent decision")
    if decision == "conditional" and not conditions.strip():
        raise InvalidValue("A conditional consent needs its condition in words (--conditions).")
    with ctx.store.writing(ctx.author) as session:
        p = lookup.by_id(session, m.Person, person, "person")
        record = m.Consent(
            person_id=p.id,
            case_id=lookup.case(session, case).id if case else None,
            audience=check.choice(audience, Audience, "audience"),
            scope=check.choice(scope, ConsentScope, "consent scope"),
            decision=decision,
            conditions=conditions.strip(),
            recorded_by=ctx.author,
            recorded_on=ctx.store.clock.now(),
        )
        session.add(record)
        session.flush()
        session.refresh(record)
        return present.consent(record)


def withdraw_consent(ctx: Context, consent_id: str, note: str = "") -> v.ConsentView:
    with ctx.store.writing(ctx.author) as session:
        record = lookup.by_id(session, m.Consent, consent_id, "consent record")
        if record.withdrawn_at is not None:
            raise InvalidValue("That consent was already withdrawn.")
        record.withdrawn_at = ctx.store.clock.now()
        record.withdrawal_note = note.strip()
        session.flush()
        return present.consent(record)


def consents_of(ctx: Context, person: str) -> list[v.ConsentView]:
    with ctx.store.reading() as session:
        p = lookup.by_id(session, m.Person, person, "person")
        rows = session.scalars(
            select(m.Consent)
            .where(m.Consent.person_id == p.id)
            .options(selectinload(m.Consent.person).selectinload(m.Person.names))
            .order_by(m.Consent.recorded_on)
        ).all()
        return [present.consent(c) for c in rows]


def reinstate_consent(ctx: Context, consent_id: str) -> v.ConsentView:
    """Take back a withdrawal made by mistake (the undo of ``withdraw_consent``);
    the change log keeps both steps."""
    with ctx.store.writing(ctx.author) as session:
        record = lookup.by_id(session, m.Consent, consent_id, "consent record")
        if record.withdrawn_at is None:
            raise InvalidValue("That consent is not withdrawn.")
        record.withdrawn_at = None
        record.withdrawal_note = ""
        session.flush()
        return present.consent(record)
