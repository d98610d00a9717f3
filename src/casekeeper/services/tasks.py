"""Follow-ups: petitions to file, consulates to visit, by a date."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from casekeeper.errors import InvalidValue
from casekeeper.store import models as m
from casekeeper.store.store import Store
from casekeeper.store.vocab import TaskStatus

from . import lookup, present
from . import validate as check
from . import views as v
from .context import Context


def add_task(
    ctx: Context,
    case: str,
    title: str,
    *,
    due: str | None = None,
    assignee: str = "",
    note: str = "",
) -> v.TaskView:
    with ctx.store.writing(ctx.author) as session:
        task = m.Task(
            case_id=lookup.case(session, case).id,
            title=check.text(title, "task", limit=500),
            due=check.day(due, "due date"),
            assignee=assignee.strip(),
            note=note.strip(),
            status="open",
        )
        session.add(task)
        session.flush()
        session.refresh(task)
        return present.task(task, ctx.store.clock.now().date())


def list_tasks(
    store: Store, *, case: str | None = None, status: str | None = "open"
) -> list[v.TaskView]:
    """Open tasks by due date, undated last; overdue ones are flagged."""
    with store.reading() as session:
        query = select(m.Task).options(selectinload(m.Task.case))
        if case:
            query = query.where(m.Task.case_id == lookup.case(session, case).id)
        if status:
            query = query.where(m.Task.status == status)
        query = query.order_by(m.Task.due.is_(None), m.Task.due, m.Task.created_at)
        today = store.clock.now().date()
        return [present.task(t, today) for t in session.scalars(query)]


def complete_task(ctx: Context, ident: str) -> v.TaskView:
    with ctx.store.writing(ctx.author) as session:
        task = lookup.by_id(session, m.Task, ident, "task")
        if task.status == "done":
            raise InvalidValue("That task is already done.")
        task.status = "done"
        task.done_at = ctx.store.clock.now()
        session.flush()
        return present.task(task, ctx.store.clock.now().date())


TASK_FIELDS = {"title", "due", "assignee", "note", "status"}


def edit_task(ctx: Context, ident: str, **fields: str | None) -> v.TaskView:
    """Change a task's title, due date (YYYY-MM-DD, empty for none), assignee,
    note or status (open, done)."""
    unknown = set(fields) - TASK_FIELDS
    if unknown:
        raise InvalidValue(f"Cannot edit {', '.join(sorted(unknown))} of a task.")
    with ctx.store.writing(ctx.author) as session:
        task = lookup.by_id(session, m.Task, ident, "task")
        if "title" in fields:
            task.title = check.text(fields["title"] or "", "task", limit=500)
        if "due" in fields:
            task.due = check.day(fields["due"], "due date")
        if "assignee" in fields:
            task.assignee = (fields["assignee"] or "").strip()
        if "note" in fields:
            task.note = (fields["note"] or "").strip()
        if "status" in fields:
            status = check.choice(fields["status"] or "open", TaskStatus, "task status")
            if status != task.status:
                task.status = status
                task.done_at = ctx.store.clock.now() if status == "done" else None
        session.flush()
        return present.task(task, ctx.store.clock.now().date())
