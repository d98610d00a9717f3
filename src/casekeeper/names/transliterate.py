"""Any name, in any of the scripts CaseKeeper meets, as lower-case Latin.

One word at a time, each by the rules of its own script, so a mixed name
("Alimnur Тұрғанбай") reads right. The tables follow the romanizations in
which these names actually reach a caseworker (docs/names.md):

- Kazakh and Russian Cyrillic: the passport style (ж zh, х kh, ш sh, ғ gh,
  қ q, ң ng, ә a, ө o, ұ/ү u, і i, ы y);
- Kazakh Latin, all three official alphabets: 2017 apostrophes (s' sh),
  2018 acutes (á ǵ ń ó ú ý), 2021 (ä ğ ñ ö ū ü ş ı);
- Chinese characters: chinese.py; Uyghur and Kazakh Arabic script:
  arabic_script.py;
- anything else: anyascii.

The result keeps vowels and letters as written; phonetic.py folds it.
"""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

from .arabic_script import arabic_to_latin
from .chinese import NAME_SEPARATORS, chinese_to_latin
from .script import detect_script

CYRILLIC = {
    "а": "a",
    "ә": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "ғ": "gh",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "қ": "q",
    "л": "l",
    "м": "m",
    "н": "n",
    "ң": "ng",
    "о": "o",
    "ө": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ұ": "u",
    "ү": "u",
    "ф": "f",
    "х": "kh",
    "һ": "h",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "і": "i",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    # Kyrgyz, Uzbek, Tatar and Bashkir letters in names of the same region.
    "ў": "u",
    "ҳ": "h",
    "ҷ": "j",
    "ҡ": "q",
    "ҙ": "z",
    "ҫ": "s",
    "ӊ": "ng",
    "ӑ": "a",
    "ӗ": "e",
    "ӳ": "u",
    "ӧ": "o",
    "ӱ": "u",
}

# Kazakh Latin 2017 wrote the Kazakh-only sounds with an apostrophe.
APOSTROPHE_PAIRS = {
    "s'": "sh",
    "c'": "ch",
    "g'": "gh",
    "n'": "ng",
    "a'": "a",
    "o'": "o",
    "u'": "u",
    "y'": "u",
    "i'": "i",
}
_APOSTROPHES = "'’ʼ`´ʻ"

LATIN_LETTERS = {
    "ä": "a",
    "á": "a",
    "à": "a",
    "â": "a",
    "ə": "a",
    "ǝ": "a",
    "ğ": "gh",
    "ǵ": "gh",
    "ı": "y",
    "í": "i",
    "ï": "i",
    "î": "i",
    "ñ": "ng",
    "ń": "ng",
    "ö": "o",
    "ó": "o",
    "ò": "o",
    "ø": "o",
    "ü": "u",
    "ú": "u",
    "ū": "u",
    "ù": "u",
    "û": "u",
    "ý": "y",
    "ş": "sh",
    "ș": "sh",
    "š": "sh",
    "ç": "ch",
    "č": "ch",
    "ž": "zh",
    "é": "e",
    "ë": "e",
    "è": "e",
    "ê": "e",
    "ḥ": "h",
    "ħ": "h",
}

_WORD_SPLIT = re.compile(f'[\\s{re.escape(NAME_SEPARATORS)},;/()\\[\\]"\u2010-\u2015-]+')


def words(text: str) -> list[str]:
    """The words of a name: split at spaces, middle dots, hyphens and punctuation."""
    return [w for w in _WORD_SPLIT.split(unicodedata.normalize("NFKC", text)) if w]


def word_to_latin(word: str, language: str = "") -> str:
    script = detect_script(word)
    if script == "Hani":
        return chinese_to_latin(word)
    lowered = word.lower()
    if script == "Arab":
        latin = arabic_to_latin(lowered, language)
    elif script == "Cyrl":
        latin = "".join(CYRILLIC.get(ch, ch) for ch in lowered)
    else:
        latin = _latin_letters(lowered)
    return _plain(latin)


def to_latin(text: str, language: str = "") -> str:
    """'Әлімнұр Тұрғанбай' → 'alimnur turghanbay'; '阿力木努尔·吐尔汗拜' → 'alimunur turhanbai'."""
    out = (word_to_latin(w, language) for w in words(text))
    return " ".join(w for w in out if w)


def _latin_letters(word: str) -> str:
    for pair, value in APOSTROPHE_PAIRS.items():
        for mark in _APOSTROPHES:
            word = word.replace(pair[0] + mark, value)
    return "".join(LATIN_LETTERS.get(ch, ch) for ch in word)


def _plain(text: str) -> str:
    """Only a-z remains: other marks are dropped, stray letters go through anyascii."""
    text = "".join(ch for ch in text if ch not in _APOSTROPHES)
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        text = anyascii(text).lower()
    return re.sub(r"[^a-z]", "", text)
