"""What every use case needs: the open store and who is acting."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass

from casekeeper.store.store import Store


def default_author() -> str:
    """The caseworker's name for the change log: CASEKEEPER_AUTHOR, else the OS account."""
    env = os.environ.get("CASEKEEPER_AUTHOR")
    if env:
        return env
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"


@dataclass
class Context:
    store: Store
    author: str

    @classmethod
    def for_store(cls, store: Store, author: str | None = None) -> Context:
        return cls(store, author or default_author())
