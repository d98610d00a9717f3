"""The service steps the GUI's undo/redo is made of: remove and restore a
record with its own id, make a person exactly what the editor shows, set
roles, edit tasks and sources, take back a withdrawal or a "not the same"."""

from __future__ import annotations

from pathlib import Path

import pytest

from casekeeper.errors import InvalidValue, NotFound
from casekeeper.services import (
    cases,
    claims,
    consent,
    duplicates,
    events,
    evidence,
    history,
    people,
    removal,
    tasks,
)
from casekeeper.services.context import Context
from casekeeper.services.names import possible_matches
from casekeeper.services.people import CitizenshipInput, DocumentInput, NameInput, PersonInput


@pytest.fixture
def case_id(ctx: Context) -> str:
    return cases.new_case(ctx, "Alimnur Turganbay detained at Dulata").id


def test_added_person_removed_and_restored_with_same_id_names_and_search_keys(
    ctx: Context, case_id: str
) -> None:
    form = PersonInput(
        names=(
            NameInput("Әлімнұр Тұрғанбай", "legal", "kk"),
            NameInput("阿力木努尔", "alias", "zh"),
        ),
        fields={"birth_date": "c. 1979", "hometown": "Ghulja"},
        citizenships=(CitizenshipInput("Kazakhstan", acquired="2018"),),
        documents=(DocumentInput("passport", number="N123"),),
    )
    person = people.create_person(ctx, form, case=case_id, roles=["victim"])
    assert [n.script for n in person.names] == ["Cyrl", "Hani"]
    assert possible_matches(ctx.store, "Alimnur Turganbay")[0].id == person.id

    removed = removal.remove(ctx, "person", person.id)
    assert removed.count("person_name") == 2 and removed.count("case_role") == 1
    with pytest.raises(NotFound):
        people.get_person(ctx.store, person.id)
    assert possible_matches(ctx.store, "Alimnur Turganbay") == []
    assert cases.get_case(ctx.store, case_id).people == []

    removal.restore(ctx, removed)
    back = people.get_person(ctx.store, person.id)
    assert back == person
    assert possible_matches(ctx.store, "Alimnur Turganbay")[0].id == person.id
    assert [p.id for p in cases.get_case(ctx.store, case_id).people] == [person.id]
    ops = [(e.entity, e.op) for e in history.case_log(ctx.store, case_id)]
    assert ("case_role", "delete") in ops and ops.count(("case_role", "create")) == 2


def test_update_person_makes_it_exactly_the_form_and_back(ctx: Context, case_id: str) -> None:
    person = people.create_person(
        ctx,
        PersonInput(names=(NameInput("Alinur Turhanbay"), NameInput("Alinur T.", "alias"))),
        case=case_id,
        roles=["victim"],
    )
    before = people.person_input(person)
    keep = before.names[0]
    after = PersonInput(
        names=(
            NameInput("Alimnur Turganbay", keep.kind, "kk", "", keep.id),
            NameInput("阿力木努尔"),
        ),
        fields={**before.fields, "birth_date": "July 1979", "status": "detained"},
        citizenships=(CitizenshipInput("China"),),
    )
    changed = people.update_person(ctx, person.id, after)
    assert [n.text for n in changed.names] == ["Alimnur Turganbay", "阿力木努尔"]
    assert changed.names[0].id == keep.id  # edited in place, not replaced
    assert changed.names[1].script == "Hani"
    assert changed.birth_date_display == "July 1979" and changed.status == "detained"
    assert [c.country for c in changed.citizenships] == ["China"]

    undone = people.update_person(ctx, person.id, before)
    assert [n.text for n in undone.names] == ["Alinur Turhanbay", "Alinur T."]
    assert undone.birth_date is None and undone.status == "unknown" and undone.citizenships == []
    with pytest.raises(InvalidValue):
        people.update_person(ctx, person.id, PersonInput(names=()))


def test_roles_set_exactly(ctx: Context, case_id: str) -> None:
    person = people.create_person(ctx, PersonInput(names=(NameInput("Guldariya"),)))
    assert people.roles_in_case(ctx.store, case_id, person.id) == []
    people.set_roles(ctx, case_id, person.id, ["relative", "witness"])
    assert people.roles_in_case(ctx.store, case_id, person.id) == ["relative", "witness"]
    people.set_roles(ctx, case_id, person.id, ["witness"])
    assert people.roles_in_case(ctx.store, case_id, person.id) == ["witness"]
    people.set_roles(ctx, case_id, person.id, [])
    assert cases.get_case(ctx.store, case_id).people == []


def test_case_with_its_events_sources_claims_and_tasks_removed_and_restored(
    ctx: Context, case_id: str
) -> None:
    event = events.add_event(ctx, case_id, "detention", "Detention", date="July 2025")
    source = claims.add_source(ctx, case_id, "testimony", "Wife's testimony")
    claims.add_claim(ctx, source.id, "event", event.id, "date", "2025-07-22")
    tasks.add_task(ctx, case_id, "Petition", due="2025-08-01")
    before = cases.get_case(ctx.store, case_id)

    removed = removal.remove(ctx, "case", case_id)
    assert removed.count("claim") == 1  # reached twice (case and source), kept once
    assert cases.count_cases(ctx.store) == 0
    removal.restore(ctx, removed)
    assert cases.get_case(ctx.store, case_id) == before


def test_task_edit_due_date_and_done(ctx: Context, case_id: str) -> None:
    task = tasks.add_task(ctx, case_id, "Visit consulate")
    edited = tasks.edit_task(ctx, task.id, due="2025-07-01", title="Visit the consulate")
    assert edited.due == "2025-07-01" and edited.overdue and edited.title == "Visit the consulate"
    assert tasks.edit_task(ctx, task.id, status="done").status == "done"
    assert tasks.edit_task(ctx, task.id, status="open", due="").due is None
    with pytest.raises(InvalidValue, match="YYYY-MM-DD"):
        tasks.edit_task(ctx, task.id, due="next week")


def test_source_edit_and_withdrawal_taken_back(ctx: Context, case_id: str) -> None:
    source = claims.add_source(ctx, case_id, "news_article", "Report")
    edited = claims.edit_source(ctx, source.id, date="August 2025", reliability="possible")
    assert edited.date == "2025-08" and edited.reliability == "possible"
    with pytest.raises(InvalidValue):
        claims.edit_source(ctx, source.id, date="someday")

    person = people.create_person(ctx, PersonInput(names=(NameInput("Guldariya"),)))
    record = consent.set_consent(ctx, person.id, "public", "granted", case=case_id)
    consent.withdraw_consent(ctx, record.id, "threats")
    back = consent.reinstate_consent(ctx, record.id)
    assert back.active and back.withdrawal_note == ""
    with pytest.raises(InvalidValue):
        consent.reinstate_consent(ctx, record.id)


def test_event_participants_set_and_organizations_kept(ctx: Context, case_id: str) -> None:
    a = people.create_person(ctx, PersonInput(names=(NameInput("Alimnur"),)))
    b = people.create_person(ctx, PersonInput(names=(NameInput("Guldariya"),)))
    event = events.add_event(
        ctx,
        case_id,
        "detention",
        "Detention",
        people=[(a.id, "detained")],
        organizations=[("Ili border police", "perpetrator")],
    )
    changed = events.set_participants(ctx, event.id, [(a.id, "detained"), (b.id, "witness")])
    assert {(p.name, p.role) for p in changed.participants} == {
        ("Alimnur", "detained"),
        ("Guldariya", "witness"),
        ("Ili border police", "perpetrator"),
    }
    changed = events.set_participants(ctx, event.id, [])
    assert [p.name for p in changed.participants] == ["Ili border police"]


def test_not_same_taken_back_lets_the_pair_be_suggested_again(ctx: Context) -> None:
    a = people.create_person(ctx, PersonInput(names=(NameInput("Alinur Turhanbay"),)))
    b = people.create_person(ctx, PersonInput(names=(NameInput("Alimnur Turganbay"),)))

    def paired() -> bool:
        return any(
            {p.person_id, p.other_id} == {a.id, b.id} for p in duplicates.find_duplicates(ctx.store)
        )

    assert paired()
    duplicates.mark_not_same(ctx, a.id, b.id)
    assert not paired()
    duplicates.forget_not_same(ctx, b.id, a.id)
    assert paired()


def test_case_holding_evidence_is_not_removed(ctx: Context, case_id: str, tmp_path: Path) -> None:
    photo = tmp_path / "photo.txt"
    photo.write_text("a photo of the summons")
    evidence.add_evidence(ctx, case_id, [photo])
    with pytest.raises(InvalidValue, match="evidence"):
        removal.remove(ctx, "case", case_id)
    assert cases.get_case(ctx.store, case_id).case.id == case_id
    with pytest.raises(InvalidValue):
        removal.remove(ctx, "planet", case_id)
