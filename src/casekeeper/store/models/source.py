"""Where a fact comes from, and the claims that tie facts to sources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from casekeeper.fuzzydate import FuzzyDate

from .base import Base, FuzzyDateType, IdMixin, SensitivityMixin, TimestampMixin

if TYPE_CHECKING:
    from .case import Case


class Source(IdMixin, SensitivityMixin, TimestampMixin, Base):
    __tablename__ = "source"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(500))
    author: Mapped[str] = mapped_column(String(300), default="")
    date: Mapped[FuzzyDate | None] = mapped_column(FuzzyDateType(), nullable=True)
    language: Mapped[str] = mapped_column(String(16), default="")
    url: Mapped[str] = mapped_column(String(2000), default="")
    reliability: Mapped[str] = mapped_column(String(20), default="unknown")
    content: Mapped[str] = mapped_column(Text, default="")  # testimony text, article notes
    archived_evidence_id: Mapped[str | None] = mapped_column(
        ForeignKey("evidence.id", ondelete="SET NULL"), nullable=True
    )

    case: Mapped[Case] = relationship(back_populates="sources")
    claims: Mapped[list[Claim]] = relationship(back_populates="source")


class Claim(IdMixin, SensitivityMixin, TimestampMixin, Base):
    """'Source S says field F of record R is V'. Two claims on the same (R, F)
    whose values differ are a disagreement, and both are kept."""

    __tablename__ = "claim"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"), index=True)
    subject_type: Mapped[str] = mapped_column(String(30))  # event, person, case, citizenship
    subject_id: Mapped[str] = mapped_column(String(32), index=True)
    field: Mapped[str] = mapped_column(String(60))
    value: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship(back_populates="claims")
    source: Mapped[Source] = relationship(back_populates="claims")
