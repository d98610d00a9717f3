"""What the database knows of an evidence file; the encrypted bytes live in the vault."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import BigInteger, Float, ForeignKey, String, Text
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
    acquired_where: Mapped[str] = mapped_column(String(300), default="")
    # The source this file documents. No database-level foreign key: adding
    # one in SQLite rebuilds the table, and with foreign keys on, dropping the
    # old table would null every source's link to its archived copy.
    source_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    # HMAC-SHA256 of the plaintext hash under a key only the store has: finds
    # identical files without letting anyone test "is this known video here".
    dedup_tag: Mapped[str] = mapped_column(String(64), default="", index=True)
    file_modified: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    captured_at: Mapped[str] = mapped_column(String(40), default="")  # camera clock, no zone
    camera: Mapped[str] = mapped_column(String(200), default="")
    gps_latitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    gps_longitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    duration_seconds: Mapped[float | None] = mapped_column(Float, nullable=True)
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    removed_by: Mapped[str] = mapped_column(String(300), default="")

    case: Mapped[Case] = relationship(back_populates="evidence")
    custody: Mapped[list[CustodyEvent]] = relationship(
        back_populates="evidence", order_by="CustodyEvent.at"
    )


class CustodyEvent(IdMixin, Base):
    """One link in an item's chain of custody, with the hash seen at that moment.

    Rows are only ever added (the change log chains them); removing an item
    from the vault keeps them, so the history of a deleted file survives."""

    __tablename__ = "custody_event"

    evidence_id: Mapped[str] = mapped_column(ForeignKey("evidence.id"), index=True)
    action: Mapped[str] = mapped_column(String(20))  # acquired, imported, viewed, …
    actor: Mapped[str] = mapped_column(String(300), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    place: Mapped[str] = mapped_column(String(300), default="")
    sha256: Mapped[str] = mapped_column(String(64), default="")
    detail: Mapped[str] = mapped_column(Text, default="")

    evidence: Mapped[Evidence] = relationship(back_populates="custody")
