"""Consent: what a family agreed may be shared, and when they changed their mind.
A withdrawal never erases the earlier decision: both stay on record."""

from __future__ import annotations

import pytest

from casekeeper import errors
from casekeeper.clock import FakeClock
from casekeeper.services import cases, consent, people
from casekeeper.services.context import Context
from casekeeper.store.store import Store


@pytest.fixture
def family(ctx: Context) -> tuple[str, str]:
    case = cases.new_case(ctx, "Detention of Alimnur Turganbay")
    person = people.add_person(ctx, ["Alimnur Turganbay"], case=case.ref)
    return case.ref, person.id


def test_conditional_consent_is_recorded_with_its_condition_and_who_recorded_it(
    store: Store, ctx: Context, family: tuple[str, str]
) -> None:
    case_ref, person = family
    record = consent.set_consent(
        ctx,
        person,
        "public",
        "conditional",
        conditions="only if he is arrested",
        case=case_ref,
        scope="name",
    )
    assert (record.audience, record.scope, record.decision) == ("public", "name", "conditional")
    assert record.conditions == "only if he is arrested"
    assert record.person_name == "Alimnur Turganbay"
    assert record.recorded_by == "caseworker-a"
    assert record.recorded_on == "2025-07-24T09:00:00+00:00"
    assert record.active
    assert [c.id for c in cases.get_case(store, case_ref).consents] == [record.id]


def test_conditional_consent_without_the_condition_is_refused(
    ctx: Context, family: tuple[str, str]
) -> None:
    with pytest.raises(errors.InvalidValue, match="condition in words"):
        consent.set_consent(ctx, family[1], "partners", "conditional", conditions="  ")


def test_withdrawn_consent_stays_on_record_as_withdrawn(
    store: Store, ctx: Context, clock: FakeClock, family: tuple[str, str]
) -> None:
    case_ref, person = family
    granted = consent.set_consent(ctx, person, "partners", "granted")
    clock.advance(days=3)

    withdrawn = consent.withdraw_consent(ctx, granted.id, "  the family is afraid  ")

    assert not withdrawn.active
    assert withdrawn.withdrawn_at == "2025-07-27T09:00:00+00:00"
    assert withdrawn.withdrawal_note == "the family is afraid"
    history = consent.consents_of(ctx, person)
    assert [(c.id, c.active) for c in history] == [(granted.id, False)]
    assert [c.active for c in people.get_person(store, person).consents] == [False]


def test_consent_cannot_be_withdrawn_twice(ctx: Context, family: tuple[str, str]) -> None:
    granted = consent.set_consent(ctx, family[1], "partners", "granted")
    consent.withdraw_consent(ctx, granted.id)
    with pytest.raises(errors.InvalidValue, match="already withdrawn"):
        consent.withdraw_consent(ctx, granted.id)


def test_new_decision_is_added_beside_the_old_one(
    ctx: Context, clock: FakeClock, family: tuple[str, str]
) -> None:
    person = family[1]
    refused = consent.set_consent(ctx, person, "public", "refused")
    clock.advance(days=30)
    granted = consent.set_consent(ctx, person, "public", "granted")
    assert [(c.id, c.decision, c.active) for c in consent.consents_of(ctx, person)] == [
        (refused.id, "refused", True),
        (granted.id, "granted", True),
    ]
