"""The schema a store gets from its migrations is exactly the one the code expects.

Checked on a real SQLCipher connection of a real store (the only way
migrations ever run), with the filter migrations/env.py uses for the
full-text index, whose FTS5 tables are not ORM models.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from store_testkit import describe_changes, snapshot

from casekeeper import errors
from casekeeper.services import cases, search
from casekeeper.services.context import Context
from casekeeper.services.stores import NewStore, open_store
from casekeeper.store.migrate import current_revision, head_revision
from casekeeper.store.models import Base
from casekeeper.store.store import Store

SEARCHED_TABLES = [
    "case_file",
    "person_name",
    "event",
    "source",
    "place_name",
    "organization_name",
]


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    """Same rule as migrations/env.py: FTS5 tables are not ORM models."""
    return not (type_ == "table" and name and name.startswith("search_index"))


def test_migrated_store_schema_matches_the_models_exactly(new_store: NewStore) -> None:
    """A store created from nothing (every migration run) against the models."""
    with new_store.store.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": include_object, "compare_type": True}
        )
        differences = compare_metadata(context, Base.metadata)
        conn.rollback()
    assert differences == []


def test_new_store_is_at_the_newest_schema_revision(open_copy: Callable[[], Store]) -> None:
    with open_copy().engine.connect() as conn:
        assert current_revision(conn) == head_revision()
        conn.rollback()


def test_full_text_index_triggers_exist_for_every_searched_table(
    open_copy: Callable[[], Store],
) -> None:
    with open_copy().engine.connect() as conn:
        triggers = set(
            conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars()
        )
        has_index = conn.execute(
            text("SELECT count(*) FROM sqlite_master WHERE name = 'search_index'")
        ).scalar()
        conn.rollback()
    expected = {f"search_{t}_{s}" for t in SEARCHED_TABLES for s in ("ai", "ad", "au")}
    assert len(expected) == 18
    assert triggers == expected
    assert has_index == 1


def test_reopened_store_is_not_migrated_again_and_search_still_works(
    store_copy: tuple[Path, str],
) -> None:
    folder, recovery = store_copy
    with open_store(folder, recovery_key=recovery) as store:
        cases.new_case(Context.for_store(store, "caseworker-a"), "Detention at Khorgos")
    with open_store(folder, recovery_key=recovery) as store:
        with store.engine.connect() as conn:
            assert current_revision(conn) == head_revision()
            conn.rollback()
        hits = search.search(store, "khorgos")
        assert [h.entity for h in hits] == ["case"]
        assert hits[0].label.endswith("Detention at Khorgos")


def test_store_from_a_newer_casekeeper_is_refused_and_left_alone(
    store_copy: tuple[Path, str],
) -> None:
    folder, recovery = store_copy
    with open_store(folder, recovery_key=recovery) as store:
        with store.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    before = snapshot(folder)

    with pytest.raises(errors.StoreTooNew, match="newer CaseKeeper"):
        open_store(folder, recovery_key=recovery)

    assert describe_changes(before, snapshot(folder)) == []
    # ...and the lock was let go: the store is not stuck as "open elsewhere".
    with pytest.raises(errors.StoreTooNew):
        open_store(folder, recovery_key=recovery)
