"""case list and reference indexes, consent lookup by person

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 05:20:00

Measured in docs/performance.md (bench/store.py, 10,000 cases): without an
index on the sort order every open sorted every case row to show 50, and
every lookup by reference scanned the table. Plain CREATE INDEX only: no
table is rebuilt, so the upgrade takes seconds on a large store.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_case_file_updated_at_id", "case_file", ["updated_at", "id"])
    op.create_index("ix_case_file_created_at_id", "case_file", ["created_at", "id"])
    op.create_index("ix_case_file_ref_upper", "case_file", [sa.text("upper(ref)")])
    # Fresh statistics for the planner, including the new indexes.
    op.execute("ANALYZE")


def downgrade() -> None:
    op.drop_index("ix_case_file_ref_upper", table_name="case_file")
    op.drop_index("ix_case_file_created_at_id", table_name="case_file")
    op.drop_index("ix_case_file_updated_at_id", table_name="case_file")
