"""Fixtures for the encrypted store: real stores in tmp_path, fast key derivation."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from store_testkit import PASSPHRASE

from casekeeper.crypto.argon2 import MINIMUM
from casekeeper.services.context import Context
from casekeeper.services.stores import NewStore, create_store, open_store
from casekeeper.store.store import Store


@pytest.fixture
def new_store(tmp_path: Path) -> Iterator[NewStore]:
    """A freshly created, open store; closed (locked) at the end of the test."""
    made = create_store(tmp_path / "store", PASSPHRASE, kdf_params=MINIMUM)
    yield made
    made.store.close()


@pytest.fixture
def ctx(new_store: NewStore) -> Context:
    return Context.for_store(new_store.store, "caseworker-a")


@pytest.fixture(scope="session")
def _template_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One closed, empty store made once; tests get copies of it."""
    folder = tmp_path_factory.mktemp("template") / "store"
    made = create_store(folder, PASSPHRASE, kdf_params=MINIMUM)
    made.store.close()
    return folder, made.recovery_key


@pytest.fixture
def store_copy(_template_store: tuple[Path, str], tmp_path: Path) -> tuple[Path, str]:
    """A closed store of this test's own (path, recovery key)."""
    source, recovery = _template_store
    target = tmp_path / "store"
    shutil.copytree(source, target)
    return target, recovery


@pytest.fixture
def open_copy(store_copy: tuple[Path, str]) -> Iterator[Callable[[], Store]]:
    """Opens this test's store (with the recovery key: no slow key derivation);
    every store it opened is closed at the end."""
    opened: list[Store] = []

    def _open() -> Store:
        store = open_store(store_copy[0], recovery_key=store_copy[1])
        opened.append(store)
        return store

    yield _open
    for store in opened:
        store.close()
