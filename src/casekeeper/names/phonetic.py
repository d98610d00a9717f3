"""The phonetic key: fold what differs between romanizations of one name.

Works on the Latin from transliterate.py, one word at a time. Every rule is
listed, with its examples from the case files, in docs/names.md. The folded
alphabet is lower-case: consonant classes k j x c s r t p b v m n and the
vowels a i u, so 'Turhanbay', 'Tulhanbai' and 'Turganbay' all become
'turkanbai'.

The skeleton (consonant classes only, with 'a' marking a word that starts
with a vowel) is what the blocking keys are made of: Chinese transcriptions
add vowels (阿力木努尔 a-li-mu-nu-er for Alimnur) that the skeleton ignores.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import product

# Patronymics written into one word: Sherizatkyzy (daughter of Sherizat),
# Abaiuly (son of Abai), Sherizatovna. Longest first.
PATRONYMIC_SUFFIXES = (
    "yevich",
    "yevna",
    "ovich",
    "evich",
    "ovna",
    "evna",
    "ichna",
    "qyzy",
    "kyzy",
    "qizi",
    "kizi",
    "kyzi",
    "qyzi",
    "gyzy",
    "ogly",
    "oglu",
    "ugli",
    "uly",
    "ulu",
)  # not -uli: Uyghur names end in -guli (Aiguli, Patiguli, "flower")
# ...or as a word of their own: "Sherizat kyzy", "Abai uly".
PATRONYMIC_WORDS = frozenset(
    {"kyzy", "qyzy", "kizi", "qizi", "kyzi", "qyzi", "uly", "uli", "ulu", "ugli", "ogly", "oglu"}
)
# Russian surname endings added to a Kazakh or Uyghur name: Turganbayev(a).
RUSSIAN_SURNAME_SUFFIXES = ("yeva", "yev", "ova", "eva", "ov", "ev")

MIN_STEM = 3

# Applied in this order; "x" is handled before (it has two readings).
_FOLDS = (
    ("shch", "x"),
    ("dzh", "j"),
    ("dj", "j"),
    ("zh", "j"),
    ("sh", "x"),
    ("ch", "c"),
    ("kh", "k"),
    ("gh", "k"),
    ("ts", "s"),
    ("ng", "n"),
    ("ph", "p"),
)
_LETTERS = str.maketrans(
    {
        "q": "k",
        "g": "k",
        "h": "k",
        "l": "r",
        "z": "j",
        "d": "t",
        "f": "p",
        "w": "v",
        "e": "i",
        "y": "i",
        "o": "u",
    }
)
_LONE_C = re.compile(r"c(?!h)")
_INITIAL_Y = re.compile(r"^y(?=[aeiou])")
_VOWELS = frozenset("aiu")
_NO_VOWELS = str.maketrans("", "", "aiu")
_DOUBLE = re.compile(r"(.)\1+")
# Letters with two readings: x (sh in pinyin, kh in Uyghur Latin) and q
# before i (ch in pinyin). "\x01" stands for a sh that no fold may touch.
_AMBIGUOUS = re.compile(r"x|q(?=i)")
_READINGS = {"x": ("\x01", "kh"), "q": ("ch", "k")}
# A word can hold several; past this many every further one takes its first reading.
MAX_AMBIGUOUS = 2
SKELETON_CAP = 6


@dataclass(frozen=True)
class Word:
    """One word of a name, folded: every reading of it, and whether it is a patronymic."""

    latin: str
    readings: tuple[str, ...]
    patronymic: bool = False
    # Each reading's consonant frame, computed once: every comparison uses it.
    frames: tuple[str, ...] = field(init=False, repr=False, compare=False)
    initial: bool = field(init=False, repr=False, compare=False)  # "A." of "A. Turganbay"

    def __post_init__(self) -> None:
        object.__setattr__(self, "frames", tuple(consonant_frame(r) for r in self.readings))
        object.__setattr__(self, "initial", len(self.latin) == 1)

    @property
    def skeletons(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f[:SKELETON_CAP] for f in self.frames))


def strip_patronymic(latin: str) -> tuple[str, bool]:
    """'sherizatkyzy' → ('sherizat', True); 'turganbayev' → ('turganbay', False)."""
    for suffix in PATRONYMIC_SUFFIXES:
        if latin.endswith(suffix) and len(latin) - len(suffix) >= MIN_STEM:
            return latin[: -len(suffix)], True
    for suffix in RUSSIAN_SURNAME_SUFFIXES:
        if latin.endswith(suffix) and len(latin) - len(suffix) >= MIN_STEM + 1:
            stem = latin[: -len(suffix)]
            # -аев is -ай + -ев: Turganbaev is Turganbay.
            return (stem + "y" if stem[-1] in "aeou" else stem), False
    return latin, False


def fold(latin: str) -> tuple[str, ...]:
    """Every phonetic reading of one Latin word (two or more when a letter is ambiguous).

    x is sh in pinyin-derived spellings (Xilizati = Sherizat) and kh in
    Uyghur Latin (Xalmurat = Khalmurat); q before i is pinyin's ch (Ürümqi,
    Урумчи) where in Kazakh and Uyghur Latin q is қ, which never stands
    before i. A word with such letters gets every reading.
    """
    word = _INITIAL_Y.sub("", latin)
    spots = list(_AMBIGUOUS.finditer(word))
    if not spots:
        return (_fold_letters(word),)
    readings = []
    for choice in product((0, 1), repeat=min(len(spots), MAX_AMBIGUOUS)):
        out, last = [], 0
        for n, spot in enumerate(spots):
            out.append(word[last : spot.start()])
            pick = choice[n] if n < len(choice) else 0
            out.append(_READINGS[spot.group()][pick])
            last = spot.end()
        out.append(word[last:])
        readings.append(_fold_letters("".join(out)))
    return tuple(dict.fromkeys(readings))


def _fold_letters(word: str) -> str:
    word = _LONE_C.sub("k", word)  # Cyrus, Cemal: c alone is not ch
    for old, new in _FOLDS:
        word = word.replace(old, new)
    word = word.replace("\x01", "x").translate(_LETTERS)
    return _DOUBLE.sub(r"\1", word)


def consonant_frame(reading: str) -> str:
    """'arimunur' → 'armnr': consonant classes, 'a' if the word starts with a vowel."""
    if not reading:
        return ""
    head = "a" if reading[0] in _VOWELS else ""
    return head + _DOUBLE.sub(r"\1", reading.translate(_NO_VOWELS))


def skeleton(reading: str) -> str:
    """The first classes of the consonant frame: what blocking keys are made of."""
    return consonant_frame(reading)[:SKELETON_CAP]


def name_words(latin_words: list[str]) -> list[Word]:
    """Fold the words of a name, recognising patronymics in one or two words."""
    out: list[Word] = []
    for latin in latin_words:
        if latin in PATRONYMIC_WORDS and out and not out[-1].patronymic:
            out[-1] = Word(out[-1].latin + latin, out[-1].readings, True)
            continue
        stem, patronymic = strip_patronymic(latin)
        out.append(Word(latin, fold(stem), patronymic))
    return out


# Keys are looked up in an index: short ones would bring back a large part
# of the store. Deletion and prefix keys are made only from long skeletons.
MIN_KEY = 2
MIN_VARIED_SKELETON = 5


def blocking_keys(word: Word) -> set[str]:
    """Keys that a variant of this word shares with it: its skeleton; for a
    long one also the skeleton with one class left out (Alimnur armnr /
    Alinur arnr, Guldarega krtrk / Guldaria krtr) and its first four
    classes (a name being typed)."""
    if word.initial:
        return set()
    keys: set[str] = set()
    for skel in word.skeletons:
        if len(skel) >= MIN_KEY:
            keys.add(skel)
        if len(skel) >= MIN_VARIED_SKELETON:
            keys.update(skel[:i] + skel[i + 1 :] for i in range(len(skel)))
            keys.add(skel[:4])
    return keys
