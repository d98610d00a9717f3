"""Fixtures for the use cases: an open store with a fake clock, and who is acting.

A store is made once (Argon2 at its minimum) and copied per test; each copy
is opened with its recovery key, which needs no slow key derivation.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from casekeeper.clock import FakeClock
from casekeeper.crypto.argon2 import MINIMUM
from casekeeper.services.context import Context
from casekeeper.services.stores import create_store, open_store
from casekeeper.store.store import Store

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="session")
def _blank_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("blank") / "store"
    made = create_store(folder, PASSPHRASE, kdf_params=MINIMUM)
    made.store.close()
    return folder, made.recovery_key


@pytest.fixture
def clock() -> FakeClock:
    """Thursday 24 July 2025, 09:00 UTC; tests move it by hand."""
    return FakeClock(datetime(2025, 7, 24, 9, 0, tzinfo=UTC))


@pytest.fixture
def store(_blank_store: tuple[Path, str], tmp_path: Path, clock: FakeClock) -> Iterator[Store]:
    folder = tmp_path / "store"
    shutil.copytree(_blank_store[0], folder)
    opened = open_store(folder, recovery_key=_blank_store[1], clock=clock)
    yield opened
    opened.close()


@pytest.fixture
def ctx(store: Store) -> Context:
    return Context.for_store(store, "caseworker-a")
