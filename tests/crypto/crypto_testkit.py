"""Constants shared by the crypto tests (a plain module: 'conftest' names can collide)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from casekeeper.crypto.argon2 import Argon2Params

PASSPHRASE = "correct horse battery staple"
STORE_ID = "7d3f1a52-9c4e-4b1a-8f0e-2a6c5d9b1e03"
OTHER_STORE_ID = "0b9e6c1d-2f47-4e8a-9d53-61c0a7f4b2e8"
MASTER = bytes(range(100, 132))
FAST = Argon2Params.MINIMUM  # real Argon2id, cheapest allowed: keeps tests quick


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text("utf-8"))  # type: ignore[no-any-return]


def save(path: Path, doc: dict[str, Any]) -> None:
    path.write_text(json.dumps(doc, indent=2), "utf-8")


def slot(doc: dict[str, Any], kind: str) -> dict[str, Any]:
    (found,) = [s for s in doc["slots"] if s["kind"] == kind]
    return found  # type: ignore[no-any-return]
