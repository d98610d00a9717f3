"""The ``casekeeper`` command.

Exit codes: 0 ok, 1 a user error (one line on stderr), 2 verification
failed. No traceback reaches the user; CASEKEEPER_DEBUG=1 shows one for
bug reports.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from sqlalchemy.exc import DBAPIError

from casekeeper import __version__
from casekeeper.errors import CaseKeeperError, StoreCorrupt
from casekeeper.services.startup_checks import run_startup_checks

from . import (
    case_commands,
    evidence_commands,
    export_commands,
    followup_commands,
    json_commands,
    names_commands,
    person_commands,
    record_commands,
    search_commands,
    selftest_commands,
    store_commands,
)
from .app import CliApp

GROUPS = (
    store_commands,
    case_commands,
    person_commands,
    record_commands,
    followup_commands,
    evidence_commands,
    search_commands,
    json_commands,
    export_commands,  # after json_commands: it extends the `export` parser
    names_commands,
    selftest_commands,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casekeeper",
        description="CaseKeeper: encrypted, offline case records for human-rights documentation.",
    )
    parser.add_argument("--version", action="version", version=f"CaseKeeper {__version__}")
    parser.add_argument(
        "--store", metavar="DIR", help="the store folder (default: your data folder)"
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="F",
        help="read the passphrase from this file (else CASEKEEPER_PASSPHRASE, else you are asked)",
    )
    parser.add_argument(
        "--author",
        help="your name in the change log (default: CASEKEEPER_AUTHOR or your login name)",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for group in GROUPS:
        group.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    for finding in run_startup_checks().findings:  # program folder, data folder (services)
        kind = "warning" if finding.warning else "note"
        print(f"casekeeper: {kind}: {finding.message}", file=sys.stderr)
    app = CliApp(args)
    try:
        return int(args.handler(app, args))
    except CaseKeeperError as err:
        print(f"casekeeper: {err.message}", file=sys.stderr)
        return err.exit_code
    except DBAPIError as exc:
        # A page that fails to decrypt or a malformed b-tree surfaces at query
        # time, not at open: name the file instead of showing a driver error.
        print(
            f"casekeeper: {StoreCorrupt(app.store_path / 'store.db', str(exc.orig)[:120])}",
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        print("casekeeper: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one line for the user, the trace only on request
        if os.environ.get("CASEKEEPER_DEBUG"):
            raise
        print(
            f"casekeeper: unexpected error ({type(exc).__name__}: {str(exc)[:200]}). "
            "Nothing was changed unless it was reported done. "
            "Run again with CASEKEEPER_DEBUG=1 to see details for a bug report.",
            file=sys.stderr,
        )
        return 1
    finally:
        app.close()


if __name__ == "__main__":
    sys.exit(main())
