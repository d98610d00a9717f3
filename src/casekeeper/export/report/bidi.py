"""Arabic script: shape the letters, then put each line in visual order.

Measured on these machines (../shared/PITFALLS.md, "PDF"): reportlab's
own ``shaping=1`` joins Arabic letters but lays the words of a line left
to right (word order mirrored, "2025" drawn "5202"), and its RTL path
needs ``rlbidi``, which is not on PyPI. So the report does it itself:

1. :func:`shape` turns Arabic letters into their contextual presentation
   forms (arabic-reshaper; lam-alef ligatures only, harakat kept). The
   forms are what ``pdftotext`` and a reader's search see, and NFKC maps
   them back to the plain letters. A form the Arabic font lacks is drawn
   as the plain letter.
2. The paragraph is broken into lines in *logical* order (``layout``'s
   text block measures the words), so a line holds the words that come
   next in the sentence.
3. :func:`visual` reorders one line with the Unicode bidi algorithm
   (python-bidi's ``bidi.algorithm.get_display``, which also mirrors
   brackets), for the paragraph's direction.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any

from casekeeper.errors import ExportToolMissing

from .runs import ARABIC_TEXT, has_rtl, is_arabic

# letter: (isolated, initial, medial, final), as arabic-reshaper's table has them
EXTRA_LETTERS = {"\u06d5": ("\u06d5", "", "", "\u06d5")}


@lru_cache(maxsize=1)
def _reshaper() -> Any:
    try:
        import arabic_reshaper
    except ImportError:
        raise ExportToolMissing("The PDF report (Arabic script)", "arabic-reshaper") from None
    reshaper = arabic_reshaper.ArabicReshaper(
        configuration={
            "delete_harakat": False,
            "support_ligatures": True,
            "ARABIC LIGATURE ALLAH": False,  # keep the word searchable as written
        }
    )
    # Uyghur's ە (AE) joins the letter before it but has no presentation
    # form of its own: the letter before takes its joining form, and ە stays
    # itself (searchable) rather than becoming a heh.
    reshaper.letters = {**reshaper.letters, **EXTRA_LETTERS}
    return reshaper


@lru_cache(maxsize=1)
def _get_display() -> Any:
    try:
        from bidi.algorithm import get_display
    except ImportError:
        raise ExportToolMissing("The PDF report (Arabic script)", "python-bidi") from None
    return get_display


def shape(text: str, covers: frozenset[int] | None = None) -> str:
    """``text`` with its Arabic letters in contextual forms (other text unchanged).

    ``covers``: the Arabic font's code points; a form it lacks falls back to
    the plain letter (NFKC), which the font has."""
    if ARABIC_TEXT.search(text) is None:
        return text
    shaped = _reshaper().reshape(text)
    if covers is None:
        return shaped
    return "".join(
        ch if ord(ch) in covers or not is_arabic(ch) else unicodedata.normalize("NFKC", ch)
        for ch in shaped
    )


def direction(text: str) -> str:
    """'R' when the first strong character is right to left, else 'L'."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return "L"


def visual(line: str, base: str) -> str:
    """One line, already shaped, in the order it is drawn left to right."""
    if not has_rtl(line):
        return line
    return str(_get_display()(line, base_dir=base))
