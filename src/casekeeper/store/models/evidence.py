"""What the database knows of an evidence file; the encrypted bytes live in the vault."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import BigInteger, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, IdMixin, SensitivityMixin, TimestampMixin, UTCDateTime

if TYPE_CHECKING:
    from .case import Case


class Evidence(IdMixin, SensitivityMixin, TimestampMixin, Base):
    __tablename__ = "evidence"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    blob_id: Mapped[str] = mapped_column(String(64), default="")
    original_name: Mapped[str] = mapped_column(String(1000))
    media_type: Mapped[str] = mapped_column(String(200), default="application/octet-stream")
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    acquired_by: Mapped[str] = mapped_column(String(300), default="")
    acquired_from: Mapped[str] = mapped_column(String(300), default="")
    acquired_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    description: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship(back_populates="evidence")
