"""Cases: open one, change it, list them, and see one whole."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from casekeeper.store import models as m
from casekeeper.store.store import Store
from casekeeper.store.vocab import Audience, CaseStatus

from . import lookup, present
from . import validate as check
from . import views as v
from .claims import find_disagreements, subject_labels
from .context import Context

# Each sort ends on the id in the same direction, so the newest-first pages
# are read backwards from an index on (updated_at, id) instead of sorted.
SORTS = {
    "updated": (m.Case.updated_at.desc(), m.Case.id.desc()),
    "created": (m.Case.created_at.desc(), m.Case.id.desc()),
    "ref": (m.Case.ref.asc(), m.Case.id.asc()),
    "title": (m.Case.title.asc(), m.Case.id.asc()),
    "status": (m.Case.status.asc(), m.Case.id.asc()),
    # The same, the other way round (a second click on a column header).
    "-updated": (m.Case.updated_at.asc(), m.Case.id.asc()),
    "-created": (m.Case.created_at.asc(), m.Case.id.asc()),
    "-ref": (m.Case.ref.desc(), m.Case.id.desc()),
    "-title": (m.Case.title.desc(), m.Case.id.desc()),
    "-status": (m.Case.status.desc(), m.Case.id.desc()),
}


def new_case(
    ctx: Context,
    title: str,
    *,
    summary: str = "",
    status: str = "open",
    sensitivity: str = "partners",
    ref: str | None = None,
) -> v.CaseSummary:
    with ctx.store.writing(ctx.author) as session:
        case = m.Case(
            ref=check.text(ref, "reference", limit=40) if ref else _next_ref(session, ctx.store),
            title=check.text(title, "case title", limit=500),
            summary=summary.strip(),
            status=check.choice(status, CaseStatus, "case status"),
            sensitivity=check.choice(sensitivity, Audience, "sensitivity"),
        )
        _refuse_taken_ref(session, case.ref, None)
        session.add(case)
        session.flush()
        return present.case_summary(case, [])


def _refuse_taken_ref(session: Session, ref: str, own_id: str | None) -> None:
    """References are unique whatever their letter case: CK-2025-0001 = ck-2025-0001."""
    taken = session.scalar(select(m.Case.id).where(func.upper(m.Case.ref) == ref.upper()))
    if taken and taken != own_id:
        raise check.InvalidValue(f"A case with reference {ref} already exists.")


def _next_ref(session: Session, store: Store) -> str:
    year = store.clock.now().year
    prefix = f"CK-{year}-"
    refs = session.scalars(select(m.Case.ref).where(m.Case.ref.startswith(prefix))).all()
    # Hand-given references (CK-2025-URGENT) do not take part in the numbering.
    numbers = [int(r[len(prefix) :]) for r in refs if r[len(prefix) :].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:04d}"


EDITABLE = {"title", "summary", "status", "sensitivity", "ref"}


def edit_case(ctx: Context, ident: str, **changes: str) -> v.CaseSummary:
    unknown = set(changes) - EDITABLE
    if unknown:
        raise check.InvalidValue(f"Cannot edit {', '.join(sorted(unknown))} of a case.")
    with ctx.store.writing(ctx.author) as session:
        case = lookup.case(session, ident)
        if "title" in changes:
            case.title = check.text(changes["title"], "case title", limit=500)
        if "summary" in changes:
            case.summary = changes["summary"].strip()
        if "status" in changes:
            case.status = check.choice(changes["status"], CaseStatus, "case status")
        if "sensitivity" in changes:
            case.sensitivity = check.choice(changes["sensitivity"], Audience, "sensitivity")
        if "ref" in changes:
            ref = check.text(changes["ref"], "reference", limit=40)
            _refuse_taken_ref(session, ref, case.id)
            case.ref = ref
        session.flush()
        return present.case_summary(case, _people_names(session, [case.id]).get(case.id, []))


def list_cases(
    store: Store,
    *,
    text: str | None = None,
    status: str | None = None,
    sort: str = "updated",
    limit: int = 100,
    offset: int = 0,
) -> list[v.CaseSummary]:
    """One page of cases. ``text`` filters through the full-text index
    (titles, summaries, people's names, events, sources)."""
    with store.reading() as session:
        query = _filtered(session, text, status)
        if query is None:
            return []
        query = query.order_by(*SORTS.get(sort, SORTS["updated"]))
        cases = session.scalars(query.limit(limit).offset(offset)).all()
        names = _people_names(session, [c.id for c in cases])
        return [present.case_summary(c, names.get(c.id, [])) for c in cases]


def count_cases(store: Store, *, text: str | None = None, status: str | None = None) -> int:
    with store.reading() as session:
        query = _filtered(session, text, status)
        if query is None:
            return 0
        return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def _filtered(session: Session, text: str | None, status: str | None):  # type: ignore[no-untyped-def]
    query = select(m.Case)
    if status:
        query = query.where(m.Case.status == check.choice(status, CaseStatus, "case status"))
    if text and text.strip():
        from .search import case_filter

        matching = case_filter(session, text)
        if matching is None:
            return None
        query = query.where(matching)
    return query


def _people_names(session: Session, case_ids: list[str]) -> dict[str, list[str]]:
    """Names of each case's people, victims first, one query for a whole page."""
    if not case_ids:
        return {}
    first_name = (
        select(m.PersonName.text)
        .where(m.PersonName.person_id == m.Role.person_id)
        .order_by(m.PersonName.position)
        .limit(1)
        .scalar_subquery()
    )
    rows = session.execute(
        select(m.Role.case_id, m.Role.kind, first_name).where(m.Role.case_id.in_(case_ids))
    ).all()
    out: dict[str, list[str]] = {}
    for case_id, _kind, person_name in sorted(rows, key=lambda r: (r[1] != "victim", r[2] or "")):
        names = out.setdefault(case_id, [])
        if person_name and person_name not in names:
            names.append(person_name)
    return out


def get_case(store: Store, ident: str) -> v.CaseDetail:
    """Everything recorded for one case, in one read transaction."""
    with store.reading() as session:
        case = lookup.case(session, ident)
        roles = _case_roles(session, case.id)
        people = _people_of(roles)
        person_ids = [p.id for p in people]
        relations = _relations_among(session, person_ids)
        role_refs = _role_refs(session, person_ids)
        # Each person's consents are loaded with the person (the people view shows
        # them all); the case's are those for this case or for every case.
        consents = sorted(
            (c for p in people for c in p.consents if c.case_id in (case.id, None)),
            key=lambda c: c.recorded_on,
        )
        events = _events(session, case.id)
        sources = session.scalars(
            select(m.Source).where(m.Source.case_id == case.id).order_by(m.Source.created_at)
        ).all()
        claims = _claims(session, case.id)
        tasks = session.scalars(
            select(m.Task).where(m.Task.case_id == case.id).order_by(m.Task.due, m.Task.created_at)
        ).all()
        evidence = session.scalars(select(m.Evidence).where(m.Evidence.case_id == case.id)).all()
        today = store.clock.now().date()
        rel_by_person = _relations_by_person(relations)
        return v.CaseDetail(
            case=present.case_summary(case, [p.display_name for p in people]),
            people=[
                present.person(p, rel_by_person.get(p.id, []), role_refs.get(p.id, []))
                for p in people
            ],
            roles=[
                {
                    "person_id": r.person_id,
                    "person_name": r.person.display_name,
                    "kind": r.kind,
                    "note": r.note,
                }
                for r in roles
            ],
            relations=[present.relation(r) for r in relations],
            events=[present.event(e) for e in events],
            sources=[present.source(s) for s in sources],
            claims=claims,
            disagreements=find_disagreements(claims),
            consents=[present.consent(c) for c in consents],
            tasks=[present.task(t, today) for t in tasks],
            evidence=[present.evidence(e) for e in evidence],
        )


_ROLE_ORDER = {"victim": 0, "relative": 1, "witness": 2}


def _case_roles(session: Session, case_id: str) -> list[m.Role]:
    """The case's roles with their people, victims first, then relatives, witnesses."""
    person = selectinload(m.Role.person)
    roles = session.scalars(
        select(m.Role)
        .where(m.Role.case_id == case_id)
        .options(
            person.selectinload(m.Person.names),
            person.selectinload(m.Person.citizenships),
            person.selectinload(m.Person.documents),
            person.selectinload(m.Person.consents),
        )
    ).all()
    return sorted(roles, key=lambda r: (_ROLE_ORDER.get(r.kind, 9), r.person.display_name))


def _people_of(roles: list[m.Role]) -> list[m.Person]:
    people: dict[str, m.Person] = {}
    for role in roles:
        people.setdefault(role.person_id, role.person)
    return list(people.values())


def _role_refs(session: Session, person_ids: list[str]) -> dict[str, list[dict[str, str]]]:
    """Every role of these people in any case, with the case's reference: one
    query of three columns, not every Case row with its summary."""
    if not person_ids:
        return {}
    rows = session.execute(
        select(m.Role.person_id, m.Role.case_id, m.Case.ref, m.Role.kind)
        .join(m.Case, m.Case.id == m.Role.case_id)
        .where(m.Role.person_id.in_(person_ids))
    ).all()
    out: dict[str, list[dict[str, str]]] = {}
    for person_id, case_id, ref, kind in rows:
        out.setdefault(person_id, []).append({"case_id": case_id, "case_ref": ref, "kind": kind})
    return out


def _events(session: Session, case_id: str) -> list[m.Event]:
    participants = selectinload(m.Event.participants)
    events = session.scalars(
        select(m.Event)
        .where(m.Event.case_id == case_id)
        .options(
            participants.selectinload(m.EventParticipant.person).selectinload(m.Person.names),
            participants.selectinload(m.EventParticipant.organization).selectinload(
                m.Organization.names
            ),
            selectinload(m.Event.place).selectinload(m.Place.names),
        )
    ).all()
    return sorted(events, key=lambda e: (e.date is None, e.date.sort_key() if e.date else ()))


def _relations_among(session: Session, person_ids: list[str]) -> list[m.Relationship]:
    if not person_ids:
        return []
    return list(
        session.scalars(
            select(m.Relationship)
            .where(
                m.Relationship.person_id.in_(person_ids)
                | m.Relationship.relative_id.in_(person_ids)
            )
            .options(
                selectinload(m.Relationship.person).selectinload(m.Person.names),
                selectinload(m.Relationship.relative).selectinload(m.Person.names),
            )
        ).all()
    )


def _relations_by_person(relations: list[m.Relationship]) -> dict[str, list[m.Relationship]]:
    out: dict[str, list[m.Relationship]] = {}
    for r in relations:
        out.setdefault(r.person_id, []).append(r)
        if r.relative_id != r.person_id:
            out.setdefault(r.relative_id, []).append(r)
    return out


def _claims(session: Session, case_id: str) -> list[v.ClaimView]:
    claims = session.scalars(
        select(m.Claim)
        .where(m.Claim.case_id == case_id)
        .options(selectinload(m.Claim.source))
        .order_by(m.Claim.subject_type, m.Claim.subject_id, m.Claim.field, m.Claim.created_at)
    ).all()
    labels = subject_labels(session, claims)
    return [
        v.ClaimView(
            c.id,
            c.source_id,
            c.source.title,
            c.subject_type,
            c.subject_id,
            labels.get((c.subject_type, c.subject_id), c.subject_id),
            c.field,
            c.value,
            c.note,
        )
        for c in claims
    ]
