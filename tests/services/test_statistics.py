"""The statistics page's figures: cases by status, the detained and missing
by status, where events happened, and cases and events over time."""

from __future__ import annotations

from casekeeper.clock import FakeClock
from casekeeper.services import cases, events, people
from casekeeper.services.context import Context
from casekeeper.services.statistics import PeriodCount, PlaceCount, statistics
from casekeeper.store.store import Store


def fill(ctx: Context, clock: FakeClock) -> None:
    """Three cases recorded in July and September 2025, events at two border posts."""
    a = cases.new_case(ctx, "Alimnur Turganbay detained", status="urgent")
    b = cases.new_case(ctx, "Missing imam from Ghulja")
    alimnur = people.add_person(ctx, ["Alimnur Turganbay"], case=a.id, status="detained")
    people.add_person(ctx, ["Nurlan Kadyr"], case=b.id, status="missing")
    wife = people.add_person(ctx, ["Guldariya"], case=a.id, roles=["relative"], status="safe")
    events.add_event(
        ctx,
        a.id,
        "detention",
        "Detention",
        date="2025-07-22",
        place="Khorgos",
        people=[(alimnur.id, "detained")],
    )
    events.add_event(ctx, a.id, "petition", "Petition", date="2025-07", place="Khorgos")
    events.add_event(
        ctx, b.id, "disappearance", "Gone", date="~2025-05-03/2025-05-05", place="Dulata port"
    )
    events.add_event(ctx, b.id, "citizenship", "Citizenship", date="circa 2018")
    events.add_event(ctx, b.id, "statement", "Undated statement")
    assert wife.id
    clock.advance(days=60)  # 22 September 2025
    cases.new_case(ctx, "A third case", status="closed")


def test_counts_by_status_place_and_month(store: Store, ctx: Context, clock: FakeClock) -> None:
    fill(ctx, clock)
    s = statistics(store)
    assert (s.cases, s.people, s.events) == (3, 3, 5)
    assert s.cases_by_status == [
        ("open", 1),
        ("urgent", 1),
        ("monitoring", 0),
        ("resolved", 0),
        ("closed", 1),
    ]
    victims = dict(s.victims_by_status)
    assert (victims["detained"], victims["missing"], victims["safe"]) == (1, 1, 0)
    assert s.events_by_place == [PlaceCount("Khorgos", 2, 1), PlaceCount("Dulata port", 1, 1)]
    assert s.events_without_place == 2
    # May to September 2025, every month present, gaps as zero.
    assert s.period == "month"
    assert s.over_time == [
        PeriodCount("2025-05", 0, 1),
        PeriodCount("2025-06", 0, 0),
        PeriodCount("2025-07", 2, 2),
        PeriodCount("2025-08", 0, 0),
        PeriodCount("2025-09", 1, 0),
    ]
    assert (s.events_undated, s.events_year_only) == (1, 1)


def test_long_spans_are_counted_by_year(store: Store, ctx: Context) -> None:
    case = cases.new_case(ctx, "Long story")
    events.add_event(ctx, case.id, "citizenship", "Citizenship", date="2018-03")
    events.add_event(ctx, case.id, "arrest", "Arrest", date="circa 2019")
    events.add_event(ctx, case.id, "detention", "Detention", date="2025-07-22")
    s = statistics(store)
    assert s.period == "year"
    assert [(p.period, p.cases, p.events) for p in s.over_time] == [
        ("2018", 0, 1),
        ("2019", 0, 1),
        ("2020", 0, 0),
        ("2021", 0, 0),
        ("2022", 0, 0),
        ("2023", 0, 0),
        ("2024", 0, 0),
        ("2025", 1, 1),
    ]
    assert s.events_year_only == 0  # a year chart shows them


def test_empty_store_has_zeroes_and_no_periods(store: Store) -> None:
    s = statistics(store)
    assert (s.cases, s.events, s.over_time, s.events_by_place) == (0, 0, [], [])
    assert all(n == 0 for _, n in s.cases_by_status)
