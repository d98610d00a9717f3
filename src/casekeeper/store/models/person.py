"""People, their names in every script, documents, and how they relate."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Boolean, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from casekeeper.fuzzydate import FuzzyDate

from .base import Base, FuzzyDateType, IdMixin, SensitivityMixin, TimestampMixin

if TYPE_CHECKING:
    from .case import Case
    from .consent import Consent


class Person(IdMixin, SensitivityMixin, TimestampMixin, Base):
    __tablename__ = "person"

    gender: Mapped[str] = mapped_column(String(20), default="")
    birth_date: Mapped[FuzzyDate | None] = mapped_column(FuzzyDateType(), nullable=True)
    birthplace: Mapped[str] = mapped_column(String(300), default="")
    hometown: Mapped[str] = mapped_column(String(300), default="")
    ethnicity: Mapped[str] = mapped_column(String(100), default="")
    occupation: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default="unknown")
    # Contact details are a sensitive field: exports leave them out unless
    # consent and field sensitivity both allow (see FieldSensitivity).
    contact: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    names: Mapped[list[PersonName]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="PersonName.position"
    )
    citizenships: Mapped[list[Citizenship]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )
    documents: Mapped[list[IdentityDocument]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )
    roles: Mapped[list[Role]] = relationship(back_populates="person", cascade="all, delete-orphan")
    consents: Mapped[list[Consent]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )

    @property
    def display_name(self) -> str:
        return self.names[0].text if self.names else "(no name)"


class PersonName(IdMixin, Base):
    """One way of writing a name: 'Alimnur Turganbay', 'Әлімнұр Тұрғанбай', '阿力木努尔'."""

    __tablename__ = "person_name"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(String(300))
    script: Mapped[str] = mapped_column(String(8), default="")  # ISO 15924: Latn, Cyrl, Hani, Arab
    language: Mapped[str] = mapped_column(String(16), default="")  # BCP 47: kk, ru, zh, ug
    kind: Mapped[str] = mapped_column(String(20), default="legal")
    position: Mapped[int] = mapped_column(default=0)

    person: Mapped[Person] = relationship(back_populates="names")


class Citizenship(IdMixin, Base):
    __tablename__ = "citizenship"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    country: Mapped[str] = mapped_column(String(100))
    acquired: Mapped[FuzzyDate | None] = mapped_column(FuzzyDateType(), nullable=True)
    lost: Mapped[FuzzyDate | None] = mapped_column(FuzzyDateType(), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship(back_populates="citizenships")


class IdentityDocument(IdMixin, Base):
    __tablename__ = "identity_document"

    # Identity numbers are never published by default.
    sensitivity: Mapped[str] = mapped_column(String(16), default="internal")
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    number: Mapped[str] = mapped_column(String(100), default="")
    issuer: Mapped[str] = mapped_column(String(200), default="")
    issued: Mapped[FuzzyDate | None] = mapped_column(FuzzyDateType(), nullable=True)
    expires: Mapped[FuzzyDate | None] = mapped_column(FuzzyDateType(), nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="valid")
    note: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship(back_populates="documents")


class Role(IdMixin, Base):
    """A person's part in a case: victim, relative, witness, informant, official."""

    __tablename__ = "case_role"
    __table_args__ = (UniqueConstraint("case_id", "person_id", "kind"),)

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship(back_populates="roles")
    person: Mapped[Person] = relationship(back_populates="roles")


class Relationship(IdMixin, Base):
    """``person`` is the ``kind`` of ``relative``: (wife, spouse, husband), (girl, child, dad)."""

    __tablename__ = "relationship"
    __table_args__ = (UniqueConstraint("person_id", "relative_id", "kind"),)

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    relative_id: Mapped[str] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    confirmed: Mapped[bool] = mapped_column(Boolean, default=True)

    person: Mapped[Person] = relationship(foreign_keys=[person_id])
    relative: Mapped[Person] = relationship(foreign_keys=[relative_id])
