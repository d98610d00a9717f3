"""Sources and the claims that tie facts to them; where sources disagree."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from casekeeper.errors import InvalidDate, InvalidValue
from casekeeper.fuzzydate import parse
from casekeeper.store import models as m
from casekeeper.store.vocab import Audience, Reliability, SourceKind

from . import lookup, present
from . import validate as check
from . import views as v
from .context import Context

SUBJECTS: dict[str, type[m.Base]] = {
    "case": m.Case,
    "person": m.Person,
    "event": m.Event,
    "citizenship": m.Citizenship,
    "document": m.IdentityDocument,
}


def add_source(
    ctx: Context,
    case: str,
    kind: str,
    title: str,
    *,
    author: str = "",
    date: str | None = None,
    language: str = "",
    url: str = "",
    reliability: str = "unknown",
    content: str = "",
    sensitivity: str = "partners",
) -> v.SourceView:
    with ctx.store.writing(ctx.author) as session:
        source = m.Source(
            case_id=lookup.case(session, case).id,
            kind=check.choice(kind, SourceKind, "source kind"),
            title=check.text(title, "source title", limit=500),
            author=author.strip(),
            date=check.fuzzy(date),
            language=language.strip(),
            url=url.strip(),
            reliability=check.choice(reliability, Reliability, "reliability"),
            content=content,
            sensitivity=check.choice(sensitivity, Audience, "sensitivity"),
        )
        session.add(source)
        session.flush()
        return present.source(source)


def add_claim(
    ctx: Context,
    source: str,
    subject_type: str,
    subject: str,
    field: str,
    value: str,
    *,
    note: str = "",
) -> v.ClaimView:
    """Record that ``source`` states ``field`` of ``subject`` is ``value``."""
    model = SUBJECTS.get(subject_type)
    if model is None:
        raise InvalidValue(f"Claims can be about: {', '.join(SUBJECTS)} (not '{subject_type}').")
    with ctx.store.writing(ctx.author) as session:
        src = lookup.by_id(session, m.Source, source, "source")
        target = lookup.by_id(session, model, subject, subject_type)
        claim = m.Claim(
            case_id=src.case_id,
            source_id=src.id,
            subject_type=subject_type,
            subject_id=target.id,  # type: ignore[attr-defined]
            field=check.text(field, "claimed field", limit=60),
            value=check.text(value, "claimed value"),
            note=note.strip(),
            sensitivity=src.sensitivity,
        )
        session.add(claim)
        session.flush()
        label = subject_labels(session, [claim]).get((subject_type, claim.subject_id), "")
        return v.ClaimView(
            claim.id,
            src.id,
            src.title,
            subject_type,
            claim.subject_id,
            label,
            claim.field,
            claim.value,
            claim.note,
        )


def subject_labels(session: Session, claims: Sequence[m.Claim]) -> dict[tuple[str, str], str]:
    """Human labels ("Detention at Dulata", "Alimnur Turganbay") for claim subjects."""
    wanted: dict[str, set[str]] = {}
    for c in claims:
        wanted.setdefault(c.subject_type, set()).add(c.subject_id)
    labels: dict[tuple[str, str], str] = {}
    for kind, ids in wanted.items():
        model = SUBJECTS.get(kind)
        if model is None:
            continue
        query = select(model).where(model.id.in_(ids))  # type: ignore[attr-defined]
        if model is m.Person:
            query = query.options(selectinload(m.Person.names))
        for obj in session.scalars(query):
            labels[(kind, obj.id)] = _label(obj)  # type: ignore[attr-defined]
    return labels


def _label(obj: m.Base) -> str:
    if isinstance(obj, m.Case):
        return f"{obj.ref} {obj.title}"
    if isinstance(obj, m.Person):
        return obj.display_name
    if isinstance(obj, m.Event):
        return obj.title
    if isinstance(obj, m.Citizenship):
        return f"{obj.person.display_name}: {obj.country} citizenship"
    if isinstance(obj, m.IdentityDocument):
        return f"{obj.person.display_name}: {obj.kind}"
    return ""


def values_agree(a: str, b: str) -> bool:
    """Same value, or two dates that can both be true ("July 2025" and "23 July 2025")."""
    if a.strip().casefold() == b.strip().casefold():
        return True
    try:
        return parse(a).overlaps(parse(b))
    except InvalidDate:
        return False


def find_disagreements(claims: Sequence[v.ClaimView]) -> list[v.Disagreement]:
    groups: dict[tuple[str, str, str], list[v.ClaimView]] = {}
    for c in claims:
        groups.setdefault((c.subject_type, c.subject_id, c.field), []).append(c)
    out = []
    for (kind, subject_id, field), group in groups.items():
        if any(not values_agree(a.value, b.value) for a, b in combinations(group, 2)):
            out.append(v.Disagreement(kind, subject_id, group[0].subject_label, field, group))
    return out


SOURCE_FIELDS = {
    "kind",
    "title",
    "author",
    "date",
    "language",
    "url",
    "reliability",
    "content",
    "sensitivity",
}


def edit_source(ctx: Context, ident: str, **fields: str | None) -> v.SourceView:
    unknown = set(fields) - SOURCE_FIELDS
    if unknown:
        raise InvalidValue(f"Cannot edit {', '.join(sorted(unknown))} of a source.")
    with ctx.store.writing(ctx.author) as session:
        source = lookup.by_id(session, m.Source, ident, "source")
        for key, value in fields.items():
            if key == "kind":
                source.kind = check.choice(value or "", SourceKind, "source kind")
            elif key == "title":
                source.title = check.text(value or "", "source title", limit=500)
            elif key == "date":
                source.date = check.fuzzy(value)
            elif key == "reliability":
                source.reliability = check.choice(value or "unknown", Reliability, "reliability")
            elif key == "sensitivity":
                source.sensitivity = check.choice(value or "", Audience, "sensitivity")
            elif key == "content":
                source.content = value or ""
            else:
                setattr(source, key, (value or "").strip())
        session.flush()
        return present.source(source)
