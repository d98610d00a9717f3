"""Bring a store's schema to this version's head, on open.

The connection passed in is already keyed; alembic gets it through
``config.attributes["connection"]`` and never sees a URL or a key.
"""

from __future__ import annotations

import functools

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from casekeeper.errors import StoreTooNew
from casekeeper.paths import migrations_dir


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.attributes["connection"] = connection
    return cfg


@functools.cache
def _scripts() -> tuple[frozenset[str], str]:
    """Known revisions and the head, read once per process: alembic compiles
    every migration file each time it builds a ScriptDirectory (25-40 ms of
    every open, docs/performance.md)."""
    scripts = ScriptDirectory.from_config(alembic_config())
    head = scripts.get_current_head()
    assert head is not None
    return frozenset(rev.revision for rev in scripts.walk_revisions()), head


def head_revision() -> str:
    return _scripts()[1]


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine) -> None:
    """Runs inside one BEGIN: a failed step leaves the old schema intact."""
    with engine.connect() as conn:
        known, head = _scripts()
        current = current_revision(conn)
        if current is not None and current not in known:
            raise StoreTooNew(current)
        if current == head:
            conn.rollback()
            return
        command.upgrade(alembic_config(conn), "head")
        conn.commit()
