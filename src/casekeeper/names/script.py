"""Which writing system a name is in (ISO 15924 codes).

Recorded with every name so that search and the duplicate finder know
which transliteration rules apply, and so that exports pick a font.
"""

from __future__ import annotations

import unicodedata

_PREFIXES = (
    ("CJK", "Hani"),
    ("HIRAGANA", "Jpan"),
    ("KATAKANA", "Jpan"),
    ("HANGUL", "Kore"),
    ("CYRILLIC", "Cyrl"),
    ("ARABIC", "Arab"),
    ("LATIN", "Latn"),
    ("GREEK", "Grek"),
    ("HEBREW", "Hebr"),
    ("GEORGIAN", "Geor"),
    ("ARMENIAN", "Armn"),
    ("MONGOLIAN", "Mong"),
    ("TIBETAN", "Tibt"),
)


def char_script(ch: str) -> str | None:
    name = unicodedata.name(ch, "")
    for prefix, code in _PREFIXES:
        if name.startswith(prefix):
            return code
    return None


def detect_script(text: str) -> str:
    """The script of most letters in ``text``; "Zyyy" (ISO 15924 "common") if it has none.

    Mixed names ("Alimnur Тұрғанбай") get the majority script: good enough
    to choose rules, and the text itself is kept exactly as typed.
    """
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            code = char_script(ch)
            if code:
                counts[code] = counts.get(code, 0) + 1
    if not counts:
        return "Zyyy"
    return max(counts.items(), key=lambda item: item[1])[0]
