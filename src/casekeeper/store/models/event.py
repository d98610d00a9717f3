"""What happened, when (as precisely as known), where, and to whom."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from casekeeper.fuzzydate import FuzzyDate

from .base import Base, FuzzyDateType, IdMixin, SensitivityMixin, TimestampMixin

if TYPE_CHECKING:
    from .case import Case
    from .person import Person
    from .place import Organization, Place


class Event(IdMixin, SensitivityMixin, TimestampMixin, Base):
    __tablename__ = "event"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[FuzzyDate | None] = mapped_column(FuzzyDateType(), nullable=True)
    place_id: Mapped[str | None] = mapped_column(
        ForeignKey("place.id", ondelete="SET NULL"), nullable=True, index=True
    )
    amount: Mapped[str] = mapped_column(String(100), default="")  # a fine: "700000 KZT"

    case: Mapped[Case] = relationship(back_populates="events")
    place: Mapped[Place | None] = relationship()
    participants: Mapped[list[EventParticipant]] = relationship(
        back_populates="event", cascade="all, delete-orphan"
    )


class EventParticipant(IdMixin, Base):
    """A person or an organization taking part: the detained, the detaining authority."""

    __tablename__ = "event_participant"

    event_id: Mapped[str] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[str | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), nullable=True, index=True
    )
    organization_id: Mapped[str | None] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), nullable=True, index=True
    )
    role: Mapped[str] = mapped_column(String(30), default="subject")

    event: Mapped[Event] = relationship(back_populates="participants")
    person: Mapped[Person | None] = relationship()
    organization: Mapped[Organization | None] = relationship()
