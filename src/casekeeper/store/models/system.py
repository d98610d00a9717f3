"""The change log and the store's own settings."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class ChangeLogEntry(Base):
    """One recorded change. ``mac`` chains each entry to the one before
    (HMAC-SHA256 under a key derived from the master key), so editing,
    dropping or reordering rows is detected by ``casekeeper check``."""

    __tablename__ = "change_log"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    hlc: Mapped[str] = mapped_column(String(24), index=True)
    device_id: Mapped[str] = mapped_column(String(32))
    author: Mapped[str] = mapped_column(String(300))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(32), index=True)
    case_id: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    op: Mapped[str] = mapped_column(String(10))  # create, update, delete
    field: Mapped[str | None] = mapped_column(String(60), nullable=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
    mac: Mapped[str] = mapped_column(String(64))


class StoreSetting(Base):
    """Store-level values: ids, the signing identity, the vault identity.
    Never recorded in the change log (secrets live here)."""

    __tablename__ = "store_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
