"""People: their names in every script, roles in cases, relatives, papers."""

from __future__ import annotations

from dataclasses import dataclass

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
