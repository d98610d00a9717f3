"""The change log: every write is recorded, and rewriting history is noticed.

The tampering tests act as someone who holds the database's raw SQLCipher
key (not the master key): they run SQL on the store's own engine, bypassing
the services, and then ``history.check`` must name the first broken entry.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlalchemy import text

from casekeeper import errors
from casekeeper.services import cases, claims, consent, events, history, people, tasks
from casekeeper.services.context import Context
from casekeeper.store.store import Store


def _log(store: Store) -> list[dict]:
    with store.engine.connect() as conn:
        rows = (
            conn.execute(
                text(
                    "SELECT seq, author, entity, entity_id, op, field, value FROM change_log "
                    "ORDER BY seq"
                )
            )
            .mappings()
            .all()
        )
        conn.rollback()
    return [dict(r) for r in rows]


def _raw_sql(store: Store, *statements: str) -> None:
    """What someone with the raw database key can do: any SQL, no services."""
    with store.engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))


@pytest.fixture
def store(open_copy: Callable[[], Store]) -> Store:
    return open_copy()


@pytest.fixture
def ctx(store: Store) -> Context:
    return Context.for_store(store, "caseworker-a")


@pytest.fixture
def store_with_history(store: Store, ctx: Context) -> Store:
    """Seven entries: a case (1), a person with two names and a role (2-5), two edits (6-7)."""
    case = cases.new_case(ctx, "Detention at Khorgos")
    people.add_person(ctx, ["Alimnur Turganbay", "Әлімнұр Тұрғанбай"], case=case.ref)
    cases.edit_case(ctx, case.ref, title="Detention of Alimnur at Khorgos")
    cases.edit_case(ctx, case.ref, status="urgent")
    assert history.check(store).entries == 7
    return store


def test_opening_a_case_is_recorded_with_who_and_what(store: Store, ctx: Context) -> None:
    case = cases.new_case(ctx, "Detention at Khorgos", summary="Taken from the bus.")

    log = _log(store)
    assert [(e["op"], e["entity"], e["entity_id"]) for e in log] == [
        ("create", "case_file", case.id)
    ]
    assert log[0]["author"] == "caseworker-a"
    recorded = json.loads(log[0]["value"])
    assert recorded["title"] == "Detention at Khorgos"
    assert recorded["summary"] == "Taken from the bus."
    assert recorded["ref"] == case.ref


def test_editing_a_title_records_one_update_of_the_title(store: Store, ctx: Context) -> None:
    case = cases.new_case(ctx, "Detention at Khorgos")
    before = len(_log(store))

    cases.edit_case(ctx, case.ref, title="Detention at Khorgos crossing")

    new = _log(store)[before:]
    assert [(e["op"], e["entity_id"], e["field"]) for e in new] == [("update", case.id, "title")]
    assert json.loads(new[0]["value"]) == "Detention at Khorgos crossing"


def test_saving_an_unchanged_title_adds_nothing_to_the_history(store: Store, ctx: Context) -> None:
    case = cases.new_case(ctx, "Detention at Khorgos")
    cases.edit_case(ctx, case.ref, title="Detention at Khorgos")
    assert len(_log(store)) == 1


def test_every_service_write_appends_to_the_log(store: Store, ctx: Context) -> None:
    seen = [0]

    def grew(what: str) -> None:
        count = len(_log(store))
        assert count > seen[0], f"{what} left no trace in the change log"
        seen[0] = count

    case = cases.new_case(ctx, "Detention at Khorgos")
    grew("new case")
    cases.edit_case(ctx, case.ref, summary="Taken from the bus.")
    grew("edit case")
    him = people.add_person(ctx, ["Alimnur Turganbay"], case=case.ref)
    grew("add person")
    her = people.add_person(ctx, ["Guldariya"])
    grew("add person without a case")
    people.add_role(ctx, case.ref, her.id, "relative")
    grew("add role")
    people.add_name(ctx, him.id, "Әлімнұр Тұрғанбай")
    grew("add name")
    people.edit_person(ctx, him.id, status="detained")
    grew("edit person")
    people.add_relationship(ctx, her.id, "spouse", him.id)
    grew("add relationship")
    people.add_citizenship(ctx, him.id, "Kazakhstan", acquired="2018")
    grew("add citizenship")
    people.add_document(ctx, him.id, "passport", number="N1234567", status="confiscated")
    grew("add document")
    event = events.add_event(ctx, case.ref, "detention", "Detention", date="2025-07")
    grew("add event")
    events.edit_event(ctx, event.id, date="2025-07-22")
    grew("edit event")
    source = claims.add_source(ctx, case.ref, "testimony", "Wife's testimony")
    grew("add source")
    claims.add_claim(ctx, source.id, "event", event.id, "date", "2025-07-22")
    grew("add claim")
    record = consent.set_consent(ctx, him.id, "partners", "granted")
    grew("set consent")
    consent.withdraw_consent(ctx, record.id, "family afraid")
    grew("withdraw consent")
    task = tasks.add_task(ctx, case.ref, "File petition", due="2025-08-01")
    grew("add task")
    tasks.complete_task(ctx, task.id)
    grew("complete task")

    assert {e["author"] for e in _log(store)} == {"caseworker-a"}
    assert history.check(store).entries == seen[0]


def test_refused_write_leaves_no_trace_in_the_history(store: Store, ctx: Context) -> None:
    case = cases.new_case(ctx, "Detention at Khorgos")
    with pytest.raises(errors.InvalidValue):
        cases.new_case(ctx, "Same reference", ref=case.ref)
    with pytest.raises(errors.InvalidDate):
        events.add_event(ctx, case.ref, "detention", "Detention", date="last summer")
    assert len(_log(store)) == 1
    assert history.check(store).entries == 1


def test_check_passes_on_a_normal_store_and_after_reopening(
    store_with_history: Store, open_copy: Callable[[], Store]
) -> None:
    report = history.check(store_with_history)
    assert report.entries == 7
    assert (report.cases, report.people) == (1, 1)
    assert "intact" in report.summary()

    store_with_history.close()
    again = open_copy()
    cases.new_case(Context.for_store(again, "caseworker-b"), "Second case")
    assert history.check(again).entries == 8
    assert [e["seq"] for e in _log(again)] == list(range(1, 9))


def _broken_at(store: Store) -> errors.ChangeLogBroken:
    with pytest.raises(errors.ChangeLogBroken) as info:
        history.check(store)
    assert info.value.exit_code == 2
    return info.value


def test_changed_value_is_detected_at_that_entry(store_with_history: Store) -> None:
    _raw_sql(store_with_history, """UPDATE change_log SET value = '"x"' WHERE seq = 3""")
    err = _broken_at(store_with_history)
    assert err.seq == 3
    assert "entry 3" in str(err)


def test_changed_author_is_detected_at_that_entry(store_with_history: Store) -> None:
    _raw_sql(store_with_history, "UPDATE change_log SET author = 'someone-else' WHERE seq = 5")
    assert _broken_at(store_with_history).seq == 5


def test_deleted_entry_is_detected_where_it_was(store_with_history: Store) -> None:
    _raw_sql(store_with_history, "DELETE FROM change_log WHERE seq = 2")
    err = _broken_at(store_with_history)
    assert err.seq == 2
    assert "entry 2" in str(err)


def test_deleted_newest_entries_are_detected(store_with_history: Store) -> None:
    _raw_sql(store_with_history, "DELETE FROM change_log WHERE seq >= 6")
    err = _broken_at(store_with_history)
    assert err.seq == 6
    assert "removed" in str(err)


def test_reordered_entries_are_detected(store_with_history: Store) -> None:
    _raw_sql(
        store_with_history,
        "UPDATE change_log SET seq = -1 WHERE seq = 2",
        "UPDATE change_log SET seq = 2 WHERE seq = 3",
        "UPDATE change_log SET seq = 3 WHERE seq = -1",
    )
    assert _broken_at(store_with_history).seq == 2


def test_entry_added_outside_casekeeper_is_detected(store_with_history: Store) -> None:
    _raw_sql(
        store_with_history,
        "INSERT INTO change_log (seq, hlc, device_id, author, entity, entity_id, case_id, op, "
        "field, value, mac) SELECT 8, hlc, device_id, 'intruder', entity, entity_id, case_id, "
        "op, field, value, mac FROM change_log WHERE seq = 7",
    )
    assert _broken_at(store_with_history).seq == 8


def test_removed_record_of_the_newest_entry_is_detected(store_with_history: Store) -> None:
    _raw_sql(store_with_history, "DELETE FROM store_setting WHERE key = 'changelog_head'")
    assert _broken_at(store_with_history).seq == 7


def test_deleted_newest_entries_with_a_rewritten_head_are_detected(
    store_with_history: Store,
) -> None:
    with store_with_history.engine.connect() as conn:
        mac = conn.execute(text("SELECT mac FROM change_log WHERE seq = 5")).scalar()
        conn.rollback()
    with store_with_history.engine.begin() as conn:
        conn.execute(text("DELETE FROM change_log WHERE seq > 5"))
        conn.execute(
            text("UPDATE store_setting SET value = :head WHERE key = 'changelog_head'"),
            {"head": json.dumps({"mac": mac, "seq": 5}, separators=(",", ":"))},
        )
    assert _broken_at(store_with_history).seq == 6
