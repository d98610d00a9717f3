"""The change log as people read it, and the integrity check."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from casekeeper.clock import HLC
from casekeeper.store import models as m
from casekeeper.store.changelog import verify_chain
from casekeeper.store.store import Store

from . import lookup
from .views import LogEntryView


def _view(row: m.ChangeLogEntry) -> LogEntryView:
    when = datetime.fromtimestamp(HLC.parse(row.hlc).wall_ms / 1000, UTC).isoformat()
    return LogEntryView(
        row.seq,
        row.hlc,
        when,
        row.device_id,
        row.author,
        row.entity,
        row.entity_id,
        row.op,
        row.field,
        json.loads(row.value),
    )


def case_log(store: Store, case: str, *, limit: int | None = None) -> list[LogEntryView]:
    """Everything recorded about a case: the case itself, its events, sources,
    tasks… and the people who have a role in it, with their names."""
    with store.reading() as session:
        query = _case_entries(session, case).order_by(m.ChangeLogEntry.seq)
        if limit:
            query = query.limit(limit)
        return [_view(row) for row in session.scalars(query)]


def _case_entries(session: Session, case: str) -> Select[m.ChangeLogEntry]:
    """The change-log entries of ``case_log``, unordered."""
    case_obj = lookup.case(session, case)
    person_ids = select(m.Role.person_id).where(m.Role.case_id == case_obj.id)
    event_ids = select(m.Event.id).where(m.Event.case_id == case_obj.id)
    owned = [
        select(model.id).where(model.person_id.in_(person_ids))
        for model in (m.PersonName, m.Citizenship, m.IdentityDocument, m.Consent)
    ]
    owned.append(
        select(m.Relationship.id).where(
            m.Relationship.person_id.in_(person_ids) | m.Relationship.relative_id.in_(person_ids)
        )
    )
    owned.append(select(m.EventParticipant.id).where(m.EventParticipant.event_id.in_(event_ids)))
    return select(m.ChangeLogEntry).where(
        or_(
            m.ChangeLogEntry.case_id == case_obj.id,
            m.ChangeLogEntry.entity_id.in_(person_ids),
            *(m.ChangeLogEntry.entity_id.in_(ids) for ids in owned),
        )
    )


@dataclass(frozen=True)
class ChangeView:
    """One change as a person reads it: what was what, and what it became."""

    entry: LogEntryView
    record: str  # "Guldariya Sherizatkyzy", "Detained at Dulata"; "" when unknown
    old: Any  # the field's value before an update (None if it had none)
    new: Any  # the field's value after an update; the record's fields on create


# Fields that name a record, most telling first.
_LABEL_FIELDS = ("title", "text", "name", "original_name", "country", "number", "kind")


def case_changes(store: Store, case: str, *, offset: int = 0, limit: int = 100) -> list[ChangeView]:
    """One page of ``case_log``, newest first, each update with the value it
    replaced (read from the entry that set it before: the log keeps new values)."""
    with store.reading() as session:
        query = (
            _case_entries(session, case)
            .order_by(m.ChangeLogEntry.seq.desc())
            .offset(offset)
            .limit(limit)
        )
        rows = list(session.scalars(query))
        labels = _record_labels(session, {row.entity_id for row in rows})
        out = []
        for row in rows:
            view = _view(row)
            old = _value_before(session, row) if row.op == "update" else None
            out.append(ChangeView(view, labels.get(row.entity_id, ""), old, view.value))
        return out


def _value_before(session: Session, row: m.ChangeLogEntry) -> Any:
    E = m.ChangeLogEntry
    earlier = session.scalars(
        select(E)
        .where(
            E.entity_id == row.entity_id,
            E.seq < row.seq,
            (E.op == "create") | ((E.op == "update") & (E.field == row.field)),
        )
        .order_by(E.seq.desc())
        .limit(1)
    ).first()
    if earlier is None:
        return None
    value = json.loads(earlier.value)
    return value.get(row.field) if earlier.op == "create" else value


def _record_labels(session: Session, entity_ids: set[str]) -> dict[str, str]:
    """A short label per record, from what it was created with; a person by
    their first name as recorded."""
    E = m.ChangeLogEntry
    out: dict[str, str] = {}
    if not entity_ids:
        return out
    created = session.scalars(select(E).where(E.entity_id.in_(entity_ids), E.op == "create")).all()
    of_person: dict[str, str] = {}  # a consent, a role, a participant: by its person
    for row in created:
        fields = json.loads(row.value)
        if row.entity == "claim" and fields.get("field"):
            out[row.entity_id] = f"{fields['field']}: {fields.get('value', '')}"
            continue
        text = next((str(fields[k]) for k in _LABEL_FIELDS if fields.get(k)), "")
        if text:
            out[row.entity_id] = text
        elif fields.get("person_id"):
            of_person[row.entity_id] = fields["person_id"]
    people = entity_ids | set(of_person.values())
    first_names: dict[str, str] = {}
    for person_id, text in session.execute(
        select(m.PersonName.person_id, m.PersonName.text)
        .where(m.PersonName.person_id.in_(people))
        .order_by(m.PersonName.person_id, m.PersonName.position)
    ):
        first_names.setdefault(person_id, text)
    for entity_id in entity_ids:
        name = first_names.get(of_person.get(entity_id, entity_id))
        if name:
            out.setdefault(entity_id, name)
    return out


@dataclass(frozen=True)
class CheckReport:
    entries: int
    cases: int
    people: int

    def summary(self) -> str:
        return (
            f"Change log intact: {self.entries} entries, every link verified "
            f"({self.cases} cases, {self.people} people)."
        )


def check(store: Store) -> CheckReport:
    """Verifies the whole hash chain; raises ChangeLogBroken at the first bad link."""
    with store.reading() as session:
        entries = verify_chain(session.connection(), store.changelog_mac_key)
        cases = session.query(m.Case).count()
        people = session.query(m.Person).count()
        return CheckReport(entries, cases, people)
