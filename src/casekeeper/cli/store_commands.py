"""init, check, passphrase change, recovery-key, panic, signer."""

from __future__ import annotations

import argparse
import sys

from casekeeper.crypto.argon2 import MINIMUM
from casekeeper.errors import Cancelled, InvalidValue, PassphraseRequired
from casekeeper.services import history, stores

from .app import CliApp


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create a new encrypted store")
    p.add_argument(
        "--kdf",
        choices=["calibrated", "minimum"],
        default="calibrated",
        help="passphrase hardening: tuned to ~0.7 s on this machine (default), or "
        "RFC 9106's low-memory minimum for very slow or old laptops",
    )
    p.set_defaults(handler=init)

    p = sub.add_parser("check", help="verify the change log's hash chain")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=check)

    p = sub.add_parser("passphrase", help="change the passphrase")
    ps = p.add_subparsers(dest="action", required=True)
    c = ps.add_parser("change", help="set a new passphrase (only the key file is rewritten)")
    c.add_argument("--new-passphrase-file", help="read the new passphrase from this file")
    c.add_argument("--recovery-key", help="use the recovery key instead of the old passphrase")
    c.set_defaults(handler=passphrase_change)

    p = sub.add_parser("recovery-key", help="make a new recovery key (the old one stops working)")
    p.set_defaults(handler=recovery_key)

    p = sub.add_parser("panic", help="crypto-erase the store: nothing can open it afterwards")
    p.add_argument("--confirm", metavar="WORD", help="type ERASE here to skip the question")
    p.set_defaults(handler=panic)

    p = sub.add_parser("signer", help="show the store's signing key and fingerprint")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=signer)


def _new_passphrase(app: CliApp, file_option: str | None) -> str:
    if file_option:
        with open(file_option, encoding="utf-8") as handle:
            return handle.read().rstrip("\r\n")
    if sys.stdin.isatty():
        return app.new_passphrase()
    raise PassphraseRequired("Give the new passphrase with --new-passphrase-file or at a terminal.")


def init(app: CliApp, args: argparse.Namespace) -> int:
    if args.passphrase_file or "CASEKEEPER_PASSPHRASE" in __import__("os").environ:
        passphrase = app.passphrase()
    else:
        passphrase = app.new_passphrase("Choose a passphrase: ")
    new = stores.create_store(
        app.store_path, passphrase, kdf_params=MINIMUM if args.kdf == "minimum" else None
    )
    info = stores.signer_info(new.store)
    new.store.close()
    print(f"Created an encrypted store at {app.store_path}")
    print()
    print("RECOVERY KEY — write it on paper and keep it apart from this laptop.")
    print("It opens the store if the passphrase is forgotten. It is shown only this once.")
    print()
    print(f"    {new.recovery_key}")
    print()
    print(f"Signing key fingerprint: {info.fingerprint}")
    return 0


def check(app: CliApp, args: argparse.Namespace) -> int:
    report = history.check(app.store())
    app.emit(report, report.summary())
    return 0


def passphrase_change(app: CliApp, args: argparse.Namespace) -> int:
    if args.recovery_key:
        new = _new_passphrase(app, args.new_passphrase_file)
        stores.reset_passphrase_with_recovery_key(app.store_path, args.recovery_key, new)
    else:
        old = app.passphrase("Current passphrase: ")
        new = _new_passphrase(app, args.new_passphrase_file)
        stores.change_passphrase(app.store_path, old, new)
    print("Passphrase changed. The old passphrase no longer opens this store.")
    return 0


def recovery_key(app: CliApp, args: argparse.Namespace) -> int:
    key = stores.replace_recovery_key(app.store_path, app.passphrase())
    print("NEW RECOVERY KEY — the old one no longer works. Write this down now:")
    print()
    print(f"    {key}")
    return 0


def panic(app: CliApp, args: argparse.Namespace) -> int:
    warning = (
        f"This destroys the keys of the store at {app.store_path}.\n"
        "Afterwards NOTHING can open it: not the passphrase, not the recovery key.\n"
        "Everything in it, evidence included, becomes unreadable for good."
    )
    if args.confirm is not None:
        if args.confirm != "ERASE":
            raise InvalidValue("Panic needs --confirm ERASE (in capitals); nothing was erased.")
    elif sys.stdin.isatty():
        print(warning)
        if input("Type ERASE to erase it: ").strip() != "ERASE":
            raise Cancelled("Not erased.")
    else:
        raise InvalidValue(warning.replace("\n", " ") + " Repeat with --confirm ERASE.")
    app.close()
    stores.panic(app.store_path)
    print("The store's keys are erased. It can no longer be opened.")
    return 0


def signer(app: CliApp, args: argparse.Namespace) -> int:
    info = stores.signer_info(app.store())
    app.emit(info, f"Fingerprint: {info.fingerprint}\n\n{info.public_key_file}")
    return 0
