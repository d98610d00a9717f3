"""A stolen laptop: whoever copies the store folder learns nothing from its bytes.

Every file in the folder is read raw, while the store is open (the WAL holds
the newest pages) and after it is locked, and searched for what a caseworker
typed: a marker string, and a victim's name in Latin, Kazakh Cyrillic and
Chinese, in UTF-8 and UTF-16.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from store_testkit import MARKER, NAMES, plaintext_found

from casekeeper.errors import StoreClosed
from casekeeper.services import cases, claims, consent, events, people, tasks
from casekeeper.services.context import Context
from casekeeper.services.people import NameInput
from casekeeper.services.stores import NewStore
from casekeeper.store.store import Store

# What the full-text index stores: lower-cased words, accents folded.
INDEX_WORDS = ["7f3a9c", "turganbay", "alimnur", "әлімнұр"]


def _fill_with_a_sensitive_case(ctx: Context) -> None:
    case = cases.new_case(
        ctx,
        f"Detention of Alimnur Turganbay {MARKER}",
        summary=f"Taken at the Khorgos crossing. {MARKER}",
    )
    person = people.add_person(
        ctx,
        [
            "Alimnur Turganbay",
            "Әлімнұр Тұрғанбай",
            "阿力木努尔",
            NameInput(f"Informant {MARKER}", "alias"),
        ],
        case=case.ref,
        contact=f"+7 701 000 0000 {MARKER}",
        notes=f"Lives with his mother {MARKER}",
    )
    wife = people.add_person(ctx, ["Guldariya Turganbay"], case=case.ref, roles=["relative"])
    people.add_relationship(ctx, wife.id, "spouse", person.id)
    events.add_event(
        ctx,
        case.ref,
        "detention",
        f"Detention at Khorgos {MARKER}",
        date="2025-07-22 or 23",
        place="Khorgos",
        description=f"Әлімнұр was taken {MARKER}",
        people=[(person.id, "victim")],
    )
    source = claims.add_source(
        ctx,
        case.ref,
        "testimony",
        "Testimony of his wife",
        content=f"My husband Alimnur Turganbay (Әлімнұр, 阿力木努尔) was taken away. {MARKER}",
    )
    claims.add_claim(ctx, source.id, "person", person.id, "status", f"detained {MARKER}")
    consent.set_consent(
        ctx, person.id, "public", "conditional", conditions=f"only if he is arrested {MARKER}"
    )
    tasks.add_task(ctx, case.ref, f"Petition for Alimnur {MARKER}", due="2025-08-01")


def _secrets() -> list[str]:
    return [MARKER, *NAMES, *INDEX_WORDS]


def test_copied_store_folder_reveals_no_case_text_while_open_or_locked(
    new_store: NewStore, ctx: Context
) -> None:
    _fill_with_a_sensitive_case(ctx)
    folder = new_store.store.path

    # While the store is open the newest pages sit in store.db-wal.
    assert (folder / "store.db-wal").exists()
    assert plaintext_found(folder, _secrets()) == []

    new_store.store.close()
    files = sorted(p.name for p in folder.rglob("*") if p.is_file())
    assert {"store.db", "keyslots.json", "lock"} <= set(files)
    assert plaintext_found(folder, _secrets()) == []
    # The scan does see what is meant to be readable: the key file names its store.
    assert plaintext_found(folder, [new_store.store.store_id]) == [
        f"{new_store.store.store_id!r} (utf-8) in keyslots.json"
    ]


def test_standard_sqlite_cannot_read_the_database(new_store: NewStore, ctx: Context) -> None:
    _fill_with_a_sensitive_case(ctx)
    new_store.store.close()
    db = new_store.store.path / "store.db"

    assert not db.read_bytes().startswith(b"SQLite format 3\x00")
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="not a database"):
            conn.execute("SELECT name FROM sqlite_master").fetchall()
    finally:
        conn.close()


def test_locked_store_forgets_its_keys_and_refuses_to_show_records(
    open_copy: Callable[[], Store],
) -> None:
    store = open_copy()
    cases.new_case(Context.for_store(store, "caseworker-a"), f"Case {MARKER}")
    store.close()

    assert not store.is_open
    with pytest.raises(StoreClosed):
        cases.list_cases(store)
    with pytest.raises(StoreClosed):
        _ = store.changelog_mac_key
    with pytest.raises(StoreClosed):
        _ = store.engine


def test_store_folder_is_private_to_its_owner(new_store: NewStore, ctx: Context) -> None:
    cases.new_case(ctx, "Any case")
    folder: Path = new_store.store.path
    new_store.store.close()
    assert folder.stat().st_mode & 0o077 == 0
    for name in ("store.db", "keyslots.json", "lock"):
        assert (folder / name).stat().st_mode & 0o077 == 0, name
