"""ORM records to views. Kept apart so every service shows records the same way."""

from __future__ import annotations

from datetime import date, datetime

from casekeeper.fuzzydate import FuzzyDate
from casekeeper.store import models as m

from . import views as v


def fd(value: FuzzyDate | None) -> str | None:
    return str(value) if value is not None else None


def iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def name(n: m.PersonName) -> v.NameView:
    return v.NameView(n.id, n.text, n.script, n.language, n.kind)


def relation(r: m.Relationship) -> v.RelationView:
    return v.RelationView(
        r.id,
        r.kind,
        r.person_id,
        r.person.display_name,
        r.relative_id,
        r.relative.display_name,
        r.note,
    )


def consent(c: m.Consent) -> v.ConsentView:
    return v.ConsentView(
        c.id,
        c.person_id,
        c.person.display_name,
        c.case_id,
        c.audience,
        c.scope,
        c.decision,
        c.conditions,
        c.recorded_by,
        iso(c.recorded_on) or "",
        iso(c.withdrawn_at),
        c.withdrawal_note,
    )


def person(
    p: m.Person,
    relations: list[m.Relationship],
    roles: list[dict[str, str]] | None = None,
) -> v.PersonView:
    """``roles`` (case id, reference, kind) when the caller has them already."""
    return v.PersonView(
        id=p.id,
        display_name=p.display_name,
        names=[name(n) for n in p.names],
        gender=p.gender,
        birth_date=fd(p.birth_date),
        birth_date_display=p.birth_date.display() if p.birth_date else "",
        birthplace=p.birthplace,
        hometown=p.hometown,
        ethnicity=p.ethnicity,
        occupation=p.occupation,
        status=p.status,
        contact=p.contact,
        notes=p.notes,
        sensitivity=p.sensitivity,
        citizenships=[
            v.CitizenshipView(c.id, c.country, fd(c.acquired), fd(c.lost), c.note)
            for c in p.citizenships
        ],
        documents=[
            v.DocumentView(
                d.id, d.kind, d.number, d.issuer, fd(d.issued), fd(d.expires), d.status, d.note
            )
            for d in p.documents
        ],
        roles=roles
        if roles is not None
        else [{"case_id": r.case_id, "case_ref": r.case.ref, "kind": r.kind} for r in p.roles],
        relations=[relation(r) for r in relations],
        consents=[consent(c) for c in p.consents],
    )


def event(e: m.Event) -> v.EventView:
    participants = [
        v.ParticipantView(
            pt.person_id,
            pt.organization_id,
            pt.person.display_name
            if pt.person
            else (pt.organization.display_name if pt.organization else ""),
            pt.role,
        )
        for pt in e.participants
    ]
    return v.EventView(
        id=e.id,
        kind=e.kind,
        title=e.title,
        description=e.description,
        date=fd(e.date),
        date_display=e.date.display() if e.date else "date unknown",
        earliest=iso(e.date.earliest()) if e.date else None,
        latest=iso(e.date.latest()) if e.date else None,
        place_id=e.place_id,
        place=e.place.display_name if e.place else "",
        amount=e.amount,
        sensitivity=e.sensitivity,
        participants=participants,
    )


def source(s: m.Source) -> v.SourceView:
    return v.SourceView(
        s.id,
        s.kind,
        s.title,
        s.author,
        fd(s.date),
        s.language,
        s.url,
        s.reliability,
        s.content,
        s.sensitivity,
    )


def task(t: m.Task, today: date) -> v.TaskView:
    overdue = t.status == "open" and t.due is not None and t.due < today
    return v.TaskView(
        t.id, t.case_id, t.case.ref, t.title, iso(t.due), t.status, t.assignee, t.note, overdue
    )


def custody(c: m.CustodyEvent) -> v.CustodyView:
    return v.CustodyView(c.id, c.action, c.actor, iso(c.at) or "", c.place, c.sha256, c.detail)


def evidence(e: m.Evidence, *, with_custody: bool = False) -> v.EvidenceView:
    return v.EvidenceView(
        id=e.id,
        case_id=e.case_id,
        original_name=e.original_name,
        media_type=e.media_type,
        size=e.size,
        sha256=e.sha256,
        acquired_by=e.acquired_by,
        acquired_from=e.acquired_from,
        acquired_at=iso(e.acquired_at),
        acquired_where=e.acquired_where,
        description=e.description,
        source_id=e.source_id,
        captured_at=e.captured_at,
        camera=e.camera,
        gps_latitude=e.gps_latitude,
        gps_longitude=e.gps_longitude,
        duration_seconds=e.duration_seconds,
        file_modified=iso(e.file_modified),
        removed_at=iso(e.removed_at),
        sensitivity=e.sensitivity,
        custody=[custody(c) for c in e.custody] if with_custody else [],
    )


def case_summary(c: m.Case, people: list[str]) -> v.CaseSummary:
    return v.CaseSummary(
        c.id,
        c.ref,
        c.title,
        c.status,
        c.sensitivity,
        c.summary,
        people,
        iso(c.updated_at) or "",
        iso(c.created_at) or "",
    )
