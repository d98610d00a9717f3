"""Two records turn out to be one woman: merge them, keep everything, undo if wrong."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import select

from casekeeper.errors import InvalidValue, NotFound
from casekeeper.services import (
    cases,
    claims,
    consent,
    duplicates,
    events,
    history,
    merge,
    people,
    search,
    sensitivity,
)
from casekeeper.services.context import Context
from casekeeper.store import models as m


@dataclass(frozen=True)
class TwoRecords:
    survivor: str
    merged: str
    husband: str
    daughter: str
    first_case: str
    second_case: str


def _two_records_of_the_wife(ctx: Context) -> TwoRecords:
    first = cases.new_case(ctx, "Truck driver detained at Doralta").ref
    second = cases.new_case(ctx, "Wife fined after a picket").ref
    survivor = people.add_person(
        ctx, ["Guldariya Sherizatkyzy"], case=first, roles=["relative"], hometown="Almaty"
    ).id
    merged = people.add_person(
        ctx,
        ["Gulidarriya Xilizati", "古丽达尔娅·西力扎提"],
        case=second,
        roles=["victim"],
        birth_date="1981",
        hometown="Ili",
        sensitivity="internal",
    ).id
    people.add_role(ctx, first, merged, "relative")  # also in the first case, same role
    husband = people.add_person(ctx, ["Alinur Turhanbay"], case=first).id
    daughter = people.add_person(ctx, ["Peiyile"], case=second).id
    people.add_relationship(ctx, merged, "spouse", husband)
    people.add_relationship(ctx, daughter, "child", merged)
    people.add_citizenship(ctx, merged, "Kazakhstan", acquired="2017")
    people.add_document(ctx, merged, "passport", number="N1234567")
    consent.set_consent(ctx, merged, "partners", "granted", case=second)
    source = claims.add_source(ctx, second, "news_article", "Picket at the consulate")
    claims.add_claim(ctx, source.id, "person", merged, "status", "house_arrest")
    events.add_event(
        ctx, second, "fine", "Fined 700,000 tenge", date="2025-08", people=[(merged, "fined")]
    )
    sensitivity.set_field_sensitivity(ctx, "person", merged, "contact", "internal")
    return TwoRecords(survivor, merged, husband, daughter, first, second)


def test_merged_wife_keeps_every_name_role_relative_paper_consent_claim_and_event(
    ctx: Context,
) -> None:
    r = _two_records_of_the_wife(ctx)
    view = merge.merge_people(ctx, r.survivor, r.merged, note="same passport number")

    person = people.get_person(ctx.store, r.survivor)
    assert [n.text for n in person.names] == [
        "Guldariya Sherizatkyzy",
        "Gulidarriya Xilizati",
        "古丽达尔娅·西力扎提",
    ]
    assert sorted((role["case_ref"], role["kind"]) for role in person.roles) == [
        (r.first_case, "relative"),
        (r.second_case, "victim"),
    ]
    assert {(rel.kind, rel.person_id, rel.relative_id) for rel in person.relations} == {
        ("spouse", r.survivor, r.husband),
        ("child", r.daughter, r.survivor),
    }
    assert [c.country for c in person.citizenships] == ["Kazakhstan"]
    assert [d.number for d in person.documents] == ["N1234567"]
    assert [c.audience for c in person.consents] == ["partners"]
    with ctx.store.reading() as session:
        assert session.scalars(select(m.Claim.subject_id)).all() == [r.survivor]
        assert session.scalars(select(m.EventParticipant.person_id)).all() == [r.survivor]
        assert session.scalars(select(m.FieldSensitivity.entity_id)).all() == [r.survivor]
        assert session.get(m.Person, r.merged) is None
    # Empty fields filled, differing ones kept in the notes, narrower sensitivity wins.
    assert person.birth_date == "1981"
    assert person.hometown == "Almaty"
    assert "hometown: Ili" in person.notes
    assert person.sensitivity == "internal"
    assert view.removed == {"case_role": 1}  # the same role twice in one case
    assert view.moved["person_name"] == 2
    # Found under the merged record's names, as one person.
    hits = [h for h in search.search(ctx.store, "古丽达尔娅") if h.entity == "person"]
    assert [h.id for h in hits] == [r.survivor]


def test_merge_is_in_the_change_log_and_the_chain_still_verifies(ctx: Context) -> None:
    r = _two_records_of_the_wife(ctx)
    before = history.check(ctx.store).entries
    merge.merge_people(ctx, r.survivor, r.merged)
    with ctx.store.reading() as session:
        entries = session.execute(
            select(
                m.ChangeLogEntry.entity,
                m.ChangeLogEntry.op,
                m.ChangeLogEntry.field,
                m.ChangeLogEntry.author,
            ).where(m.ChangeLogEntry.seq > before)
        ).all()
    ops = {(entity, op, field) for entity, op, field, _author in entries}
    assert ("person_name", "update", "person_id") in ops
    assert ("person", "delete", None) in ops
    assert ("person_merge", "create", None) in ops
    assert {author for *_, author in entries} == {"caseworker-a"}
    assert history.check(ctx.store).entries == before + len(entries)


def test_undone_merge_gives_back_both_people_as_they_were(ctx: Context) -> None:
    r = _two_records_of_the_wife(ctx)
    survivor_before = people.get_person(ctx.store, r.survivor)
    merged_before = people.get_person(ctx.store, r.merged)
    done = merge.merge_people(ctx, r.survivor, r.merged)

    undone = merge.undo_merge(ctx, done.id)

    assert undone.not_restored == []
    assert people.get_person(ctx.store, r.merged) == merged_before
    assert people.get_person(ctx.store, r.survivor) == survivor_before
    with ctx.store.reading() as session:
        assert session.scalars(select(m.Claim.subject_id)).all() == [r.merged]
        assert session.scalars(select(m.EventParticipant.person_id)).all() == [r.merged]
    hits = [h for h in search.search(ctx.store, "古丽达尔娅") if h.entity == "person"]
    assert {h.id for h in hits} == {r.merged, r.survivor}
    history.check(ctx.store)
    with pytest.raises(InvalidValue, match="already undone"):
        merge.undo_merge(ctx, done.id)
    assert [v.undone_by for v in merge.list_merges(ctx.store)] == ["caseworker-a"]


def test_name_added_after_the_merge_stays_with_the_survivor_on_undo(ctx: Context) -> None:
    r = _two_records_of_the_wife(ctx)
    done = merge.merge_people(ctx, r.survivor, r.merged)
    people.add_name(ctx, r.survivor, "Гүлдария Шеризатқызы")
    merge.undo_merge(ctx, done.id)
    names = [n.text for n in people.get_person(ctx.store, r.survivor).names]
    assert names == ["Guldariya Sherizatkyzy", "Гүлдария Шеризатқызы"]


def test_people_said_to_be_different_are_not_merged(ctx: Context) -> None:
    r = _two_records_of_the_wife(ctx)
    duplicates.mark_not_same(ctx, r.survivor, r.merged)
    with pytest.raises(InvalidValue, match="different people"):
        merge.merge_people(ctx, r.merged, r.survivor)
    with pytest.raises(InvalidValue, match="themselves"):
        merge.merge_people(ctx, r.survivor, r.survivor)
    with pytest.raises(NotFound):
        merge.undo_merge(ctx, "0000000000")


def test_not_same_decisions_follow_the_merged_person_and_come_back(ctx: Context) -> None:
    r = _two_records_of_the_wife(ctx)
    sister = people.add_person(ctx, ["Guldana Sherizatkyzy"]).id
    duplicates.mark_not_same(ctx, r.merged, sister)
    done = merge.merge_people(ctx, r.survivor, r.merged)
    pairs = duplicates.duplicates_of(ctx.store, sister, min_score=0.0)
    assert all(r.survivor not in (p.person_id, p.other_id) for p in pairs)
    merge.undo_merge(ctx, done.id)
    with ctx.store.reading() as session:
        rows = session.execute(select(m.NotSamePerson.person_id, m.NotSamePerson.other_id)).all()
    assert [set(row) for row in rows] == [{r.merged, sister}]
