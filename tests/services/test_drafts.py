"""A caseworker pauses an interview: the draft is kept inside the encrypted
store, read back exactly, replaced on the next pause, and gone once discarded."""

from __future__ import annotations

from pathlib import Path

import pytest

from casekeeper.errors import DraftUnreadable, InvalidValue
from casekeeper.services import drafts
from casekeeper.services.context import Context
from casekeeper.store.models import ChangeLogEntry, StoreSetting
from casekeeper.store.store import Store

TYPED = {
    "person": {"names": ["Alimnur Turganbay", "Әлімнұр Тұрғанбай", "阿力木努尔·吐尔干拜"]},
    "event": {"date": "July 2025", "place": "Khorgos"},
    "marker": "UNIQUE-DRAFT-MARKER-7f3a",
}


def folder_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file())


def test_paused_interview_comes_back_exactly_as_typed(store: Store, ctx: Context) -> None:
    assert drafts.load_draft(store, "interview") is None
    saved = drafts.save_draft(ctx, "interview", TYPED, label="Alimnur Turganbay")
    back = drafts.load_draft(store, "interview")
    assert back is not None
    assert back.data == TYPED
    assert (back.label, back.saved_by, back.saved_at) == (
        "Alimnur Turganbay",
        "caseworker-a",
        saved.saved_at,
    )
    assert back.saved_at.startswith("2025-07-24T09:00")
    assert drafts.draft_names(store) == ["interview"]


def test_draft_is_never_plaintext_on_disk(store: Store, ctx: Context) -> None:
    drafts.save_draft(ctx, "interview", TYPED, label="Alimnur Turganbay")
    raw = folder_bytes(store.path)
    for text in ("UNIQUE-DRAFT-MARKER-7f3a", "Khorgos", "Әлімнұр", "阿力木努尔"):
        assert text.encode("utf-8") not in raw
    # ...while the same store, read through its key, has it.
    loaded = drafts.load_draft(store, "interview")
    assert loaded is not None and loaded.data["marker"] == "UNIQUE-DRAFT-MARKER-7f3a"


def test_second_pause_replaces_the_first_and_discard_removes_it(store: Store, ctx: Context) -> None:
    drafts.save_draft(ctx, "interview", {"step": 1})
    drafts.save_draft(ctx, "interview", {"step": 2})
    loaded = drafts.load_draft(store, "interview")
    assert loaded is not None and loaded.data == {"step": 2}
    assert drafts.discard_draft(ctx, "interview") is True
    assert drafts.load_draft(store, "interview") is None
    assert drafts.discard_draft(ctx, "interview") is False


def test_draft_leaves_no_trace_in_the_change_log(store: Store, ctx: Context) -> None:
    with store.reading() as session:
        before = session.query(ChangeLogEntry).count()
    drafts.save_draft(ctx, "interview", TYPED)
    drafts.discard_draft(ctx, "interview")
    with store.reading() as session:
        assert session.query(ChangeLogEntry).count() == before


def test_bad_names_and_damaged_drafts_are_refused_with_a_reason(store: Store, ctx: Context) -> None:
    with pytest.raises(InvalidValue):
        drafts.save_draft(ctx, "../escape", {})
    with pytest.raises(InvalidValue, match="too large"):
        drafts.save_draft(ctx, "big", {"text": "x" * (drafts.MAX_BYTES + 1)})
    with store.writing("test") as session:
        session.add(StoreSetting(key="draft:broken", value="{not json"))
        session.add(StoreSetting(key="draft:future", value='{"format": 99, "data": {}}'))
    with pytest.raises(DraftUnreadable, match="not JSON"):
        drafts.load_draft(store, "broken")
    with pytest.raises(DraftUnreadable, match="format 99"):
        drafts.load_draft(store, "future")
