"""The merge: each rule of docs/sync.md as a story between three caseworkers' laptops."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sync_testkit import A, B, C

from casekeeper.clock import FakeClock
from casekeeper.sync.merge import (
    ConflictKind,
    DeleteRecord,
    HoldReason,
    InsertRecord,
    MergeRules,
    Reference,
    SetField,
    merge,
)
from casekeeper.sync.state import MemoryState

RULES = MergeRules(
    references={
        "event": (Reference("case_id", "case_file"), Reference("place_id", "place", cascade=False)),
        "source": (Reference("case_id", "case_file"),),
    },
    long_text=frozenset(
        {("source", "content"), ("event", "description"), ("case_file", "summary")}
    ),
)


def _devices(**skew: float) -> tuple[dict[str, MemoryState], dict[str, FakeClock]]:
    clocks = {d: FakeClock() for d in (A, B, C)}
    for name, days in skew.items():
        clocks[{"a": A, "b": B, "c": C}[name]].advance(days=days)
    return {d: MemoryState(d, clocks[d], RULES) for d in (A, B, C)}, clocks


def _sync_all(devices: dict[str, MemoryState]) -> None:
    for _ in range(2):
        for me, state in devices.items():
            state.receive({d: other.log for d, other in devices.items() if d != me})


def _tick(clocks: dict[str, FakeClock], seconds: float = 1) -> None:
    for clock in clocks.values():
        clock.advance(seconds=seconds)


@pytest.fixture
def shared_case() -> tuple[dict[str, MemoryState], dict[str, FakeClock]]:
    devices, clocks = _devices()
    devices[A].create("case_file", "k1", {"title": "Detention at Khorgos", "summary": "Arrested."})
    _sync_all(devices)
    _tick(clocks)
    return devices, clocks


def _assert_converged(devices: dict[str, MemoryState]) -> None:
    states = list(devices.values())
    for state in states[1:]:
        assert state.visible() == states[0].visible()
        assert state.conflicts == states[0].conflicts
    for state in states:
        assert state.conflicts == state.derived_conflicts()


def test_concurrent_edits_of_one_field_keep_the_losing_value(shared_case) -> None:
    devices, clocks = shared_case
    devices[A].update("case_file", "k1", "title", "Detention of Alimnur")
    _tick(clocks)
    devices[B].update("case_file", "k1", "title", "Detention at the border")
    _sync_all(devices)
    _assert_converged(devices)
    assert devices[C].visible()[("case_file", "k1")]["title"] == "Detention at the border"
    (conflict,) = devices[C].conflicts
    assert conflict.kind is ConflictKind.CONCURRENT
    assert conflict.value == "Detention of Alimnur"
    assert conflict.winner_value == "Detention at the border"


def test_equal_clocks_are_decided_by_device_id(shared_case) -> None:
    devices, _ = shared_case  # all three clocks read the same time
    devices[C].update("case_file", "k1", "title", "from C")
    devices[B].update("case_file", "k1", "title", "from B")
    _sync_all(devices)
    _assert_converged(devices)
    assert devices[A].visible()[("case_file", "k1")]["title"] == "from C"  # "c3…" > "b2…"


def test_concurrent_edits_of_different_fields_both_apply(shared_case) -> None:
    devices, clocks = shared_case
    devices[A].update("case_file", "k1", "title", "Detention of Alimnur")
    devices[B].update("case_file", "k1", "status", "closed")
    _sync_all(devices)
    _assert_converged(devices)
    record = devices[C].visible()[("case_file", "k1")]
    assert record["title"] == "Detention of Alimnur" and record["status"] == "closed"
    assert devices[C].conflicts == set()


def test_edit_after_seeing_the_other_edit_is_no_conflict(shared_case) -> None:
    devices, clocks = shared_case
    devices[A].update("case_file", "k1", "title", "v1")
    _sync_all(devices)
    _tick(clocks)
    devices[B].update("case_file", "k1", "title", "v2")
    _sync_all(devices)
    _assert_converged(devices)
    assert devices[A].visible()[("case_file", "k1")]["title"] == "v2"
    assert devices[A].conflicts == set()


@pytest.mark.parametrize("delete_first", [True, False])
def test_edit_versus_delete_is_a_conflict_whatever_arrives_first(shared_case, delete_first) -> None:
    devices, clocks = shared_case
    devices[A].delete("case_file", "k1")
    devices[B].update("case_file", "k1", "title", "Important correction")
    order = [A, B] if delete_first else [B, A]
    for device in order:
        devices[C].receive({device: devices[device].log})
    assert ("case_file", "k1") not in devices[C].visible()
    (conflict,) = devices[C].conflicts
    assert conflict.kind is ConflictKind.EDIT_DELETE
    assert conflict.value == "Important correction"
    _sync_all(devices)
    _assert_converged(devices)


def test_delete_after_seeing_every_edit_is_no_conflict(shared_case) -> None:
    devices, clocks = shared_case
    devices[B].update("case_file", "k1", "title", "Seen edit")
    _sync_all(devices)
    devices[A].delete("case_file", "k1")
    _sync_all(devices)
    _assert_converged(devices)
    assert devices[C].visible() == {} and devices[C].conflicts == set()


def test_deleted_case_takes_a_concurrently_added_event_along_but_keeps_it_as_conflict(
    shared_case,
) -> None:
    devices, clocks = shared_case
    devices[B].create(
        "event", "e1", {"case_id": "k1", "kind": "detention", "description": "At 3am"}
    )
    devices[C].receive({B: devices[B].log})
    devices[A].delete("case_file", "k1")
    result = devices[C].receive({A: devices[A].log})
    assert result.ops == [DeleteRecord("event", "e1"), DeleteRecord("case_file", "k1")]
    kept = {(c.entity, c.field, c.value) for c in devices[C].conflicts}
    assert ("event", "description", "At 3am") in kept
    _sync_all(devices)
    _assert_converged(devices)


def test_long_text_keeps_both_versions_in_full(shared_case) -> None:
    devices, clocks = shared_case
    first = "He was taken from his home at night by four officers."
    second = "Four officers in plain clothes took him at about 3am."
    devices[A].update("case_file", "k1", "summary", first)
    _tick(clocks)
    devices[B].update("case_file", "k1", "summary", second)
    _sync_all(devices)
    _assert_converged(devices)
    (conflict,) = devices[C].conflicts
    assert conflict.kind is ConflictKind.BOTH_KEPT
    assert {conflict.value, conflict.winner_value} == {first, second}


def test_resolving_a_conflict_closes_it_everywhere(shared_case) -> None:
    devices, clocks = shared_case
    devices[A].update("case_file", "k1", "title", "A's title")
    devices[B].update("case_file", "k1", "title", "B's title")
    _sync_all(devices)
    (conflict,) = devices[C].conflicts
    _tick(clocks)
    devices[C].resolve(conflict, "Agreed title")
    _sync_all(devices)
    _assert_converged(devices)
    assert devices[A].conflicts == set()
    assert devices[A].visible()[("case_file", "k1")]["title"] == "Agreed title"


def test_clock_ten_years_ahead_is_held_and_flagged_not_applied() -> None:
    devices, clocks = _devices(b=3652)
    devices[A].create("case_file", "k1", {"title": "Original"})
    devices[B].receive({A: devices[A].log})
    devices[B].update("case_file", "k1", "title", "From the future")
    devices[B].update("case_file", "k1", "status", "closed")
    result = devices[A].receive({B: devices[B].log})
    assert result.held[B].reason is HoldReason.CLOCK_AHEAD
    assert result.consumed[B] == 0 and result.ops == []
    assert devices[A].visible()[("case_file", "k1")]["title"] == "Original"
    assert (
        devices[A].hlc.last.wall_ms < clocks[B].now().timestamp() * 1000 - 1e9
    )  # not dragged along
    # A person who checked that laptop accepts its clock: now it applies.
    accepted = MemoryState(
        A, clocks[A], RULES.__class__(**{**RULES.__dict__, "trusted_ahead": frozenset({B})})
    )
    accepted.receive({A: devices[A].log, B: devices[B].log})
    assert accepted.visible()[("case_file", "k1")]["title"] == "From the future"


def test_clock_ten_years_behind_loses_concurrent_edits_but_nothing_is_lost() -> None:
    devices, clocks = _devices(b=-3652)
    devices[B].create("case_file", "k1", {"title": "Original"})
    for me in (A, C):
        devices[me].receive({B: devices[B].log})  # stamps in the past are fine
    devices[A].update("case_file", "k1", "title", "A now")
    devices[B].update("case_file", "k1", "title", "B in 2015")
    for me in (A, C):
        devices[me].receive({d: devices[d].log for d in (A, B) if d != me})
    assert devices[C].visible()[("case_file", "k1")]["title"] == "A now"
    assert {c.value for c in devices[C].conflicts} == {"B in 2015"}
    assert devices[A].conflicts == devices[C].conflicts
    # Seen from the laptop whose clock is wrong, everyone else is ten years
    # ahead: held and flagged, which tells its owner to fix the clock.
    on_b = devices[B].receive({A: devices[A].log})
    assert on_b.held[A].reason is HoldReason.CLOCK_AHEAD


def test_edit_waits_for_the_change_it_was_made_after() -> None:
    devices, clocks = _devices()
    devices[A].create("case_file", "k1", {"title": "v0"})
    devices[B].receive({A: devices[A].log})
    _tick(clocks)
    devices[B].update("case_file", "k1", "title", "v1 by B")
    devices[B].create("event", "e1", {"case_id": "k1", "kind": "arrest"})
    # C gets B's batch first: nothing of it can apply yet, nothing is dropped.
    first = devices[C].receive({B: devices[B].log})
    assert first.consumed[B] == 0
    assert first.held[B].reason is HoldReason.WAITING_FOR_BASE
    second = devices[C].receive({A: devices[A].log, B: devices[B].log})
    assert second.consumed == {A: 1, B: 2} and second.held == {}
    assert devices[C].visible()[("case_file", "k1")]["title"] == "v1 by B"
    assert devices[C].conflicts == set()


def test_child_before_parent_waits_then_parent_is_inserted_first() -> None:
    devices, clocks = _devices()
    devices[A].create("place", "p1", {"name": "Khorgos"})
    devices[B].receive({A: devices[A].log})
    devices[B].create("case_file", "k1", {"title": "T"})
    devices[B].create("event", "e1", {"case_id": "k1", "place_id": "p1", "kind": "detention"})
    only_b = devices[C].receive({B: devices[B].log})
    assert only_b.consumed[B] == 1 and only_b.held[B].reason is HoldReason.WAITING_FOR_PARENT
    assert [type(op) for op in only_b.ops] == [InsertRecord]
    both = devices[C].receive({A: devices[A].log, B: devices[B].log[1:]})
    assert [(op.entity, op.entity_id) for op in both.ops] == [("place", "p1"), ("event", "e1")]


def test_replayed_entries_change_nothing(shared_case) -> None:
    devices, clocks = shared_case
    devices[A].update("case_file", "k1", "title", "once")
    devices[C].receive({A: devices[A].log})
    again = devices[C].receive({A: devices[A].log})
    assert again.replays == len(devices[A].log)
    assert again.ops == [] and again.opened == [] and again.held == {}


def test_merge_is_pure_and_plans_field_updates(shared_case) -> None:
    devices, clocks = shared_case
    devices[A].update("case_file", "k1", "title", "changed")
    before = (devices[C].visible(), devices[C].all_heads(), devices[C].seen(A))
    result = merge(devices[C], {A: devices[A].log}, RULES, clocks[C].now())
    assert (devices[C].visible(), devices[C].all_heads(), devices[C].seen(A)) == before
    assert result.ops == [SetField("case_file", "k1", "title", "changed")]
    assert result.seen[A] == devices[A].log[-1].stamp.hlc


def test_max_ahead_is_measured_from_the_injected_now(shared_case) -> None:
    devices, clocks = shared_case
    clocks[A].advance(hours=23)
    devices[A].update("case_file", "k1", "title", "23 hours ahead")
    assert merge(devices[C], {A: devices[A].log}, RULES, clocks[C].now()).held == {}
    late = merge(devices[C], {A: devices[A].log}, RULES, clocks[C].now() - timedelta(hours=2))
    assert late.held[A].reason is HoldReason.CLOCK_AHEAD
