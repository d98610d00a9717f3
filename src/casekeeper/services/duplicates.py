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

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from casekeeper.errors import InvalidValue
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
# rapidfuzz partial token sort ratio (0-100) of the phonetic readings below
# which a name pair is not scored at all: the lowest of any true pair of the
# evaluation set is 70.6; four in five pairs sharing a key fall below it.
QUICK_MIN = 68
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


@dataclass
class _Person:
    row: m.Person
    names: list[tuple[str, tuple[Word, ...]]]
    cases: set[str]
    relatives: list[tuple[str, str, str]]  # (kind, relative id, relative label)


def find_duplicates(
    store: Store,
    *,
    min_score: float = DEFAULT_MIN_SCORE,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> list[DuplicatePair]:
    """Likely same-person pairs, best first."""
    with store.reading() as session:
        forms = _person_forms(session)
        name_keys_of: dict[str, set[str]] = defaultdict(set)
        pairs = _candidate_pairs(session, forms, name_keys_of, cancel)
        progress("comparing names", 0, len(pairs))
        scored = []
        for n, (a, b) in enumerate(sorted(pairs)):
            if n % 500 == 0:
                if cancel is not None:
                    cancel.check()
                progress("comparing names", n, len(pairs))
            best = _name_matches(forms[a], forms[b], name_keys_of)
            if best and best[0][0] >= min_score - _most_field_gain():
                scored.append((a, b, best))
        progress("comparing names", len(pairs), len(pairs))
        return _with_evidence(session, scored, min_score)


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


def _candidate_pairs(
    session: Session,
    forms: dict[str, list[tuple[str, tuple[Word, ...]]]],
    name_keys_of: dict[str, set[str]],
    cancel: CancelToken | None,
) -> set[tuple[str, str]]:
    """People who share at least two blocking keys (one, when one of them is
    known by a single word only), counted person by person over the buckets
    of the index (a C-speed Counter per person, not every pair of a bucket)."""
    owner_of = {name_id: owner for owner, names in forms.items() for name_id, _ in names}
    form_names = {
        form_id: name_id
        for form_id, name_id in session.execute(
            select(NameForm.id, NameForm.name_id).where(NameForm.entity == "person")
        )
    }
    buckets: dict[str, list[str]] = defaultdict(list)
    keys_of: dict[str, set[str]] = defaultdict(set)
    rows = session.execute(
        select(NameKey.key, NameKey.form_id).where(func.length(NameKey.key) >= PAIR_MIN_KEY)
    )
    for key, form_id in rows:
        name_id = form_names.get(form_id)
        if name_id is not None:
            name_keys_of[name_id].add(key)
            owner = owner_of[name_id]
            if key not in keys_of[owner]:
                keys_of[owner].add(key)
                buckets[key].append(owner)
    # Known by one word only (Guldarega; A. Turganbay): one shared key must do.
    single = {
        owner
        for owner, names in forms.items()
        if all(sum(not w.initial for w in words) <= 1 for _id, words in names)
    }
    pairs: set[tuple[str, str]] = set()
    for n, (person, keys) in enumerate(keys_of.items()):
        if cancel is not None and n % 1000 == 0:
            cancel.check()
        shared: Counter[str] = Counter()
        for key in keys:
            bucket = buckets[key]
            if len(bucket) <= BUCKET_CAP:
                shared.update(bucket)
        for other, count in shared.items():
            if other > person and (count >= 2 or person in single or other in single):
                pairs.add((person, other))
    return pairs - _excluded_pairs(session)


def _quick_text(words: tuple[Word, ...]) -> str:
    return " ".join(w.readings[0] for w in words)


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
    a: list[tuple[str, tuple[Word, ...]]],
    b: list[tuple[str, tuple[Word, ...]]],
    name_keys_of: dict[str, set[str]] | None = None,
) -> list[tuple[float, str, str]]:
    """(score, name id, other name id), best first, for the name pairs that
    share a blocking key and pass a C-speed first look (every pair when keys
    are not given)."""
    out = []
    for a_id, a_words in a:
        for b_id, b_words in b:
            if name_keys_of is not None and not (
                name_keys_of.get(a_id, set()) & name_keys_of.get(b_id, set())
                and fuzz.partial_token_sort_ratio(_quick_text(a_words), _quick_text(b_words))
                >= QUICK_MIN
            ):
                continue
            score = pair_similarity(a_words, b_words)
            if min(len(a_words), len(b_words)) == 1 and max(len(a_words), len(b_words)) > 1:
                score -= ONE_WORD_PENALTY
            out.append((round(score, 4), a_id, b_id))
    return sorted(out, reverse=True)


def _most_field_gain() -> float:
    return BIRTH_YEAR[0] + HOMETOWN[0] + FATHER[0] + RELATIVE[0] + SHARED_CASE[0]


# --- evidence ---------------------------------------------------------------------


def _with_evidence(
    session: Session,
    scored: list[tuple[str, str, list[tuple[float, str, str]]]],
    min_score: float,
) -> list[DuplicatePair]:
    ids = sorted({p for a, b, _ in scored for p in (a, b)})
    people = _people(session, ids)
    texts = {
        name_id: text
        for name_id, text in session.execute(
            select(m.PersonName.id, m.PersonName.text).where(m.PersonName.person_id.in_(ids))
        )
    }
    out = []
    for a, b, best in scored:
        pa, pb = people[a], people[b]
        agree, conflict, adjust = _compare(pa, pb)
        name_score = best[0][0]
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


def _people(session: Session, ids: list[str]) -> dict[str, _Person]:
    rows = {p.id: p for p in session.scalars(select(m.Person).where(m.Person.id.in_(ids)))}
    names: dict[str, list[tuple[str, tuple[Word, ...]]]] = defaultdict(list)
    for person_id, name_text in session.execute(
        select(m.PersonName.person_id, m.PersonName.text)
        .where(m.PersonName.person_id.in_(ids))
        .order_by(m.PersonName.position)
    ):
        names[person_id].append((name_text, name_keys(name_text).words))
    cases: dict[str, set[str]] = defaultdict(set)
    for person_id, case_id in session.execute(
        select(m.Role.person_id, m.Role.case_id).where(m.Role.person_id.in_(ids))
    ):
        cases[person_id].add(case_id)
    relatives: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    rels = session.execute(
        select(m.Relationship.person_id, m.Relationship.kind, m.Relationship.relative_id).where(
            or_(m.Relationship.person_id.in_(ids), m.Relationship.relative_id.in_(ids))
        )
    ).all()
    labels = _labels(session, {x for a, _, b in rels for x in (a, b)})
    for person_id, kind, relative_id in rels:
        if person_id in rows:
            relatives[person_id].append((_inverse(kind), relative_id, labels.get(relative_id, "")))
        if relative_id in rows:
            relatives[relative_id].append((kind, person_id, labels.get(person_id, "")))
    return {pid: _Person(row, names[pid], cases[pid], relatives[pid]) for pid, row in rows.items()}


def _inverse(kind: str) -> str:
    return INVERSE_RELATIONSHIP.get(kind, kind)


def _labels(session: Session, ids: Iterable[str]) -> dict[str, str]:
    rows = session.execute(
        select(m.PersonName.person_id, m.PersonName.text)
        .where(m.PersonName.person_id.in_(list(ids)))
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
