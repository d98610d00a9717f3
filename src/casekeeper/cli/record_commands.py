"""event add, source add, claim add: what happened and who says so."""

from __future__ import annotations

import argparse
from pathlib import Path

from casekeeper.errors import InvalidValue
from casekeeper.services import claims, events

from .app import CliApp


def _pair(spec: str) -> tuple[str, str]:
    """'ID:role' or 'Name:role' → (ID or name, role)."""
    who, _, role = spec.rpartition(":") if ":" in spec else (spec, "", "")
    return who.strip(), role.strip()


def register(sub: argparse._SubParsersAction) -> None:
    e = sub.add_parser("event", help="events on a case's timeline")
    es = e.add_subparsers(dest="action", required=True)
    a = es.add_parser(
        "add", help="add an event (dates may be partial: 'July 2025', '2025-07-22 or 23')"
    )
    a.add_argument("--case", required=True)
    a.add_argument("--kind", required=True, help="detention, disappearance, arrest, protest, fine…")
    a.add_argument("--title", required=True)
    a.add_argument("--date")
    a.add_argument("--place")
    a.add_argument("--place-alias", action="append", default=[], help="other names of the place")
    a.add_argument("--description", default="")
    a.add_argument("--amount", default="")
    a.add_argument("--person", action="append", default=[], metavar="ID[:ROLE]")
    a.add_argument("--organization", action="append", default=[], metavar="NAME[:ROLE]")
    a.add_argument("--sensitivity", default="partners")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=event_add)

    s = sub.add_parser("source", help="where facts come from")
    ss = s.add_subparsers(dest="action", required=True)
    sa = ss.add_parser("add", help="add a source (testimony, interview, news article…)")
    sa.add_argument("--case", required=True)
    sa.add_argument("--kind", required=True)
    sa.add_argument("--title", required=True)
    for name in ("author", "date", "language", "url"):
        sa.add_argument(f"--{name}", default=None)
    sa.add_argument("--reliability", default="unknown")
    sa.add_argument("--content", default="", help="the testimony or notes")
    sa.add_argument("--content-file", help="read the content from a UTF-8 text file")
    sa.add_argument("--sensitivity", default="partners")
    sa.add_argument("--json", action="store_true")
    sa.set_defaults(handler=source_add)

    c = sub.add_parser("claim", help="tie a fact to the source that states it")
    cs = c.add_subparsers(dest="action", required=True)
    ca = cs.add_parser("add", help="SOURCE says FIELD of SUBJECT is VALUE")
    ca.add_argument("--source", required=True)
    ca.add_argument("--subject-type", required=True, choices=sorted(claims.SUBJECTS))
    ca.add_argument("--subject", required=True)
    ca.add_argument("--field", required=True)
    ca.add_argument("--value", required=True)
    ca.add_argument("--note", default="")
    ca.add_argument("--json", action="store_true")
    ca.set_defaults(handler=claim_add)


def event_add(app: CliApp, args: argparse.Namespace) -> int:
    event = events.add_event(
        app.context(),
        args.case,
        args.kind,
        args.title,
        date=args.date,
        place=args.place,
        place_aliases=args.place_alias,
        description=args.description,
        amount=args.amount,
        people=[_pair(p) for p in args.person],
        organizations=[_pair(o) for o in args.organization],
        sensitivity=args.sensitivity,
    )
    app.emit(event, f"Added event {event.id}: {event.date_display} — {event.title}")
    return 0


def source_add(app: CliApp, args: argparse.Namespace) -> int:
    content = args.content
    if args.content_file:
        try:
            content = Path(args.content_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidValue(f"Cannot read {args.content_file} as UTF-8 text: {exc}.") from None
    source = claims.add_source(
        app.context(),
        args.case,
        args.kind,
        args.title,
        author=args.author or "",
        date=args.date,
        language=args.language or "",
        url=args.url or "",
        reliability=args.reliability,
        content=content,
        sensitivity=args.sensitivity,
    )
    app.emit(source, f"Added source {source.id}: {source.title}")
    return 0


def claim_add(app: CliApp, args: argparse.Namespace) -> int:
    claim = claims.add_claim(
        app.context(),
        args.source,
        args.subject_type,
        args.subject,
        args.field,
        args.value,
        note=args.note,
    )
    app.emit(
        claim,
        f"Recorded: {claim.source_title} says {claim.field} of "
        f"{claim.subject_label} is {claim.value} (id {claim.id})",
    )
    return 0
