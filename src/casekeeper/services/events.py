"""Events on a case's timeline: what happened, when (as well as known), where, to whom."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from casekeeper.store import models as m
from casekeeper.store.vocab import Audience, EventKind

from . import lookup, present
from . import validate as check
from . import views as v
from .context import Context
from .places import add_place_name, find_or_create_organization, find_or_create_place


def add_event(
    ctx: Context,
    case: str,
    kind: str,
    title: str,
    *,
    date: str | None = None,
    place: str | None = None,
    place_aliases: list[str] | None = None,
    description: str = "",
    amount: str = "",
    people: list[tuple[str, str]] | None = None,
    organizations: list[tuple[str, str]] | None = None,
    sensitivity: str = "partners",
) -> v.EventView:
    """``people``: (person id, role) pairs; ``organizations``: (name, role) pairs
    such as ("Ili National Security Bureau", "perpetrator")."""
    with ctx.store.writing(ctx.author) as session:
        event = m.Event(
            case_id=lookup.case(session, case).id,
            kind=check.choice(kind, EventKind, "event kind"),
            title=check.text(title, "event title", limit=500),
            description=description.strip(),
            date=check.fuzzy(date),
            amount=amount.strip(),
            sensitivity=check.choice(sensitivity, Audience, "sensitivity"),
        )
        if place and place.strip():
            place_obj = find_or_create_place(session, place)
            for alias in place_aliases or []:
                add_place_name(session, place_obj, alias)
            event.place_id = place_obj.id
        for person_ident, role in people or []:
            person = lookup.by_id(session, m.Person, person_ident, "person")
            event.participants.append(
                m.EventParticipant(person_id=person.id, role=role or "subject")
            )
        for org_name, role in organizations or []:
            org = find_or_create_organization(session, org_name)
            event.participants.append(
                m.EventParticipant(organization_id=org.id, role=role or "actor")
            )
        session.add(event)
        session.flush()
        return _view(session, event.id)


def edit_event(ctx: Context, ident: str, **fields: str | None) -> v.EventView:
    with ctx.store.writing(ctx.author) as session:
        event = lookup.by_id(session, m.Event, ident, "event")
        for key, value in fields.items():
            if key == "date":
                event.date = check.fuzzy(value)
            elif key == "kind":
                event.kind = check.choice(value or "", EventKind, "event kind")
            elif key == "title":
                event.title = check.text(value or "", "event title", limit=500)
            elif key in {"description", "amount"}:
                setattr(event, key, (value or "").strip())
            elif key == "place":
                event.place_id = find_or_create_place(session, value).id if value else None
            elif key == "sensitivity":
                event.sensitivity = check.choice(value or "", Audience, "sensitivity")
            else:
                raise check.InvalidValue(f"Cannot edit '{key}' of an event.")
        session.flush()
        return _view(session, event.id)


def _view(session, event_id: str) -> v.EventView:  # type: ignore[no-untyped-def]
    event = session.scalars(
        select(m.Event)
        .where(m.Event.id == event_id)
        .options(
            selectinload(m.Event.participants)
            .selectinload(m.EventParticipant.person)
            .selectinload(m.Person.names),
            selectinload(m.Event.participants)
            .selectinload(m.EventParticipant.organization)
            .selectinload(m.Organization.names),
            selectinload(m.Event.place).selectinload(m.Place.names),
        )
        .execution_options(populate_existing=True)
    ).one()
    return present.event(event)


def set_participants(ctx: Context, ident: str, people: list[tuple[str, str]]) -> v.EventView:
    """Make the event's people exactly ``people`` ((person id, role) pairs);
    organizations taking part are left as they are."""
    with ctx.store.writing(ctx.author) as session:
        event = lookup.by_id(session, m.Event, ident, "event")
        wanted: dict[str, str] = {}
        for person_ident, role in people:
            person = lookup.by_id(session, m.Person, person_ident, "person")
            wanted[person.id] = (role or "subject").strip()
        kept = []
        for participant in event.participants:
            if participant.person_id is None:
                kept.append(participant)
            elif participant.person_id in wanted:
                participant.role = wanted.pop(participant.person_id)
                kept.append(participant)
        for person_id, role in wanted.items():
            kept.append(m.EventParticipant(person_id=person_id, role=role))
        event.participants = kept
        session.flush()
        return _view(session, event.id)
