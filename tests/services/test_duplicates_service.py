"""A caseworker is told when a "new" person is probably one already recorded."""

from __future__ import annotations

from casekeeper.services import cases, duplicates, names, people
from casekeeper.services.context import Context
from casekeeper.services.duplicates import DuplicatePair


def _two_reports_of_one_family(ctx: Context) -> dict[str, str]:
    """The seeds: one report spells the couple one way, another the other way."""
    first = cases.new_case(ctx, "Truck driver detained at Doralta")
    second = cases.new_case(ctx, "Wife of a truck driver fined in Almaty")
    ids = {
        "husband_a": people.add_person(ctx, ["Alinur Turhanbay"], case=first.ref).id,
        "wife_a": people.add_person(ctx, ["Gulidarriya Xilizati"], case=first.ref).id,
        "husband_b": people.add_person(ctx, ["Alimnur Turganbay"], case=second.ref).id,
        "wife_b": people.add_person(ctx, ["Guldariya Sherizatkyzy"], case=second.ref).id,
    }
    people.add_relationship(ctx, ids["wife_a"], "spouse", ids["husband_a"])
    people.add_relationship(ctx, ids["wife_b"], "spouse", ids["husband_b"])
    return ids


def _pair(pairs: list[DuplicatePair], a: str, b: str) -> DuplicatePair | None:
    for p in pairs:
        if {p.person_id, p.other_id} == {a, b}:
            return p
    return None


def test_couple_recorded_from_two_reports_is_suggested_with_the_evidence(ctx: Context) -> None:
    ids = _two_reports_of_one_family(ctx)
    pairs = duplicates.find_duplicates(ctx.store)

    wives = _pair(pairs, ids["wife_a"], ids["wife_b"])
    assert wives is not None
    assert {wives.names[0].name, wives.names[0].other_name} == {
        "Gulidarriya Xilizati",
        "Guldariya Sherizatkyzy",
    }
    spouse = [f for f in wives.agree if f.field == "relative (spouse)"]
    assert spouse and {spouse[0].value, spouse[0].other_value} == {
        "Alinur Turhanbay",
        "Alimnur Turganbay",
    }
    assert _pair(pairs, ids["husband_a"], ids["husband_b"]) is not None
    # A husband is never his wife's duplicate, whatever their names.
    assert _pair(pairs, ids["husband_a"], ids["wife_a"]) is None


def test_different_birth_years_are_shown_as_a_conflict(ctx: Context) -> None:
    a = people.add_person(ctx, ["Serikzhan Bilash"], birth_date="1974").id
    b = people.add_person(ctx, ["Серікжан Білаш"], birth_date="1974").id
    c = people.add_person(ctx, ["Serikjan Bilash"], birth_date="1999").id
    pairs = duplicates.find_duplicates(ctx.store, min_score=0.5)
    same = _pair(pairs, a, b)
    assert same is not None and [f.field for f in same.agree] == ["birth_date"]
    differs = _pair(pairs, a, c)
    assert differs is not None
    assert [(f.field, {f.value, f.other_value}) for f in differs.conflict] == [
        ("birth_date", {"1974", "1999"})
    ]
    assert differs.score < same.score
    assert _pair(duplicates.find_duplicates(ctx.store), a, c) is None


def test_not_the_same_person_is_never_suggested_again(ctx: Context) -> None:
    ids = _two_reports_of_one_family(ctx)
    duplicates.mark_not_same(ctx, ids["wife_b"], ids["wife_a"], "sisters-in-law, checked by phone")
    pairs = duplicates.find_duplicates(ctx.store)
    assert _pair(pairs, ids["wife_a"], ids["wife_b"]) is None
    assert _pair(pairs, ids["husband_a"], ids["husband_b"]) is not None
    duplicates.mark_not_same(ctx, ids["wife_a"], ids["wife_b"])  # said twice: one record
    of_wife = duplicates.duplicates_of(ctx.store, ids["wife_a"])
    assert _pair(of_wife, ids["wife_a"], ids["wife_b"]) is None


def test_father_and_son_of_one_name_are_not_duplicates(ctx: Context) -> None:
    father = people.add_person(ctx, ["Serik Abai"]).id
    son = people.add_person(ctx, ["Serik Abai"]).id
    assert _pair(duplicates.find_duplicates(ctx.store), father, son) is not None
    people.add_relationship(ctx, son, "child", father)
    assert _pair(duplicates.find_duplicates(ctx.store), father, son) is None


def test_new_record_is_checked_against_those_already_there(ctx: Context) -> None:
    recorded = people.add_person(ctx, ["Yerzhanat Abai"], birth_date="2002-04-11").id
    people.add_person(ctx, ["Yerlan Abai"])
    new = people.add_person(ctx, ["叶尔扎纳提·阿拜"], birth_date="2002").id
    found = duplicates.duplicates_of(ctx.store, new)
    assert [(p.person_id, p.other_id) for p in found] in (
        [(recorded, new)],
        [(new, recorded)],
    )


def test_possible_matches_while_a_name_is_typed(ctx: Context) -> None:
    wife = people.add_person(ctx, ["Guldariya Sherizatkyzy"]).id
    for typed in ("Guldar", "Гүлдария", "古丽达尔娅"):
        hits = names.possible_matches(ctx.store, typed)
        assert hits and hits[0].id == wife, typed
        assert hits[0].label == "Guldariya Sherizatkyzy"
