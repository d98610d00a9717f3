"""Alembic environment for CaseKeeper stores.

Migrations run only on the connection the store has already keyed
(``config.attributes["connection"]``): a URL would have to carry the key.
"""

from __future__ import annotations

from alembic import context

from casekeeper.store.models import Base

FTS_TABLES = ("search_index",)


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    """FTS5 virtual tables and their shadow tables are not ORM models."""
    if type_ == "table" and name and name.startswith(FTS_TABLES):
        return False
    return True


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError(
            "CaseKeeper migrations run only on an open, keyed store connection "
            "(casekeeper.store.migrate), never from a URL."
        )
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
