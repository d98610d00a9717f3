"""Split text into runs, each drawn in a font that covers it.

reportlab draws a string in one font and has no fallback: a Chinese name
in Noto Sans comes out as empty boxes. :func:`font_runs` walks the text
and gives every character the face that covers its script: Arabic-script
letters (and their presentation forms) the Arabic face, Han characters
and CJK punctuation the CJK face, everything else the Latin face when it
covers it. Spaces, digits and punctuation stay in the run they are in
when its face has them (Noto Naskh Arabic has no Latin letters, '-' or
brackets, so a bracket after an Arabic word starts a Latin run).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .fonts import Face, FontSet

ARABIC_RANGES = (
    (0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF),
)
CJK_RANGES = (
    (0x2E80, 0x2FDF), (0x3000, 0x303F), (0x3040, 0x30FF), (0x3100, 0x31FF), (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF),
    (0x20000, 0x2FA1F),
)


ARABIC, CJK, NEUTRAL, OTHER = range(4)


def _class(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in ranges)


ARABIC_TEXT = re.compile(f"[{_class(ARABIC_RANGES)}]")
CJK_TEXT = re.compile(f"[{_class(CJK_RANGES)}]")
RTL_TEXT = re.compile(f"[{_class(((0x0590, 0x05FF), *ARABIC_RANGES))}]")


@lru_cache(maxsize=8192)
def kind(ch: str) -> int:
    """ARABIC, CJK, NEUTRAL (spaces, digits, punctuation, symbols) or OTHER."""
    code = ord(ch)
    if any(lo <= code <= hi for lo, hi in ARABIC_RANGES):
        return ARABIC
    if any(lo <= code <= hi for lo, hi in CJK_RANGES):
        return CJK
    return NEUTRAL if unicodedata.category(ch)[0] in "NPZSC" else OTHER


def is_arabic(ch: str) -> bool:
    return kind(ch) == ARABIC


def is_cjk(ch: str) -> bool:
    return kind(ch) == CJK


def has_rtl(text: str) -> bool:
    """Whether any character is written right to left (Arabic script, Hebrew)."""
    return RTL_TEXT.search(text) is not None


@dataclass(frozen=True)
class Run:
    text: str
    face: Face


def face_for(ch: str, fonts: FontSet, current: Face | None = None) -> Face:
    """The face to draw ``ch`` in; ``current`` keeps neutrals in the run they are in."""
    k = kind(ch)
    code = ord(ch)
    if k == ARABIC and code in fonts.arabic.covers:
        return fonts.arabic
    if k == CJK and code in fonts.cjk.covers:
        return fonts.cjk
    if current is not None and k == NEUTRAL and code in current.covers:
        return current
    if code in fonts.latin.covers:
        return fonts.latin
    if code in fonts.arabic.covers:
        return fonts.arabic
    if code in fonts.cjk.covers:
        return fonts.cjk
    return fonts.latin  # nothing covers it: the Latin face's box, never a crash


def font_runs(text: str, fonts: FontSet) -> list[Run]:
    """``text`` as runs of one face each, in the order given."""
    if text.isascii():  # the common case: Noto Sans has every printable ASCII character
        return [Run(text, fonts.latin)] if text else []
    runs: list[Run] = []
    current: Face | None = None
    start = 0
    for i, ch in enumerate(text):
        face = face_for(ch, fonts, current)
        if face is not current:
            if current is not None and i > start:
                runs.append(Run(text[start:i], current))
            current, start = face, i
    if current is not None and start < len(text):
        runs.append(Run(text[start:], current))
    return runs
