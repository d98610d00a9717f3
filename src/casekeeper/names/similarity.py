"""How alike two names are, 0 to 1, on their phonetic readings (rapidfuzz).

Words are paired best-first in any order ('Turganbay Alimnur' is 'Alimnur
Turganbay'); an initial matches a word starting with the same letter class;
a word being typed matches the words it begins. The score is the query's
words' weighted agreement, less a little for each word of the name the
query did not mention: 'Guldaria' finds 'Guldariya Sherizatkyzy' just below
a person called exactly 'Guldaria'. Chinese written without a middle dot
(阿力木努尔吐尔汗拜) is one word; it is also compared as one run of letters.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz.distance import Indel, Levenshtein

from .phonetic import Word

# Calibrated on tests/names/evaluation_set.py (docs/names.md, "Measured").
INITIAL_SCORE = 0.8
PREFIX_SCORE = 0.9
EXTRA_WORD_PENALTY = 0.03
EXTRA_PATRONYMIC_PENALTY = 0.01
JOINED_WEIGHT = 0.97
EXACT_BONUS = 0.02

_INDEL = Indel.normalized_similarity
_LEVENSHTEIN = Levenshtein.normalized_similarity


def word_similarity(query: Word, word: Word, *, typing: bool = True) -> float:
    return _word_similarity(query, word, typing)


# Names repeat their words (Nurlan, Aigul, -bay): the duplicate finder meets
# the same two words thousands of times.
@lru_cache(maxsize=262_144)
def _word_similarity(query: Word, word: Word, typing: bool) -> float:
    if query.initial or word.initial:
        firsts = {r[:1] for r in query.readings} & {r[:1] for r in word.readings}
        return INITIAL_SCORE if firsts else 0.0
    best = 0.0
    measure = _INDEL if typing else _LEVENSHTEIN
    for a, a_frame in zip(query.readings, query.frames, strict=True):
        for b, b_frame in zip(word.readings, word.frames, strict=True):
            if a == b:
                return 1.0
            letters = measure(a, b)
            consonants = measure(a_frame, b_frame)
            # The skeleton forgives the vowels a Chinese transcription adds
            # (艾合买提 aikimaiti ~ Akhmet akmit), but alone it is too short to
            # trust: Almaly and Alimnur share most of theirs.
            score = max(letters, (letters + consonants) / 2)
            if typing and len(a) >= 3 and b.startswith(a):
                score = max(score, PREFIX_SCORE)
            best = max(best, score)
    return best


def _weight(word: Word) -> float:
    """Longer words say more; an initial counts as a short word, so a wrong one costs."""
    return float(max(3, len(word.readings[0])))


def name_similarity(query: Sequence[Word], name: Sequence[Word], *, strict: bool = False) -> float:
    """How well ``name`` answers ``query`` (not symmetric: see pair_similarity).

    ``strict`` (two records compared, not a query): a word being typed is no
    longer a match for the words it begins (Serik is not Serikzhan), and the
    weakest word pair weighs as much as all the others together, so two
    sisters with one patronymic (Guldariya and Guldana Sherizatkyzy) do not
    look like one woman.
    """
    if not query or not name:
        return 0.0
    pairs = sorted(
        (
            (word_similarity(q, n, typing=not strict), i, j)
            for i, q in enumerate(query)
            for j, n in enumerate(name)
        ),
        reverse=True,
    )
    scores = [0.0] * len(query)
    used_query: set[int] = set()
    used_name: set[int] = set()
    for score, i, j in pairs:
        if i in used_query or j in used_name or score <= 0:
            continue
        scores[i] = score
        used_query.add(i)
        used_name.add(j)
    weights = [_weight(q) for q in query]
    coverage = sum(w * s for w, s in zip(weights, scores, strict=True)) / sum(weights)
    if strict:
        coverage = (coverage + min(scores)) / 2
    penalty = sum(
        EXTRA_PATRONYMIC_PENALTY if name[j].patronymic else EXTRA_WORD_PENALTY
        for j in range(len(name))
        if j not in used_name
    )
    score = max(coverage - penalty, _joined_similarity(query, name))
    return round(max(0.0, min(1.0, score)), 4)


def _joined_similarity(query: Sequence[Word], name: Sequence[Word]) -> float:
    """Both names as one run of letters, the query's words in either order."""
    if len(query) == len(name) or any(w.initial for w in query):
        return 0.0
    joined = "".join(w.readings[0] for w in name)
    forward = "".join(w.readings[0] for w in query)
    backward = "".join(w.readings[0] for w in reversed(query))
    return JOINED_WEIGHT * max(
        Indel.normalized_similarity(forward, joined),
        Indel.normalized_similarity(backward, joined),
    )


def pair_similarity(a: Sequence[Word], b: Sequence[Word]) -> float:
    """Two recorded names, either order: the one with fewer words is matched
    into the other; of two with as many words, both ways are averaged."""
    if len(a) > len(b):
        a, b = b, a
    forward = name_similarity(a, b, strict=True)
    if len(a) < len(b):
        return forward
    return round((forward + name_similarity(b, a, strict=True)) / 2, 4)


def literal_bonus(query_latin: str, name_latin: str, same_script: bool = False) -> float:
    """A little extra when the transliterations agree letter for letter, and
    when both are in one script, so that of phonetically equal names the one
    written as asked comes first (and is the variant reported as matched)."""
    if not query_latin or not name_latin:
        return 0.0
    letters = Indel.normalized_similarity(
        " ".join(sorted(query_latin.split())), " ".join(sorted(name_latin.split()))
    )
    return EXACT_BONUS * (letters + (1.0 if same_script else 0.0)) / 2
