"""Finding things by what a person remembers of them.

The full-text index (FTS5 inside SQLCipher, accent- and case-insensitive)
covers case titles and summaries, every name of every person, place and
organization, events and sources (testimony text included). Each typed
word matches as a prefix, so results appear while typing.

Search is a list of matchers whose hits are merged; the cross-script name
matcher (issue 4) plugs in with ``register_matcher`` without changing
callers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

from sqlalchemy import ColumnElement, String, bindparam, select, text
from sqlalchemy.orm import Session

from casekeeper.store import models as m
from casekeeper.store.store import Store

from .names import name_matcher
from .views import SearchHit

Matcher = Callable[[Session, str, int], list[SearchHit]]
_MATCHERS: list[Matcher] = []

_CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff"
# A run of ideographs is one phrase ("阿力木" must be those characters in that
# order); anything else is a word.
_TERM = re.compile(f"([{_CJK}]+)|([^\\W{_CJK}]+)", re.UNICODE)


def register_matcher(matcher: Matcher) -> None:
    if matcher not in _MATCHERS:
        _MATCHERS.append(matcher)


def fts_query(query: str) -> str | None:
    """Every word must match, each as a prefix: 'alim turg' finds 'Alimnur Turganbay'."""
    terms = []
    for ideographs, word in _TERM.findall(unicodedata.normalize("NFKC", query)):
        if ideographs:
            terms.append('"' + " ".join(ideographs) + '"')
        elif word:
            terms.append(f'"{word}"*')
    return " AND ".join(terms) or None


def _score(bm25: float) -> float:
    """bm25() is negative, lower is better; map to 0..1, higher is better."""
    relevance = max(0.0, -bm25)
    return round(relevance / (1.0 + relevance), 4)


# Broad queries ("Tur", "court") match tens of thousands of rows; ranking all
# of them (bm25 per row) was most of a search's time. Only the first
# RANK_WINDOW matches in rowid order are ranked: rowids group the rows by
# table (cases, then names, events, sources, places, organizations), so the
# window favours cases and people. Narrow queries are unaffected.
RANK_WINDOW = 2000


def full_text_matcher(session: Session, query: str, limit: int) -> list[SearchHit]:
    match = fts_query(query)
    if match is None:
        return []
    params = {"q": match, "limit": limit * 4, "window": RANK_WINDOW - 1}
    cut = session.execute(
        text(
            "SELECT rowid FROM search_index WHERE search_index MATCH :q "
            "ORDER BY rowid LIMIT 1 OFFSET :window"
        ),
        params,
    ).scalar()
    window = "" if cut is None else " AND rowid <= :cut"
    rows = session.execute(
        text(
            "SELECT rowid, entity, entity_id, case_id, bm25(search_index) AS score "
            f"FROM search_index WHERE search_index MATCH :q{window} "
            "ORDER BY score LIMIT :limit"
        ),
        {**params, "cut": cut},
    ).all()
    best: dict[tuple[str, str], tuple[int, str | None, float]] = {}
    for rowid, entity, entity_id, case_id, score in rows:
        best.setdefault((entity, entity_id), (rowid, case_id, score))
    shown = dict(list(best.items())[:limit])
    texts = _bodies_and_snippets(session, match, [r for r, _c, _s in shown.values()])
    return [
        SearchHit(
            entity=entity,
            id=entity_id,
            label="",
            snippet=_unsplit(texts.get(rowid, ("", ""))[1]),
            score=_score(score),
            matched=_unsplit(texts.get(rowid, ("", ""))[0]),
            case_ids=[case_id] if case_id else [],
        )
        for (entity, entity_id), (rowid, case_id, score) in shown.items()
    ]


def _bodies_and_snippets(
    session: Session, match: str, rowids: list[int]
) -> dict[int, tuple[str, str]]:
    """Text and highlighted snippet of the rows shown only: reading every
    matched row's body (long testimony) cost more than ranking them."""
    if not rowids:
        return {}
    rows = session.execute(
        text(
            "SELECT rowid, body, snippet(search_index, 3, '[', ']', '…', 10) FROM search_index "
            "WHERE search_index MATCH :q AND rowid IN :rowids"
        ).bindparams(bindparam("rowids", expanding=True)),
        {"q": match, "rowids": rowids},
    ).all()
    return {rowid: (body, snippet) for rowid, body, snippet in rows}


def _unsplit(value: str) -> str:
    """Undo the per-ideograph spacing the index adds to CJK text."""
    return re.sub(r"\s*([\u3400-\u9fff\uf900-\ufaff])\s*", r"\1", value).strip()


register_matcher(full_text_matcher)
register_matcher(name_matcher)


def search(store: Store, query: str, *, limit: int = 50) -> list[SearchHit]:
    """Ranked hits over every kind of record, each with the cases it belongs to."""
    with store.reading() as session:
        return _search(session, query, limit)


def _search(session: Session, query: str, limit: int) -> list[SearchHit]:
    merged: dict[tuple[str, str], SearchHit] = {}
    for matcher in _MATCHERS:
        for hit in matcher(session, query, limit):
            key = (hit.entity, hit.id)
            if key not in merged or hit.score > merged[key].score:
                merged[key] = hit
    ranked = sorted(merged.values(), key=lambda h: -h.score)[:limit]
    return _with_labels_and_cases(session, ranked)


# Every case the full-text index finds, directly (cases, events, sources) or
# through a matched person, place or organization: no ranking, no snippets.
_CASES_MATCHING = text(
    """
    SELECT case_id FROM search_index WHERE search_index MATCH :q AND case_id IS NOT NULL
    UNION SELECT r.case_id FROM case_role r WHERE r.person_id IN (
        SELECT entity_id FROM search_index WHERE search_index MATCH :q AND entity = 'person')
    UNION SELECT e.case_id FROM event e WHERE e.place_id IN (
        SELECT entity_id FROM search_index WHERE search_index MATCH :q AND entity = 'place')
    UNION SELECT e.case_id FROM event e JOIN event_participant p ON p.event_id = e.id
        WHERE p.organization_id IN (
        SELECT entity_id FROM search_index WHERE search_index MATCH :q
        AND entity = 'organization')
    """
).columns(case_id=String)

# People the cross-script name matcher may add to a case filter.
NAME_MATCHES_FOR_CASES = 200


def case_filter(session: Session, query: str) -> ColumnElement[bool] | None:
    """A condition on ``Case.id`` for the cases ``query`` finds, to put under
    the case list's own order and page: the full-text index as one SQL
    subquery, plus the cases of the people the name matcher finds under
    other spellings and scripts. None when the query has no words."""
    match = fts_query(query)
    if match is None:
        return None
    clause = m.Case.id.in_(_CASES_MATCHING.bindparams(q=match))
    people = [h.id for h in name_matcher(session, query, NAME_MATCHES_FOR_CASES)]
    if people:
        clause = clause | m.Case.id.in_(select(m.Role.case_id).where(m.Role.person_id.in_(people)))
    return clause


def _with_labels_and_cases(session: Session, hits: list[SearchHit]) -> list[SearchHit]:
    by_kind: dict[str, list[str]] = {}
    for h in hits:
        by_kind.setdefault(h.entity, []).append(h.id)
    labels, cases = _labels(session, by_kind), _cases(session, by_kind)
    refs = dict(
        session.execute(
            select(m.Case.id, m.Case.ref).where(
                m.Case.id.in_({c for ids in cases.values() for c in ids} | _direct(hits))
            )
        ).all()
    )
    out = []
    for h in hits:
        case_ids = sorted(set(h.case_ids) | cases.get((h.entity, h.id), set()))
        out.append(
            SearchHit(
                h.entity,
                h.id,
                labels.get((h.entity, h.id), h.matched),
                h.snippet,
                h.score,
                h.matched,
                case_ids,
                [refs[c] for c in case_ids if c in refs],
            )
        )
    return out


def _direct(hits: Iterable[SearchHit]) -> set[str]:
    return {c for h in hits for c in h.case_ids}


def _labels(session: Session, by_kind: dict[str, list[str]]) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    queries = {
        "case": select(m.Case.id, m.Case.ref + " " + m.Case.title),
        "event": select(m.Event.id, m.Event.title),
        "source": select(m.Source.id, m.Source.title),
    }
    for kind, query in queries.items():
        if by_kind.get(kind):
            table_id = query.selected_columns[0]
            out.update(
                {(kind, i): t for i, t in session.execute(query.where(table_id.in_(by_kind[kind])))}
            )
    names = {
        "person": (m.PersonName.person_id, m.PersonName.text, m.PersonName.position),
        "place": (m.PlaceName.place_id, m.PlaceName.text, m.PlaceName.position),
        "organization": (
            m.OrganizationName.organization_id,
            m.OrganizationName.text,
            m.OrganizationName.position,
        ),
    }
    for kind, (owner, name_text, position) in names.items():
        if by_kind.get(kind):
            rows = session.execute(
                select(owner, name_text).where(owner.in_(by_kind[kind])).order_by(position.desc())
            )
            out.update({(kind, i): t for i, t in rows})  # position 0 written last wins
    return out


# A place or an organization ("Intermediate People's Court") can be in
# thousands of cases; a hit lists the first few, the case list filter
# (case_filter) finds them all.
CASES_PER_HIT = 20


def _cases(session: Session, by_kind: dict[str, list[str]]) -> dict[tuple[str, str], set[str]]:
    out: dict[tuple[str, str], set[str]] = {}
    if by_kind.get("person"):
        rows = session.execute(
            select(m.Role.person_id, m.Role.case_id).where(m.Role.person_id.in_(by_kind["person"]))
        )
        for person_id, case_id in rows:
            out.setdefault(("person", person_id), set()).add(case_id)
    at_place = select(m.Event.case_id).where(m.Event.place_id == bindparam("owner"))
    with_org = (
        select(m.Event.case_id)
        .join(m.EventParticipant, m.EventParticipant.event_id == m.Event.id)
        .where(m.EventParticipant.organization_id == bindparam("owner"))
    )
    for kind, cases_of in (("place", at_place), ("organization", with_org)):
        first = cases_of.distinct().limit(CASES_PER_HIT)
        for owner in by_kind.get(kind, []):
            out[(kind, owner)] = set(session.scalars(first, {"owner": owner}))
    return out
