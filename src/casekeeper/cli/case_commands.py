"""case new|list|show|edit, and log."""

from __future__ import annotations

import argparse

from casekeeper.services import cases, history

from . import output
from .app import CliApp


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("case", help="open, list, show and edit cases")
    cs = p.add_subparsers(dest="action", required=True)

    n = cs.add_parser("new", help="open a new case")
    n.add_argument("--title", required=True)
    n.add_argument("--summary", default="")
    n.add_argument("--status", default="open")
    n.add_argument("--sensitivity", default="partners")
    n.add_argument("--ref", help="reference code (default: CK-<year>-<number>)")
    n.add_argument("--json", action="store_true")
    n.set_defaults(handler=new)

    ls = cs.add_parser("list", help="list cases")
    ls.add_argument("--search", help="only cases matching these words")
    ls.add_argument("--status")
    ls.add_argument("--sort", choices=sorted(cases.SORTS), default="updated")
    ls.add_argument("--limit", type=int, default=100)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=list_)

    s = cs.add_parser("show", help="everything recorded for a case")
    s.add_argument("case", help="reference (CK-2025-0001) or id")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=show)

    e = cs.add_parser("edit", help="change a case's title, summary, status, sensitivity")
    e.add_argument("case")
    for name in ("title", "summary", "status", "sensitivity", "ref"):
        e.add_argument(f"--{name}")
    e.add_argument("--json", action="store_true")
    e.set_defaults(handler=edit)

    lg = sub.add_parser("log", help="a case's history from the change log")
    lg.add_argument("case")
    lg.add_argument("--json", action="store_true")
    lg.set_defaults(handler=log)


def new(app: CliApp, args: argparse.Namespace) -> int:
    case = cases.new_case(
        app.context(),
        args.title,
        summary=args.summary,
        status=args.status,
        sensitivity=args.sensitivity,
        ref=args.ref,
    )
    app.emit(case, f"Opened case {case.ref} (id {case.id})")
    return 0


def list_(app: CliApp, args: argparse.Namespace) -> int:
    found = cases.list_cases(
        app.store(), text=args.search, status=args.status, sort=args.sort, limit=args.limit
    )
    app.emit(found, output.case_list(found))
    return 0


def show(app: CliApp, args: argparse.Namespace) -> int:
    detail = cases.get_case(app.store(), args.case)
    app.emit(detail, output.case_detail(detail))
    return 0


def edit(app: CliApp, args: argparse.Namespace) -> int:
    changes = {
        k: getattr(args, k)
        for k in ("title", "summary", "status", "sensitivity", "ref")
        if getattr(args, k) is not None
    }
    case = cases.edit_case(app.context(), args.case, **changes)
    app.emit(case, f"Updated {case.ref}: {', '.join(changes) or 'nothing changed'}")
    return 0


def log(app: CliApp, args: argparse.Namespace) -> int:
    entries = history.case_log(app.store(), args.case)
    lines = []
    for e in entries:
        what = e.field or ""
        value = "" if e.op == "delete" else (e.value if e.op == "update" else "")
        lines.append(
            f"{e.seq:>6}  {e.when[:19].replace('T', ' ')}  {e.author:<12} {e.op:<6} "
            f"{e.entity:<18} {e.entity_id[:8]}  {what} {value}".rstrip()
        )
    app.emit(entries, "\n".join(lines) or "(no history)")
    return 0
