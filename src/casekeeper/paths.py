"""Where CaseKeeper keeps things on disk.

One place so that tests and portable installs can redirect everything with
``CASEKEEPER_DATA_DIR`` / ``CASEKEEPER_CONFIG_DIR`` / ``CASEKEEPER_CACHE_DIR``.
platformdirs gives the per-OS defaults (no hand-written per-OS logic).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "CaseKeeper"
APP_AUTHOR = "CaseKeeper"


def _dir(env: str, default: str) -> Path:
    value = os.environ.get(env)
    return Path(value) if value else Path(default)


def data_dir() -> Path:
    return _dir("CASEKEEPER_DATA_DIR", platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    return _dir("CASEKEEPER_CONFIG_DIR", platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def cache_dir() -> Path:
    """Never holds plaintext case data; only harmless things (e.g. UI state)."""
    return _dir("CASEKEEPER_CACHE_DIR", platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))


def default_store_dir() -> Path:
    return _dir("CASEKEEPER_STORE", str(data_dir() / "store"))


def demo_store_dir() -> Path:
    return data_dir() / "demo-store"


def migrations_dir() -> Path:
    """The alembic scripts: inside the installed package, or the source tree's top level."""
    packaged = Path(__file__).resolve().parent / "_migrations"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "migrations"
