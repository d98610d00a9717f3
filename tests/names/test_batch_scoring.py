"""The duplicate finder's bulk scorer gives the very scores of the reference.

casekeeper.names.batch recomputes similarity.pair_similarity with numpy and
rapidfuzz over arrays; if the two drifted apart, the duplicate finder would
no longer do what docs/names.md says. Every pair of the evaluation set's
spellings (all scripts, initials, patronymics, one-word names, reversed
order) is scored both ways.
"""

from __future__ import annotations

import numpy as np
from evaluation_set import CLUSTERS, LOOKALIKES

from casekeeper.names.batch import NameTable, round4
from casekeeper.names.keys import name_keys, stored_words
from casekeeper.names.similarity import pair_similarity

EXTRA = [
    "A. Turganbay",
    "S. Bilash",
    "Sherizat kyzy Guldariya",
    "王秀英",
    "Wang Xiuying",
    "Nurlan A. B. Abai",
    "",
]


def _spellings() -> list[str]:
    return [v for c in CLUSTERS for v in c.variants] + [n for _e, n, _k in LOOKALIKES] + EXTRA


def test_bulk_scores_equal_pair_similarity_on_every_pair() -> None:
    stored = [(k.latin, k.phonetic) for k in map(name_keys, _spellings())]
    table = NameTable(stored)
    a, b = np.triu_indices(len(stored))  # pair_similarity is symmetric
    a, b = np.concatenate([a, b[:50]]), np.concatenate([b, a[:50]])  # ...and shown to be
    bulk = table.pair_similarity(a, b)
    reference = [
        pair_similarity(stored_words(*stored[i]), stored_words(*stored[j]))
        for i, j in zip(a.tolist(), b.tolist(), strict=True)
    ]
    differ = [
        (_spellings()[i], _spellings()[j], got, want)
        for i, j, got, want in zip(a.tolist(), b.tolist(), bulk.tolist(), reference, strict=True)
        if got != want
    ]
    assert differ == []
    assert table.pair_similarity(a[:3], b[:3]).tolist() == reference[:3]


def test_names_that_read_alike_share_a_row() -> None:
    """Latin and Cyrillic of one name fold alike and are scored once; an
    initial stays apart from a one-letter word."""
    stored = [
        (k.latin, k.phonetic)
        for k in map(name_keys, ["Alimnur Turganbay", "Алимнур Турганбай", "A. Turganbay"])
    ]
    table = NameTable(stored)
    assert table.name_class[0] == table.name_class[1] != table.name_class[2]


def test_rounding_is_pythons_to_the_last_bit() -> None:
    rng = np.random.default_rng(4)
    halves = (rng.integers(0, 10001, 20000) + rng.integers(0, 10001, 20000)) / 2e4
    values = np.concatenate([rng.random(20000), halves, [0.0, 0.12345, 0.03125, 1e-5, -0.00015]])
    assert round4(values).tolist() == [round(v, 4) for v in values.tolist()]
