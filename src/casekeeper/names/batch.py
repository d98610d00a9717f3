"""Scoring many name pairs at once: ``pair_similarity`` over arrays.

The duplicate finder compares millions of name pairs; word by word in
Python (similarity.py) that is ~20 µs a pair. Here the same score is
computed in bulk, with the same rules and the same arithmetic:

1. every distinct word (its readings, consonant frames, weight, whether it
   is an initial or a father's name) gets an id, and every name becomes a
   row of word ids;
2. the word pairs the name pairs need are deduplicated and scored once, all
   reading combinations at a time, with ``rapidfuzz.process.cpdist`` (C,
   on every core): Levenshtein similarity of the readings and of the
   consonant frames, ``max(letters, (letters + frames) / 2)``;
3. the name pairs are grouped by their numbers of words, and the
   best-first pairing of words, the weighted coverage, the weakest-pair
   rule, the penalties for unmatched words and the run-together comparison
   are done with numpy on whole groups.

``similarity.pair_similarity`` stays the reference: tests/names check that
both give the same score, to the fourth decimal, on every pair.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import chain
from typing import Any

import numpy as np
from numpy.typing import NDArray
from rapidfuzz import process
from rapidfuzz.distance import Indel, Levenshtein

from .phonetic import consonant_frame
from .similarity import (
    EXTRA_PATRONYMIC_PENALTY,
    EXTRA_WORD_PENALTY,
    INITIAL_SCORE,
    JOINED_WEIGHT,
)

Ints = NDArray[np.int64]
Floats = NDArray[np.float64]


def _similarities(scorer: Any, a: Any, b: Any) -> Floats:
    """scorer(a[k], b[k]) for every k, in C on every core (float64, as the scorer gives)."""
    if not len(a):
        return np.zeros(0)
    return np.asarray(
        process.cpdist(a, b, scorer=scorer, dtype=np.float64, workers=-1), dtype=np.float64
    )


def round4(values: Floats) -> Floats:
    """Python's round(x, 4) on an array, to the same double.

    rint(x * 1e4) is not it: x * 1e4 is itself rounded, and a score like
    (0.1234 + 0.1235) / 2 lands on a half it is not. So the choice between
    k = floor(x * 1e4) and k + 1 is made exactly: x is split into a part of
    43 bits and a rest, each of which times 20000 is exact in a double, and
    x * 20000 is compared with the midpoint 2k + 1 by the sign of their
    difference (ties to even, as Python). The few values too small for the
    split (below 2**-10) are rounded by Python itself."""
    x = np.abs(values)
    k = np.floor(x * 1e4)
    high = np.floor(x * 2.0**43) / 2.0**43
    low = x - high
    above = (high * 2e4 - (2 * k + 1)) + low * 2e4
    up = (above > 0) | ((above == 0) & (k % 2 == 1))
    out = np.copysign((k + up) / 1e4, values)
    tiny = (x > 0) & (x < 2.0**-10)
    if tiny.any():
        out[tiny] = [round(float(v), 4) for v in values[tiny]]
    return out


INITIAL_MARK = "\x00"
# Everything but each word's first reading, in a stored phonetic string.
_FIRST_READINGS = re.compile(r"~|\|[^ \n]*")
_ONE_LETTER = re.compile(r"(?:^| )\S(?: |$)")


class NameTable:
    """Names as rows of word ids, built from their stored columns (the Latin
    and the phonetic string of ``name_form``, see keys.stored_words)."""

    def __init__(self, stored: Iterable[tuple[str, str]]) -> None:
        names = list(stored)
        # Names that read alike are one row ("class"): a person's Latin and
        # Cyrillic names often fold to the same words, and namesakes abound.
        # Without an initial, the phonetic string alone decides the words.
        identity = [
            phonetic
            if latin.count(" ") == phonetic.count(" ") and not _ONE_LETTER.search(latin)
            else f"{phonetic}\x00{latin}"
            for latin, phonetic in names
        ]
        classes = {key: n for n, key in enumerate(dict.fromkeys(identity))}
        self.name_class = np.fromiter(map(classes.__getitem__, identity), np.int64, len(names))
        first_of_class = np.full(len(classes), len(names))
        np.minimum.at(first_of_class, self.name_class, np.arange(len(names)))
        pairs = [names[n] for n in first_of_class.tolist()]
        latin = [p[0].split() for p in pairs]
        items = [p[1].split() for p in pairs]
        for words, its in zip(latin, items, strict=True):
            if len(words) != len(its):  # as stored_words: a missing Latin word is its reading
                words[:] = (words + [i.lstrip("~").split("|")[0] for i in its])[: len(its)]
        keys = list(chain.from_iterable(items))
        # An initial ("A." of "A. Turganbay") is another word than a one-letter reading.
        initial_at = np.fromiter(map(len, chain.from_iterable(latin)), np.int64, len(keys)) == 1
        for at in np.flatnonzero(initial_at).tolist():
            keys[at] += INITIAL_MARK
        word_ids = {key: n for n, key in enumerate(dict.fromkeys(keys))}
        ids = np.fromiter(map(word_ids.__getitem__, keys), np.int64, len(keys))
        self._words(list(word_ids))
        # Per class: its number of words, its word ids (-1 after the last).
        self.lengths = np.fromiter(map(len, items), np.int64, len(items))
        rows = np.repeat(np.arange(len(items)), self.lengths)
        columns = np.arange(len(keys)) - (np.cumsum(self.lengths) - self.lengths)[rows]
        self.words = np.full((len(items), int(self.lengths.max(initial=1))), -1, dtype=np.int64)
        self.words[rows, columns] = ids
        self.has_initial = np.zeros(len(items), dtype=bool)
        self.has_initial[rows[self.initial[ids]]] = True
        # Each as its words' first readings run together, forwards and
        # backwards (similarity._joined_similarity).
        firsts = _FIRST_READINGS.sub("", "\n".join(p[1] for p in pairs)).split("\n")
        self.joined = np.array([f.replace(" ", "") for f in firsts] if pairs else [], dtype=object)
        self.joined_back = np.array(
            ["".join(reversed(f.split())) for f in firsts] if pairs else [], dtype=object
        )

    def _words(self, keys: list[str]) -> None:
        """Arrays per distinct word (its stored phonetic item, INITIAL_MARK
        after an initial)."""
        readings: list[str] = []
        start, count, weight, patronymic, initial, firsts = [], [], [], [], [], []
        letters: dict[str, int] = {}
        for key in keys:
            is_initial = key.endswith(INITIAL_MARK)
            item = key.removesuffix(INITIAL_MARK)
            split = item.lstrip("~").split("|")
            start.append(len(readings))
            count.append(len(split))
            readings.extend(split)
            weight.append(float(max(3, len(split[0]))))
            patronymic.append(item.startswith("~"))
            initial.append(is_initial)
            mask = 0
            for r in split:
                mask |= 1 << letters.setdefault(r[:1], len(letters) % 62)
            firsts.append(mask)
        self.readings = np.array(readings, dtype=object)
        self.frames = np.array([consonant_frame(r) for r in readings], dtype=object)
        self.start = np.array(start, dtype=np.int64)
        self.count = np.array(count, dtype=np.int64)
        self.weight = np.array(weight, dtype=np.float64)
        self.patronymic = np.array(patronymic, dtype=bool)
        self.initial = np.array(initial, dtype=bool)
        self.firsts = np.array(firsts, dtype=np.int64)
        self.word_count = max(1, len(keys))

    # --- word pairs -----------------------------------------------------------

    def word_scores(self, u: Ints, v: Ints) -> Floats:
        """similarity.word_similarity(typing=False) of word pairs (u[k], v[k])."""
        combos = self.count[u] * self.count[v]
        total = int(combos.sum())
        owner = np.repeat(np.arange(len(u)), combos)
        first_combo = np.cumsum(combos) - combos
        within = np.arange(total) - first_combo[owner]
        cv = self.count[v][owner]
        ra = self.start[u][owner] + within // cv
        rb = self.start[v][owner] + within % cv
        letters = _similarities(
            Levenshtein.normalized_similarity, self.readings[ra], self.readings[rb]
        )
        frames = _similarities(Levenshtein.normalized_similarity, self.frames[ra], self.frames[rb])
        each = np.maximum(letters, (letters + frames) / 2)
        scores = np.maximum.reduceat(each, first_combo) if total else np.zeros(len(u))
        either_initial = self.initial[u] | self.initial[v]
        alike_start = (self.firsts[u] & self.firsts[v]) != 0
        return np.where(either_initial, np.where(alike_start, INITIAL_SCORE, 0.0), scores)

    # --- name pairs -----------------------------------------------------------

    def pair_similarity(self, a: Ints, b: Ints) -> Floats:
        """similarity.pair_similarity of names (a[k], b[k]), for every k."""
        a = self.name_class[np.asarray(a, dtype=np.int64)]
        b = self.name_class[np.asarray(b, dtype=np.int64)]
        return self.class_similarity(a, b)

    def class_similarity(self, a: Ints, b: Ints) -> Floats:
        """pair_similarity of classes (a[k], b[k]) (see name_class)."""
        out = np.zeros(len(a))
        if not len(a):
            return out
        la, lb = self.lengths[a], self.lengths[b]
        swap = la > lb
        short = np.where(swap, b, a)
        long = np.where(swap, a, b)
        ls, ll = self.lengths[short], self.lengths[long]
        width = int(ll.max()) + 1
        shape = ls * width + ll
        order = np.argsort(shape, kind="stable")
        kinds, starts = np.unique(shape[order], return_index=True)
        groups = []
        needed = []
        for kind, start, end in zip(
            kinds.tolist(), starts.tolist(), [*starts[1:].tolist(), len(order)], strict=True
        ):
            s, n = divmod(kind, width)
            where = order[start:end]
            if s == 0:
                continue  # a name without words scores 0
            qa = self.words[short[where], :s]
            qb = self.words[long[where], :n]
            lo = np.minimum(qa[:, :, None], qb[:, None, :])
            hi = np.maximum(qa[:, :, None], qb[:, None, :])
            groups.append((where, s, n, qa, qb))
            needed.append((lo * self.word_count + hi).ravel())
        if not groups:
            return out
        unique, inverse = np.unique(np.concatenate(needed), return_inverse=True)
        scores = self.word_scores(unique // self.word_count, unique % self.word_count)
        offset = 0
        for where, s, n, qa, qb in groups:
            size = len(where) * s * n
            matrix = scores[inverse[offset : offset + size]].reshape(len(where), s, n)
            offset += size
            forward = self._name_similarity(
                matrix, qa, qb, short[where], long[where], same_length=s == n
            )
            if s == n:
                backward = self._name_similarity(
                    matrix.transpose(0, 2, 1).copy(), qb, qa, long[where], short[where], True
                )
                forward = round4((forward + backward) / 2)
            out[where] = forward
        return out

    def _name_similarity(
        self, matrix: Floats, qa: Ints, qb: Ints, query: Ints, name: Ints, same_length: bool
    ) -> Floats:
        """similarity.name_similarity(strict=True), ``matrix[k, i, j]`` being
        the score of query word i against name word j."""
        count, s, n = matrix.shape
        rows = np.arange(count)
        avail = matrix.reshape(count, s * n).copy()
        chosen = np.zeros((count, s))
        used = np.zeros((count, n), dtype=bool)
        for _step in range(min(s, n)):
            # Best first; of equal scores the highest (i, j), as sorted(reverse=True).
            flat = s * n - 1 - np.argmax(avail[:, ::-1], axis=1)
            best = avail[rows, flat]
            ok = best > 0
            i, j = flat // n, flat % n
            chosen[rows[ok], i[ok]] = best[ok]
            used[rows[ok], j[ok]] = True
            grid = avail.reshape(count, s, n)
            grid[rows[ok], i[ok], :] = -np.inf
            grid[rows[ok], :, j[ok]] = -np.inf
        weights = self.weight[qa]
        covered = weights[:, 0] * chosen[:, 0]
        total = weights[:, 0].copy()
        for k in range(1, s):
            covered = covered + weights[:, k] * chosen[:, k]
            total = total + weights[:, k]
        coverage = covered / total
        coverage = (coverage + chosen.min(axis=1)) / 2
        penalty = np.zeros(count)
        each = np.where(self.patronymic[qb], EXTRA_PATRONYMIC_PENALTY, EXTRA_WORD_PENALTY)
        for k in range(n):
            penalty = penalty + np.where(used[:, k], 0.0, each[:, k])
        score = coverage - penalty
        if not same_length:
            joined = self._joined(query, name)
            score = np.maximum(score, joined)
        return round4(np.clip(score, 0.0, 1.0))

    def _joined(self, query: Ints, name: Ints) -> Floats:
        """similarity._joined_similarity: both names as one run of letters."""
        out = np.zeros(len(query))
        ok = np.flatnonzero(~self.has_initial[query])
        if len(ok):
            target = self.joined[name[ok]]
            forward = _similarities(Indel.normalized_similarity, self.joined[query[ok]], target)
            backward = _similarities(
                Indel.normalized_similarity, self.joined_back[query[ok]], target
            )
            out[ok] = JOINED_WEIGHT * np.maximum(forward, backward)
        return out
