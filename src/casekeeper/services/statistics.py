"""Counts across the whole store, for the statistics page: cases by status,
the people a case is about by their status, where events happened, and how
cases and events spread over time.

Every figure is one SQL aggregate (GROUP BY in SQLite), never a walk over
records in Python, so the page stays quick on a store of 10,000 cases.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import String, case, func, literal, select
from sqlalchemy.orm import Session

from casekeeper.store import models as m
from casekeeper.store.store import Store
from casekeeper.store.vocab import CaseStatus, PersonStatus, choices

# Over more months than this the time chart counts whole years.
MAX_MONTHS = 36
TOP_PLACES = 12


@dataclass(frozen=True)
class PlaceCount:
    place: str
    events: int
    cases: int


@dataclass(frozen=True)
class PeriodCount:
    period: str  # "2025-07" (by month) or "2025" (by year)
    cases: int  # cases recorded in the store in that period
    events: int  # events that happened then (as far as their date is known)


@dataclass(frozen=True)
class Statistics:
    cases: int
    people: int
    events: int
    cases_by_status: list[tuple[str, int]]  # every status, in the vocabulary's order
    victims_by_status: list[tuple[str, int]]  # people a case is about (role victim)
    events_by_place: list[PlaceCount]  # most events first, at most TOP_PLACES
    events_without_place: int
    over_time: list[PeriodCount]  # every period from the first to the last, gaps as 0
    period: str  # "month" or "year"
    events_undated: int
    events_year_only: int  # not in a month chart: only their year is known


def statistics(store: Store, *, top_places: int = TOP_PLACES) -> Statistics:
    with store.reading() as session:
        cases = session.scalar(select(func.count()).select_from(m.Case)) or 0
        people = session.scalar(select(func.count()).select_from(m.Person)) or 0
        events = session.scalar(select(func.count()).select_from(m.Event)) or 0
        by_status = _counts(session, select(m.Case.status, func.count()).group_by(m.Case.status))
        victims = _counts(
            session,
            select(m.Person.status, func.count(func.distinct(m.Person.id)))
            .join(m.Role, m.Role.person_id == m.Person.id)
            .where(m.Role.kind == "victim")
            .group_by(m.Person.status),
        )
        places, unplaced = _places(session, top_places)
        over_time, period, undated, year_only = _over_time(session)
    return Statistics(
        cases=cases,
        people=people,
        events=events,
        cases_by_status=_in_order(by_status, choices(CaseStatus)),
        victims_by_status=_in_order(victims, choices(PersonStatus)),
        events_by_place=places,
        events_without_place=unplaced,
        over_time=over_time,
        period=period,
        events_undated=undated,
        events_year_only=year_only,
    )


def _counts(session: Session, query) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {str(key): int(n) for key, n in session.execute(query)}


def _in_order(counts: dict[str, int], order: list[str]) -> list[tuple[str, int]]:
    """Every known word (zeros too, so charts keep their shape), then words a
    newer CaseKeeper stored that this one does not know."""
    out = [(word, counts.get(word, 0)) for word in order]
    out.extend(sorted((w, n) for w, n in counts.items() if w not in order))
    return out


def _places(session: Session, top: int) -> tuple[list[PlaceCount], int]:
    first_name = (
        select(m.PlaceName.text)
        .where(m.PlaceName.place_id == m.Event.place_id)
        .order_by(m.PlaceName.position)
        .limit(1)
        .scalar_subquery()
    )
    n_events = func.count(m.Event.id)
    rows = session.execute(
        select(first_name, n_events, func.count(func.distinct(m.Event.case_id)))
        .where(m.Event.place_id.is_not(None))
        .group_by(m.Event.place_id)
        .order_by(n_events.desc(), first_name)
        .limit(top)
    ).all()
    unplaced = (
        session.scalar(select(func.count()).select_from(m.Event).where(m.Event.place_id.is_(None)))
        or 0
    )
    return [PlaceCount(str(name or "?"), int(e), int(c)) for name, e, c in rows], unplaced


def _over_time(session: Session) -> tuple[list[PeriodCount], str, int, int]:
    # Fuzzy dates are stored as text: "2025", "2025-07", "2025-07-22",
    # "~2018", "2025-07-22/2025-07-23". A span counts where it starts.
    bare = func.ltrim(m.Event.date, literal("~", String), type_=String)
    has_month = (func.length(bare) >= 7) & (func.substr(bare, 5, 1) == "-")
    event_month = case((has_month, func.substr(bare, 1, 7)), else_=literal(None))
    event_year = func.substr(bare, 1, 4)
    case_month = func.substr(m.Case.created_at, 1, 7, type_=String)

    case_months = _counts(session, select(case_month, func.count()).group_by(case_month))
    event_months = _counts(
        session,
        select(event_month, func.count()).where(has_month).group_by(event_month),
    )
    event_years = _counts(
        session,
        select(event_year, func.count()).where(m.Event.date.is_not(None)).group_by(event_year),
    )
    undated = (
        session.scalar(select(func.count()).select_from(m.Event).where(m.Event.date.is_(None))) or 0
    )
    year_only = sum(event_years.values()) - sum(event_months.values())

    months = sorted(set(case_months) | set(event_months))
    if months and _month_index(months[-1]) - _month_index(months[0]) < MAX_MONTHS:
        periods = _month_range(months[0], months[-1])
        rows = [PeriodCount(p, case_months.get(p, 0), event_months.get(p, 0)) for p in periods]
        return rows, "month", undated, year_only
    case_years: dict[str, int] = {}
    for month, n in case_months.items():
        case_years[month[:4]] = case_years.get(month[:4], 0) + n
    years = sorted(set(case_years) | set(event_years))
    if not years:
        return [], "month", undated, 0
    span = range(int(years[0]), int(years[-1]) + 1)
    rows = [
        PeriodCount(str(y), case_years.get(str(y), 0), event_years.get(str(y), 0)) for y in span
    ]
    return rows, "year", undated, 0


def _month_index(month: str) -> int:
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def _month_range(first: str, last: str) -> list[str]:
    return [
        f"{i // 12:04d}-{i % 12 + 1:02d}"
        for i in range(_month_index(first), _month_index(last) + 1)
    ]
