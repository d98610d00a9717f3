"""Helpers the store tests share: looking at a store folder byte by byte."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PASSPHRASE = "correct horse battery staple"
MARKER = "MARKER-7f3a9c"
NAMES = ("Alimnur Turganbay", "Әлімнұр", "阿力木努尔")


@dataclass(frozen=True)
class FileState:
    content: bytes
    mtime_ns: int


def snapshot(folder: Path) -> dict[str, FileState | None]:
    """Every file and folder under ``folder``: bytes and mtime (None for a folder)."""
    state: dict[str, FileState | None] = {}
    for path in sorted(folder.rglob("*")):
        rel = str(path.relative_to(folder))
        if path.is_file():
            stat = path.stat()
            state[rel] = FileState(path.read_bytes(), stat.st_mtime_ns)
        else:
            state[rel] = None
    return state


def describe_changes(before: dict, after: dict) -> list[str]:
    changes = [f"new: {name}" for name in sorted(set(after) - set(before))]
    changes += [f"gone: {name}" for name in sorted(set(before) - set(after))]
    for name in sorted(set(before) & set(after)):
        old, new = before[name], after[name]
        if old is None or new is None:
            continue
        if old.content != new.content:
            changes.append(f"bytes changed: {name}")
        elif old.mtime_ns != new.mtime_ns:
            changes.append(f"mtime changed: {name}")
    return changes


def encodings_of(text: str) -> list[tuple[str, bytes]]:
    return [(enc, text.encode(enc)) for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def plaintext_found(folder: Path, secrets: list[str]) -> list[str]:
    """Which secret appears, in which encoding, in which file under ``folder``."""
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for secret in secrets:
            for enc, needle in encodings_of(secret):
                if needle in data:
                    found.append(f"{secret!r} ({enc}) in {path.name}")
    return found
