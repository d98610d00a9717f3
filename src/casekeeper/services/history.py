"""The change log as people read it, and the integrity check."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import or_, select

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
        case_obj = lookup.case(session, case)
        person_ids = select(m.Role.person_id).where(m.Role.case_id == case_obj.id)
        event_ids = select(m.Event.id).where(m.Event.case_id == case_obj.id)
        owned = [
            select(model.id).where(model.person_id.in_(person_ids))
            for model in (m.PersonName, m.Citizenship, m.IdentityDocument, m.Consent)
        ]
        owned.append(
            select(m.Relationship.id).where(
                m.Relationship.person_id.in_(person_ids)
                | m.Relationship.relative_id.in_(person_ids)
            )
        )
        owned.append(
            select(m.EventParticipant.id).where(m.EventParticipant.event_id.in_(event_ids))
        )
        query = (
            select(m.ChangeLogEntry)
            .where(
                or_(
                    m.ChangeLogEntry.case_id == case_obj.id,
                    m.ChangeLogEntry.entity_id.in_(person_ids),
                    *(m.ChangeLogEntry.entity_id.in_(ids) for ids in owned),
                )
            )
            .order_by(m.ChangeLogEntry.seq)
        )
        if limit:
            query = query.limit(limit)
        return [_view(row) for row in session.scalars(query)]


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
