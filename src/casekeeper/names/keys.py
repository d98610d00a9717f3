"""A name's comparison keys, computed once and stored beside it.

``name_keys(text)`` is what the store keeps for every name of a person,
place or organization (store/models/name_keys.py): the Latin transliteration,
the phonetic readings of each word, and the blocking keys search looks up
before it scores anything. Queries are analysed the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from .phonetic import Word, blocking_keys, name_words, skeleton
from .script import detect_script
from .transliterate import word_to_latin, words

# Words that say what kind of place or body a name is, not which one: left out
# when other words remain ("Dulata port" is Dulata), in the Latin of any script.
GENERIC_WORDS = frozenset(
    {
        # English
        "port", "border", "crossing", "checkpoint", "post", "county", "city", "town",
        "village", "district", "region", "province", "prefecture", "river",
        "organization", "organisation", "volunteer", "volunteers", "voluntary",
        "association", "foundation", "committee", "bureau", "office", "group", "the", "of",
        # Russian and Kazakh (transliterated)
        "gorod", "rayon", "raion", "oblast", "oblys", "selo", "aul", "auyl", "auyly",
        "audany", "audan", "qalasy", "kalasy", "qala", "kala", "punkt", "ozen",
        "eriktileri", "eriktiler", "uiymy", "ujymy", "obshchestvennoe", "obedinenie",
    }
)  # fmt: skip

# Bump when a rule changes what keys a name gets; `casekeeper names reindex`
# (services.names.reindex) recomputes the stored keys of older versions.
RULES_VERSION = 1


@dataclass(frozen=True)
class NameKeys:
    text: str
    script: str
    latin: str  # the transliteration, one word per folded word, space-separated
    words: tuple[Word, ...]

    @property
    def blocking(self) -> set[str]:
        keys: set[str] = set()
        for word in self.words:
            keys |= blocking_keys(word)
        return keys | joined_keys(self.words)

    @property
    def phonetic(self) -> str:
        """Stored form: words space-separated, readings '|'-separated, '~' before a patronymic."""
        return " ".join(("~" if w.patronymic else "") + "|".join(w.readings) for w in self.words)


def joined_keys(words: tuple[Word, ...]) -> set[str]:
    """The skeleton of the whole name run together, in both orders: a Chinese
    name written without the middle dot (王秀英, 阿力木努尔吐尔汗拜) is one
    word, and meets 'Wang Xiuying' or 'Xiuying Wang' only this way."""
    if not 2 <= len(words) <= 3 or any(w.initial for w in words):
        return set()
    keys = set()
    for order in (words, words[::-1]):
        for readings in product(*(w.readings for w in order)):
            keys.add(skeleton("".join(readings)))
    return {k for k in keys if len(k) >= 3}


def name_keys(text: str, language: str = "") -> NameKeys:
    latin_words = [w for w in (word_to_latin(word, language) for word in words(text)) if w]
    specific = [w for w in latin_words if w not in GENERIC_WORDS]
    latin_words = specific or latin_words
    folded = tuple(name_words(latin_words))
    return NameKeys(text, detect_script(text), " ".join(w.latin for w in folded), folded)


@lru_cache(maxsize=65536)
def stored_words(latin: str, phonetic: str) -> tuple[Word, ...]:
    """The words of a name back from its stored columns (no transliteration again)."""
    latin_words = latin.split()
    out = []
    for i, item in enumerate(phonetic.split()):
        patronymic = item.startswith("~")
        readings = tuple(item.lstrip("~").split("|"))
        latin_word = latin_words[i] if i < len(latin_words) else readings[0]
        out.append(Word(latin_word, readings, patronymic))
    return tuple(out)
