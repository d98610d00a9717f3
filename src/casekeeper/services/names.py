"""Finding people, places and organizations under any spelling of their names.

The name matcher of search (registered in services/search.py): the query's
blocking keys select candidate names from the ``name_key`` index
(name_candidates.py), rapidfuzz scores those candidates only
(casekeeper.names.similarity), and each record gets the score of its
best-matching name, with that name as ``matched``.

A query may add what else is known, to break ties between namesakes:
``born:1979`` (or a bare year), ``father:Sherizat``, ``hometown:Ghulja``
(``from:`` also works). Quote values of several words: ``from:"Ili county"``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casekeeper.names.keys import NameKeys, name_keys, stored_words
from casekeeper.names.phonetic import Word
from casekeeper.names.similarity import EXACT_BONUS, literal_bonus, name_similarity
from casekeeper.store import models as m
from casekeeper.store.models.name_keys import reindex_all
from casekeeper.store.store import Store
from casekeeper.store.vocab import RelationshipKind

from .name_candidates import candidate_forms
from .views import SearchHit

# Below this a candidate is not shown: it shares a key but little else.
MIN_SCORE = 0.7
# With qualifiers the name score is scaled so that agreement can lift it.
QUALIFIED_SCALE = 0.95
YEAR_AGREES, YEAR_CONFLICTS = 0.03, -0.06
FATHER_AGREES, FATHER_CONFLICTS = 0.03, -0.03
HOMETOWN_AGREES, HOMETOWN_CONFLICTS = 0.02, -0.02
SAME_NAME = 0.85

_QUALIFIER = re.compile(
    r"\b(born|year|father|hometown|from):(?:\"([^\"]*)\"|(\S+))", re.IGNORECASE | re.UNICODE
)
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


@dataclass(frozen=True)
class Query:
    """What was typed, split into the name and the facts given beside it."""

    name: str
    born: int | None = None
    father: str = ""
    hometown: str = ""

    @property
    def qualified(self) -> bool:
        return bool(self.born or self.father or self.hometown)

    @classmethod
    def parse(cls, typed: str) -> Query:
        facts: dict[str, str] = {}

        def take(match: re.Match[str]) -> str:
            facts[match.group(1).lower()] = match.group(2) or match.group(3) or ""
            return " "

        rest = _QUALIFIER.sub(take, typed)
        born_text = facts.get("born") or facts.get("year") or ""
        bare = _YEAR.search(rest)
        if bare:
            born_text = born_text or bare.group(1)
            rest = rest[: bare.start()] + rest[bare.end() :]
        year = _YEAR.search(born_text)
        return cls(
            name=" ".join(rest.split()),
            born=int(year.group(1)) if year else None,
            father=facts.get("father", ""),
            hometown=facts.get("hometown") or facts.get("from", ""),
        )


@dataclass
class Candidate:
    entity: str
    owner_id: str
    name_id: str
    score: float
    words: tuple[Word, ...] = field(default=(), repr=False)


def score_name(query: NameKeys, latin: str, words: tuple[Word, ...], script: str = "") -> float:
    similarity = name_similarity(query.words, words)
    bonus = literal_bonus(query.latin, latin, query.script == script)
    return round(min(1.0, similarity * (1 - EXACT_BONUS) + bonus), 4)


def best_matches(
    session: Session, query: NameKeys, *, entity: str | None = None, min_score: float = MIN_SCORE
) -> list[Candidate]:
    """The best-scoring name of each record that has a name like ``query``."""
    best: dict[tuple[str, str], Candidate] = {}
    for _form, kind, owner, name_id, script, latin, phonetic in candidate_forms(
        session, query, entity=entity
    ):
        words = stored_words(latin, phonetic)
        score = score_name(query, latin, words, script)
        if score < min_score:
            continue
        found = best.get((kind, owner))
        if found is None or score > found.score:
            best[(kind, owner)] = Candidate(kind, owner, name_id, score, words)
    return sorted(best.values(), key=lambda c: -c.score)


def name_matcher(session: Session, typed: str, limit: int) -> list[SearchHit]:
    """Search's cross-script matcher: people, places and organizations by name."""
    query = Query.parse(typed)
    keys = name_keys(query.name)
    if not keys.words:
        return []
    found = best_matches(session, keys)
    if query.qualified:
        found = _with_tie_breakers(session, query, found[: max(limit * 3, 30)])
    found = found[:limit]
    texts = _name_texts(session, found)
    return [
        SearchHit(
            entity=c.entity,
            id=c.owner_id,
            label="",
            snippet=texts.get(c.name_id, ""),
            score=c.score,
            matched=texts.get(c.name_id, ""),
        )
        for c in found
    ]


def possible_matches(store: Store, typed: str, *, limit: int = 8) -> list[SearchHit]:
    """People already recorded whose names look like what is being typed, in
    any script: what a form shows under the name field while it is filled."""
    with store.reading() as session:
        keys = name_keys(typed)
        if not keys.words:
            return []
        found = best_matches(session, keys, entity="person")[:limit]
        texts = _name_texts(session, found)
        labels = _person_labels(session, [c.owner_id for c in found])
        return [
            SearchHit(
                "person",
                c.owner_id,
                labels.get(c.owner_id, ""),
                texts.get(c.name_id, ""),
                c.score,
                texts.get(c.name_id, ""),
            )
            for c in found
        ]


def reindex(store: Store, author: str, *, only_outdated: bool = False) -> int:
    """Recompute every name's keys (after a rules change, or a raw-SQL import)."""
    with store.writing(author) as session:
        return reindex_all(session.connection(), only_outdated=only_outdated)


# --- tie-breakers -------------------------------------------------------------------


def _with_tie_breakers(session: Session, query: Query, found: list[Candidate]) -> list[Candidate]:
    people = [c.owner_id for c in found if c.entity == "person"]
    facts = _person_facts(session, people)
    out = []
    for c in found:
        if c.entity != "person":
            out.append(c)
            continue
        person, places, fathers = facts.get(c.owner_id, (None, [], []))
        score = c.score * QUALIFIED_SCALE
        score += _year_adjustment(query.born, person)
        score += _name_adjustment(query.father, fathers, FATHER_AGREES, FATHER_CONFLICTS)
        score += _name_adjustment(query.hometown, places, HOMETOWN_AGREES, HOMETOWN_CONFLICTS)
        out.append(Candidate(c.entity, c.owner_id, c.name_id, round(max(0.0, min(1.0, score)), 4)))
    return sorted(out, key=lambda c: -c.score)


def _year_adjustment(born: int | None, person: m.Person | None) -> float:
    date = getattr(person, "birth_date", None)
    if born is None or date is None:
        return 0.0
    if date.earliest().year - 1 <= born <= date.latest().year + 1:
        return YEAR_AGREES
    return YEAR_CONFLICTS


def _name_adjustment(given: str, known: list[str], agrees: float, conflicts: float) -> float:
    if not given or not known:
        return 0.0
    wanted = name_keys(given)
    best = max(score_name(wanted, k.latin, k.words, k.script) for k in map(name_keys, known))
    return agrees if best >= SAME_NAME else conflicts


def _person_facts(
    session: Session, ids: list[str]
) -> dict[str, tuple[m.Person, list[str], list[str]]]:
    """Per person: the row, its hometown and birthplace, and its father's
    names (patronymics in its own names, names of recorded parents)."""
    if not ids:
        return {}
    people = {p.id: p for p in session.scalars(select(m.Person).where(m.Person.id.in_(ids)))}
    fathers: dict[str, list[str]] = {i: [] for i in ids}
    for person_id, name_text in session.execute(
        select(m.PersonName.person_id, m.PersonName.text).where(m.PersonName.person_id.in_(ids))
    ):
        for word in name_keys(name_text).words:
            if word.patronymic:
                fathers[person_id].append(word.latin)
    parent_of = select(m.Relationship.relative_id, m.Relationship.person_id).where(
        m.Relationship.kind == RelationshipKind.CHILD, m.Relationship.person_id.in_(ids)
    )
    child_of = select(m.Relationship.person_id, m.Relationship.relative_id).where(
        m.Relationship.kind == RelationshipKind.PARENT, m.Relationship.relative_id.in_(ids)
    )
    links = list(session.execute(parent_of)) + list(session.execute(child_of))
    parents = {parent for parent, _child in links}
    parent_names: dict[str, list[str]] = {}
    if parents:
        for pid, name_text in session.execute(
            select(m.PersonName.person_id, m.PersonName.text).where(
                m.PersonName.person_id.in_(parents)
            )
        ):
            parent_names.setdefault(pid, []).append(name_text)
    for parent, child in links:
        fathers.setdefault(child, []).extend(parent_names.get(parent, []))
    return {
        pid: (p, [t for t in (p.hometown, p.birthplace) if t], fathers.get(pid, []))
        for pid, p in people.items()
    }


# --- texts --------------------------------------------------------------------------

_NAME_TABLES: dict[str, Any] = {
    "person": m.PersonName,
    "place": m.PlaceName,
    "organization": m.OrganizationName,
}


def _name_texts(session: Session, found: list[Candidate]) -> dict[str, str]:
    out: dict[str, str] = {}
    for entity, model in _NAME_TABLES.items():
        ids = [c.name_id for c in found if c.entity == entity]
        if ids:
            rows = session.execute(select(model.id, model.text).where(model.id.in_(ids)))
            out.update({name_id: name_text for name_id, name_text in rows})
    return out


def _person_labels(session: Session, ids: list[str]) -> dict[str, str]:
    rows = session.execute(
        select(m.PersonName.person_id, m.PersonName.text)
        .where(m.PersonName.person_id.in_(ids))
        .order_by(m.PersonName.position.desc())
    )
    return {person_id: name_text for person_id, name_text in rows}  # position 0 written last wins
