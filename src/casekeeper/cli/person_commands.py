"""person add|show|edit|name|citizenship|document, relationship add."""

from __future__ import annotations

import argparse

from casekeeper.services import people
from casekeeper.services.people import NameInput

from . import output
from .app import CliApp

FIELDS = (
    "gender",
    "birth_date",
    "birthplace",
    "hometown",
    "ethnicity",
    "occupation",
    "status",
    "contact",
    "notes",
    "sensitivity",
)


def _fields(parser: argparse.ArgumentParser) -> None:
    for name in FIELDS:
        parser.add_argument(f"--{name.replace('_', '-')}", dest=name)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("person", help="record people and their names in every script")
    ps = p.add_subparsers(dest="action", required=True)

    a = ps.add_parser("add", help="add a person")
    a.add_argument(
        "--name",
        action="append",
        required=True,
        metavar="TEXT[|KIND[|LANG]]",
        help="repeatable: 'Alimnur Turganbay', 'Әлімнұр Тұрғанбай|legal|kk'",
    )
    a.add_argument("--case", help="the case the person belongs to")
    a.add_argument("--role", action="append", help="repeatable: victim, relative, witness…")
    _fields(a)
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=add)

    s = ps.add_parser("show", help="a person with all names, roles and relatives")
    s.add_argument("person")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=show)

    e = ps.add_parser("edit", help="change a person's details")
    e.add_argument("person")
    _fields(e)
    e.add_argument("--add-name", action="append", default=[], metavar="TEXT[|KIND[|LANG]]")
    e.add_argument("--case", help="with --role: add the person to this case")
    e.add_argument("--role", action="append", default=[])
    e.add_argument("--json", action="store_true")
    e.set_defaults(handler=edit)

    c = ps.add_parser("citizenship", help="record a citizenship")
    c.add_argument("person")
    c.add_argument("country")
    c.add_argument("--acquired")
    c.add_argument("--lost")
    c.add_argument("--note", default="")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=citizenship)

    d = ps.add_parser("document", help="record an identity document")
    d.add_argument("person")
    d.add_argument("kind", help="passport, id_card, citizenship_certificate…")
    for name in ("number", "issuer", "issued", "expires", "note"):
        d.add_argument(f"--{name}", default=None)
    d.add_argument("--status", default="valid")
    d.add_argument("--sensitivity", default="internal")
    d.add_argument("--json", action="store_true")
    d.set_defaults(handler=document)

    r = sub.add_parser("relationship", help="how two people are related")
    rs = r.add_subparsers(dest="action", required=True)
    ra = rs.add_parser("add", help="PERSON is the KIND of RELATIVE (e.g. WIFE spouse HUSBAND)")
    ra.add_argument("person")
    ra.add_argument("kind")
    ra.add_argument("relative")
    ra.add_argument("--note", default="")
    ra.add_argument("--unconfirmed", action="store_true")
    ra.add_argument("--json", action="store_true")
    ra.set_defaults(handler=relationship_add)


def _given(args: argparse.Namespace) -> dict[str, str]:
    return {k: getattr(args, k) for k in FIELDS if getattr(args, k) is not None}


def add(app: CliApp, args: argparse.Namespace) -> int:
    person = people.add_person(
        app.context(),
        [NameInput.parse(n) for n in args.name],
        case=args.case,
        roles=args.role,
        **_given(args),
    )
    app.emit(person, f"Added {person.display_name} (id {person.id})")
    return 0


def show(app: CliApp, args: argparse.Namespace) -> int:
    person = people.get_person(app.store(), args.person)
    app.emit(person, output.person(person))
    return 0


def edit(app: CliApp, args: argparse.Namespace) -> int:
    ctx = app.context()
    person = people.edit_person(ctx, args.person, **_given(args)) if _given(args) else None
    for name in args.add_name:
        person = people.add_name(ctx, args.person, NameInput.parse(name))
    if args.role and not args.case:
        raise people.InvalidValue("--role needs --case.")
    for kind in args.role:
        person = people.add_role(ctx, args.case, args.person, kind)
    person = person or people.get_person(ctx.store, args.person)
    app.emit(person, output.person(person))
    return 0


def citizenship(app: CliApp, args: argparse.Namespace) -> int:
    person = people.add_citizenship(
        app.context(),
        args.person,
        args.country,
        acquired=args.acquired,
        lost=args.lost,
        note=args.note,
    )
    app.emit(person, output.person(person))
    return 0


def document(app: CliApp, args: argparse.Namespace) -> int:
    person = people.add_document(
        app.context(),
        args.person,
        args.kind,
        number=args.number or "",
        issuer=args.issuer or "",
        issued=args.issued,
        expires=args.expires,
        status=args.status,
        note=args.note or "",
        sensitivity=args.sensitivity,
    )
    app.emit(person, output.person(person))
    return 0


def relationship_add(app: CliApp, args: argparse.Namespace) -> int:
    rel = people.add_relationship(
        app.context(),
        args.person,
        args.kind,
        args.relative,
        note=args.note,
        confirmed=not args.unconfirmed,
    )
    app.emit(rel, f"{rel.person_name} is {rel.kind} of {rel.relative_name} (id {rel.id})")
    return 0
