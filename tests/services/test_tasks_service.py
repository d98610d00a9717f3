"""Follow-ups with due dates: the petition that must go out before the hearing."""

from __future__ import annotations

import pytest

from casekeeper import errors
from casekeeper.clock import FakeClock
from casekeeper.services import cases, tasks
from casekeeper.services.context import Context
from casekeeper.store.store import Store


@pytest.fixture
def case_ref(ctx: Context) -> str:
    return cases.new_case(ctx, "Detention of Alimnur Turganbay").ref


def test_task_becomes_overdue_the_day_after_it_was_due(
    store: Store, ctx: Context, clock: FakeClock, case_ref: str
) -> None:
    task = tasks.add_task(ctx, case_ref, "File UN petition", due="2025-07-30", assignee="Aigerim")
    assert not task.overdue

    clock.set(clock.now().replace(day=30))  # the due day itself: not yet overdue
    assert [t.overdue for t in tasks.list_tasks(store)] == [False]

    clock.advance(days=1)
    [late] = tasks.list_tasks(store)
    assert (late.title, late.overdue, late.case_ref) == ("File UN petition", True, case_ref)
    assert [t.overdue for t in cases.get_case(store, case_ref).tasks] == [True]


def test_done_task_is_never_overdue_and_leaves_the_open_list(
    store: Store, ctx: Context, clock: FakeClock, case_ref: str
) -> None:
    task = tasks.add_task(ctx, case_ref, "Visit the consulate", due="2025-07-25")
    clock.advance(days=5)
    done = tasks.complete_task(ctx, task.id)

    assert (done.status, done.overdue) == ("done", False)
    assert tasks.list_tasks(store) == []
    assert [t.status for t in tasks.list_tasks(store, status="done")] == ["done"]
    with pytest.raises(errors.InvalidValue, match="already done"):
        tasks.complete_task(ctx, task.id)


def test_tasks_are_listed_by_due_date_undated_last(
    store: Store, ctx: Context, case_ref: str
) -> None:
    tasks.add_task(ctx, case_ref, "Someday")
    tasks.add_task(ctx, case_ref, "Later", due="2025-09-01")
    tasks.add_task(ctx, case_ref, "Soon", due="2025-08-01")
    other = cases.new_case(ctx, "Another case").ref
    tasks.add_task(ctx, other, "Elsewhere", due="2025-07-01")

    assert [t.title for t in tasks.list_tasks(store, case=case_ref)] == [
        "Soon",
        "Later",
        "Someday",
    ]
    assert [t.title for t in tasks.list_tasks(store)][0] == "Elsewhere"


def test_due_date_must_be_a_real_day(ctx: Context, case_ref: str) -> None:
    with pytest.raises(errors.InvalidValue, match="YYYY-MM-DD"):
        tasks.add_task(ctx, case_ref, "Petition", due="next week")
