"""Uyghur and Kazakh names written in Arabic script, to Latin letters.

anyascii reads these letters as Arabic or Persian and garbles them
('ئالىمنۇر' → "i'lamnur", ../shared/PITFALLS.md), so the two alphabets are
tabled here. Uyghur follows the Uyghur Latin Yéziqi (ULY, 2000) letter
values; Kazakh the tote jazu used in Xinjiang (Kazakh letters given in
Cyrillic in the comments). The output is lower-case Latin that the phonetic
key folds further (docs/names.md, "Arabic script").

The two alphabets share most letters but not all of their values:

- ۆ is ö in Uyghur and в (v) in Kazakh;
- ع is ғ (gh) in Kazakh and an Arabic loan letter (silent) in Uyghur;
- ئ (yeh with hamza) seats every word-initial vowel in Uyghur; Kazakh writes a
  bare alif and marks front-vowel words with a high hamza ٴ instead.
"""

from __future__ import annotations

UYGHUR = {
    "ا": "a",
    "ە": "e",
    "ب": "b",
    "پ": "p",
    "ت": "t",
    "ج": "j",
    "چ": "ch",
    "خ": "kh",  # ULY x
    "د": "d",
    "ر": "r",
    "ز": "z",
    "ژ": "zh",
    "س": "s",
    "ش": "sh",
    "غ": "gh",
    "ف": "f",
    "ق": "q",
    "ك": "k",
    "ک": "k",
    "گ": "g",
    "ڭ": "ng",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ھ": "h",
    "ه": "e",  # Arabic heh, typed for ە on keyboards without it
    "و": "o",
    "ۇ": "u",
    "ۆ": "ö",
    "ۈ": "ü",
    "ۋ": "w",
    "ې": "é",
    "ى": "i",
    "ي": "y",
    "ی": "y",
    "ئ": "",  # hamza seat: starts a vowel, or separates two
    # Letters of Arabic and Persian loans (Abdurehim, Muhemmed):
    "ع": "",
    "ح": "h",
    "ص": "s",
    "ض": "z",
    "ط": "t",
    "ظ": "z",
    "ث": "s",
    "ذ": "z",
    "ة": "e",
    "ء": "",
    "أ": "a",
    "إ": "i",
    "آ": "a",
    "ؤ": "u",
}

KAZAKH = {
    **UYGHUR,
    "ۆ": "v",  # в
    "ۋ": "u",  # у
    "ۇ": "u",  # ұ (ү after ٴ)
    "ع": "gh",  # ғ
    "ح": "kh",  # х
    "ى": "y",  # ы (і after ٴ)
    "ي": "i",  # и / й
    "ٴ": "",  # high hamza: the word has front vowels (ә ө ү і)
}

# Kazakh-only letters. NFKC turns the precomposed ٵ ٶ ٷ ٸ into a base letter
# plus ٴ, so ٴ alone is enough to recognise them.
_KAZAKH_SIGNS = set("ٴٵٶٷٸ")
_UYGHUR_SIGNS = set("ئېۈ")


def arabic_to_latin(text: str, language: str = "") -> str:
    """Lower-case Latin for an Uyghur or Kazakh name in Arabic script.

    ``language`` ("ug", "kk") decides the alphabet when given; otherwise
    letters only one of them uses decide, and Uyghur is assumed.
    """
    table = KAZAKH if _is_kazakh(text, language) else UYGHUR
    out = []
    for ch in text:
        if ch in table:
            out.append(table[ch])
        elif "\u064b" <= ch <= "\u065f" or ch == "\u0670" or ch == "\u0640":
            continue  # harakat and tatweel: vowel marks and stretching, not letters
        else:
            out.append(ch)
    return "".join(out)


def _is_kazakh(text: str, language: str) -> bool:
    lang = language.lower().split("-")[0]
    if lang in ("kk", "kaz"):
        return True
    if lang in ("ug", "uig"):
        return False
    chars = set(text)
    if chars & _KAZAKH_SIGNS:
        return True
    if chars & _UYGHUR_SIGNS:
        return False
    return "ع" in chars
