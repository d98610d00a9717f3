"""Small pieces of text formatting the case widgets share (no widgets here)."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt

from casekeeper.errors import InvalidDate
from casekeeper.fuzzydate import parse

# Claimed fields that hold a date; other values ("5000" tenge) are shown as written.
DATE_FIELDS = {"date", "birth_date", "acquired", "lost", "issued", "expires", "due"}

# One set of warning colours, dark text on a light ground, readable in both
# light and dark themes because both colours are fixed.
WARN_FG, WARN_BG, WARN_BORDER = "#5c3c00", "#fff3cd", "#d39e00"
ALERT_FG, ALERT_BG = "#8a1020", "#fde7e9"


def esc(text: object) -> str:
    """Everything a person typed goes into rich text through here."""
    return html.escape(str(text), quote=True)


def local_time(iso: str | None) -> str:
    """A stored timestamp in the user's time zone and locale."""
    if not iso:
        return ""
    when = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not when.isValid():
        return iso
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no locale set: ISO, not "22 11 2026"
        return when.toLocalTime().toString("yyyy-MM-dd HH:mm")
    return locale.toString(when.toLocalTime(), QLocale.FormatType.ShortFormat)


def local_date(iso: str | None) -> str:
    """The day of a stored timestamp, in the user's time zone and locale."""
    if not iso:
        return ""
    when = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not when.isValid():
        return iso
    day = when.toLocalTime().date()
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return day.toString("yyyy-MM-dd")
    return locale.toString(day, QLocale.FormatType.ShortFormat)


def fuzzy_date(iso: str | None) -> str:
    """'2025-07' → 'July 2025'; text that is no date is returned unchanged."""
    if not iso:
        return ""
    try:
        return parse(iso).display()
    except InvalidDate:
        return iso


# How FuzzyDate writes itself: "2025", "2025-07-22", "~2018", "2025-07-22/2025-07-23".
_STORED_DATE = re.compile(r"~?\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?")


def claimed_value(field: str, value: str) -> str:
    """A claimed value as read: dates in words ("~2018" → "c. 2018"), the rest as written."""
    is_date_field = field in DATE_FIELDS or field.endswith(("_date", "_since", "_until"))
    if is_date_field or _STORED_DATE.fullmatch(value.strip()):
        return fuzzy_date(value.strip())
    return value


def language_name(code: str) -> str:
    """'kk' → 'Kazakh'; empty or unknown codes as they are."""
    if not code:
        return ""
    locale = QLocale(code)
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return code
    return QLocale.languageToString(locale.language())


def plural(context: str, source: str, n: int) -> str:
    """``tr("%n case(s)", "", n)`` that reads well before any translation exists.

    Qt's plural forms come from .qm files; with none loaded (English, the
    source language) the "(s)" is resolved here instead.
    """
    text = QCoreApplication.translate(context, source, None, n)
    return text.replace("(s)", "" if n == 1 else "s")


def badge(text: str, fg: str = ALERT_FG, bg: str = ALERT_BG) -> str:
    """An inline coloured label for rich text (the words carry the meaning,
    the colour only draws the eye)."""
    return (
        f'<span style="color:{fg}; background-color:{bg}; font-weight:bold;">'
        f"&nbsp;{esc(text)}&nbsp;</span>"
    )
