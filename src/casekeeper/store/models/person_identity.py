"""Decisions about who is who: two records merged into one person, or two
people a caseworker said are not the same (issue 4).

Both are ordinary logged records: the change log shows who decided, and
when. A merge keeps, in ``record``, everything needed to undo it: the
merged person's own fields, every row moved to the survivor, the rows that
would have been duplicates on the survivor, and the survivor's fields it
filled in.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, IdMixin, UTCDateTime


class PersonMerge(IdMixin, Base):
    __tablename__ = "person_merge"

    # No foreign keys: the merged person's row is gone while the merge stands,
    # and the record must outlive either person.
    survivor_id: Mapped[str] = mapped_column(String(32), index=True)
    merged_id: Mapped[str] = mapped_column(String(32), index=True)
    merged_by: Mapped[str] = mapped_column(String(300), default="")
    merged_at: Mapped[datetime] = mapped_column(UTCDateTime())
    record: Mapped[str] = mapped_column(Text)  # JSON, see services/merge.py
    note: Mapped[str] = mapped_column(Text, default="")
    undone_by: Mapped[str] = mapped_column(String(300), default="")
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class NotSamePerson(IdMixin, Base):
    """'These two are different people': the duplicate finder stops pairing them.
    ``person_id`` < ``other_id``, so a pair has one row whichever way it was said."""

    __tablename__ = "not_same_person"
    __table_args__ = (UniqueConstraint("person_id", "other_id"),)

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    other_id: Mapped[str] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    decided_by: Mapped[str] = mapped_column(String(300), default="")
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime())
    note: Mapped[str] = mapped_column(Text, default="")
