"""Stores for the name tests: a blank one per test, and one holding the
evaluation set (evaluation_set.py) shared by the measuring tests."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from evaluation_set import CLUSTERS, LOOKALIKES
from names_testkit import EvaluationStore, record_named

from casekeeper.clock import FakeClock
from casekeeper.crypto.argon2 import MINIMUM
from casekeeper.services.context import Context
from casekeeper.services.stores import create_store, open_store
from casekeeper.store.store import Store

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="session")
def _blank_names_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("blank-names") / "store"
    made = create_store(folder, PASSPHRASE, kdf_params=MINIMUM)
    made.store.close()
    return folder, made.recovery_key


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2025, 11, 20, 9, 0, tzinfo=UTC))


@pytest.fixture
def store(
    _blank_names_store: tuple[Path, str], tmp_path: Path, clock: FakeClock
) -> Iterator[Store]:
    folder = tmp_path / "store"
    shutil.copytree(_blank_names_store[0], folder)
    opened = open_store(folder, recovery_key=_blank_names_store[1], clock=clock)
    yield opened
    opened.close()


@pytest.fixture
def recovery_key(_blank_names_store: tuple[Path, str]) -> str:
    """Opens the test's store (a copy of the blank one) without key derivation."""
    return _blank_names_store[1]


@pytest.fixture
def ctx(store: Store) -> Context:
    return Context.for_store(store, "caseworker-a")


@pytest.fixture(scope="module")
def evaluation_store(
    _blank_names_store: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[EvaluationStore]:
    """Each cluster recorded under its first variant only, and every look-alike."""
    folder = tmp_path_factory.mktemp("evaluation") / "store"
    shutil.copytree(_blank_names_store[0], folder)
    store = open_store(folder, recovery_key=_blank_names_store[1])
    ctx = Context.for_store(store, "caseworker-a")
    ids = {c.key: record_named(ctx, c.entity, c.variants[0]) for c in CLUSTERS}
    ids.update({name: record_named(ctx, entity, name) for entity, name, _ in LOOKALIKES})
    yield EvaluationStore(store, ids)
    store.close()
