"""What a person agreed may be shared, with whom, on what condition."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, IdMixin, TimestampMixin, UTCDateTime

if TYPE_CHECKING:
    from .person import Person


class Consent(IdMixin, TimestampMixin, Base):
    """One decision: person P, for audience A, about scope S (all, name, photo, testimony…)."""

    __tablename__ = "consent"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[str | None] = mapped_column(
        ForeignKey("case_file.id", ondelete="CASCADE"), nullable=True, index=True
    )
    audience: Mapped[str] = mapped_column(String(16))
    scope: Mapped[str] = mapped_column(String(30), default="all")
    decision: Mapped[str] = mapped_column(String(16))
    conditions: Mapped[str] = mapped_column(Text, default="")  # "only if he is arrested"
    recorded_by: Mapped[str] = mapped_column(String(300), default="")
    recorded_on: Mapped[datetime] = mapped_column(UTCDateTime())
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    withdrawal_note: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship(back_populates="consents")


class FieldSensitivity(IdMixin, Base):
    """Narrows one field of one record: this phone number is internal only."""

    __tablename__ = "field_sensitivity"

    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(32), index=True)
    field: Mapped[str] = mapped_column(String(60))
    level: Mapped[str] = mapped_column(String(16))
