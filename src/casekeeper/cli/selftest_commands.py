"""``casekeeper self-test``: check that this installation works, without touching your data.

In a temporary folder, removed afterwards, it goes through what a
caseworker's day needs: create an encrypted store and open it again with
the passphrase, record a case and a person named in Cyrillic and Chinese,
import a file into the vault, export an evidence bundle and a PDF report,
and check the bundle with the store-free verifier. Each step prints one
line; the first failure names its step and the exit code is 1.

The packaged app's smoke test (packaging/smoke_test.sh) runs it in the
built binary: it proves the bundle carries SQLCipher, the migrations,
cryptography, the report's fonts and everything else those steps load.
"""

from __future__ import annotations

import argparse
import io
import secrets
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from casekeeper import __version__
from casekeeper.errors import CaseKeeperError

from .app import CliApp

CYRILLIC = "Гүлнар Ахметова"
CHINESE = "古丽娜尔·艾合买提"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "self-test",
        help="check that this installation works (in a temporary folder; your data is not touched)",
        description=__doc__.split("\n\n")[1] if __doc__ else None,
    )
    p.set_defaults(handler=self_test)


class StepFailed(Exception):
    def __init__(self, step: str, why: str) -> None:
        super().__init__(f"{step}: {why}")
        self.step = step
        self.why = why


class SelfTest:
    """The steps, sharing one temporary folder and one open store."""

    def __init__(self, folder: Path, say: Callable[[str], None], kdf_params: Any = None) -> None:
        self.folder = folder
        self.say = say
        self.kdf_params = kdf_params
        self.passphrase = secrets.token_urlsafe(18)
        self.store: Any = None
        self.ctx: Any = None
        self.case_ref = ""
        self.bundle = folder / "bundle.zip"
        self.signer = ""

    def step(self, name: str, action: Callable[[], str]) -> None:
        started = time.perf_counter()
        try:
            detail = action()
        except CaseKeeperError as exc:
            raise StepFailed(name, exc.message) from exc
        except Exception as exc:
            raise StepFailed(name, f"{type(exc).__name__}: {str(exc)[:300]}") from exc
        took = time.perf_counter() - started
        self.say(f"ok    {name} ({took:.2f} s){': ' + detail if detail else ''}")

    # --- the steps ---------------------------------------------------------------

    def create_store(self) -> str:
        from casekeeper.services.stores import create_store

        made = create_store(self.folder / "store", self.passphrase, kdf_params=self.kdf_params)
        made.store.close()
        head = (self.folder / "store" / "store.db").read_bytes()[:16]
        if head.startswith(b"SQLite format 3"):
            raise AssertionError("store.db is a plain SQLite file, not encrypted")
        return "store.db is encrypted (no SQLite header)"

    def open_store(self) -> str:
        from casekeeper.services.context import Context
        from casekeeper.services.stores import open_store

        self.store = open_store(self.folder / "store", passphrase=self.passphrase)
        self.ctx = Context.for_store(self.store, "self-test")
        return "unlocked with the passphrase"

    def add_person(self) -> str:
        from casekeeper.services import cases, people

        case = cases.new_case(self.ctx, "Self-test case", summary="Made by casekeeper self-test.")
        self.case_ref = case.ref
        person = people.add_person(
            self.ctx,
            [people.NameInput(CYRILLIC, language="kk"), people.NameInput(CHINESE, language="zh")],
            case=case.ref,
        )
        again = people.get_person(self.store, person.id)
        texts = [n.text for n in again.names]
        if texts != [CYRILLIC, CHINESE]:
            raise AssertionError(f"names read back as {texts!r}")
        return f"{CYRILLIC} / {CHINESE} in {case.ref}"

    def import_file(self) -> str:
        from PIL import Image

        from casekeeper.services import evidence

        photo = self.folder / "photo.png"
        data = io.BytesIO()
        Image.new("RGB", (64, 48), (40, 120, 140)).save(data, format="PNG")
        photo.write_bytes(data.getvalue())
        (item,) = evidence.add_evidence(self.ctx, self.case_ref, [photo], sensitivity="internal")
        photo.unlink()
        sealed = list((self.folder / "store").rglob("*"))
        if any(p.is_file() and p.read_bytes() == data.getvalue() for p in sealed):
            raise AssertionError("the imported file lies unencrypted in the store folder")
        return f"{item.original_name} sealed in the vault ({item.size} bytes)"

    def export_bundle(self) -> str:
        from casekeeper.services import exports

        result = exports.export_bundle(self.ctx, self.case_ref, self.bundle, audience="internal")
        if len(result.items) != 1:
            raise AssertionError(f"the bundle carries {len(result.items)} files, not 1")
        self.signer = result.signer_fingerprint
        return f"{self.bundle.name}, {result.size:,} bytes, signed by {self.signer}"

    def export_report(self) -> str:
        from casekeeper.services import exports

        out = self.folder / "report.pdf"
        result = exports.export_report(self.ctx, self.case_ref, out, audience="internal")
        if not out.read_bytes().startswith(b"%PDF-"):
            raise AssertionError("the report is not a PDF")
        return f"{out.name}, {result.size:,} bytes; fonts: {_fonts_used()}"

    def verify_bundle(self) -> str:
        from casekeeper.export.verify import verify_bundle

        report = verify_bundle(self.bundle, signer=self.signer)
        if not report.ok:
            raise AssertionError("; ".join(report.problems[:3]))
        return f"{len(report.passed)} checks passed"

    def run(self) -> None:
        from casekeeper.services import exports

        self.step("create an encrypted store", self.create_store)
        self.step("unlock it", self.open_store)
        self.step("add a person named in Cyrillic and Chinese", self.add_person)
        self.step("import a file into the vault", self.import_file)
        self.step("export an evidence bundle", self.export_bundle)
        if hasattr(exports, "export_report"):
            self.step("export a PDF report", self.export_report)
        else:
            self.say("skip  export a PDF report (not in this version)")
        self.step("verify the bundle without the store", self.verify_bundle)

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None


def _fonts_used() -> str:
    """Where the report's fonts came from (the bundle's own, or the system's)."""
    try:
        from casekeeper.export.report.fonts import report_fonts

        return ", ".join(f"{face.path.name} ({face.path.parent})"
                         for face in report_fonts().faces)
    except Exception as exc:  # only a description; the report itself was made
        return f"(not listed: {type(exc).__name__})"


def run_self_test(say: Callable[[str], None] = print, kdf_params: Any = None) -> str | None:
    """All steps; returns None when they passed, else the failed step's description."""
    say(f"CaseKeeper {__version__} self-test (Python {sys.version.split()[0]}, "
        f"{'bundled app' if getattr(sys, 'frozen', False) else 'from source'})")
    with tempfile.TemporaryDirectory(prefix="casekeeper-selftest-") as tmp:
        test = SelfTest(Path(tmp), say, kdf_params)
        try:
            test.run()
        except StepFailed as failed:
            say(f"FAIL  {failed.step}: {failed.why}")
            return failed.step
        finally:
            test.close()
    say("self-test passed")
    return None


def self_test(app: CliApp, args: argparse.Namespace) -> int:
    failed = run_self_test()
    if failed is not None:
        print(f"casekeeper: self-test failed at: {failed}", file=sys.stderr)
        return 1
    return 0
