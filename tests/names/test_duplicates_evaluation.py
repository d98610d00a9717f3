"""Measured: precision and recall of the duplicate finder on the evaluation set.

Every spelling of every person cluster is recorded as a person of its own
(the same man reported by five sources), beside the look-alikes. The true
pairs are those within a cluster. Measured twice: on names alone, the hard
case, and with birth years recorded (the same year within a cluster, other
years for the look-alikes). Numbers in docs/names.md ("Measured").
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path

import pytest
from evaluation_set import CLUSTERS, LOOKALIKES

from casekeeper.services import duplicates, people
from casekeeper.services.context import Context
from casekeeper.services.stores import open_store

# On names alone (docs/names.md): precision 0.962, recall 0.946.
NAMES_ONLY = (0.95, 0.94)
# With birth years: precision 1.000, recall 0.954.
WITH_BIRTH_YEARS = (0.99, 0.95)


def _fill(ctx: Context, with_years: bool) -> dict[str, str]:
    """Person id → cluster key (look-alikes are clusters of one)."""
    truth = {}
    year = 1960
    for cluster in CLUSTERS:
        if cluster.entity != "person":
            continue
        year += 2
        for variant in cluster.variants:
            born = str(year) if with_years else None
            truth[people.add_person(ctx, [variant], birth_date=born).id] = cluster.key
    for n, (entity, name, _resembles) in enumerate(LOOKALIKES):
        if entity == "person":
            born = str(1900 + 3 * n) if with_years else None
            truth[people.add_person(ctx, [name], birth_date=born).id] = f"lookalike {name}"
    return truth


def _measure(store_folder: Path, recovery: str, with_years: bool) -> tuple[float, float]:
    with open_store(store_folder, recovery_key=recovery) as store:
        truth = _fill(Context.for_store(store, "caseworker-a"), with_years)
        pairs = duplicates.find_duplicates(store)
        found = {tuple(sorted((p.person_id, p.other_id))) for p in pairs}
        wrong = [
            (p.person_label, p.other_label, p.score)
            for p in pairs
            if truth[p.person_id] != truth[p.other_id]
        ]
    true_pairs = {
        tuple(sorted(pair)) for pair in combinations(truth, 2) if truth[pair[0]] == truth[pair[1]]
    }
    hits = len(found & true_pairs)
    print("\nsuggested wrongly:", wrong)
    precision, recall = hits / len(found), hits / len(true_pairs)
    print(
        f"\n{'with birth years' if with_years else 'names only'}: "
        f"{len(true_pairs)} true pairs, {len(found)} suggested, "
        f"precision {precision:.3f} recall {recall:.3f}"
    )
    return precision, recall


@pytest.fixture
def empty_store(_blank_names_store: tuple[Path, str], tmp_path: Path) -> Iterator[tuple[Path, str]]:
    folder = tmp_path / "store"
    shutil.copytree(_blank_names_store[0], folder)
    yield folder, _blank_names_store[1]


def test_duplicate_finder_on_names_alone(empty_store: tuple[Path, str]) -> None:
    precision, recall = _measure(*empty_store, with_years=False)
    assert precision >= NAMES_ONLY[0]
    assert recall >= NAMES_ONLY[1]


def test_duplicate_finder_with_birth_years(empty_store: tuple[Path, str]) -> None:
    precision, recall = _measure(*empty_store, with_years=True)
    assert precision >= WITH_BIRTH_YEARS[0]
    assert recall >= WITH_BIRTH_YEARS[1]
