"""A case and its follow-up tasks."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, IdMixin, SensitivityMixin, TimestampMixin, UTCDateTime

if TYPE_CHECKING:
    from .event import Event
    from .evidence import Evidence
    from .person import Role
    from .source import Claim, Source


class Case(IdMixin, SensitivityMixin, TimestampMixin, Base):
    __tablename__ = "case_file"
    # The case list's default orders, read page by page from an index instead of
    # sorting every case; references are unique and looked up whatever their case.
    __table_args__ = (
        Index("ix_case_file_updated_at_id", "updated_at", "id"),  # read backwards
        Index("ix_case_file_created_at_id", "created_at", "id"),
        Index("ix_case_file_ref_upper", text("upper(ref)")),
    )

    ref: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    summary: Mapped[str] = mapped_column(Text, default="")

    roles: Mapped[list[Role]] = relationship(back_populates="case", cascade="all, delete-orphan")
    events: Mapped[list[Event]] = relationship(back_populates="case", cascade="all, delete-orphan")
    sources: Mapped[list[Source]] = relationship(
        back_populates="case", cascade="all, delete-orphan"
    )
    claims: Mapped[list[Claim]] = relationship(back_populates="case", cascade="all, delete-orphan")
    tasks: Mapped[list[Task]] = relationship(back_populates="case", cascade="all, delete-orphan")
    evidence: Mapped[list[Evidence]] = relationship(
        back_populates="case", cascade="all, delete-orphan"
    )


class Task(IdMixin, TimestampMixin, Base):
    __tablename__ = "task"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    due: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    status: Mapped[str] = mapped_column(String(16), default="open")
    assignee: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    case: Mapped[Case] = relationship(back_populates="tasks")
