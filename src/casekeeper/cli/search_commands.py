"""search: find cases, people, places by what you remember."""

from __future__ import annotations

import argparse

from casekeeper.services import search

from . import output
from .app import CliApp


def register(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("search", help="search names, titles, summaries and testimony")
    s.add_argument("query", nargs="+")
    s.add_argument("--limit", type=int, default=20)
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=run)


def run(app: CliApp, args: argparse.Namespace) -> int:
    hits = search.search(app.store(), " ".join(args.query), limit=args.limit)
    rows = [(f"{h.score:.2f}", h.entity, h.label, ", ".join(h.case_refs), h.snippet) for h in hits]
    app.emit(hits, output.table(["SCORE", "KIND", "WHAT", "CASES", "MATCHED"], rows))
    return 0
