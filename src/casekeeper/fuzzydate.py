"""Partial and uncertain dates, as caseworkers know them.

A :class:`FuzzyDate` stores what is known and no more: ISO strings of the
precision known ("2025", "2025-07", "2025-07-23"), an optional range end, and
a ``circa`` flag. ``str(fd)`` is the canonical machine form ("2025-07-22/2025-07-23",
"~2018") and :func:`parse` always reads it back; :meth:`FuzzyDate.display` is for people.

What :func:`parse` accepts (case-insensitive, surrounding space ignored):

- ISO partials ``2025``, ``2025-07``, ``2025-7``, ``2025-07-23``;
- day-first numbers ``23.07.2025``, ``23/07/2025``, ``07.2025``, ``07/2025``. The
  US month-first order is not accepted: 07/08/2025 is 7 August, and
  07/23/2025 is refused, because one order has to win and CaseKeeper's users
  write day first;
- month names in English (full, three letters, "Sept"), Russian (nominative,
  genitive, prepositional, common abbreviations) and Kazakh, with the day
  before or after the month: ``July 2025``, ``23 July 2025``, ``July 23rd, 2025``,
  ``23 июля 2025 года``, ``июль 2025 г.``, ``2025 жылғы 23 шілде``; Chinese
  ``2025年7月23日``, ``2025年7月``;
- spans, with the missing parts of one end taken from the other:
  ``2025-07-22/2025-07-23``, ``2025-07-22..25``, ``2025-07-22 - 2025-07-25``,
  ``2017–2018``, ``July–August 2025``, ``between 2017 and 2018``, ``from ... to ...``,
  ``с 22 по 25 июля 2025``, and "or" for uncertainty: ``2025-07-22 or 23``,
  ``22 or 23 July 2025``, ``July 22 or 23, 2025``, ``22 или 23 июля 2025``.
  A span is stored the same way whether it meant "lasted" or "one of";
- circa: ``circa 2018``, ``c. 2018``, ``ca. 2018``, ``~2018``, ``about 2018``,
  ``around 2018``, ``approx. 2018``, ``2018?``, ``примерно 2018``, ``около 2018``,
  ``шамамен 2018``, ``约2018年``, ``2018年左右``;
- ``early 2025``, ``mid-2025``, ``late 2025``: stored as the month ranges
  2025-01/2025-04, 2025-05/2025-08 and 2025-09/2025-12 (the word is not kept).

Years always have four digits (two-digit years are refused, "2017-18" too).
Anything else raises :class:`casekeeper.errors.InvalidDate`.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from casekeeper import fuzzydate_months as words
from casekeeper.errors import InvalidDate

__all__ = ["PRECISIONS", "FuzzyDate", "from_parts", "parse"]

PRECISIONS = ("year", "month", "day")
_MAX_INPUT = 200
_CANONICAL = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?")


def _span(iso: object) -> tuple[date, date]:
    """First and last day of a canonical ISO partial; InvalidDate if it names no real one."""
    if not isinstance(iso, str) or not _CANONICAL.fullmatch(iso):
        raise InvalidDate(str(iso))
    year, *rest = (int(part) for part in iso.split("-"))
    try:
        if len(rest) == 2:
            day = date(year, rest[0], rest[1])
            return day, day
        if len(rest) == 1:
            last = calendar.monthrange(year, rest[0])[1]
            return date(year, rest[0], 1), date(year, rest[0], last)
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        raise InvalidDate(iso) from None


@dataclass(frozen=True)
class FuzzyDate:
    """A date known to the year, month or day, possibly a span, possibly approximate.

    ``start`` and ``end`` must be canonical ("2025", "2025-07", "2025-07-23"; use
    :func:`parse` for anything a person typed). The end may have another
    precision than the start, but may neither begin before the start begins nor
    finish before it finishes. An end equal to the start is dropped.
    """

    start: str
    end: str | None = None
    circa: bool = False

    def __post_init__(self) -> None:
        first, last = _span(self.start)
        object.__setattr__(self, "circa", bool(self.circa))
        if self.end == self.start:
            object.__setattr__(self, "end", None)
        if self.end is None:
            return
        end_first, end_last = _span(self.end)
        if end_first < first or end_last < last:
            raise InvalidDate(f"{self.start}/{self.end}")

    def __str__(self) -> str:
        body = self.start if self.end is None else f"{self.start}/{self.end}"
        return f"~{body}" if self.circa else body

    @property
    def precision(self) -> str:
        """How precisely it is known: "year", "month" or "day" (the coarser end of a span)."""
        return PRECISIONS[min(_rank(self.start), _rank(self.end or self.start))]

    def earliest(self) -> date:
        """First day the date could be (circa widens nothing)."""
        return _span(self.start)[0]

    def latest(self) -> date:
        """Last day the date could be: the end of the end's span ("2025-07" → 31 July)."""
        return _span(self.end or self.start)[1]

    def sort_key(self) -> tuple[int, int, int, bool, str]:
        """Chronological order for partial dates.

        By earliest day; at the same earliest day the coarser precision first (2025,
        then 2025-01, then 2025-01-01), then the longer span first, exact before
        circa, and the canonical text last so that equal keys mean equal dates.
        """
        return (
            self.earliest().toordinal(),
            PRECISIONS.index(self.precision),
            -self.latest().toordinal(),
            self.circa,
            str(self),
        )

    def overlaps(self, other: FuzzyDate) -> bool:
        """Whether both could be the same day; False means the sources disagree."""
        return self.earliest() <= other.latest() and other.earliest() <= self.latest()

    def to_parts(self) -> tuple[str, str | None, bool]:
        """The three values stored in the database: start, end, circa."""
        return self.start, self.end, self.circa

    @classmethod
    def from_parts(
        cls, start: str | None, end: str | None = None, circa: bool = False
    ) -> FuzzyDate | None:
        """Rebuild from :meth:`to_parts`; None when no date was recorded (start is None)."""
        if start is None:
            if end is not None:
                raise InvalidDate(f"/{end}")
            return None
        return cls(start, end, bool(circa))

    def display(self) -> str:
        """Readable English: "23 July 2025", "22–23 July 2025", "c. 2018", "2017–2018"."""
        text = _display_span(self.start, self.end)
        return f"c. {text}" if self.circa else text


from_parts = FuzzyDate.from_parts


def _rank(iso: str) -> int:
    return iso.count("-")


# --- display ------------------------------------------------------------------------


def _month(parts: list[str]) -> str:
    return words.MONTH_NAMES_EN[int(parts[1]) - 1]


def _display_one(iso: str) -> str:
    parts = iso.split("-")
    if len(parts) == 1:
        return iso
    if len(parts) == 2:
        return f"{_month(parts)} {parts[0]}"
    return f"{int(parts[2])} {_month(parts)} {parts[0]}"


def _display_span(start: str, end: str | None) -> str:
    if end is None:
        return _display_one(start)
    a, b = start.split("-"), end.split("-")
    if len(a) == len(b) == 1:
        return f"{start}–{end}"
    if len(a) != len(b) or a[0] != b[0]:
        return f"{_display_one(start)} – {_display_one(end)}"
    if len(a) == 2:
        return f"{_month(a)}–{_month(b)} {a[0]}"
    if a[1] == b[1]:
        return f"{int(a[2])}–{int(b[2])} {_month(a)} {a[0]}"
    return f"{int(a[2])} {_month(a)} – {int(b[2])} {_month(b)} {a[0]}"


# --- parsing ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Parts:
    """One end as written: any of year, month, day, or a lone number (``bare``)
    whose unit depends on the other end ("22" in "22 or 23 July 2025")."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    bare: int | None = None


_DASHES = str.maketrans({"–": "-", "—": "-", "‒": "-", "−": "-", ",": " "})
_ISO = re.compile(r"([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?")
_DAY_FIRST = re.compile(r"(?:([0-9]{1,2})([./]))?([0-9]{1,2})(?(2)\2|[./])([0-9]{4})")
_TOKEN = re.compile(r"[0-9]+[年月日号號]?|[^\s0-9]+")
_NUMBER = re.compile(r"([0-9]{1,4})([年月日号號]?)")
_CIRCA_PREFIX = re.compile(
    "^(?:"
    + "|".join(map(re.escape, words.CIRCA_SYMBOLS))
    + "|(?:"
    + "|".join(words.CIRCA_WORDS)
    + r")(?:\.|\b))\s*"
)
_CIRCA_SUFFIX = re.compile(r"\s*(?:" + "|".join(map(re.escape, words.CIRCA_SUFFIXES)) + ")$")
_YEAR_PART = re.compile(r"(" + "|".join(words.YEAR_PARTS) + r")[\s-]*([0-9]{4})")


def parse(text: str) -> FuzzyDate:
    """Read a date as a person typed it; InvalidDate (with examples) if it cannot."""
    if not isinstance(text, str) or len(text) > _MAX_INPUT:
        raise InvalidDate(str(text)[:_MAX_INPUT])
    circa, body = _strip_circa(" ".join(text.lower().translate(_DASHES).split()))
    found = _year_part(body) or _single(body) or _range(body)
    if found is None:
        raise InvalidDate(text.strip())
    return FuzzyDate(found.start, found.end, circa or found.circa)


def _strip_circa(text: str) -> tuple[bool, str]:
    stripped = _CIRCA_SUFFIX.sub("", _CIRCA_PREFIX.sub("", text, count=1), count=1)
    return stripped != text, stripped.strip()


def _year_part(text: str) -> FuzzyDate | None:
    match = _YEAR_PART.fullmatch(text)
    if not match:
        return None
    first, last = words.YEAR_PARTS[match[1]]
    return _build(f"{match[2]}-{first:02d}", f"{match[2]}-{last:02d}", False)


def _single(text: str) -> FuzzyDate | None:
    circa, text = _strip_circa(text)
    parts = _side(text)
    if parts is None or parts.bare is not None:
        return None
    return _build(_iso(parts), None, circa)


def _range(text: str) -> FuzzyDate | None:
    """A span, when exactly one way of cutting the text into two ends makes sense.

    Cuts are tried by kind: "between ... and ...", then the canonical "/", then the
    other joiners; the first kind that makes sense decides ("2000-01/2001" is
    January 2000 to 2001, not 2000 to "01/2001").
    """
    for cuts in _cuts(text):
        found = {fd for left, right in cuts if (fd := _pair(left, right)) is not None}
        if found:
            return found.pop() if len(found) == 1 else None
    return None


def _cuts(text: str) -> Iterator[list[tuple[str, str]]]:
    paired = [
        cut
        for opener, joiner in words.PAIRED_SEPARATORS
        if text.startswith(opener + " ")
        for cut in _cuts_at(text[len(opener) + 1 :], f" {joiner} ")
    ]
    yield paired
    yield list(_cuts_at(text, "/"))
    others = [cut for joiner in words.WORD_SEPARATORS for cut in _cuts_at(text, f" {joiner} ")]
    yield others + [cut for joiner in words.SYMBOL_SEPARATORS for cut in _cuts_at(text, joiner)]


def _cuts_at(text: str, joiner: str) -> Iterator[tuple[str, str]]:
    at = text.find(joiner)
    while at != -1:
        yield text[:at].strip(), text[at + len(joiner) :].strip()
        at = text.find(joiner, at + 1)


def _pair(left: str, right: str) -> FuzzyDate | None:
    left_circa, left = _strip_circa(left)
    right_circa, right = _strip_circa(right)
    first, last = _side(left), _side(right)
    if first is None or last is None:
        return None
    start, end = _unbare(first, last), _unbare(last, first)
    if start is None or end is None:
        return None
    start_iso, end_iso = _iso(_inherit(start, end)), _iso(_inherit(end, start))
    return _build(start_iso, end_iso, left_circa or right_circa) if end_iso else None


def _unbare(parts: _Parts, other: _Parts) -> _Parts | None:
    """A lone number counts in the other end's finest unit, day or month."""
    if parts.bare is None:
        return parts
    if other.bare is None and other.day is not None:
        return _Parts(day=parts.bare)
    if other.bare is None and other.month is not None:
        return _Parts(month=parts.bare)
    return None


def _inherit(parts: _Parts, other: _Parts) -> _Parts:
    """Fill in the year, and the month of a day, that only the other end gave."""
    year = parts.year if parts.year is not None else other.year
    month = parts.month
    if month is None and parts.day is not None:
        month = other.month
    return _Parts(year, month, parts.day)


def _iso(parts: _Parts) -> str | None:
    if parts.year is None or (parts.day is not None and parts.month is None):
        return None
    text = f"{parts.year:04d}"
    if parts.month is not None:
        text += f"-{parts.month:02d}"
    if parts.day is not None:
        text += f"-{parts.day:02d}"
    return text


def _build(start: str | None, end: str | None, circa: bool) -> FuzzyDate | None:
    if start is None:
        return None
    try:
        return FuzzyDate(start, end, circa)
    except InvalidDate:
        return None


def _side(text: str) -> _Parts | None:
    """One end of a date: ISO, day-first numbers, or words and numbers."""
    if match := _ISO.fullmatch(text):
        year, month, day = (int(g) if g else None for g in match.groups())
        return _Parts(year, month, day)
    if match := _DAY_FIRST.fullmatch(text):
        day = int(match[1]) if match[1] else None
        return _Parts(int(match[4]), int(match[3]), day)
    return _from_words(_TOKEN.findall(text))


def _from_words(tokens: list[str]) -> _Parts | None:
    found: dict[str, int] = {}
    for token in tokens:
        kind = _classify(token)
        if kind is None or kind[0] in found:
            return None
        if kind[0] != "filler":
            found[kind[0]] = kind[1]
    if list(found) == ["n"]:
        return _Parts(bare=found["n"])
    if "n" in found:
        if "d" in found:
            return None
        found["d"] = found.pop("n")
    if not found:
        return None
    return _Parts(found.get("y"), found.get("m"), found.get("d"))


def _classify(token: str) -> tuple[str, int] | None:
    """("y"|"m"|"d", value), ("n", value) for a plain 1-2 digit number, or filler."""
    token = token.strip(".")
    if token in words.FILLER_WORDS:
        return ("filler", 0)
    if token in words.MONTHS:
        return ("m", words.MONTHS[token])
    match = _NUMBER.fullmatch(token)
    if not match:
        return None
    digits, unit = match.groups()
    kind = words.CHINESE_UNITS.get(unit) or ("y" if len(digits) == 4 else "n")
    if (len(digits) == 4) != (kind == "y"):
        return None
    return (kind, int(digits)) if len(digits) <= 2 or kind == "y" else None
