"""export json CASE, import json FILE: the versioned case document."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from casekeeper.errors import InvalidValue

from .app import CliApp


def register(sub: argparse._SubParsersAction) -> None:
    e = sub.add_parser("export", help="export a case")
    es = e.add_subparsers(dest="format", required=True)
    j = es.add_parser("json", help="the case as a versioned JSON document (unredacted: internal)")
    j.add_argument("case")
    j.add_argument("--out", help="file to write (default: standard output)")
    j.set_defaults(handler=export_json)

    i = sub.add_parser("import", help="import a case")
    is_ = i.add_subparsers(dest="format", required=True)
    ij = is_.add_parser("json", help="import a case document exported by CaseKeeper")
    ij.add_argument("file", help="the .json file, or - for standard input")
    ij.add_argument("--json", action="store_true")
    ij.set_defaults(handler=import_json)


def export_json(app: CliApp, args: argparse.Namespace) -> int:
    from casekeeper.services import interchange

    text = interchange.dump(interchange.export_case(app.store(), args.case))
    if not args.out:
        sys.stdout.write(text)
        return 0
    _write_atomically(Path(args.out), text)
    print(
        f"Wrote {args.out}. It is NOT encrypted and holds everything in the case: "
        "keep it on an encrypted disk.",
        file=sys.stderr,
    )
    return 0


def _write_atomically(path: Path, text: str) -> None:
    directory = path.resolve().parent
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def import_json(app: CliApp, args: argparse.Namespace) -> int:
    from casekeeper.services import interchange

    name = "standard input" if args.file == "-" else args.file
    try:
        raw = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidValue(f"Cannot read {name}: {exc}.") from None
    doc = interchange.loads(raw, source_name=name)
    report = interchange.import_case(app.context(), doc, source_name=name)
    lines = [f"Imported case {report.ref}: {report.title}"]
    lines += [f"  note: {warning}" for warning in report.warnings()]
    app.emit(report, "\n".join(lines))
    return 0
