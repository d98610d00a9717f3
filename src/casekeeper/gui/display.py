"""Small pieces of text formatting the case widgets share (no widgets here)."""

from __future__ import annotations

import html

from PySide6.QtCore import QDateTime, QLocale, Qt

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


def fuzzy_date(iso: str | None) -> str:
    """'2025-07' → 'July 2025'; text that is no date is returned unchanged."""
    if not iso:
        return ""
    try:
        return parse(iso).display()
    except InvalidDate:
        return iso


def claimed_value(field: str, value: str) -> str:
    return fuzzy_date(value) if field in DATE_FIELDS or field.endswith("_date") else value


def language_name(code: str) -> str:
    """'kk' → 'Kazakh'; empty or unknown codes as they are."""
    if not code:
        return ""
    locale = QLocale(code)
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return code
    return QLocale.languageToString(locale.language())


def badge(text: str, fg: str = ALERT_FG, bg: str = ALERT_BG) -> str:
    """An inline coloured label for rich text (the words carry the meaning,
    the colour only draws the eye)."""
    return (
        f'<span style="color:{fg}; background-color:{bg}; font-weight:bold;">'
        f"&nbsp;{esc(text)}&nbsp;</span>"
    )
