"""Opening cases, giving them references, changing and listing them."""

from __future__ import annotations

import pytest

from casekeeper import errors
from casekeeper.clock import FakeClock
from casekeeper.services import cases, people
from casekeeper.services.context import Context
from casekeeper.store.store import Store


def test_new_cases_get_references_numbered_within_the_year(ctx: Context) -> None:
    first = cases.new_case(ctx, "Detention at Khorgos")
    second = cases.new_case(ctx, "Fine for a prayer gathering")
    assert (first.ref, second.ref) == ("CK-2025-0001", "CK-2025-0002")
    assert first.status == "open" and first.sensitivity == "partners"
    assert first.created_at == "2025-07-24T09:00:00+00:00"


def test_numbering_starts_again_in_a_new_year(ctx: Context, clock: FakeClock) -> None:
    cases.new_case(ctx, "Last case of 2025")
    clock.advance(days=180)
    assert cases.new_case(ctx, "First case of 2026").ref == "CK-2026-0001"


def test_case_is_found_by_its_reference_in_any_case(store: Store, ctx: Context) -> None:
    made = cases.new_case(ctx, "Detention at Khorgos")
    assert cases.get_case(store, "ck-2025-0001").case.id == made.id
    assert cases.get_case(store, made.id[:6]).case.ref == made.ref


def test_reference_already_in_use_is_refused(ctx: Context) -> None:
    cases.new_case(ctx, "Detention at Khorgos", ref="UN-WGEID-17")
    with pytest.raises(errors.InvalidValue, match="already exists"):
        cases.new_case(ctx, "Another case", ref="un-wgeid-17")


def test_hand_given_reference_does_not_block_automatic_numbering(ctx: Context) -> None:
    cases.new_case(ctx, "Detention at Khorgos")  # CK-2025-0001
    cases.new_case(ctx, "Hunger strike", ref="CK-2025-URGENT")
    assert cases.new_case(ctx, "Fine for a prayer gathering").ref == "CK-2025-0002"


def test_changing_a_reference_to_one_in_use_is_refused_in_words(store: Store, ctx: Context) -> None:
    first = cases.new_case(ctx, "Detention at Khorgos")
    second = cases.new_case(ctx, "Fine for a prayer gathering")
    with pytest.raises(errors.InvalidValue, match="already exists"):
        cases.edit_case(ctx, second.ref, ref=first.ref.lower())
    assert cases.get_case(store, second.id).case.ref == second.ref
    # Its own reference in another letter case is not "in use".
    assert cases.edit_case(ctx, second.ref, ref=second.ref.lower()).ref == second.ref.lower()


def test_edited_case_shows_its_new_values(store: Store, ctx: Context, clock: FakeClock) -> None:
    made = cases.new_case(ctx, "Detention at Khorgos")
    clock.advance(hours=2)
    edited = cases.edit_case(
        ctx,
        made.ref,
        title="Detention of Alimnur at Khorgos",
        status="Urgent",
        summary="  Taken off a bus.  ",
    )
    assert (edited.title, edited.status, edited.summary) == (
        "Detention of Alimnur at Khorgos",
        "urgent",
        "Taken off a bus.",
    )
    assert edited.updated_at == "2025-07-24T11:00:00+00:00"
    assert edited.created_at == "2025-07-24T09:00:00+00:00"
    assert cases.get_case(store, made.ref).case.title == "Detention of Alimnur at Khorgos"


def test_fields_that_cannot_be_edited_are_named(ctx: Context) -> None:
    made = cases.new_case(ctx, "Detention at Khorgos")
    with pytest.raises(errors.InvalidValue, match="created_at"):
        cases.edit_case(ctx, made.ref, created_at="2020-01-01")


def test_empty_title_is_refused(ctx: Context) -> None:
    with pytest.raises(errors.InvalidValue, match="case title cannot be empty"):
        cases.new_case(ctx, "   ")


def test_unknown_case_is_reported_by_what_was_typed(store: Store) -> None:
    with pytest.raises(errors.NotFound, match="(?i)No case 'CK-2031-0042'"):
        cases.get_case(store, "CK-2031-0042")


def test_case_list_shows_victims_first_and_filters_by_status(
    store: Store, ctx: Context, clock: FakeClock
) -> None:
    a = cases.new_case(ctx, "Detention at Khorgos")
    people.add_person(ctx, ["Guldariya"], case=a.ref, roles=["relative"])
    people.add_person(ctx, ["Alimnur Turganbay"], case=a.ref, roles=["victim"])
    clock.advance(minutes=5)
    b = cases.new_case(ctx, "Fine for a prayer gathering", status="monitoring")

    listed = cases.list_cases(store)
    assert [c.ref for c in listed] == [b.ref, a.ref]  # most recently updated first
    assert listed[1].people == ["Alimnur Turganbay", "Guldariya"]
    assert [c.ref for c in cases.list_cases(store, status="monitoring")] == [b.ref]
    assert [c.ref for c in cases.list_cases(store, sort="ref")] == [a.ref, b.ref]
    assert cases.count_cases(store) == 2
    with pytest.raises(errors.InvalidValue, match="open, urgent, monitoring, resolved, closed"):
        cases.list_cases(store, status="pending")
