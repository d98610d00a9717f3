"""consent set|withdraw|list, sensitivity set, task add|list|done."""

from __future__ import annotations

import argparse

from casekeeper.services import consent, sensitivity, tasks

from . import output
from .app import CliApp


def register(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("consent", help="what each person agreed may be shared")
    cs = c.add_subparsers(dest="action", required=True)
    s = cs.add_parser("set", help="record a consent decision")
    s.add_argument("--person", required=True)
    s.add_argument("--audience", required=True, help="public, partners or internal")
    s.add_argument("--decision", required=True, help="granted, refused or conditional")
    s.add_argument("--scope", default="all", help="all, name, photo, testimony, contact…")
    s.add_argument("--conditions", default="", help="in words: 'only if he is arrested'")
    s.add_argument("--case")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=consent_set)
    w = cs.add_parser("withdraw", help="withdraw a consent record")
    w.add_argument("consent")
    w.add_argument("--note", default="")
    w.add_argument("--json", action="store_true")
    w.set_defaults(handler=consent_withdraw)
    ls = cs.add_parser("list", help="a person's consent history")
    ls.add_argument("--person", required=True)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=consent_list)

    f = sub.add_parser("sensitivity", help="narrow who may see one field of a record")
    fs = f.add_subparsers(dest="action", required=True)
    fset = fs.add_parser("set", help="e.g. sensitivity set person ID contact internal")
    fset.add_argument("entity", choices=sorted(sensitivity.ENTITIES))
    fset.add_argument("id")
    fset.add_argument("field")
    fset.add_argument("level", help="public, partners or internal")
    fset.set_defaults(handler=sensitivity_set)

    t = sub.add_parser("task", help="follow-ups with due dates")
    ts = t.add_subparsers(dest="action", required=True)
    a = ts.add_parser("add", help="add a follow-up")
    a.add_argument("--case", required=True)
    a.add_argument("--title", required=True)
    a.add_argument("--due", help="YYYY-MM-DD")
    a.add_argument("--assignee", default="")
    a.add_argument("--note", default="")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=task_add)
    tl = ts.add_parser("list", help="open follow-ups, soonest first")
    tl.add_argument("--case")
    tl.add_argument("--all", action="store_true", help="include done ones")
    tl.add_argument("--json", action="store_true")
    tl.set_defaults(handler=task_list)
    d = ts.add_parser("done", help="mark a follow-up done")
    d.add_argument("task")
    d.add_argument("--json", action="store_true")
    d.set_defaults(handler=task_done)


def consent_set(app: CliApp, args: argparse.Namespace) -> int:
    record = consent.set_consent(
        app.context(),
        args.person,
        args.audience,
        args.decision,
        scope=args.scope,
        conditions=args.conditions,
        case=args.case,
    )
    app.emit(record, f"{record.person_name}: {output.consent_line(record)}")
    return 0


def consent_withdraw(app: CliApp, args: argparse.Namespace) -> int:
    record = consent.withdraw_consent(app.context(), args.consent, args.note)
    app.emit(record, f"{record.person_name}: {output.consent_line(record)}")
    return 0


def consent_list(app: CliApp, args: argparse.Namespace) -> int:
    records = consent.consents_of(app.context(), args.person)
    app.emit(records, "\n".join(output.consent_line(r) for r in records) or "(no consent recorded)")
    return 0


def sensitivity_set(app: CliApp, args: argparse.Namespace) -> int:
    level = sensitivity.set_field_sensitivity(
        app.context(), args.entity, args.id, args.field, args.level
    )
    print(f"{args.entity} {args.id}: {args.field} is now visible to {level} at most.")
    return 0


def task_add(app: CliApp, args: argparse.Namespace) -> int:
    task = tasks.add_task(
        app.context(), args.case, args.title, due=args.due, assignee=args.assignee, note=args.note
    )
    app.emit(task, f"Added task {task.id}: {task.title}")
    return 0


def task_list(app: CliApp, args: argparse.Namespace) -> int:
    found = tasks.list_tasks(app.store(), case=args.case, status=None if args.all else "open")
    app.emit(found, "\n".join(output.task_line(t) for t in found) or "(no open tasks)")
    return 0


def task_done(app: CliApp, args: argparse.Namespace) -> int:
    task = tasks.complete_task(app.context(), args.task)
    app.emit(task, f"Done: {task.title}")
    return 0
