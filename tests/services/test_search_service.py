"""Finding a case by what a caseworker remembers: a name in any script or
spelling, part of a name, a word from a testimony."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from casekeeper.services import cases, claims, events, people, search
from casekeeper.services.context import Context
from casekeeper.services.stores import open_store
from casekeeper.store.store import Store


@dataclass(frozen=True)
class TwoCases:
    alimnur: str  # case refs
    serik: str


def _fill_two_cases(ctx: Context) -> TwoCases:
    a = cases.new_case(ctx, "Detention at the border", summary="Taken off a bus.")
    people.add_person(ctx, ["Alimnur Turganbay", "Әлімнұр Тұрғанбай", "阿力木努尔"], case=a.ref)
    claims.add_source(
        ctx,
        a.ref,
        "testimony",
        "Wife's account",
        content="Soldiers stopped the bus at the Khorgos checkpoint and took my husband away.",
    )
    b = cases.new_case(ctx, "Fine for a prayer gathering")
    people.add_person(ctx, ["Serik Şäkenuly", "Серік Шәкенұлы"], case=b.ref)
    events.add_event(ctx, b.ref, "fine", "Fined 5000 yuan", description="Village committee fine.")
    return TwoCases(a.ref, b.ref)


@pytest.fixture
def two_cases(ctx: Context) -> TwoCases:
    return _fill_two_cases(ctx)


@pytest.fixture(scope="module")
def searchable(
    _blank_store: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Store, TwoCases]]:
    """One filled store shared by the read-only searches of this module."""
    folder = tmp_path_factory.mktemp("searchable") / "store"
    shutil.copytree(_blank_store[0], folder)
    store = open_store(folder, recovery_key=_blank_store[1])
    refs = _fill_two_cases(Context.for_store(store, "caseworker-a"))
    yield store, refs
    store.close()


QUERIES = [
    # (typed, whose case, why)
    ("Turganbay", "alimnur", "Latin name"),
    ("Turğanbay", "alimnur", "typed with an accent the record lacks"),
    ("Sakenuly", "serik", "typed without the accent the record has"),
    ("тұрғанбай", "alimnur", "Kazakh Cyrillic, lower case"),
    ("ТҰРҒАНБАЙ", "alimnur", "Kazakh Cyrillic, upper case"),
    ("шәкенұлы", "serik", "Kazakh Cyrillic, second case"),
    ("阿力木", "alimnur", "start of the Chinese name"),
    ("力木努", "alimnur", "middle of the Chinese name"),
    ("alim", "alimnur", "first letters, as typed"),
    ("alim turg", "alimnur", "first letters of both words"),
    ("Khorgos checkpoint", "alimnur", "words of the testimony"),
    ("yuan", "serik", "word of an event"),
    ("prayer", "serik", "word of a case title"),
    ("Alinur Tulhanbai", "alimnur", "the spelling of another news report"),
    ("Alinur Turhanbay", "alimnur", "a third spelling"),
]


@pytest.mark.parametrize(("typed", "whose", "why"), QUERIES, ids=[q[2] for q in QUERIES])
def test_case_is_found_by_what_the_caseworker_remembers(
    searchable: tuple[Store, TwoCases], typed: str, whose: str, why: str
) -> None:
    store, two_cases = searchable
    wanted = getattr(two_cases, whose)
    other = two_cases.serik if whose == "alimnur" else two_cases.alimnur

    hits = search.search(store, typed)
    refs = {ref for hit in hits for ref in hit.case_refs}
    assert wanted in refs
    assert other not in refs

    assert [c.ref for c in cases.list_cases(store, text=typed)] == [wanted]
    assert cases.count_cases(store, text=typed) == 1


def test_person_hit_is_labelled_with_the_first_name_and_the_case(
    searchable: tuple[Store, TwoCases],
) -> None:
    store, two_cases = searchable
    [hit] = search.search(store, "阿力木")
    assert hit.entity == "person"
    assert hit.label == "Alimnur Turganbay"
    assert hit.matched == "阿力木努尔"
    assert hit.case_refs == [two_cases.alimnur]


def test_text_filter_that_matches_nothing_lists_no_cases(
    searchable: tuple[Store, TwoCases],
) -> None:
    store, _ = searchable
    assert cases.list_cases(store, text="Urumqi") == []
    assert cases.count_cases(store, text="Urumqi") == 0
    assert search.search(store, "Urumqi") == []
    assert len(cases.list_cases(store)) == 2


def test_search_punctuation_and_query_syntax_are_harmless(
    searchable: tuple[Store, TwoCases],
) -> None:
    store, _ = searchable
    for typed in ['"', "*", "Turganbay OR", "NEAR(", "-", "(Alimnur)"]:
        search.search(store, typed)  # no error
    assert search.search(store, "   ") == []


def test_renamed_case_is_found_by_its_new_title_only(
    store: Store, ctx: Context, two_cases: TwoCases
) -> None:
    cases.edit_case(ctx, two_cases.serik, title="Fine for a wedding")
    assert [c.ref for c in cases.list_cases(store, text="wedding")] == [two_cases.serik]
    assert cases.list_cases(store, text="prayer") == []


def test_name_added_later_is_found(store: Store, ctx: Context, two_cases: TwoCases) -> None:
    [person_hit] = [h for h in search.search(store, "Serik") if h.entity == "person"]
    people.add_name(ctx, person_hit.id, "Сэрик Шакенов|transliteration|ru")
    assert [c.ref for c in cases.list_cases(store, text="Шакенов")] == [two_cases.serik]


def test_chinese_name_search_does_not_match_scattered_characters(
    store: Store, ctx: Context, two_cases: TwoCases
) -> None:
    other = cases.new_case(ctx, "Unrelated complaint")
    claims.add_source(
        ctx,
        other.ref,
        "testimony",
        "证词",
        content="阿姨说他很有力气，住在木头房子里。",  # 阿…力…木 in three different words
    )
    people.add_person(ctx, ["木力阿"], case=other.ref)  # the same characters, reversed

    assert [c.ref for c in cases.list_cases(store, text="阿力木")] == [two_cases.alimnur]


def test_a_place_in_many_cases_lists_some_and_the_case_filter_finds_all(
    store: Store, ctx: Context
) -> None:
    refs = []
    for n in range(search.CASES_PER_HIT + 5):
        case = cases.new_case(ctx, f"Summons number {n}")
        events.add_event(ctx, case.ref, "interrogation", "Summoned", place="Zharkent bus station")
        refs.append(case.ref)

    place_hits = [h for h in search.search(store, "Zharkent") if h.entity == "place"]
    assert len(place_hits) == 1
    assert len(place_hits[0].case_refs) == search.CASES_PER_HIT
    assert set(place_hits[0].case_refs) <= set(refs)

    listed = cases.list_cases(store, text="Zharkent", limit=100)
    assert sorted(c.ref for c in listed) == sorted(refs)
    assert cases.count_cases(store, text="Zharkent") == len(refs)
