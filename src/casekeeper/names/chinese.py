"""Chinese characters to Latin, read as the transcription of a Turkic name.

Chinese officials write Kazakh and Uyghur names with characters chosen for
their sound: 阿力木努尔·吐尔汗拜 is Alimnur Turhanbay, 古丽达尔娅 is
Guldarya. pypinyin gives each character's pinyin; the rules below undo what
the transcription added (docs/names.md, "Chinese"):

- each character is read alone, with the readings used in transcriptions
  (都 du not dou, 什 shi not shen): phrase readings of a dictionary would
  treat 都拉 as a Chinese word;
- 尔/儿 (er) after another syllable writes a Turkic final r: nu-er → nur;
- pinyin letters take the value they have for a Turkic ear: x → sh
  (西 xi ~ Sher-), q → ch, zh → j, c → ts, ü → u; the y and w that pinyin
  writes before a vowel are dropped from yi and wu (乌 wu is u).

The vowels a transcription adds after a final consonant (木 mu for m, 提 ti
for t) stay: the phonetic key compares consonant skeletons, where they do
not count.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Characters whose dictionary reading is not the one transcriptions use.
TRANSCRIPTION_READINGS = {
    "都": "du",
    "什": "shi",
    "乐": "le",
    "长": "chang",
    "重": "chong",
    "行": "xing",
    "曲": "qu",
    "单": "dan",
    "朴": "pu",
    "伯": "bo",
    "柏": "bai",
    "会": "hui",
    "和": "he",
    "合": "he",
    "茜": "xi",
    "阿": "a",
    "哈": "ha",
    "卡": "ka",
    "喀": "ka",
    "解": "jie",
    "沙": "sha",
    "莎": "sha",
    "尔": "er",
    "儿": "er",
    "仇": "qiu",
    "区": "qu",
    "娜": "na",
    "雅": "ya",
    "若": "ruo",
    "地": "di",
    "的": "di",
    "得": "de",
    "车": "che",
    "大": "da",
    "塔": "ta",
}

# Middle dots and the like between the parts of a transcribed name.
NAME_SEPARATORS = "·•・‧･⋅∙﹒．"

# What a Chinese place name ends with to say what it is (都拉塔口岸 = Dulata
# port); dropped from a longer part, like GENERIC_WORDS in keys.py.
GENERIC_ENDINGS = ("口岸", "自治州", "自治县", "地区", "市", "县", "镇", "乡", "村")

_INITIALS = (
    ("zh", "j"),
    ("ch", "ch"),
    ("sh", "sh"),
    ("x", "sh"),
    ("q", "ch"),
    ("c", "ts"),
    ("j", "j"),
)


@lru_cache(maxsize=8192)
def _syllable(ch: str) -> str | None:
    if ch in TRANSCRIPTION_READINGS:
        return TRANSCRIPTION_READINGS[ch]
    from pypinyin import Style, pinyin  # imported on first use: it loads large tables

    reading = pinyin(ch, style=Style.NORMAL, heteronym=False, errors="ignore", v_to_u=True)
    if not reading or not reading[0]:
        return None
    return str(reading[0][0])


def _turkic_letters(syllable: str) -> str:
    # Pinyin writes a syllable that starts with a vowel with y or w: 乌 wu is u
    # (乌鲁木齐 Urumqi), 依 yi is i (阿依古丽 Aigul).
    if syllable.startswith(("wu", "yi")):
        syllable = syllable[1:]
    for pinyin_initial, latin in _INITIALS:
        if syllable.startswith(pinyin_initial):
            syllable = latin + syllable[len(pinyin_initial) :]
            break
    return syllable.replace("ü", "u")


def chinese_to_latin(text: str) -> str:
    """'阿力木努尔·吐尔汗拜' → 'alimunur turhanbai' (parts split at the middle dot)."""
    parts = []
    for part in re.split(f"[{NAME_SEPARATORS}\\s]+", text):
        for ending in GENERIC_ENDINGS:
            if part.endswith(ending) and len(part) > len(ending) + 1:
                part = part[: -len(ending)]
                break
        syllables = [s for s in (_syllable(ch) for ch in part if not ch.isspace()) if s]
        if not syllables:
            continue
        out = [_turkic_letters(syllables[0])]
        for syllable in syllables[1:]:
            out.append("r" if syllable == "er" else _turkic_letters(syllable))
        parts.append("".join(out))
    return " ".join(parts)
