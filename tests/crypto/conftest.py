"""Shared fixtures: one real key file made once (Argon2 at the minimum), copied per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from crypto_testkit import FAST, MASTER, PASSPHRASE, STORE_ID

from casekeeper.crypto.keyslots import create_keyslots
from casekeeper.crypto.recovery import new_recovery_key, parse_recovery_key


@pytest.fixture(scope="session")
def _pristine(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("pristine")
    path = folder / "keyslots.json"
    text = new_recovery_key()
    create_keyslots(path, STORE_ID, MASTER, PASSPHRASE, bytes(parse_recovery_key(text)), FAST)
    return path, text


@pytest.fixture
def recovery_text(_pristine: tuple[Path, str]) -> str:
    """The recovery key as the user wrote it down when the store was made."""
    return _pristine[1]


@pytest.fixture
def keyfile(_pristine: tuple[Path, str], tmp_path: Path) -> Path:
    """A fresh copy of a real key file in this test's own store folder."""
    store = tmp_path / "store"
    store.mkdir()
    path = store / "keyslots.json"
    shutil.copyfile(_pristine[0], path)
    path.chmod(0o600)
    return path
