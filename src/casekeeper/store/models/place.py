"""Places and organizations, each with name variants (Doralta, Duralata, Dulata)."""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, IdMixin


class Place(IdMixin, Base):
    __tablename__ = "place"

    kind: Mapped[str] = mapped_column(String(30), default="other")
    country: Mapped[str] = mapped_column(String(100), default="")
    latitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    longitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")

    names: Mapped[list[PlaceName]] = relationship(
        back_populates="place", cascade="all, delete-orphan", order_by="PlaceName.position"
    )

    @property
    def display_name(self) -> str:
        return self.names[0].text if self.names else "(unnamed place)"


class PlaceName(IdMixin, Base):
    __tablename__ = "place_name"

    place_id: Mapped[str] = mapped_column(ForeignKey("place.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(String(300))
    script: Mapped[str] = mapped_column(String(8), default="")
    language: Mapped[str] = mapped_column(String(16), default="")
    position: Mapped[int] = mapped_column(default=0)

    place: Mapped[Place] = relationship(back_populates="names")


class Organization(IdMixin, Base):
    __tablename__ = "organization"

    kind: Mapped[str] = mapped_column(String(30), default="other")
    country: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    names: Mapped[list[OrganizationName]] = relationship(
        back_populates="organization",
        cascade="all, delete-orphan",
        order_by="OrganizationName.position",
    )

    @property
    def display_name(self) -> str:
        return self.names[0].text if self.names else "(unnamed organization)"


class OrganizationName(IdMixin, Base):
    __tablename__ = "organization_name"

    organization_id: Mapped[str] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(String(300))
    script: Mapped[str] = mapped_column(String(8), default="")
    language: Mapped[str] = mapped_column(String(16), default="")
    position: Mapped[int] = mapped_column(default=0)

    organization: Mapped[Organization] = relationship(back_populates="names")
