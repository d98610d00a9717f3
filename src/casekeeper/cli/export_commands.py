"""export bundle|report|preview CASE, and verify FILE (no store needed).

``export json`` lives in json_commands, under the same ``export`` command:
``register`` adds ``bundle``, ``report`` and ``preview`` to that parser (or
makes it, if this module is registered first).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .app import CliApp
from .progress_meter import ProgressMeter


def _export_actions(sub: argparse._SubParsersAction) -> argparse._SubParsersAction:
    parser = sub.choices.get("export")
    if parser is None:
        parser = sub.add_parser("export", help="export a case")
        return parser.add_subparsers(dest="format", required=True)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return parser.add_subparsers(dest="format", required=True)  # pragma: no cover


def register(sub: argparse._SubParsersAction) -> None:
    es = _export_actions(sub)
    b = es.add_parser(
        "bundle",
        help="a signed evidence bundle (BagIt zip) for an audience, e.g. a lawyer",
        description=(
            "Write a zip holding a BagIt bag: the case's evidence files, the case redacted for "
            "the audience, the chain of custody, an overview and a summary PDF, signed with "
            "this store's key (minisign format). The recipient checks it with bagit.py and "
            "minisign, or with 'casekeeper verify'."
        ),
    )
    b.add_argument("case", help="case reference (CK-2025-0001) or id")
    b.add_argument("--audience", required=True, choices=("public", "partners", "internal"),
                   help="who receives it: what they may see follows sensitivity and consent")
    b.add_argument("--out", required=True, type=Path, metavar="FILE.zip")
    b.add_argument("--evidence", nargs="+", metavar="ID",
                   help="only these evidence items (default: every item the audience may see)")
    b.add_argument("--encrypt-to", metavar="AGE_RECIPIENT",
                   help="encrypt the whole zip with age for this public key (age1...)")
    b.add_argument("--overwrite", action="store_true", help="replace FILE if it exists")
    b.add_argument("--json", action="store_true")
    b.set_defaults(handler=export_bundle)

    r = es.add_parser(
        "report",
        help="a PDF report of the case for an audience, e.g. a journalist",
        description=(
            "Write a PDF report: title page, summary, people and their relationships, "
            "timeline, where sources disagree, sources, evidence with hashes, and what was "
            "withheld. Made from the case redacted for the audience: a withheld value is "
            "nowhere in the file. Photos are scaled down and stripped of camera data and "
            "GPS unless the audience is partners or internal."
        ),
    )
    r.add_argument("case", help="case reference (CK-2025-0001) or id")
    r.add_argument("--audience", required=True, choices=("public", "partners", "internal"),
                   help="who receives it: what they may see follows sensitivity and consent")
    r.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    r.add_argument("--sign", action="store_true",
                   help="sign the PDF (PAdES) with a certificate for this store's signing key")
    r.add_argument("--overwrite", action="store_true", help="replace FILE if it exists")
    r.add_argument("--json", action="store_true")
    r.set_defaults(handler=export_report)

    p = es.add_parser(
        "preview", help="what an audience would receive: withheld values, left-out records"
    )
    p.add_argument("case")
    p.add_argument("--audience", required=True, choices=("public", "partners", "internal"))
    p.add_argument("--json", action="store_true",
                   help="print the redacted case document itself")
    p.set_defaults(handler=export_preview)

    v = sub.add_parser(
        "verify",
        help="check an evidence bundle: hashes, completeness, signature, signer (no store needed)",
        description=(
            "Check a bundle made by 'casekeeper export bundle': every file's SHA-256 and "
            "SHA-512, no file missing or added, the tag manifests, the minisign signature and "
            "the expected signer. Exit code 0: verified; 2: verification failed."
        ),
    )
    v.add_argument(
        "file", type=Path, help="the bundle: .zip, age-encrypted .zip.age, or unpacked folder"
    )
    who = v.add_mutually_exclusive_group()
    who.add_argument("--signer", metavar="FINGERPRINT",
                     help="the signer's key fingerprint the sender gave you (16 hex digits)")
    who.add_argument("--pubkey", type=Path, metavar="FILE",
                     help="the signer's minisign public key file the sender gave you")
    v.add_argument("--identity", type=Path, metavar="FILE",
                   help="your age key file, to open an encrypted bundle")
    v.add_argument("--json", action="store_true")
    v.set_defaults(handler=verify)


def export_bundle(app: CliApp, args: argparse.Namespace) -> int:
    from casekeeper.services import exports

    meter = ProgressMeter()
    try:
        result = exports.export_bundle(
            app.context(), args.case, args.out, audience=args.audience,
            evidence_ids=args.evidence, encrypt_to=args.encrypt_to, overwrite=args.overwrite,
            progress=meter,
        )
    finally:
        meter.finish()
    app.emit(
        {
            "path": str(result.path), "bag": result.bag, "audience": result.audience,
            "signer_fingerprint": result.signer_fingerprint,
            "encrypted_for": result.encrypted_for, "size": result.size,
            "withheld_values": result.withheld_values,
            "evidence_left_out": result.evidence_left_out,
            "files_not_carried": result.files_not_carried,
            "items": [
                {"evidence_id": i.evidence_id, "path": i.path, "size": i.size,
                 "sha256": i.sha256, "sha512": i.sha512}
                for i in result.items
            ],
        },
        result.summary(),
    )
    return 0


def export_report(app: CliApp, args: argparse.Namespace) -> int:
    from casekeeper.services import exports

    meter = ProgressMeter()
    try:
        result = exports.export_report(
            app.context(), args.case, args.out, audience=args.audience, sign=args.sign,
            overwrite=args.overwrite, progress=meter,
        )
    finally:
        meter.finish()
    app.emit(
        {
            "path": str(result.path), "audience": result.audience, "size": result.size,
            "signer_fingerprint": result.signer_fingerprint,
            "certificate_fingerprint": result.certificate_fingerprint,
            "photos": result.photos, "withheld_values": result.withheld_values,
            "records_left_out": result.records_left_out,
        },
        result.summary(),
    )
    return 0


def export_preview(app: CliApp, args: argparse.Namespace) -> int:
    from casekeeper.services import exports, interchange

    red = exports.preview(app.store(), args.case, args.audience)
    if args.json:
        sys.stdout.write(interchange.dump(red.document))
        return 0
    lines = [f"What {red.audience} would receive of case {red.document['case'].get('ref')}:"]
    summary = red.summary_lines()
    lines += [f"  {line}" for line in summary] or ["  everything (nothing is withheld)"]
    lines.append(f"  evidence files that would travel: {len(red.evidence_files)}")
    print("\n".join(lines))
    return 0


def verify(app: CliApp, args: argparse.Namespace) -> int:
    from casekeeper.export.verify import verify_bundle

    meter = ProgressMeter()
    try:
        report = verify_bundle(args.file, signer=args.signer, pubkey=args.pubkey,
                               identity=args.identity, progress=meter)
    finally:
        meter.finish()
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(report.lines()))
    if not report.ok:
        print(f"casekeeper: verification failed: {report.problems[0]}", file=sys.stderr)
        return 2
    return 0
