"""A case's history as the caseworker reads it: who changed what, when, people's names included."""

from __future__ import annotations

from casekeeper.clock import FakeClock
from casekeeper.services import cases, claims, consent, events, history, people
from casekeeper.services.context import Context
from casekeeper.store.store import Store


def test_case_history_tells_the_story_of_the_case_and_its_people(
    store: Store, ctx: Context, clock: FakeClock
) -> None:
    case = cases.new_case(ctx, "Detention at Khorgos")
    person = people.add_person(ctx, ["Alimnur Turganbay", "Әлімнұр Тұрғанбай"], case=case.ref)
    clock.advance(hours=1)
    colleague = Context.for_store(store, "caseworker-b")
    events.add_event(colleague, case.ref, "detention", "Detention", date="2025-07-22 or 23")
    claims.add_source(colleague, case.ref, "testimony", "Wife's testimony")
    people.edit_person(colleague, person.id, status="detained")
    people.add_name(colleague, person.id, "阿力木努尔")
    consent.set_consent(colleague, person.id, "partners", "granted", case=case.ref)
    cases.edit_case(colleague, case.ref, title="Detention of Alimnur at Khorgos")
    unrelated = cases.new_case(ctx, "Another family")
    people.add_person(ctx, ["Serik Şäkenuly"], case=unrelated.ref)

    log = history.case_log(store, case.ref)

    names = [e.value["text"] for e in log if e.entity == "person_name"]
    assert names == ["Alimnur Turganbay", "Әлімнұр Тұрғанбай", "阿力木努尔"]
    assert ("person", "update", "status", "detained") in [
        (e.entity, e.op, e.field, e.value) for e in log
    ]
    assert [e.entity for e in log if e.op == "create"] == [
        "case_file",
        "person",
        "person_name",
        "person_name",
        "case_role",
        "event",
        "source",
        "person_name",
        "consent",
    ]
    assert log[-1].field == "title" and log[-1].value == "Detention of Alimnur at Khorgos"
    assert {e.author for e in log} == {"caseworker-a", "caseworker-b"}
    assert log[0].when == "2025-07-24T09:00:00+00:00"
    assert log[-1].when == "2025-07-24T10:00:00+00:00"
    assert all("Serik" not in str(e.value) and "Another family" not in str(e.value) for e in log)
    assert [e.seq for e in log] == sorted(e.seq for e in log)


def test_history_can_be_cut_to_the_first_entries(store: Store, ctx: Context) -> None:
    case = cases.new_case(ctx, "Detention at Khorgos")
    for n in range(3):
        cases.edit_case(ctx, case.ref, summary=f"Version {n}")
    assert [e.op for e in history.case_log(store, case.ref, limit=2)] == ["create", "update"]
    assert len(history.case_log(store, case.ref)) == 4


def test_case_history_shows_when_a_persons_consent_was_withdrawn(
    store: Store, ctx: Context
) -> None:
    case = cases.new_case(ctx, "Detention at Khorgos")
    person = people.add_person(ctx, ["Alimnur Turganbay"], case=case.ref)
    record = consent.set_consent(ctx, person.id, "public", "granted")  # for every case
    consent.withdraw_consent(ctx, record.id, "the family is afraid")
    assert [c.id for c in cases.get_case(store, case.ref).consents] == [record.id]

    log = history.case_log(store, case.ref)

    assert ("consent", "update", "withdrawal_note", "the family is afraid") in [
        (e.entity, e.op, e.field, e.value) for e in log
    ]
