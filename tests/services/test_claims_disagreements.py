"""Sources that disagree: the wife says the 22nd, the news says the 23rd.
Both are kept and the disagreement is shown; a vaguer source is not a contradiction."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from casekeeper import errors
from casekeeper.services import cases, claims, events, people
from casekeeper.services.context import Context
from casekeeper.store.store import Store


@dataclass(frozen=True)
class Detention:
    case: str
    event: str
    person: str
    testimony: str
    article: str


@pytest.fixture
def detention(ctx: Context) -> Detention:
    case = cases.new_case(ctx, "Detention of Alimnur Turganbay")
    person = people.add_person(ctx, ["Alimnur Turganbay"], case=case.ref)
    event = events.add_event(ctx, case.ref, "detention", "Detention at Khorgos", date="July 2025")
    testimony = claims.add_source(
        ctx, case.ref, "testimony", "Wife's testimony", author="Guldariya", reliability="probable"
    )
    article = claims.add_source(
        ctx,
        case.ref,
        "news_article",
        "RFA report",
        url="https://example.org/rfa",
        reliability="possible",
    )
    return Detention(case.ref, event.id, person.id, testimony.id, article.id)


def test_two_sources_giving_different_days_show_as_a_disagreement(
    store: Store, ctx: Context, detention: Detention
) -> None:
    claims.add_claim(ctx, detention.testimony, "event", detention.event, "date", "2025-07-22")
    claims.add_claim(ctx, detention.article, "event", detention.event, "date", "2025-07-23")

    detail = cases.get_case(store, detention.case)
    assert len(detail.claims) == 2  # both kept
    [disagreement] = detail.disagreements
    assert disagreement.subject_label == "Detention at Khorgos"
    assert disagreement.field == "date"
    assert sorted((c.source_title, c.value) for c in disagreement.claims) == [
        ("RFA report", "2025-07-23"),
        ("Wife's testimony", "2025-07-22"),
    ]


@pytest.mark.parametrize(
    ("said", "other_said"),
    [
        ("2025-07", "2025-07-23"),  # the month contains the day
        ("22 July 2025", "2025-07-22"),  # the same day, written two ways
        ("2025-07-22 or 23", "2025-07-23"),  # one of the two days
        ("Detained", "detained"),  # the same words
    ],
)
def test_claims_that_can_both_be_true_are_not_a_disagreement(
    store: Store, ctx: Context, detention: Detention, said: str, other_said: str
) -> None:
    claims.add_claim(ctx, detention.testimony, "event", detention.event, "date", said)
    claims.add_claim(ctx, detention.article, "event", detention.event, "date", other_said)

    detail = cases.get_case(store, detention.case)
    assert len(detail.claims) == 2
    assert detail.disagreements == []


def test_different_facts_are_never_compared(
    store: Store, ctx: Context, detention: Detention
) -> None:
    claims.add_claim(ctx, detention.testimony, "event", detention.event, "date", "2025-07-22")
    claims.add_claim(ctx, detention.article, "person", detention.person, "status", "detained")
    claims.add_claim(ctx, detention.article, "person", detention.person, "birth_date", "1985")
    assert cases.get_case(store, detention.case).disagreements == []


def test_claim_about_an_unknown_kind_of_thing_is_refused_with_the_choices(
    ctx: Context, detention: Detention
) -> None:
    with pytest.raises(errors.InvalidValue, match="case, person, event, citizenship, document"):
        claims.add_claim(ctx, detention.testimony, "vehicle", detention.event, "plate", "x")


def test_claim_labels_name_the_person(ctx: Context, detention: Detention) -> None:
    claim = claims.add_claim(
        ctx, detention.testimony, "person", detention.person, "status", "detained"
    )
    assert claim.subject_label == "Alimnur Turganbay"
    assert claim.source_title == "Wife's testimony"
