"""Which stored names are worth scoring for a query: blocking-key lookups.

Never a pass over every name. In three indexed steps:

1. how many names each of the query's keys has (``GROUP BY key`` walks the
   primary key: a count, no rows read);
2. the postings of the useful keys: for each word of the query, its keys
   with at most ``BUCKET_LIMIT`` names (a word with only commoner keys is
   left to the others; if every word is that common, each word's rarest key);
3. names ranked by how many of the query's words they share a key with, then
   by how many keys; the first ``FORM_CAP`` are read from ``name_form``.

Then a quick rapidfuzz pass (C, a microsecond a name) over the phonetic
strings keeps the ``SCORE_CAP`` most alike for the full word-by-word score.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz, process
from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from casekeeper.names.keys import NameKeys
from casekeeper.names.phonetic import blocking_keys

# A key shared by more names than this is skipped when the word has a
# rarer key; numbers measured with bench/names.py (docs/names.md).
BUCKET_LIMIT = 1500
# At most this many postings are read for one query.
POSTINGS_LIMIT = 20_000
FORM_CAP = 400
SCORE_CAP = 60

Row = tuple[int, str, str, str, str, str, str]


def key_groups(query: NameKeys) -> list[set[str]]:
    """The query's keys, one set per word, and one for the whole name run together."""
    groups = [blocking_keys(w) for w in query.words]
    joined = query.blocking - set().union(*groups) if groups else set()
    return [g for g in (*groups, joined) if g]


def candidate_forms(session: Session, query: NameKeys, *, entity: str | None = None) -> list[Row]:
    """(form id, entity, owner id, name id, script, latin, phonetic) of the
    names most likely to be the one asked for, best guesses first."""
    groups = key_groups(query)
    every = sorted(set().union(*groups)) if groups else []
    if not every:
        return []
    sizes: dict[str, int] = dict(
        session.execute(
            text("SELECT key, count(*) FROM name_key WHERE key IN :keys GROUP BY key").bindparams(
                bindparam("keys", expanding=True)
            ),
            {"keys": every},
        ).all()
    )
    chosen = _useful_keys(groups, sizes)
    if not chosen:
        return []
    # Rank in SQLite, not in Python: the postings (up to POSTINGS_LIMIT rows)
    # are grouped per name where they are read, and only the FORM_CAP best
    # names come back, with their name_form columns, in one statement.
    pairs = [(key, n) for n, group in enumerate(groups) for key in sorted(group & chosen)]
    params: dict[str, object] = {f"k{i}": key for i, (key, _n) in enumerate(pairs)}
    params.update({f"w{i}": n for i, (_key, n) in enumerate(pairs)})
    params.update({"most": POSTINGS_LIMIT, "cap": FORM_CAP})
    values = ", ".join(f"(:k{i}, :w{i})" for i in range(len(pairs)))
    wanted = ", ".join(f":k{i}" for i in range(len(pairs)))
    where_entity = "WHERE f.entity = :entity" if entity else ""
    if entity:
        params["entity"] = entity
    rows = session.execute(
        text(
            f"WITH q(key, word) AS (VALUES {values}), "
            f"p AS (SELECT key, form_id FROM name_key WHERE key IN ({wanted}) LIMIT :most), "
            "r AS (SELECT p.form_id AS id, count(DISTINCT q.word) AS words, "
            "count(DISTINCT p.key) AS hits FROM p JOIN q ON q.key = p.key "
            "GROUP BY p.form_id ORDER BY words DESC, hits DESC, p.form_id LIMIT :cap) "
            "SELECT f.id, f.entity, f.owner_id, f.name_id, f.script, f.latin, f.phonetic "
            f"FROM r JOIN name_form f ON f.id = r.id {where_entity} ORDER BY f.id"
        ),
        params,
    ).all()
    return _most_alike(query, [tuple(r) for r in rows])  # type: ignore[misc]


def _useful_keys(groups: Sequence[set[str]], sizes: dict[str, int]) -> set[str]:
    """Each word's keys shared by at most BUCKET_LIMIT names. A word whose keys
    are all commoner ("Tur", "Ali") is found through the other words; only
    when no word has a rarer key is each word's rarest key read."""
    chosen: set[str] = set()
    rarest: list[str] = []
    for group in groups:
        present = [k for k in group if sizes.get(k)]
        small = [k for k in present if sizes[k] <= BUCKET_LIMIT]
        if small:
            chosen.update(small)
        elif present:
            rarest.append(min(present, key=lambda k: sizes[k]))
    return chosen or set(rarest)


def _most_alike(query: NameKeys, rows: list[Row]) -> list[Row]:
    if len(rows) <= SCORE_CAP:
        return rows
    wanted = " ".join(w.readings[0] for w in query.words)
    choices = [" ".join(item.lstrip("~").split("|")[0] for item in r[6].split()) for r in rows]
    best = process.extract(
        wanted, choices, scorer=fuzz.token_set_ratio, limit=SCORE_CAP, processor=None
    )
    return [rows[index] for _choice, _score, index in best]
