#!/usr/bin/env python3
"""Cross-script name search and the duplicate finder on a large generated store.

    .venv/bin/python bench/names.py                    # 100,000 people, 300,000 names
    .venv/bin/python bench/names.py --people 10000     # smaller, quicker
    .venv/bin/python bench/names.py --keep /tmp/ckn    # keep the store; a rerun reuses it

Not a test: it prints a table and asserts nothing about time. Results and
their meaning are in docs/names.md ("Performance").

1. Generates, deterministically, people with three names each: a Latin name
   made of Kazakh/Uyghur-like syllables (given name, surname with -bay,
   -bek, -ov...), and two of: the same name in Kazakh Cyrillic, in Chinese
   transcription (a syllable table, as officials transcribe), in Uyghur
   Arabic script, or a Latin spelling variant (kh/h, y/i, zh/j, -bay/-bai,
   l/r, doubled letters). The rendering is mechanical, so the names are
   plausible rather than real; what matters here is the distribution of keys.
2. Writes them into an encrypted store with SQLAlchemy Core (one
   transaction; the full-text triggers fire per row), then indexes the name
   keys in batches (``index_names``, what migration 0003 does for an existing
   store) and reports how long that took and how large the index is.
3. Runs ``--queries`` searches through ``search.search`` (full-text and name
   matchers, as the CLI does) with a spelling of a recorded person that the
   store does not hold (another script or another variant), twice: the
   first pass meets database pages SQLCipher has not decrypted into its
   cache yet, the second does not. Then the same queries as a LIKE scan over
   every name (the baseline a naive search would be). Reports p50/p95/max,
   and how often the person meant is in the first three.
4. Runs ``duplicates.find_duplicates`` over the whole store.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

try:
    import casekeeper  # noqa: F401
except ImportError:  # running from a checkout without the editable install
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from sqlalchemy import func, select, text

from casekeeper.crypto.argon2 import MINIMUM
from casekeeper.services import duplicates, search
from casekeeper.services.stores import create_store, open_store
from casekeeper.store import models as m
from casekeeper.store.models.name_keys import index_names
from casekeeper.store.store import Store

PASSPHRASE = "benchmark passphrase, not a secret"

# (Latin, Chinese transcription) of name syllables.
SYLLABLES = [
    ("a", "阿"), ("al", "阿勒"), ("ai", "艾"), ("ba", "巴"), ("bol", "博勒"), ("da", "达"),
    ("dar", "达尔"), ("gul", "古丽"), ("gu", "古"), ("han", "汗"), ("jan", "江"), ("kai", "凯"),
    ("ke", "克"), ("kul", "库勒"), ("la", "拉"), ("li", "力"), ("lan", "兰"), ("ma", "马"),
    ("mir", "米尔"), ("mu", "木"), ("nur", "努尔"), ("na", "纳"), ("ra", "热"), ("sa", "萨"),
    ("sar", "萨尔"), ("se", "赛"), ("rik", "力克"), ("tur", "吐尔"), ("ta", "塔"), ("ti", "提"),
    ("us", "乌斯"), ("ya", "娅"), ("yer", "叶尔"), ("zat", "扎提"), ("ker", "克尔"), ("bo", "波"),
    ("to", "托"), ("khan", "汗"), ("shar", "夏尔"), ("qa", "喀"), ("zhan", "江"), ("er", "尔"),
    ("ta", "塔"), ("si", "斯"), ("dil", "迪力"), ("ne", "尼"), ("yu", "玉"), ("suf", "素甫"),
]  # fmt: skip
SURNAME_ENDINGS = [("bay", "拜"), ("bek", "别克"), ("ov", ""), ("", ""), ("ova", ""), ("han", "汗")]

CYRILLIC = {
    "zh": "ж", "kh": "х", "sh": "ш", "ch": "ч", "ya": "я", "yu": "ю", "a": "а", "b": "б",
    "d": "д", "e": "е", "f": "ф", "g": "г", "h": "һ", "i": "и", "j": "ж", "k": "к", "l": "л",
    "m": "м", "n": "н", "o": "о", "p": "п", "q": "қ", "r": "р", "s": "с", "t": "т", "u": "у",
    "v": "в", "y": "й", "z": "з",
}  # fmt: skip
UYGHUR = {
    "zh": "ژ", "kh": "خ", "sh": "ش", "ch": "چ", "a": "ا", "b": "ب", "d": "د", "e": "ە",
    "f": "ف", "g": "گ", "h": "ھ", "i": "ى", "j": "ج", "k": "ك", "l": "ل", "m": "م", "n": "ن",
    "o": "و", "p": "پ", "q": "ق", "r": "ر", "s": "س", "t": "ت", "u": "ۇ", "v": "ۋ", "y": "ي",
    "z": "ز",
}  # fmt: skip
VARIANTS = [("kh", "h"), ("h", "kh"), ("y", "i"), ("zh", "j"), ("bay", "bai"), ("l", "r"),
            ("a", "aa"), ("q", "k"), ("u", "ü"), ("sh", "ş")]  # fmt: skip


def _render(latin: str, table: dict[str, str], initial: str = "") -> str:
    out, i = [], 0
    while i < len(latin):
        pair = latin[i : i + 2]
        if pair in table:
            out.append(table[pair])
            i += 2
        else:
            out.append(table.get(latin[i], latin[i]))
            i += 1
    text = "".join(out)
    return initial + text if initial and latin[:1] in "aeiou" else text


class NameMaker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def person(self) -> tuple[list[str], list[str]]:
        given = [self.rng.choice(SYLLABLES) for _ in range(self.rng.choice((2, 2, 3)))]
        family = [self.rng.choice(SYLLABLES) for _ in range(2)]
        ending = self.rng.choice(SURNAME_ENDINGS)
        g_lat = "".join(s for s, _ in given)
        f_lat = "".join(s for s, _ in family) + ending[0]
        latin = f"{g_lat.capitalize()} {f_lat.capitalize()}"
        chinese = "".join(c for _, c in given) + "·" + "".join(c for _, c in family) + ending[1]
        cyrillic = (
            f"{_render(g_lat, CYRILLIC).capitalize()} {_render(f_lat, CYRILLIC).capitalize()}"
        )
        arabic = f"{_render(g_lat, UYGHUR, 'ئ')} {_render(f_lat, UYGHUR, 'ئ')}"
        others = [cyrillic, chinese, arabic, self.variant(latin)]
        return [latin, *self.rng.sample(others, 2)], [latin, cyrillic, chinese, arabic]

    def variant(self, latin: str) -> str:
        out = latin
        for old, new in self.rng.sample(VARIANTS, 3):
            out = out.replace(old, new, 1)
        return out


def generate(store: Store, people: int, seed: int) -> list[tuple[str, list[str]]]:
    """Writes the people; returns (person id, every rendering) for the queries."""
    rng = random.Random(seed)
    maker = NameMaker(rng)
    now = datetime(2025, 7, 24, tzinfo=UTC)
    truth = []
    with store.engine.begin() as conn:
        batch_people, batch_names = [], []
        for _ in range(people):
            person_id = uuid.uuid4().hex
            recorded, renderings = maker.person()
            batch_people.append({"id": person_id, "created_at": now, "updated_at": now})
            for position, name in enumerate(recorded):
                batch_names.append(
                    {"id": uuid.uuid4().hex, "person_id": person_id, "text": name,
                     "position": position}
                )  # fmt: skip
            truth.append((person_id, [r for r in renderings if r not in recorded]))
            if len(batch_people) >= 5000:
                _write(conn, batch_people, batch_names)
                batch_people, batch_names = [], []
        _write(conn, batch_people, batch_names)
    return truth


def _write(conn, batch_people, batch_names) -> None:  # type: ignore[no-untyped-def]
    if batch_people:
        conn.execute(m.Person.__table__.insert(), batch_people)
        conn.execute(m.PersonName.__table__.insert(), batch_names)


def index(store: Store) -> float:
    started = time.perf_counter()
    with store.engine.begin() as conn:
        rows = conn.execute(
            select(
                m.PersonName.id, m.PersonName.person_id, m.PersonName.text, m.PersonName.language
            ).where(m.PersonName.id.not_in(select(m.NameForm.name_id)))
        ).all()
        index_names(conn, (("person", *row) for row in rows))
    return time.perf_counter() - started


def timed(calls: list[Callable[[], object]]) -> tuple[list[float], list[object]]:
    times, results = [], []
    for call in calls:
        started = time.perf_counter()
        results.append(call())
        times.append((time.perf_counter() - started) * 1000)
    return times, results


def summary(label: str, times: list[float]) -> str:
    times = sorted(times)
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    return (
        f"{label:38} p50 {statistics.median(times):8.1f} ms   p95 {p95:8.1f} ms"
        f"   max {times[-1]:8.1f} ms"
    )


def like_scan(store: Store, typed: str) -> list[str]:
    with store.reading() as session:
        word = typed.split()[0]
        return list(
            session.scalars(
                text("SELECT DISTINCT person_id FROM person_name WHERE text LIKE :q LIMIT 20"),
                {"q": f"%{word}%"},
            )
        )


def main() -> int:  # noqa: C901
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--keep", type=Path, help="keep (and reuse) the store in this folder")
    parser.add_argument("--no-duplicates", action="store_true", help="skip the duplicate scan")
    args = parser.parse_args()

    folder = args.keep or Path(tempfile.mkdtemp(prefix="ck-names-")) / "store"
    reuse = folder.exists() and (folder / "store.db").exists()
    if reuse:
        store = open_store(folder, passphrase=PASSPHRASE)
        truth = None
    else:
        store = create_store(folder, PASSPHRASE, kdf_params=MINIMUM).store
    try:
        if not reuse:
            started = time.perf_counter()
            truth = generate(store, args.people, args.seed)
            print(
                f"generated {args.people:,} people in {time.perf_counter() - started:.0f} s",
                flush=True,
            )
            print(f"indexed their name keys in {index(store):.0f} s")
        else:  # the same seed gives the same renderings; ids come from the store
            truth = _truth_from_store(store, args.seed, args.people)
        with store.reading() as session:
            names = session.scalar(select(func.count()).select_from(m.PersonName))
            keys = session.scalar(select(func.count()).select_from(m.NameKey))
        size = (folder / "store.db").stat().st_size / 2**20
        print(f"{names:,} names, {keys:,} blocking keys, store.db {size:,.0f} MiB")

        rng = random.Random(args.seed + 1)
        sample = rng.sample(truth, min(args.queries, len(truth)))
        queries = [(pid, rng.choice(others)) for pid, others in sample if others]
        search.search(store, queries[0][1])  # load pypinyin's tables
        calls = [lambda q=q: search.search(store, q, limit=20) for _, q in queries]
        cold, _ = timed(calls)  # each query meets pages not yet decrypted into the cache
        times, results = timed(calls)
        top3 = sum(
            1
            for (pid, _q), hits in zip(queries, results, strict=True)
            if pid in [h.id for h in hits[:3]]  # type: ignore[attr-defined]
        )
        like_times, _ = timed([lambda q=q: like_scan(store, q) for _, q in queries])
        print(summary("search, first time each (cold cache)", cold))
        print(summary("search, again (warm cache)", times))
        print(summary("LIKE scan over every name (baseline)", like_times))
        print(f"person meant in the first three: {top3}/{len(queries)} = {top3 / len(queries):.3f}")
        if not args.no_duplicates:
            started = time.perf_counter()
            pairs = duplicates.find_duplicates(store)
            print(
                f"duplicate scan of the whole store: {time.perf_counter() - started:.1f} s,"
                f" {len(pairs):,} pairs suggested"
            )
    finally:
        store.close()
        if not args.keep:
            shutil.rmtree(folder.parent, ignore_errors=True)
    return 0


def _truth_from_store(store: Store, seed: int, people: int) -> list[tuple[str, list[str]]]:
    rng = random.Random(seed)
    maker = NameMaker(rng)
    expected = []
    for _ in range(people):
        uuid.uuid4()
        recorded, renderings = maker.person()
        expected.append((recorded, [r for r in renderings if r not in recorded]))
    with store.reading() as session:
        first = dict(
            (t, pid)
            for pid, t in session.execute(
                select(m.PersonName.person_id, m.PersonName.text).where(m.PersonName.position == 0)
            )
        )
    return [(first[rec[0]], others) for rec, others in expected if rec[0] in first]


if __name__ == "__main__":
    sys.exit(main())
