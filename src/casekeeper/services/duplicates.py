"""People recorded twice: likely same-person pairs, with the evidence.

Pairs come from the name-key index, bucket by bucket (two people are
candidates when one of their names shares a blocking key), so the whole
store is read once and only candidate pairs are scored. A pair's score is
its best name-to-name score (casekeeper.names.similarity.pair_similarity),
moved up or down by what else is recorded: birth year, gender, hometown,
father's name, relatives with like names, shared cases. Pairs a caseworker
said are different people, and people recorded as related to each other,
are never suggested.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import Connection, Select, column, func, or_, select
from sqlalchemy.orm import Session

from casekeeper.errors import InvalidValue
from casekeeper.fuzzydate import FuzzyDate
from casekeeper.names.batch import NameTable, round4
from casekeeper.names.keys import name_keys, stored_words
from casekeeper.names.phonetic import Word
from casekeeper.names.similarity import pair_similarity
from casekeeper.progress import CancelToken, Progress, no_progress
from casekeeper.store import models as m
from casekeeper.store.models.name_keys import NameForm, NameKey
from casekeeper.store.store import Store
from casekeeper.store.vocab import INVERSE_RELATIONSHIP

from . import lookup
from .context import Context

# Calibrated on tests/names/evaluation_set.py (docs/names.md, "Measured").
DEFAULT_MIN_SCORE = 0.82
# Pairs come from keys of at least four classes (shorter ones are shared by
# too many people to pair them all) shared by at most BUCKET_CAP people.
PAIR_MIN_KEY = 3
BUCKET_CAP = 300
# A one-word name ("Guldaria") matched into a longer one is weaker evidence.
ONE_WORD_PENALTY = 0.02
SAME_NAME = 0.85
BIRTH_YEAR = (0.04, -0.2)  # (agree, conflict)
GENDER = (0.0, -0.2)
HOMETOWN = (0.02, -0.03)
FATHER = (0.04, -0.06)
RELATIVE = (0.05, 0.0)
SHARED_CASE = (0.02, 0.0)
NAMES_SHOWN = 3
# Person pairs scored per batch (progress and cancelling between batches).
SCAN_CHUNK = 200_000

Ints = NDArray[np.int64]
Floats = NDArray[np.float64]


@dataclass(frozen=True)
class NameMatch:
    name: str
    other_name: str
    score: float


@dataclass(frozen=True)
class FieldComparison:
    field: str  # birth_date, gender, hometown, father, relative, case
    value: str
    other_value: str


@dataclass(frozen=True)
class DuplicatePair:
    person_id: str
    person_label: str
    other_id: str
    other_label: str
    score: float
    name_score: float
    names: list[NameMatch] = field(default_factory=list)
    agree: list[FieldComparison] = field(default_factory=list)
    conflict: list[FieldComparison] = field(default_factory=list)


@dataclass(frozen=True)
class _Row:
    """The fields of a person the comparison reads."""

    gender: str
    birth_date: FuzzyDate | None
    hometown: str
    birthplace: str
    display_name: str


@dataclass
class _Person:
    row: _Row
    names: list[tuple[str, tuple[Word, ...]]]  # words only of names with a father's name
    cases: set[str]
    relatives: list[tuple[str, str, str]]  # (kind, relative id, relative label)

    @property
    def has_father(self) -> bool:
        return any(w.patronymic for _text, words in self.names for w in words)


def find_duplicates(
    store: Store,
    *,
    min_score: float = DEFAULT_MIN_SCORE,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> list[DuplicatePair]:
    """Likely same-person pairs, best first.

    The whole store at once, in bulk: every person's names and keys are
    read once with Core selects, candidate pairs are counted from the key
    buckets with numpy, and the name pairs are scored in batches with
    casekeeper.names.batch (rapidfuzz on every core) -- the same scores as
    similarity.pair_similarity, a hundred times faster than pair by pair."""
    with store.reading() as session:
        progress("reading names", 0, None)
        scan = _Scan(session)
        if cancel is not None:
            cancel.check()
        progress("finding candidate pairs", 0, None)
        first, second = scan.candidate_pairs(_excluded_pairs(session))
        scored = scan.score(first, second, min_score, progress, cancel)
        return _with_evidence(session, scored, min_score, forms=scan.forms_of)


def duplicates_of(
    store: Store, person: str, *, min_score: float = DEFAULT_MIN_SCORE
) -> list[DuplicatePair]:
    """Who else this person probably is (for a new record: "already recorded?")."""
    with store.reading() as session:
        person_id = lookup.by_id(session, m.Person, person, "person").id
        own = _person_forms(session, [person_id])
        keys = select(NameKey.key).join(NameForm).where(NameForm.owner_id == person_id)
        others = (
            select(NameForm.owner_id)
            .join(NameKey)
            .where(
                NameForm.entity == "person", NameKey.key.in_(keys), NameForm.owner_id != person_id
            )
        )
        excluded = _excluded_pairs(session, person_id)
        other_ids = sorted(
            o for o in set(session.scalars(others)) if tuple(sorted((person_id, o))) not in excluded
        )
        forms = {**own, **_person_forms(session, other_ids)}
        scored = []
        for other in other_ids:
            a, b = sorted((person_id, other))
            best = _name_matches(forms[a], forms[b])
            if best:
                scored.append((a, b, best))
        return _with_evidence(session, scored, min_score)


def mark_not_same(ctx: Context, person: str, other: str, note: str = "") -> None:
    """Remember that two people are different: they are not suggested again."""
    with ctx.store.writing(ctx.author) as session:
        a = lookup.by_id(session, m.Person, person, "person").id
        b = lookup.by_id(session, m.Person, other, "person").id
        if a == b:
            raise InvalidValue("That is one person, not two.")
        a, b = sorted((a, b))
        exists = session.scalar(
            select(m.NotSamePerson.id).where(
                m.NotSamePerson.person_id == a, m.NotSamePerson.other_id == b
            )
        )
        if exists:
            return
        session.add(
            m.NotSamePerson(
                person_id=a,
                other_id=b,
                decided_by=ctx.author,
                decided_at=ctx.store.clock.now(),
                note=note.strip(),
            )
        )


# --- candidates -------------------------------------------------------------------


def _person_forms(
    session: Session, ids: list[str] | None = None
) -> dict[str, list[tuple[str, tuple[Word, ...]]]]:
    """Per person: (name id, folded words) of each name."""
    query = select(NameForm.owner_id, NameForm.name_id, NameForm.latin, NameForm.phonetic).where(
        NameForm.entity == "person"
    )
    if ids is not None:
        query = query.where(NameForm.owner_id.in_(ids))
    out: dict[str, list[tuple[str, tuple[Word, ...]]]] = defaultdict(list)
    for owner, name_id, latin, phonetic in session.execute(query):
        out[owner].append((name_id, stored_words(latin, phonetic)))
    return dict(out)


class _Scan:
    """Every person's names and blocking keys, read once (Core selects, no
    ORM objects), as arrays: names sorted by person, persons by id."""

    def __init__(self, session: Session) -> None:
        cursor = session.connection().connection.cursor()  # plain tuples: 1.6M rows
        try:
            cursor.execute(
                "SELECT id, owner_id, name_id, latin, phonetic FROM name_form "
                "WHERE entity = 'person' ORDER BY owner_id, id"
            )
            rows = cursor.fetchall()
            form_ids, owners, self.name_ids, latin, phonetic = (
                list(map(itemgetter(n), rows)) for n in range(5)
            )
            del rows
            cursor.execute(
                "SELECT key, form_id FROM name_key WHERE length(key) >= ?", (PAIR_MIN_KEY,)
            )
            keys = cursor.fetchall()
        finally:
            cursor.close()
        self.owners: list[str] = list(dict.fromkeys(owners))  # sorted: ORDER BY owner_id
        person_of = {owner: n for n, owner in enumerate(self.owners)}
        self.name_owner = np.fromiter(map(person_of.__getitem__, owners), np.int64, len(owners))
        self.name_count = np.bincount(self.name_owner, minlength=len(self.owners))
        self.first_name = np.cumsum(self.name_count) - self.name_count
        self.latin, self.phonetic = latin, phonetic
        self.table = NameTable(zip(latin, phonetic, strict=True))
        self._buckets(keys, np.array(form_ids, dtype=np.int64))
        # Each person's distinct name classes (names that read alike score alike).
        classes = max(1, len(self.table.lengths))
        own = np.unique(self.name_owner * classes + self.table.name_class)
        self.class_owner, self.own_class = np.divmod(own, classes)
        self.class_count = np.bincount(self.class_owner, minlength=len(self.owners))
        self.first_class = np.cumsum(self.class_count) - self.class_count
        self._read_facts(session.connection(), [("~" in p) for p in phonetic])

    def _read_facts(self, conn: Connection, patronymic: list[bool]) -> None:
        """Which people have what _compare could find agreeing: the most
        their fields can add to a pair's name score (_possible_gain)."""
        persons = len(self.owners)
        index = {owner: n for n, owner in enumerate(self.owners)}

        def flags(ids: Iterable[str]) -> NDArray[np.bool_]:
            out = np.zeros(persons, dtype=bool)
            out[[index[i] for i in ids if i in index]] = True
            return out

        born, hometown, birthplace = (np.zeros(persons, dtype=bool) for _ in range(3))
        for pid, has_born, has_hometown, has_birthplace in conn.execute(
            select(
                m.Person.id,
                m.Person.birth_date.is_not(None),
                func.trim(m.Person.hometown) != "",
                func.trim(m.Person.birthplace) != "",
            )
        ):
            p = index.get(pid)
            if p is not None:
                born[p], hometown[p], birthplace[p] = has_born, has_hometown, has_birthplace
        related = flags(
            x
            for pair in conn.execute(select(m.Relationship.person_id, m.Relationship.relative_id))
            for x in pair
        )
        in_case = flags(conn.scalars(select(m.Role.person_id).distinct()))
        father = (
            np.bincount(
                self.name_owner, weights=np.array(patronymic, dtype=np.float64), minlength=persons
            )
            > 0
        )
        self.facts = [
            (born, BIRTH_YEAR[0]),
            (hometown, HOMETOWN[0]),
            (birthplace, HOMETOWN[0]),
            (father, FATHER[0]),
            (related, RELATIVE[0]),
            (in_case, SHARED_CASE[0]),
        ]

    def possible_gain(self, a: Ints, b: Ints) -> Floats:
        """_possible_gain of pairs (a[k], b[k]), from the flags alone."""
        gain = np.zeros(len(a))
        for present, weight in self.facts:
            gain += np.where(present[a] & present[b], weight, 0.0)
        return gain

    def _buckets(self, rows: Sequence[Any], form_ids: Ints) -> None:
        """Distinct (key, person) of the keys of 3+ classes, sorted by key."""
        keys = list(map(itemgetter(0), rows))
        forms = map(itemgetter(1), rows)
        key_ids = {k: n for n, k in enumerate(dict.fromkeys(keys))}
        key = np.fromiter(map(key_ids.__getitem__, keys), dtype=np.int64, count=len(keys))
        form = np.fromiter(forms, dtype=np.int64, count=len(keys))
        name_of_form = np.full(int(max(form.max(initial=0), form_ids.max(initial=0))) + 1, -1)
        name_of_form[form_ids] = np.arange(len(form_ids))
        name = name_of_form[form]
        key, name = key[name >= 0], name[name >= 0]  # places' and organizations' keys
        persons = max(1, len(self.owners))
        incidence = np.unique(key * persons + self.name_owner[name])
        self.bucket_key, self.bucket_person = np.divmod(incidence, persons)

    def forms_of(self, person_ids: Iterable[str]) -> dict[str, list[tuple[str, str, str]]]:
        """(name id, Latin, phonetic) of each name of these people."""
        index = {owner: n for n, owner in enumerate(self.owners)}
        out: dict[str, list[tuple[str, str, str]]] = {}
        for pid in person_ids:
            p = index.get(pid)
            if p is None:
                continue
            first = int(self.first_name[p])
            out[pid] = [
                (self.name_ids[n], self.latin[n], self.phonetic[n])
                for n in range(first, first + int(self.name_count[p]))
            ]
        return out

    def candidate_pairs(self, excluded: set[tuple[str, str]]) -> tuple[Ints, Ints]:
        """People who share at least two blocking keys (one, when one of them
        is known by a single word only), counted over the buckets of at most
        BUCKET_CAP people: every pair of a bucket, then one count per pair."""
        persons = len(self.owners)
        if persons < 2:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        keys, starts, sizes = np.unique(self.bucket_key, return_index=True, return_counts=True)
        codes = []
        for size in np.unique(sizes[(sizes >= 2) & (sizes <= BUCKET_CAP)]).tolist():
            members = self.bucket_person[starts[sizes == size][:, None] + np.arange(size)]
            lo, hi = np.triu_indices(size, 1)
            codes.append((members[:, lo] * persons + members[:, hi]).ravel())
        if not codes:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        pairs, shared = np.unique(np.concatenate(codes), return_counts=True)
        first, second = np.divmod(pairs, persons)
        single = self._known_by_one_word()
        keep = (shared >= 2) | single[first] | single[second]
        index = {owner: n for n, owner in enumerate(self.owners)}
        gone = [index[a] * persons + index[b] for a, b in excluded if a in index and b in index]
        if gone:
            keep &= ~np.isin(pairs, np.array(gone, dtype=np.int64))
        return first[keep], second[keep]

    def _known_by_one_word(self) -> NDArray[np.bool_]:
        """Known by one word only (Guldarega; A. Turganbay): one shared key must do."""
        table = self.table
        words = table.words
        real = (words >= 0) & ~table.initial[np.maximum(words, 0)]
        one_word = (real.sum(axis=1) <= 1)[table.name_class]
        not_single = np.bincount(self.name_owner[~one_word], minlength=len(self.owners))
        return not_single == 0

    def score(
        self,
        first: Ints,
        second: Ints,
        min_score: float,
        progress: Progress,
        cancel: CancelToken | None,
    ) -> list[tuple[str, str, list[tuple[float, str, str]]]]:
        """(person, other, name matches best first) of the pairs whose best
        name pair, with the most their fields could add, reaches
        ``min_score``. Every name of one is scored against every name of the
        other (names that read alike once)."""
        out: list[tuple[str, str, list[tuple[float, str, str]]]] = []
        total = len(first)
        progress("comparing names", 0, total)
        for begin in range(0, total, SCAN_CHUNK):
            if cancel is not None:
                cancel.check()
            a, b = first[begin : begin + SCAN_CHUNK], second[begin : begin + SCAN_CHUNK]
            floor = min_score - self.possible_gain(a, b)
            out.extend(self._score_chunk(a, b, floor))
            progress("comparing names", min(total, begin + SCAN_CHUNK), total)
        return out

    def _score_chunk(
        self, a: Ints, b: Ints, floor: Floats
    ) -> list[tuple[str, str, list[tuple[float, str, str]]]]:
        pair, class_a, class_b = _expand(a, b, self.first_class, self.class_count)
        scores = self._scores(self.own_class[class_a], self.own_class[class_b])
        best = np.full(len(a), -np.inf)
        np.maximum.at(best, pair, scores)
        wanted = np.flatnonzero(best >= floor)
        # The pairs kept: every name pair, for the evidence shown.
        pair, name_a, name_b = _expand(a[wanted], b[wanted], self.first_name, self.name_count)
        scores = self._scores(self.table.name_class[name_a], self.table.name_class[name_b])
        matches: dict[int, list[tuple[float, str, str]]] = defaultdict(list)
        ids = self.name_ids
        for k, score, x, y in zip(
            pair.tolist(), scores.tolist(), name_a.tolist(), name_b.tolist(), strict=True
        ):
            matches[k].append((score, ids[x], ids[y]))
        return [
            (self.owners[a[w]], self.owners[b[w]], sorted(matches[k], reverse=True))
            for k, w in enumerate(wanted.tolist())
        ]

    def _scores(self, class_a: Ints, class_b: Ints) -> Floats:
        """_name_matches' score of each pair of name classes."""
        scores = self.table.class_similarity(class_a, class_b)
        lengths_a, lengths_b = self.table.lengths[class_a], self.table.lengths[class_b]
        one_word = (np.minimum(lengths_a, lengths_b) == 1) & (np.maximum(lengths_a, lengths_b) > 1)
        return round4(np.where(one_word, scores - ONE_WORD_PENALTY, scores))


def _expand(a: Ints, b: Ints, first: Ints, count: Ints) -> tuple[Ints, Ints, Ints]:
    """Every (item of a[k], item of b[k]), items being the runs
    first[p] .. first[p] + count[p] - 1: (k, item, other item)."""
    count_a, count_b = count[a], count[b]
    combos = count_a * count_b
    pair = np.repeat(np.arange(len(a)), combos)
    within = np.arange(int(combos.sum())) - (np.cumsum(combos) - combos)[pair]
    return (
        pair,
        first[a][pair] + within // count_b[pair],
        first[b][pair] + within % count_b[pair],
    )


def _excluded_pairs(session: Session, person_id: str | None = None) -> set[tuple[str, str]]:
    """Said to be different people, or recorded as related to each other
    (of everyone, or only pairs with ``person_id``)."""
    not_same = select(m.NotSamePerson.person_id, m.NotSamePerson.other_id)
    related = select(m.Relationship.person_id, m.Relationship.relative_id)
    if person_id is not None:
        not_same = not_same.where(
            or_(m.NotSamePerson.person_id == person_id, m.NotSamePerson.other_id == person_id)
        )
        related = related.where(
            or_(m.Relationship.person_id == person_id, m.Relationship.relative_id == person_id)
        )
    out = {(a, b) for a, b in session.execute(not_same)}
    for a, b in session.execute(related):
        out.add((min(a, b), max(a, b)))
    return out


def _name_matches(
    a: list[tuple[str, tuple[Word, ...]]], b: list[tuple[str, tuple[Word, ...]]]
) -> list[tuple[float, str, str]]:
    """(score, name id, other name id) of every name pair, best first (as
    _Scan scores them in bulk)."""
    out = []
    for a_id, a_words in a:
        for b_id, b_words in b:
            score = pair_similarity(a_words, b_words)
            if min(len(a_words), len(b_words)) == 1 and max(len(a_words), len(b_words)) > 1:
                score -= ONE_WORD_PENALTY
            out.append((round(score, 4), a_id, b_id))
    return sorted(out, reverse=True)


# --- evidence ---------------------------------------------------------------------


def _with_evidence(
    session: Session,
    scored: list[tuple[str, str, list[tuple[float, str, str]]]],
    min_score: float,
    forms: Callable[[Iterable[str]], dict[str, list[tuple[str, str, str]]]] | None = None,
) -> list[DuplicatePair]:
    ids = sorted({p for a, b, _ in scored for p in (a, b)})
    people, texts = _people(session, ids, forms)
    out = []
    for a, b, best in scored:
        pa, pb = people[a], people[b]
        name_score = best[0][0]
        if name_score + _possible_gain(pa, pb) < min_score:
            continue  # nothing recorded about them could lift the names enough
        agree, conflict, adjust = _compare(pa, pb)
        score = round(max(0.0, min(1.0, name_score + adjust)), 4)
        if score < min_score:
            continue
        out.append(
            DuplicatePair(
                person_id=a,
                person_label=pa.row.display_name,
                other_id=b,
                other_label=pb.row.display_name,
                score=score,
                name_score=name_score,
                names=[NameMatch(texts[x], texts[y], s) for s, x, y in best[:NAMES_SHOWN]],
                agree=agree,
                conflict=conflict,
            )
        )
    return sorted(out, key=lambda p: (-p.score, p.person_label, p.other_label))


def _possible_gain(a: _Person, b: _Person) -> float:
    """The most that fields both people have could add (_compare's agreements)."""
    ra, rb = a.row, b.row
    gain = BIRTH_YEAR[0] if ra.birth_date is not None and rb.birth_date is not None else 0.0
    gain += HOMETOWN[0] * (
        (bool(ra.hometown.strip()) and bool(rb.hometown.strip()))
        + (bool(ra.birthplace.strip()) and bool(rb.birthplace.strip()))
    )
    if a.has_father and b.has_father:
        gain += FATHER[0]
    if a.relatives and b.relatives:
        gain += RELATIVE[0]
    if a.cases and b.cases:
        gain += SHARED_CASE[0]
    return gain


def _among(ids: Sequence[str]) -> Select[tuple[Any]]:
    """The ids as one bound parameter (SQLite's json_each): any number of
    them, and one short statement to compile, where an IN list would bind
    one parameter per id."""
    return select(column("value")).select_from(func.json_each(json.dumps(list(ids))))


def _people(
    session: Session,
    ids: list[str],
    forms: Callable[[Iterable[str]], dict[str, list[tuple[str, str, str]]]] | None = None,
) -> tuple[dict[str, _Person], dict[str, str]]:
    """What the comparison needs of each person (Core selects, no ORM
    objects), and the text of each of their names by name id. Names are
    compared by their stored keys (name_form), not transliterated again;
    only a name with a father's name in it is unfolded into words."""
    conn = session.connection()
    stored = forms(ids) if forms is not None else _stored_forms(conn, ids)
    phonetic_of = {
        name_id: (latin, phonetic)
        for person_forms in stored.values()
        for name_id, latin, phonetic in person_forms
    }
    texts: dict[str, str] = {}
    names: dict[str, list[tuple[str, tuple[Word, ...]]]] = defaultdict(list)
    for name_id, person_id, name_text in conn.execute(
        select(m.PersonName.id, m.PersonName.person_id, m.PersonName.text)
        .where(m.PersonName.person_id.in_(_among(ids)))
        .order_by(m.PersonName.person_id, m.PersonName.position)
    ).all():
        texts[name_id] = name_text
        form = phonetic_of.get(name_id)
        if form is None:  # written with raw SQL, not indexed yet
            words = name_keys(name_text).words
        else:
            words = stored_words(*form) if "~" in form[1] else ()
        names[person_id].append((name_text, words))
    facts = {
        pid: (gender or "", born, hometown or "", birthplace or "")
        for pid, gender, born, hometown, birthplace in conn.execute(
            select(
                m.Person.id,
                m.Person.gender,
                m.Person.birth_date,
                m.Person.hometown,
                m.Person.birthplace,
            ).where(m.Person.id.in_(_among(ids)))
        )
    }
    cases: dict[str, set[str]] = defaultdict(set)
    for person_id, case_id in conn.execute(
        select(m.Role.person_id, m.Role.case_id).where(m.Role.person_id.in_(_among(ids)))
    ):
        cases[person_id].add(case_id)
    rels = conn.execute(
        select(m.Relationship.person_id, m.Relationship.kind, m.Relationship.relative_id).where(
            or_(
                m.Relationship.person_id.in_(_among(ids)),
                m.Relationship.relative_id.in_(_among(ids)),
            )
        )
    ).all()
    labels = _labels(conn, sorted({x for a, _, b in rels for x in (a, b)}))
    relatives: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for person_id, kind, relative_id in rels:
        if person_id in facts:
            relatives[person_id].append((_inverse(kind), relative_id, labels.get(relative_id, "")))
        if relative_id in facts:
            relatives[relative_id].append((kind, person_id, labels.get(person_id, "")))
    people = {
        pid: _Person(
            _Row(
                gender, born, hometown, birthplace, names[pid][0][0] if names[pid] else "(no name)"
            ),
            names[pid],
            cases[pid],
            relatives[pid],
        )
        for pid, (gender, born, hometown, birthplace) in facts.items()
    }
    return people, texts


def _stored_forms(conn: Connection, ids: Sequence[str]) -> dict[str, list[tuple[str, str, str]]]:
    out: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for owner, name_id, latin, phonetic in conn.execute(
        select(NameForm.owner_id, NameForm.name_id, NameForm.latin, NameForm.phonetic).where(
            NameForm.entity == "person", NameForm.owner_id.in_(_among(ids))
        )
    ):
        out[owner].append((name_id, latin, phonetic))
    return out


def _inverse(kind: str) -> str:
    return INVERSE_RELATIONSHIP.get(kind, kind)


def _labels(conn: Connection, ids: Sequence[str]) -> dict[str, str]:
    rows = conn.execute(
        select(m.PersonName.person_id, m.PersonName.text)
        .where(m.PersonName.person_id.in_(_among(ids)))
        .order_by(m.PersonName.position.desc())
    )
    return {pid: text for pid, text in rows}


def _compare(a: _Person, b: _Person) -> tuple[list[FieldComparison], list[FieldComparison], float]:
    agree: list[FieldComparison] = []
    conflict: list[FieldComparison] = []
    adjust = 0.0

    def verdict(name: str, va: str, vb: str, same: bool, weights: tuple[float, float]) -> None:
        nonlocal adjust
        (agree if same else conflict).append(FieldComparison(name, va, vb))
        adjust += weights[0] if same else weights[1]

    da, db = a.row.birth_date, b.row.birth_date
    if da is not None and db is not None:
        same = (
            da.earliest().year - 1 <= db.latest().year
            and db.earliest().year - 1 <= da.latest().year
        )
        verdict("birth_date", str(da), str(db), same, BIRTH_YEAR)
    ga, gb = a.row.gender.strip().lower(), b.row.gender.strip().lower()
    if ga and gb:
        verdict("gender", a.row.gender, b.row.gender, ga == gb, GENDER)
    for attr in ("hometown", "birthplace"):
        ha, hb = getattr(a.row, attr).strip(), getattr(b.row, attr).strip()
        if ha and hb:
            same = _names_alike(ha, hb)
            verdict(attr, ha, hb, same, HOMETOWN)
    fa, fb = _fathers(a), _fathers(b)
    if fa and fb:
        same = any(_words_alike(x, y) for x in fa for y in fb)
        verdict("father", _plain(fa), _plain(fb), same, FATHER)
    alike = _alike_relative(a, b)
    if alike:
        kind, label_a, label_b = alike
        verdict(f"relative ({kind})", label_a, label_b, True, RELATIVE)
    shared = a.cases & b.cases
    if shared:
        verdict("case", f"{len(shared)} shared", f"{len(shared)} shared", True, SHARED_CASE)
    return agree, conflict, adjust


def _alike_relative(a: _Person, b: _Person) -> tuple[str, str, str] | None:
    """A relative of the same kind with a like name ("wife of Alinur Turhanbay",
    "wife of Alimnur Turganbay"), or the very same relative."""
    for kind, rel_a, label_a in a.relatives:
        for kind_b, rel_b, label_b in b.relatives:
            if kind == kind_b and (rel_a == rel_b or _names_alike(label_a, label_b)):
                return kind, label_a, label_b
    return None


def _fathers(p: _Person) -> list[tuple[Word, ...]]:
    return [(w,) for _text, words in p.names for w in words if w.patronymic]


def _plain(fathers: list[tuple[Word, ...]]) -> str:
    return ", ".join(dict.fromkeys(w.latin for ws in fathers for w in ws))


def _words_alike(a: tuple[Word, ...], b: tuple[Word, ...]) -> bool:
    return pair_similarity(a, b) >= SAME_NAME


def _names_alike(a: str, b: str) -> bool:
    if not a or not b:
        return False
    return pair_similarity(name_keys(a).words, name_keys(b).words) >= SAME_NAME


def forget_not_same(ctx: Context, person: str, other: str) -> None:
    """Take back "not the same person" (its undo): the pair may be suggested again."""
    with ctx.store.writing(ctx.author) as session:
        a = lookup.by_id(session, m.Person, person, "person").id
        b = lookup.by_id(session, m.Person, other, "person").id
        a, b = sorted((a, b))
        row = session.scalar(
            select(m.NotSamePerson).where(
                m.NotSamePerson.person_id == a, m.NotSamePerson.other_id == b
            )
        )
        if row is not None:
            session.delete(row)
