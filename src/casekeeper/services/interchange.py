"""Moving a case between stores as one JSON document (docs/case-document.md).

``export_case`` reads a case and everything that belongs to it in one read
transaction; ``import_case`` writes a checked document in one write
transaction, so the import is recorded in the change log like any other
write, and any failure leaves the store as it was.

Ids and timestamps travel with the records, so exporting the imported case
gives the same document again (``exported_at`` aside). An import never
merges into a case: if the case (by id or reference) is already in the
store, it is refused. People, places and organizations can be shared by
several cases; one already in the store (same id) is reused, never
overwritten: if its data differ from the document's, the store's version
is kept and the import reports it (``ImportReport.kept_existing``) so that
a person can look at both.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Table, bindparam, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import set_committed_value

from casekeeper.errors import InterchangeInvalid, InvalidValue
from casekeeper.export import interchange as ix
from casekeeper.export.interchange_spec import Record
from casekeeper.store import models as m
from casekeeper.store.store import Store

from . import lookup, present
from . import views as v
from .context import Context

T = TypeVar("T", bound=m.Base)

# SQLite allows many more bound values, but smaller IN lists keep each query cheap.
CHUNK = 500


# --- export ------------------------------------------------------------------------------


def export_case(store: Store, case_ident: str) -> dict[str, Any]:
    """The full (unredacted) document of one case, by reference or id.

    What travels: the case; its roles, events (with participants), sources,
    claims, evidence metadata and tasks; the people with a role in it or
    taking part in one of its events, and the other side of those people's
    relationships (one step, so every relationship in the document has both
    its people); those people's names, citizenships, identity documents, and
    their consent decisions for this case or for every case; the places and
    organizations of its events; the field sensitivities of all of these.
    """
    with store.reading() as session:
        case = lookup.case(session, case_ident)
        roles = session.scalars(select(m.Role).where(m.Role.case_id == case.id)).all()
        events = session.scalars(
            select(m.Event)
            .where(m.Event.case_id == case.id)
            .options(selectinload(m.Event.participants))
        ).all()
        participants = [p for e in events for p in e.participants]
        case_people = {r.person_id for r in roles} | {
            p.person_id for p in participants if p.person_id
        }
        relationships = _relationships_of(session, case_people)
        people_ids = (
            case_people
            | {r.person_id for r in relationships}
            | {r.relative_id for r in relationships}
        )
        people = _load(
            session,
            m.Person,
            m.Person.id,
            people_ids,
            selectinload(m.Person.names),
            selectinload(m.Person.citizenships),
            selectinload(m.Person.documents),
        )
        consents = [
            c
            for c in _load(session, m.Consent, m.Consent.person_id, people_ids)
            if c.case_id in (None, case.id)
        ]
        places = _load(
            session,
            m.Place,
            m.Place.id,
            {e.place_id for e in events if e.place_id},
            selectinload(m.Place.names),
        )
        organizations = _load(
            session,
            m.Organization,
            m.Organization.id,
            {p.organization_id for p in participants if p.organization_id},
            selectinload(m.Organization.names),
        )
        sources = session.scalars(select(m.Source).where(m.Source.case_id == case.id)).all()
        claims = session.scalars(select(m.Claim).where(m.Claim.case_id == case.id)).all()
        evidence = session.scalars(select(m.Evidence).where(m.Evidence.case_id == case.id)).all()
        tasks = session.scalars(select(m.Task).where(m.Task.case_id == case.id)).all()
        record_ids = {case.id} | {
            obj.id
            for group in (
                roles,
                events,
                participants,
                relationships,
                people,
                consents,
                places,
                organizations,
                sources,
                claims,
                evidence,
                tasks,
                [n for p in people for n in p.names],
                [c for p in people for c in p.citizenships],
                [d for p in people for d in p.documents],
                [n for p in places for n in p.names],
                [n for o in organizations for n in o.names],
            )
            for obj in group
        }
        sensitivities = _load(session, m.FieldSensitivity, m.FieldSensitivity.entity_id, record_ids)
        return ix.build_document(
            case,
            people=people,
            roles=roles,
            relationships=relationships,
            places=places,
            organizations=organizations,
            events=events,
            sources=sources,
            claims=claims,
            evidence=evidence,
            tasks=tasks,
            consents=consents,
            field_sensitivity=sensitivities,
            exported_at=store.clock.now(),
        )


def dump(doc: dict[str, Any]) -> str:
    """The canonical text of a document (what ``casekeeper export json`` writes)."""
    return ix.dumps(doc)


def loads(text: str | bytes, *, source_name: str = "document") -> dict[str, Any]:
    """JSON text to a document dict; InterchangeInvalid when it is not JSON or
    not an object. The document itself is checked by ``import_case``."""
    try:
        data = json.loads(text)
    except UnicodeDecodeError:
        raise InterchangeInvalid(source_name, "it is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise InterchangeInvalid(
            source_name, f"it is not JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        ) from None
    if not isinstance(data, dict):
        raise InterchangeInvalid(source_name, "the document must be a JSON object ({...})")
    return data


def _chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    ordered = sorted(ids)
    for i in range(0, len(ordered), CHUNK):
        yield ordered[i : i + CHUNK]


def _load(
    session: Session, model: type[T], column: Any, ids: Iterable[str], *options: Any
) -> list[T]:
    out: list[T] = []
    for chunk in _chunks(ids):
        out.extend(session.scalars(select(model).where(column.in_(chunk)).options(*options)))
    return out


def _relationships_of(session: Session, person_ids: set[str]) -> list[m.Relationship]:
    found: dict[str, m.Relationship] = {}
    for chunk in _chunks(person_ids):
        query = select(m.Relationship).where(
            or_(m.Relationship.person_id.in_(chunk), m.Relationship.relative_id.in_(chunk))
        )
        for rel in session.scalars(query):
            found[rel.id] = rel
    return list(found.values())


# --- import ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SharedRecord:
    """A record of the document that the store already had (same id)."""

    entity: str  # person, place, organization, consent, relationship, field_sensitivity
    id: str
    label: str
    differences: tuple[str, ...] = ()  # document keys whose values differ; () when identical

    def describe(self) -> str:
        text = f"{self.entity} {self.label or self.id}"
        if self.differences:
            text += ": this store's version was kept; the document's differs in " + ", ".join(
                self.differences
            )
        return text


@dataclass(frozen=True)
class ImportReport(v.CaseSummary):
    """The imported case as the case list shows it (it *is* a CaseSummary),
    plus what the import did besides writing new records."""

    created: dict[str, int] = field(default_factory=dict)  # document list → records written
    reused: tuple[SharedRecord, ...] = ()  # already here, same data
    kept_existing: tuple[SharedRecord, ...] = ()  # already here, different data: not overwritten
    ignored_fields: tuple[str, ...] = ()  # keys from a later format version, not imported

    def warnings(self) -> list[str]:
        """Lines worth showing a person after the import."""
        lines = [f"{r.describe()[:1].upper()}{r.describe()[1:]}." for r in self.kept_existing]
        if self.ignored_fields:
            lines.append(
                "Ignored fields this CaseKeeper does not know (written by a newer version): "
                + ", ".join(self.ignored_fields)
                + "."
            )
        return lines


def import_case(ctx: Context, doc: Any, *, source_name: str = "document") -> ImportReport:
    """Write the case of a document into the store, all or nothing.

    Checks the document first (InterchangeInvalid, InterchangeTooNew), then
    refuses a case already in the store (InvalidValue), then writes every
    record in one transaction recorded in the change log.
    """
    parsed = ix.parse_document(doc, source=source_name)
    try:
        with ctx.store.writing(ctx.author) as session:
            report = _Importer(session, parsed).run()
    except IntegrityError as exc:
        detail = str(exc.orig).splitlines()[0] if exc.orig else "constraint failed"
        raise InterchangeInvalid(
            source_name, f"it clashes with records already in this store ({detail})"
        ) from None
    return report


def _comparable(
    record: Record, rendered: dict[str, Any], skip: Sequence[str] = ()
) -> dict[str, Any]:
    """A rendered record for comparing with another copy of it: no timestamps
    (they say when, not what), nested lists in id order."""
    out = {
        k: val
        for k, val in rendered.items()
        if k not in ("created_at", "updated_at") and k not in skip
    }
    for child in record.children:
        if child.key in out:
            out[child.key] = sorted(
                (_comparable(child.record, item) for item in out[child.key]),
                key=lambda item: item["id"],
            )
    return out


def _differences(
    record: Record, existing: dict[str, Any], incoming: dict[str, Any], skip: Sequence[str] = ()
) -> tuple[str, ...]:
    a, b = _comparable(record, existing, skip), _comparable(record, incoming, skip)
    return tuple(sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k)))


def _label_of(values: dict[str, Any]) -> str:
    names = sorted(values.get("names") or [], key=lambda n: (n.get("position", 0), n["id"]))
    return names[0]["text"] if names else ""


class _Importer:
    def __init__(self, session: Session, doc: ix.CaseDocument) -> None:
        self.s = session
        self.doc = doc
        self.reused: list[SharedRecord] = []
        self.kept: list[SharedRecord] = []
        self.created: dict[str, int] = {}
        # Every written record that has timestamps, with the updated_at the document gave.
        self.stamped: list[tuple[m.Base, datetime]] = []

    # --- deciding ---

    def run(self) -> ImportReport:
        doc = self.doc
        self._refuse_existing_case()
        new_people = self._shared(ix.PERSON, m.Person, doc.people, "person", skip=("consents",))
        new_places = self._shared(ix.PLACE, m.Place, doc.places, "place")
        new_orgs = self._shared(ix.ORGANIZATION, m.Organization, doc.organizations, "organization")
        new_consents = [
            (person["id"], consent)
            for person in doc.people
            for consent in self._new_or_reused(
                ix.CONSENT,
                m.Consent,
                person["consents"],
                "consent",
                owner=("person_id", person["id"]),
            )
        ]
        new_relationships = self._new_relationships()
        new_sensitivities = self._new_or_reused(
            ix.FIELD_SENSITIVITY, m.FieldSensitivity, doc.field_sensitivity, "field_sensitivity"
        )
        self._refuse_taken_ids(new_people, new_places, new_orgs)

        # --- writing, parents before the rows that point at them (the flush
        # orders rows only along ORM relationships, and some foreign keys,
        # such as a source's archived evidence, have none) ---
        case = self._make(ix.CASE, m.Case, doc.case)
        people = [self._person(p) for p in new_people]
        places = [self._named(ix.PLACE, m.Place, m.PlaceName, p) for p in new_places]
        orgs = [
            self._named(ix.ORGANIZATION, m.Organization, m.OrganizationName, o) for o in new_orgs
        ]
        self._write([case, *people, *places, *orgs])

        self._write(
            [
                *(self._make(ix.ROLE, m.Role, r, case_id=case.id) for r in doc.roles),
                *(self._make(ix.RELATIONSHIP, m.Relationship, r) for r in new_relationships),
                *(self._make(ix.CONSENT, m.Consent, c, person_id=pid) for pid, c in new_consents),
                *(self._make(ix.EVIDENCE, m.Evidence, e, case_id=case.id) for e in doc.evidence),
                *(self._make(ix.TASK, m.Task, t, case_id=case.id) for t in doc.tasks),
                *(
                    self._make(ix.FIELD_SENSITIVITY, m.FieldSensitivity, f)
                    for f in new_sensitivities
                ),
            ]
        )
        self._write(
            [
                *(self._event(e, case.id) for e in doc.events),
                *(self._make(ix.SOURCE, m.Source, s, case_id=case.id) for s in doc.sources),
            ]
        )
        self._write([self._make(ix.CLAIM, m.Claim, c, case_id=case.id) for c in doc.claims])
        self._restore_updated_at()

        self.created = {
            "people": len(new_people),
            "places": len(new_places),
            "organizations": len(new_orgs),
            "consents": len(new_consents),
            "relationships": len(new_relationships),
            "field_sensitivity": len(new_sensitivities),
            **{
                key: len(doc.records(key))
                for key in ("roles", "events", "sources", "claims", "evidence", "tasks")
            },
        }
        summary = present.case_summary(case, self._people_names(case.id))
        return ImportReport(
            **asdict(summary),
            created=self.created,
            reused=tuple(self.reused),
            kept_existing=tuple(self.kept),
            ignored_fields=doc.ignored,
        )

    def _refuse_existing_case(self) -> None:
        values = self.doc.case
        same_id = self.s.get(m.Case, values["id"])
        if same_id is not None:
            raise InvalidValue(
                f"This case ({values['ref']}) is already in the store"
                + (f" (as {same_id.ref})" if same_id.ref != values["ref"] else "")
                + "; nothing was imported. An import never merges into or overwrites a case."
            )
        same_ref = self.s.scalar(
            select(m.Case).where(func.upper(m.Case.ref) == values["ref"].upper())
        )
        if same_ref is not None:
            raise InvalidValue(
                f"Another case in the store already has the reference {same_ref.ref} "
                f'({same_ref.title}); nothing was imported. Change the reference ("ref") '
                "in the document, or the other case's, and import again."
            )

    def _shared(
        self,
        record: Record,
        model: type[m.Base],
        rows: list[dict[str, Any]],
        entity: str,
        skip: Sequence[str] = (),
    ) -> list[dict[str, Any]]:
        """Records several cases can share: those already in the store are
        reused as they are (reported when they differ); the rest are new."""
        new = []
        for values in rows:
            existing = self.s.get(model, values["id"])
            if existing is None:
                new.append(values)
                continue
            mine = ix.render(record, ix.values_of(record, existing, {k: [] for k in skip}))
            theirs = ix.render(record, {**values, **{k: [] for k in skip}})
            diff = _differences(record, mine, theirs, skip)
            shared = SharedRecord(entity, values["id"], _label_of(values), diff)
            (self.kept if diff else self.reused).append(shared)
        return new

    def _new_or_reused(
        self,
        record: Record,
        model: type[m.Base],
        rows: list[dict[str, Any]],
        entity: str,
        owner: tuple[str, str] | None = None,
    ) -> list[dict[str, Any]]:
        """Like ``_shared`` for records without a case of their own (consents,
        field sensitivities): one already here with the same id is kept."""
        new = []
        for values in rows:
            existing = self.s.get(model, values["id"])
            if existing is None:
                new.append(values)
                continue
            if owner is not None and getattr(existing, owner[0]) != owner[1]:
                raise _taken(record, values["id"])
            diff = _differences(
                record, ix.render(record, ix.values_of(record, existing)), ix.render(record, values)
            )
            (self.kept if diff else self.reused).append(
                SharedRecord(entity, values["id"], "", diff)
            )
        return new

    def _new_relationships(self) -> list[dict[str, Any]]:
        new = []
        for values in self._new_or_reused(
            ix.RELATIONSHIP, m.Relationship, self.doc.relationships, "relationship"
        ):
            same = self.s.scalar(
                select(m.Relationship).where(
                    m.Relationship.person_id == values["person_id"],
                    m.Relationship.relative_id == values["relative_id"],
                    m.Relationship.kind == values["kind"],
                )
            )
            if same is None:
                new.append(values)
            else:  # the same tie, recorded here independently: keep this store's record
                self.kept.append(SharedRecord("relationship", values["id"], "", ("id",)))
        return new

    def _refuse_taken_ids(
        self, people: list[dict[str, Any]], places: list[dict[str, Any]], orgs: list[dict[str, Any]]
    ) -> None:
        """Records that belong to the case (and the names and papers of new
        people, places, organizations) must be new to the store: the same id
        elsewhere means this case, or a copy of it, was imported before."""
        doc = self.doc
        groups: list[tuple[Record, type[m.Base], list[dict[str, Any]]]] = [
            (ix.ROLE, m.Role, doc.roles),
            (ix.EVENT, m.Event, doc.events),
            (
                ix.PARTICIPANT,
                m.EventParticipant,
                [p for e in doc.events for p in e["participants"]],
            ),
            (ix.SOURCE, m.Source, doc.sources),
            (ix.CLAIM, m.Claim, doc.claims),
            (ix.EVIDENCE, m.Evidence, doc.evidence),
            (ix.TASK, m.Task, doc.tasks),
            (ix.PERSON_NAME, m.PersonName, [n for p in people for n in p["names"]]),
            (ix.CITIZENSHIP, m.Citizenship, [c for p in people for c in p["citizenships"]]),
            (ix.IDENTITY_DOCUMENT, m.IdentityDocument, [d for p in people for d in p["documents"]]),
            (ix.PLACE_NAME, m.PlaceName, [n for p in places for n in p["names"]]),
            (ix.ORGANIZATION_NAME, m.OrganizationName, [n for o in orgs for n in o["names"]]),
        ]
        for record, model, rows in groups:
            column = model.id  # type: ignore[attr-defined]
            for chunk in _chunks(r["id"] for r in rows):
                taken = self.s.scalar(select(column).where(column.in_(chunk)).limit(1))
                if taken is not None:
                    raise _taken(record, taken)

    # --- building ---

    def _make(self, record: Record, model: type[T], values: dict[str, Any], **parent: Any) -> T:
        kwargs = {f.name: values[f.name] for f in record.fields if f.name in values}
        obj = model(**kwargs, **parent)
        if values.get("updated_at") is not None:  # only records with timestamps have one
            self.stamped.append((obj, values["updated_at"]))
        return obj

    def _person(self, values: dict[str, Any]) -> m.Person:
        person = self._make(ix.PERSON, m.Person, values)
        person.names = [self._make(ix.PERSON_NAME, m.PersonName, n) for n in values["names"]]
        person.citizenships = [
            self._make(ix.CITIZENSHIP, m.Citizenship, c) for c in values["citizenships"]
        ]
        person.documents = [
            self._make(ix.IDENTITY_DOCUMENT, m.IdentityDocument, d) for d in values["documents"]
        ]
        return person

    def _named(
        self, record: Record, model: type[T], name_model: type[m.Base], values: dict[str, Any]
    ) -> T:
        obj = self._make(record, model, values)
        name_record = record.children[0].record
        obj.names = [self._make(name_record, name_model, n) for n in values["names"]]  # type: ignore[attr-defined]
        return obj

    def _event(self, values: dict[str, Any], case_id: str) -> m.Event:
        event = self._make(ix.EVENT, m.Event, values, case_id=case_id)
        event.participants = [
            self._make(ix.PARTICIPANT, m.EventParticipant, p) for p in values["participants"]
        ]
        return event

    def _write(self, objects: list[m.Base]) -> None:
        self.s.add_all(objects)
        self.s.flush()

    def _restore_updated_at(self) -> None:
        """Give the imported records the updated_at the document carries.

        The change recorder's before_flush hook (store/changelog.py) keeps a
        created_at that is set but stamps every new record's updated_at with
        the current time, which is right for records made here and wrong for
        records carried from another store. A Core UPDATE on the tables, in
        the same transaction, does not go through the ORM flush, so neither
        the hook nor the change log sees it: the log keeps one 'create' per
        record, whose values leave out timestamps anyway. The ORM objects get
        the same values as committed state, so nothing is flushed again.
        """
        rows: dict[Table, list[dict[str, Any]]] = {}
        for obj, when in self.stamped:
            rows.setdefault(obj.__table__, []).append(  # type: ignore[arg-type]
                {"_id": obj.id, "_updated_at": when}  # type: ignore[attr-defined]
            )
        conn = self.s.connection()
        for table, params in rows.items():
            stmt = (
                update(table)
                .where(table.c.id == bindparam("_id"))
                .values(updated_at=bindparam("_updated_at", type_=table.c.updated_at.type))
            )
            conn.execute(stmt, params)
        for obj, when in self.stamped:
            set_committed_value(obj, "updated_at", when)

    def _people_names(self, case_id: str) -> list[str]:
        """The case's people, victims first, as the case list shows them."""
        roles = self.s.execute(
            select(m.Role.person_id, m.Role.kind).where(m.Role.case_id == case_id)
        ).all()
        first: dict[str, str] = {}
        for pid, text in self.s.execute(
            select(m.PersonName.person_id, m.PersonName.text)
            .where(m.PersonName.person_id.in_({pid for pid, _ in roles}))
            .order_by(m.PersonName.position.desc(), m.PersonName.id.desc())
        ):
            first[pid] = text
        names: list[str] = []
        for pid, _kind in sorted(roles, key=lambda r: (r[1] != "victim", first.get(r[0], ""))):
            name = first.get(pid)
            if name and name not in names:
                names.append(name)
        return names


def _taken(record: Record, ident: str) -> InvalidValue:
    return InvalidValue(
        f"The document's {record.label} {ident} is already in this store (the case, or a "
        "copy of it, was imported before); nothing was imported."
    )
