"""evidence add|list|show|extract|remove, vault verify|export-key."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from casekeeper.errors import InvalidValue
from casekeeper.services import evidence
from casekeeper.services import views as v
from casekeeper.vault.blobs import UNCLAIMED_DIR
from casekeeper.vault.identity import vault_identity

from . import output
from .app import CliApp
from .progress_meter import ProgressMeter

EXTRACT_WARNING = (
    "The extracted copy is NOT encrypted: anyone who can read that folder can read the file. "
    "Delete it when done."
)


def register(sub: argparse._SubParsersAction) -> None:
    e = sub.add_parser("evidence", help="evidence files in the encrypted vault")
    es = e.add_subparsers(dest="action", required=True)
    a = es.add_parser("add", help="import files and folders (encrypted in one pass)")
    a.add_argument("--case", required=True)
    a.add_argument("paths", nargs="+", type=Path, metavar="FILE|DIR")
    a.add_argument("--source", help="the source these files document")
    a.add_argument("--acquired-from", default="", help="who handed the files over")
    a.add_argument("--acquired-at", help="when (2025-07-24 or 2025-07-24T15:30, UTC)")
    a.add_argument("--acquired-where", default="")
    a.add_argument("--description", default="")
    a.add_argument("--sensitivity", default="internal")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=add)

    ls = es.add_parser("list", help="a case's evidence")
    ls.add_argument("--case", required=True)
    ls.add_argument("--all", action="store_true", help="include removed items")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=list_)

    s = es.add_parser("show", help="one item with its chain of custody")
    s.add_argument("evidence")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=show)

    x = es.add_parser("extract", help="decrypt a copy to a file you name (unencrypted!)")
    x.add_argument("evidence")
    x.add_argument("--out", required=True, type=Path)
    x.add_argument("--yes", action="store_true",
                   help="skip the question about the unencrypted copy")
    x.set_defaults(handler=extract)

    r = es.add_parser("remove", help="erase the file; the custody record stays")
    r.add_argument("evidence")
    r.add_argument("--reason", default="")
    r.set_defaults(handler=remove)

    vp = sub.add_parser("vault", help="the vault as a whole")
    vs = vp.add_subparsers(dest="action", required=True)
    vv = vs.add_parser("verify", help="decrypt and re-hash every file")
    vv.add_argument("--case")
    vv.add_argument("--json", action="store_true")
    vv.set_defaults(handler=verify)
    vk = vs.add_parser("export-key", help="print the vault's age key (emergency use with `age -d`)")
    vk.add_argument("--confirm", metavar="WORD", help="type SHOW to print it")
    vk.set_defaults(handler=export_key)


def add(app: CliApp, args: argparse.Namespace) -> int:
    meter = ProgressMeter()
    try:
        items = evidence.add_evidence(
            app.context(), args.case, args.paths, source=args.source,
            acquired_from=args.acquired_from, acquired_at=args.acquired_at,
            acquired_where=args.acquired_where, description=args.description,
            sensitivity=args.sensitivity, progress=meter,
        )
    finally:
        meter.finish()
    app.emit(items, output.table(
        ["ID", "NAME", "TYPE", "SIZE", "SHA-256"],
        [(i.id[:8], i.original_name, i.media_type, f"{i.size:,}", i.sha256[:16] + "…")
         for i in items],
    ))
    return 0


def list_(app: CliApp, args: argparse.Namespace) -> int:
    items = evidence.list_evidence(app.store(), args.case, include_removed=args.all)
    app.emit(items, output.table(
        ["ID", "NAME", "TYPE", "SIZE", "ACQUIRED", "STATE"],
        [(i.id[:8], i.original_name, i.media_type, f"{i.size:,}", (i.acquired_at or "")[:10],
          "removed" if i.removed else "") for i in items],
    ))
    return 0


def _detail(item: v.EvidenceView) -> str:
    lines = [f"{item.original_name}  [{item.id}]",
             f"  type: {item.media_type}, {item.size:,} bytes", f"  SHA-256: {item.sha256}"]
    facts = [("acquired from", item.acquired_from), ("acquired where", item.acquired_where),
             ("captured (camera clock)", item.captured_at), ("camera", item.camera),
             ("description", item.description)]
    lines += [f"  {label}: {value}" for label, value in facts if value]
    if item.gps_latitude is not None:
        lines.append(f"  GPS: {item.gps_latitude}, {item.gps_longitude}")
    if item.duration_seconds:
        lines.append(f"  duration: {item.duration_seconds:.1f} s")
    if item.removed_at:
        lines.append(f"  REMOVED {item.removed_at[:19]}: file erased, record kept")
    lines.append("  custody:")
    for c in item.custody:
        detail = f" — {c.detail}" if c.detail else ""
        lines.append(f"    {c.at[:19].replace('T', ' ')}  {c.action:<9} {c.actor:<14} "
                     f"{c.sha256[:16] or '-'}{detail}")
    return "\n".join(lines)


def show(app: CliApp, args: argparse.Namespace) -> int:
    item = evidence.show_evidence(app.store(), args.evidence)
    app.emit(item, _detail(item))
    return 0


def extract(app: CliApp, args: argparse.Namespace) -> int:
    if not args.yes:
        if not sys.stdin.isatty():
            raise InvalidValue(EXTRACT_WARNING + " Repeat with --yes to go ahead.")
        print(EXTRACT_WARNING)
        if input("Write the unencrypted copy? [y/N] ").strip().lower() not in ("y", "yes"):
            print("Nothing was written.")
            return 1
    item = evidence.extract(app.context(), args.evidence, args.out)
    print(f"Wrote {args.out} ({item.size:,} bytes, SHA-256 checked: {item.sha256[:16]}…).")
    print(EXTRACT_WARNING, file=sys.stderr)
    return 0


def remove(app: CliApp, args: argparse.Namespace) -> int:
    outcome = evidence.remove(app.context(), args.evidence, args.reason)
    print(outcome.summary())
    return 0


def verify(app: CliApp, args: argparse.Namespace) -> int:
    meter = ProgressMeter()
    try:
        report = evidence.verify_vault(app.context(), case=args.case, progress=meter)
    finally:
        meter.finish()
    total = report.checked + len(report.problems)
    lines = [f"Checked {_files(total)} ({report.bytes_checked / 1e6:.1f} MB read intact)."]
    lines += [f"DAMAGED {ident}  {name}: {why}." for ident, name, why in report.problems]
    lines.append("Every file matches its hash." if report.ok else
                 f"{len(report.problems)} of {_files(total)} failed verification: "
                 "restore them from a backup or re-import them from the original.")
    if report.unclaimed:
        lines.append(
            f"Note: {_files(report.unclaimed)} in {evidence.vault_of(app.store()).root}"
            f"/{UNCLAIMED_DIR} belong to no record (an interrupted import, or a database "
            "restored from an older backup). They are encrypted; `casekeeper vault export-key` "
            "and `age -d` open them."
        )
    app.emit({"checked": report.checked, "bytes": report.bytes_checked,
              "problems": [{"id": i, "name": n, "reason": w} for i, n, w in report.problems],
              "unclaimed": report.unclaimed},
             "\n".join(lines))
    return 0 if report.ok else 2


def _files(count: int) -> str:
    return f"{count} file" if count == 1 else f"{count} files"


def export_key(app: CliApp, args: argparse.Namespace) -> int:
    if args.confirm != "SHOW":
        raise InvalidValue("This prints the key that decrypts every evidence file. "
                           "Repeat with --confirm SHOW, and never save it next to the vault.")
    with app.store().reading() as session:
        print(vault_identity(session).to_string())
    return 0
