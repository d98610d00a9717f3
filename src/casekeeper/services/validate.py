"""Turning what a person typed into stored values, with messages that help."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from casekeeper import fuzzydate
from casekeeper.errors import InvalidValue
from casekeeper.fuzzydate import FuzzyDate
from casekeeper.store.vocab import choices


def choice(value: str, enum: type[StrEnum], what: str) -> str:
    normalised = value.strip().lower().replace(" ", "_").replace("-", "_")
    allowed = choices(enum)
    if normalised not in allowed:
        raise InvalidValue(f"'{value}' is not a known {what}; choose one of: {', '.join(allowed)}.")
    return normalised


def fuzzy(value: str | FuzzyDate | None) -> FuzzyDate | None:
    if value is None or isinstance(value, FuzzyDate):
        return value
    if not value.strip():
        return None
    return fuzzydate.parse(value)


def day(value: str | date | None, what: str = "date") -> date | None:
    if value is None or isinstance(value, date):
        return value
    if not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidValue(f"'{value}' is not a {what} in the form YYYY-MM-DD.") from None


def text(value: str, what: str, *, required: bool = True, limit: int = 10000) -> str:
    cleaned = value.strip()
    if required and not cleaned:
        raise InvalidValue(f"The {what} cannot be empty.")
    if len(cleaned) > limit:
        raise InvalidValue(f"The {what} is too long ({len(cleaned)} characters, at most {limit}).")
    return cleaned
