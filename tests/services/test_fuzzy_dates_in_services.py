"""Dates as caseworkers know them: "July 2025", "the 22nd or the 23rd", "around 1985"."""

from __future__ import annotations

import pytest

from casekeeper import errors
from casekeeper.services import cases, events, history, people
from casekeeper.services.context import Context
from casekeeper.store.store import Store


@pytest.fixture
def case_ref(ctx: Context) -> str:
    return cases.new_case(ctx, "Detention of Alimnur Turganbay").ref


def test_month_only_date_is_kept_as_a_month(ctx: Context, case_ref: str) -> None:
    event = events.add_event(ctx, case_ref, "disappearance", "Stopped answering", date="July 2025")
    assert event.date == "2025-07"
    assert event.date_display == "July 2025"
    assert (event.earliest, event.latest) == ("2025-07-01", "2025-07-31")


def test_one_of_two_days_is_kept_as_a_span(ctx: Context, case_ref: str) -> None:
    event = events.add_event(ctx, case_ref, "detention", "Detention", date="2025-07-22 or 23")
    assert event.date == "2025-07-22/2025-07-23"
    assert event.date_display == "22–23 July 2025"
    assert (event.earliest, event.latest) == ("2025-07-22", "2025-07-23")


def test_approximate_birth_year_is_kept_as_circa(ctx: Context) -> None:
    person = people.add_person(ctx, ["Alimnur Turganbay"], birth_date="circa 1985")
    assert person.birth_date == "~1985"
    assert person.birth_date_display == "c. 1985"


@pytest.mark.parametrize("typed", ["last summer", "2025-13", "32 July 2025", "07/23/2025"])
def test_date_that_makes_no_sense_is_refused_with_examples(
    store: Store, ctx: Context, case_ref: str, typed: str
) -> None:
    with pytest.raises(errors.InvalidDate) as info:
        events.add_event(ctx, case_ref, "detention", "Detention", date=typed)
    message = str(info.value)
    assert f"'{typed}'" in message
    assert "July 2025" in message and "22 or 23 July 2025" in message  # the hint
    assert cases.get_case(store, case_ref).events == []
    assert history.check(store).entries == 1  # only the case itself


def test_timeline_orders_partial_dates_chronologically(
    store: Store, ctx: Context, case_ref: str
) -> None:
    events.add_event(ctx, case_ref, "release", "Released", date="23.09.2025")
    events.add_event(ctx, case_ref, "detention", "Detention", date="2025-07-22 or 23")
    events.add_event(ctx, case_ref, "petition", "No date known")
    events.add_event(ctx, case_ref, "citizenship", "Became a citizen", date="2018")
    events.add_event(ctx, case_ref, "disappearance", "Stopped answering", date="July 2025")

    timeline = [e.title for e in cases.get_case(store, case_ref).events]
    assert timeline == [
        "Became a citizen",
        "Stopped answering",
        "Detention",
        "Released",
        "No date known",
    ]


def test_event_date_can_be_made_more_precise_later(ctx: Context, case_ref: str) -> None:
    event = events.add_event(ctx, case_ref, "detention", "Detention", date="July 2025")
    edited = events.edit_event(ctx, event.id, date="22 July 2025")
    assert edited.date == "2025-07-22"
    assert edited.date_display == "22 July 2025"
