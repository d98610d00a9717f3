"""Paused work kept inside the store: a half-finished interview.

A draft is a JSON document kept in the store's own settings table, so it is
encrypted exactly like every record (SQLCipher) and never exists as
plaintext on disk. Drafts belong to this device only: the settings table is
not in the change log, so sync never carries them, and they leave no trace
in a case's history. A draft is replaced whole on every save and deleted
when the work it holds is finished or discarded.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from casekeeper.errors import DraftUnreadable, InvalidValue
from casekeeper.store.models import StoreSetting
from casekeeper.store.store import Store

from .context import Context

FORMAT = 1
PREFIX = "draft:"
# A typed interview is a few KiB; a draft this large is a mistake, not work.
MAX_BYTES = 4 << 20
_NAME = re.compile(r"[a-z][a-z0-9_.-]{0,40}")


@dataclass(frozen=True)
class Draft:
    name: str
    data: dict[str, Any]
    saved_at: str  # ISO 8601, UTC
    saved_by: str
    label: str  # a few words to recognise it by ("Alimnur Turganbay")


def _key(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise InvalidValue(f"'{name}' is not a draft name (lower-case letters, digits, - _ .).")
    return PREFIX + name


def save_draft(ctx: Context, name: str, data: dict[str, Any], *, label: str = "") -> Draft:
    """Keep ``data`` (anything JSON can hold) as the draft ``name``, replacing
    the one kept before."""
    key = _key(name)
    saved_at = ctx.store.clock.now().isoformat()
    document = {
        "format": FORMAT,
        "saved_at": saved_at,
        "saved_by": ctx.author,
        "label": label.strip(),
        "data": data,
    }
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise InvalidValue(f"This draft is too large to keep ({MAX_BYTES >> 20} MiB at most).")
    with ctx.store.writing(ctx.author) as session:
        row = session.get(StoreSetting, key)
        if row is None:
            session.add(StoreSetting(key=key, value=text))
        else:
            row.value = text
    return Draft(name, data, saved_at, ctx.author, label.strip())


def load_draft(store: Store, name: str) -> Draft | None:
    """The draft ``name``, or None when there is none."""
    key = _key(name)
    with store.reading() as session:
        text = session.scalar(select(StoreSetting.value).where(StoreSetting.key == key))
    if text is None:
        return None
    try:
        document = json.loads(text)
    except ValueError as exc:
        raise DraftUnreadable(name, f"not JSON: {exc}") from None
    if not isinstance(document, dict) or not isinstance(document.get("data"), dict):
        raise DraftUnreadable(name, "not a draft document")
    if document.get("format") != FORMAT:
        raise DraftUnreadable(name, f"format {document.get('format')!r}, this CaseKeeper reads 1")
    return Draft(
        name,
        document["data"],
        str(document.get("saved_at", "")),
        str(document.get("saved_by", "")),
        str(document.get("label", "")),
    )


def discard_draft(ctx: Context, name: str) -> bool:
    """Delete the draft; False if there was none."""
    key = _key(name)
    with ctx.store.writing(ctx.author) as session:
        result = session.execute(delete(StoreSetting).where(StoreSetting.key == key))
        return bool(result.rowcount)  # type: ignore[attr-defined]


def draft_names(store: Store) -> list[str]:
    with store.reading() as session:
        keys = session.scalars(
            select(StoreSetting.key)
            .where(StoreSetting.key.startswith(PREFIX))
            .order_by(StoreSetting.key)
        ).all()
    return [k[len(PREFIX) :] for k in keys]
