"""People: their names in every script, roles in cases, relatives, papers."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from casekeeper.errors import InvalidValue
from casekeeper.names.script import detect_script
from casekeeper.store import models as m
from casekeeper.store.store import Store
from casekeeper.store.vocab import (
    Audience,
    DocumentKind,
    DocumentStatus,
    NameKind,
    PersonStatus,
    RelationshipKind,
    RoleKind,
)

from . import lookup, present
from . import validate as check
from . import views as v
from .context import Context


@dataclass(frozen=True)
class NameInput:
    text: str
    kind: str = "legal"
    language: str = ""
    script: str = ""  # detected when empty
    id: str = ""  # an existing name being edited (update_person), or the id to give a new one

    @classmethod
    def parse(cls, spec: str) -> NameInput:
        """CLI form: 'Text', or 'Text|kind', or 'Text|kind|language'."""
        text, *rest = [part.strip() for part in spec.split("|")]
        kind = rest[0] if rest and rest[0] else "legal"
        language = rest[1] if len(rest) > 1 else ""
        return cls(text, kind, language)


PERSON_FIELDS = {
    "gender",
    "birth_date",
    "birthplace",
    "hometown",
    "ethnicity",
    "occupation",
    "status",
    "contact",
    "notes",
    "sensitivity",
}


def _apply_person_fields(person: m.Person, fields: dict[str, str | None]) -> None:
    unknown = set(fields) - PERSON_FIELDS
    if unknown:
        raise InvalidValue(f"Unknown person field(s): {', '.join(sorted(unknown))}.")
    for key, value in fields.items():
        if key == "birth_date":
            person.birth_date = check.fuzzy(value)
        elif key == "status":
            person.status = check.choice(value or "unknown", PersonStatus, "person status")
        elif key == "sensitivity":
            person.sensitivity = check.choice(value or "partners", Audience, "sensitivity")
        else:
            setattr(person, key, (value or "").strip())


def _name(n: NameInput | str, position: int) -> m.PersonName:
    if isinstance(n, str):
        n = NameInput(n)
    text = check.text(n.text, "name", limit=300)
    return m.PersonName(
        text=text,
        kind=check.choice(n.kind, NameKind, "name kind"),
        language=n.language.strip(),
        script=n.script or detect_script(text),
        position=position,
    )


def add_person(
    ctx: Context,
    names: list[NameInput | str],
    *,
    case: str | None = None,
    roles: list[str] | None = None,
    **fields: str | None,
) -> v.PersonView:
    if not names:
        raise InvalidValue(
            "A person needs at least one name (it can be a description: 'unknown driver')."
        )
    with ctx.store.writing(ctx.author) as session:
        person = m.Person()
        person.names = [_name(n, i) for i, n in enumerate(names)]
        _apply_person_fields(person, {k: val for k, val in fields.items() if val is not None})
        session.add(person)
        session.flush()
        if case:
            case_obj = lookup.case(session, case)
            kinds = dict.fromkeys(check.choice(k, RoleKind, "role") for k in roles or ["victim"])
            for kind in kinds:
                session.add(m.Role(case_id=case_obj.id, person_id=person.id, kind=kind))
        elif roles:
            raise InvalidValue("A role needs a case (--case).")
        session.flush()
        return _view(session, person.id)


def edit_person(ctx: Context, ident: str, **fields: str | None) -> v.PersonView:
    with ctx.store.writing(ctx.author) as session:
        person = lookup.by_id(session, m.Person, ident, "person")
        _apply_person_fields(person, fields)
        session.flush()
        return _view(session, person.id)


def add_name(ctx: Context, person: str, name: NameInput | str) -> v.PersonView:
    with ctx.store.writing(ctx.author) as session:
        p = lookup.by_id(session, m.Person, person, "person")
        p.names.append(_name(name, len(p.names)))
        session.flush()
        return _view(session, p.id)


def add_role(ctx: Context, case: str, person: str, kind: str, note: str = "") -> v.PersonView:
    with ctx.store.writing(ctx.author) as session:
        case_obj = lookup.case(session, case)
        p = lookup.by_id(session, m.Person, person, "person")
        kind = check.choice(kind, RoleKind, "role")
        exists = session.scalar(
            select(m.Role.id).where(
                m.Role.case_id == case_obj.id, m.Role.person_id == p.id, m.Role.kind == kind
            )
        )
        if not exists:
            session.add(m.Role(case_id=case_obj.id, person_id=p.id, kind=kind, note=note.strip()))
            session.flush()
        return _view(session, p.id)


def add_citizenship(
    ctx: Context,
    person: str,
    country: str,
    *,
    acquired: str | None = None,
    lost: str | None = None,
    note: str = "",
) -> v.PersonView:
    with ctx.store.writing(ctx.author) as session:
        p = lookup.by_id(session, m.Person, person, "person")
        p.citizenships.append(
            m.Citizenship(
                country=check.text(country, "country", limit=100),
                acquired=check.fuzzy(acquired),
                lost=check.fuzzy(lost),
                note=note.strip(),
            )
        )
        session.flush()
        return _view(session, p.id)


def add_document(
    ctx: Context,
    person: str,
    kind: str,
    *,
    number: str = "",
    issuer: str = "",
    issued: str | None = None,
    expires: str | None = None,
    status: str = "valid",
    note: str = "",
    sensitivity: str = "internal",
) -> v.PersonView:
    """Identity documents default to internal: a passport number is never
    published unless someone decides so."""
    with ctx.store.writing(ctx.author) as session:
        p = lookup.by_id(session, m.Person, person, "person")
        p.documents.append(
            m.IdentityDocument(
                kind=check.choice(kind, DocumentKind, "document kind"),
                number=number.strip(),
                issuer=issuer.strip(),
                issued=check.fuzzy(issued),
                expires=check.fuzzy(expires),
                status=check.choice(status, DocumentStatus, "document status"),
                note=note.strip(),
                sensitivity=check.choice(sensitivity, Audience, "sensitivity"),
            )
        )
        session.flush()
        return _view(session, p.id)


def add_relationship(
    ctx: Context, person: str, kind: str, relative: str, *, note: str = "", confirmed: bool = True
) -> v.RelationView:
    """``person`` is the ``kind`` of ``relative`` (wife → spouse → husband)."""
    with ctx.store.writing(ctx.author) as session:
        a = lookup.by_id(session, m.Person, person, "person")
        b = lookup.by_id(session, m.Person, relative, "person")
        if a.id == b.id:
            raise InvalidValue("A person cannot be their own relative.")
        kind = check.choice(kind, RelationshipKind, "relationship")
        if session.scalar(
            select(m.Relationship.id).where(
                m.Relationship.person_id == a.id,
                m.Relationship.relative_id == b.id,
                m.Relationship.kind == kind,
            )
        ):
            raise InvalidValue(
                f"{a.display_name} is already recorded as {kind} of {b.display_name}."
            )
        rel = m.Relationship(
            person_id=a.id,
            relative_id=b.id,
            kind=kind,
            note=note.strip(),
            confirmed=confirmed,
        )
        session.add(rel)
        session.flush()
        session.refresh(rel)
        return present.relation(rel)


def get_person(store: Store, ident: str) -> v.PersonView:
    with store.reading() as session:
        return _view(session, lookup.by_id(session, m.Person, ident, "person").id)


def _view(session: Session, person_id: str) -> v.PersonView:
    person = session.scalars(
        select(m.Person)
        .where(m.Person.id == person_id)
        .options(
            selectinload(m.Person.names),
            selectinload(m.Person.citizenships),
            selectinload(m.Person.documents),
            selectinload(m.Person.roles).selectinload(m.Role.case),
            selectinload(m.Person.consents),
        )
        .execution_options(populate_existing=True)
    ).one()
    relations = session.scalars(
        select(m.Relationship).where(
            (m.Relationship.person_id == person_id) | (m.Relationship.relative_id == person_id)
        )
    ).all()
    return present.person(person, list(relations))


# --- the person form: everything at once, before and after (GUI editor, undo) --------


@dataclass(frozen=True)
class CitizenshipInput:
    country: str
    acquired: str | None = None
    lost: str | None = None
    note: str = ""
    id: str = ""


@dataclass(frozen=True)
class DocumentInput:
    kind: str
    number: str = ""
    issuer: str = ""
    issued: str | None = None
    expires: str | None = None
    status: str = "valid"
    note: str = ""
    id: str = ""


@dataclass(frozen=True)
class PersonInput:
    """What the person editor shows and saves: names, fields, citizenships,
    documents. ``update_person`` makes a person exactly this, so an edit is
    undone by saving the input taken before it."""

    names: tuple[NameInput, ...]
    fields: dict[str, str | None] = field(default_factory=dict)
    citizenships: tuple[CitizenshipInput, ...] = ()
    documents: tuple[DocumentInput, ...] = ()


def person_input(view: v.PersonView) -> PersonInput:
    """The editable picture of a recorded person."""
    return PersonInput(
        names=tuple(NameInput(n.text, n.kind, n.language, n.script, n.id) for n in view.names),
        fields={
            "gender": view.gender,
            "birth_date": view.birth_date,
            "birthplace": view.birthplace,
            "hometown": view.hometown,
            "ethnicity": view.ethnicity,
            "occupation": view.occupation,
            "status": view.status,
            "contact": view.contact,
            "notes": view.notes,
            "sensitivity": view.sensitivity,
        },
        citizenships=tuple(
            CitizenshipInput(c.country, c.acquired, c.lost, c.note, c.id) for c in view.citizenships
        ),
        documents=tuple(
            DocumentInput(
                d.kind, d.number, d.issuer, d.issued, d.expires, d.status, d.note, d.id
            )
            for d in view.documents
        ),
    )


def create_person(
    ctx: Context, form: PersonInput, *, case: str | None = None, roles: list[str] | None = None
) -> v.PersonView:
    """A new person from the form, in one transaction (names, papers, role)."""
    if not form.names:
        raise InvalidValue(
            "A person needs at least one name (it can be a description: 'unknown driver')."
        )
    with ctx.store.writing(ctx.author) as session:
        person = m.Person()
        _apply_form(session, person, form)
        session.add(person)
        session.flush()
        if case:
            case_obj = lookup.case(session, case)
            for kind in dict.fromkeys(check.choice(k, RoleKind, "role") for k in roles or []):
                session.add(m.Role(case_id=case_obj.id, person_id=person.id, kind=kind))
        session.flush()
        return _view(session, person.id)


def update_person(ctx: Context, ident: str, form: PersonInput) -> v.PersonView:
    """Make a person exactly ``form``: names, citizenships and documents with
    an id are kept (and changed), others are added, the rest removed."""
    if not form.names:
        raise InvalidValue("A person needs at least one name; add one before removing the last.")
    with ctx.store.writing(ctx.author) as session:
        person = lookup.by_id(session, m.Person, ident, "person")
        _apply_form(session, person, form)
        session.flush()
        return _view(session, person.id)


def _apply_form(session: Session, person: m.Person, form: PersonInput) -> None:
    _apply_person_fields(person, dict(form.fields))
    old_names = {n.id: n for n in person.names}
    names = []
    for position, n in enumerate(form.names):
        row = old_names.pop(n.id, None) if n.id else None
        if row is None:
            row = _name(n, position)
            if n.id:
                row.id = n.id
        else:
            text = check.text(n.text, "name", limit=300)
            row.text = text
            row.script = n.script or detect_script(text)
            row.kind = check.choice(n.kind, NameKind, "name kind")
            row.language = n.language.strip()
            row.position = position
        names.append(row)
    person.names = names  # names no longer listed are deleted (delete-orphan)

    old_cits = {c.id: c for c in person.citizenships}
    cits = []
    for c in form.citizenships:
        row_c = old_cits.pop(c.id, None) if c.id else None
        if row_c is None:
            row_c = m.Citizenship(id=c.id) if c.id else m.Citizenship()
        row_c.country = check.text(c.country, "country", limit=100)
        row_c.acquired = check.fuzzy(c.acquired)
        row_c.lost = check.fuzzy(c.lost)
        row_c.note = c.note.strip()
        cits.append(row_c)
    person.citizenships = cits

    old_docs = {d.id: d for d in person.documents}
    docs = []
    for d in form.documents:
        row_d = old_docs.pop(d.id, None) if d.id else None
        if row_d is None:
            row_d = m.IdentityDocument(id=d.id) if d.id else m.IdentityDocument()
            row_d.sensitivity = "internal"  # identity numbers are never published by default
        row_d.kind = check.choice(d.kind, DocumentKind, "document kind")
        row_d.number = d.number.strip()
        row_d.issuer = d.issuer.strip()
        row_d.issued = check.fuzzy(d.issued)
        row_d.expires = check.fuzzy(d.expires)
        row_d.status = check.choice(d.status, DocumentStatus, "document status")
        row_d.note = d.note.strip()
        docs.append(row_d)
    person.documents = docs


def roles_in_case(store: Store, case: str, person: str) -> list[str]:
    with store.reading() as session:
        case_obj = lookup.case(session, case)
        return list(
            session.scalars(
                select(m.Role.kind)
                .where(m.Role.case_id == case_obj.id, m.Role.person_id == person)
                .order_by(m.Role.kind)
            )
        )


def set_roles(ctx: Context, case: str, person: str, kinds: list[str]) -> v.PersonView:
    """Make ``person``'s roles in ``case`` exactly ``kinds`` (none: not in the case)."""
    with ctx.store.writing(ctx.author) as session:
        case_obj = lookup.case(session, case)
        p = lookup.by_id(session, m.Person, person, "person")
        wanted = dict.fromkeys(check.choice(k, RoleKind, "role") for k in kinds)
        current = session.scalars(
            select(m.Role).where(m.Role.case_id == case_obj.id, m.Role.person_id == p.id)
        ).all()
        for role in current:
            if role.kind in wanted:
                del wanted[role.kind]
            else:
                session.delete(role)
        session.flush()
        for kind in wanted:
            session.add(m.Role(case_id=case_obj.id, person_id=p.id, kind=kind))
        session.flush()
        return _view(session, p.id)
