"""name keys, person merges, not-same decisions

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 02:46:31.144369
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# The three name tables as they are at this revision, for the backfill.
NAME_TABLES = (
    ("person_name", "person_id", "person"),
    ("place_name", "place_id", "place"),
    ("organization_name", "organization_id", "organization"),
)


def upgrade() -> None:
    # New tables only (plain CREATE TABLE/INDEX): no existing table is rebuilt.
    op.create_table(
        "name_form",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_id", sa.String(length=32), nullable=False),
        sa.Column("entity", sa.String(length=16), nullable=False),
        sa.Column("owner_id", sa.String(length=32), nullable=False),
        sa.Column("script", sa.String(length=8), nullable=False),
        sa.Column("latin", sa.Text(), nullable=False),
        sa.Column("phonetic", sa.Text(), nullable=False),
        sa.Column("rules", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_name_form")),
    )
    op.create_index("ix_name_form_name_id", "name_form", ["name_id"], unique=True)
    op.create_index("ix_name_form_owner_id", "name_form", ["owner_id"])

    op.create_table(
        "name_key",
        sa.Column("key", sa.String(length=8), nullable=False),
        sa.Column("form_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["form_id"],
            ["name_form.id"],
            name=op.f("fk_name_key_form_id_name_form"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key", "form_id", name=op.f("pk_name_key")),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_name_key_form_id", "name_key", ["form_id"])

    op.create_table(
        "person_merge",
        sa.Column("survivor_id", sa.String(length=32), nullable=False),
        sa.Column("merged_id", sa.String(length=32), nullable=False),
        sa.Column("merged_by", sa.String(length=300), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.Column("record", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("undone_by", sa.String(length=300), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_merge")),
    )
    op.create_index("ix_person_merge_merged_id", "person_merge", ["merged_id"])
    op.create_index("ix_person_merge_survivor_id", "person_merge", ["survivor_id"])

    op.create_table(
        "not_same_person",
        sa.Column("person_id", sa.String(length=32), nullable=False),
        sa.Column("other_id", sa.String(length=32), nullable=False),
        sa.Column("decided_by", sa.String(length=300), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["other_id"],
            ["person.id"],
            name=op.f("fk_not_same_person_other_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_not_same_person_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_not_same_person")),
        sa.UniqueConstraint(
            "person_id", "other_id", name=op.f("uq_not_same_person_person_id_other_id")
        ),
    )
    op.create_index("ix_not_same_person_other_id", "not_same_person", ["other_id"])
    op.create_index("ix_not_same_person_person_id", "not_same_person", ["person_id"])

    _backfill_name_keys()


def _backfill_name_keys() -> None:
    """Keys for every name recorded before this version, in batches (later
    names get theirs from the mapper events in casekeeper.store.models.name_keys).
    Only the pure key function is imported: the tables are as they are here."""
    from casekeeper.names.keys import RULES_VERSION, name_keys

    conn = op.get_bind()
    forms = sa.table(
        "name_form",
        *(sa.column(c) for c in ("id", "name_id", "entity", "owner_id", "script", "latin")),
        sa.column("phonetic"),
        sa.column("rules"),
    )
    keys_table = sa.table("name_key", sa.column("key"), sa.column("form_id"))
    form_id = 0
    for table, owner, entity in NAME_TABLES:
        rows = conn.execute(sa.text(f"SELECT id, {owner}, text, language FROM {table}")).all()
        for start in range(0, len(rows), 2000):
            form_rows, key_rows = [], []
            for name_id, owner_id, text, language in rows[start : start + 2000]:
                form_id += 1
                keys = name_keys(text, language or "")
                form_rows.append(
                    {
                        "id": form_id,
                        "name_id": name_id,
                        "entity": entity,
                        "owner_id": owner_id,
                        "script": keys.script,
                        "latin": keys.latin,
                        "phonetic": keys.phonetic,
                        "rules": RULES_VERSION,
                    }
                )
                key_rows += [{"key": k, "form_id": form_id} for k in sorted(keys.blocking)]
            if form_rows:
                conn.execute(forms.insert(), form_rows)
            if key_rows:
                conn.execute(keys_table.insert(), key_rows)


def downgrade() -> None:
    op.drop_index("ix_not_same_person_person_id", table_name="not_same_person")
    op.drop_index("ix_not_same_person_other_id", table_name="not_same_person")
    op.drop_table("not_same_person")
    op.drop_index("ix_person_merge_survivor_id", table_name="person_merge")
    op.drop_index("ix_person_merge_merged_id", table_name="person_merge")
    op.drop_table("person_merge")
    op.drop_index("ix_name_key_form_id", table_name="name_key")
    op.drop_table("name_key")
    op.drop_index("ix_name_form_owner_id", table_name="name_form")
    op.drop_index("ix_name_form_name_id", table_name="name_form")
    op.drop_table("name_form")
