"""``casekeeper-gui`` (and ``python -m casekeeper``): start the desktop app.

Which store opens:
- ``--store DIR``: that one (created there if the folder holds no store);
- ``--demo``: the demo store, made on first use;
- neither: the default store if it exists, otherwise the demo store, so a
  first run shows a filled example rather than an empty window. The demo's
  passphrase is printed on the console (the product owner's choice: it
  protects sample data only).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from casekeeper import __version__, paths
from casekeeper.services import startup_checks, stores

from .auto_lock import AutoLock
from .main_window import MainWindow
from .settings import app_settings

DESKTOP_FILE = "org.casekeeper.CaseKeeper"


@dataclass(frozen=True)
class StoreChoice:
    path: Path
    hint: str = ""  # shown in the unlock dialog


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(
        prog="casekeeper-gui", description="CaseKeeper: encrypted case manager (desktop)."
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--store",
        type=Path,
        metavar="DIR",
        help=f"the store folder (default: {paths.default_store_dir()})",
    )
    where.add_argument(
        "--demo", action="store_true", help="open the demo store (created on first use)"
    )
    parser.add_argument("--version", action="version", version=f"CaseKeeper {__version__}")
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help="save a picture of the screen once the window is shown, then quit "
        "(checks an installed app, e.g. packaging/smoke_test.sh)",
    )
    # Unknown options (-platform, -style, …) belong to Qt.
    return parser.parse_known_args(list(argv))


def choose_store(args: argparse.Namespace) -> StoreChoice:
    if args.store is not None:
        return StoreChoice(args.store.expanduser())
    default = paths.default_store_dir()
    if not args.demo and stores.store_exists(default):
        return StoreChoice(default)
    return open_demo()


def open_demo() -> StoreChoice:
    """Make sure the demo store exists and say on the console how to open it."""
    from casekeeper.services import demo  # imported late: it builds a sample case

    path, passphrase, created = demo.ensure_demo_store(paths.demo_store_dir())
    if created:
        print(f"Created the demo store (sample data only) at {path}")
    print(f"Demo store at {path}; passphrase: {passphrase}", flush=True)
    hint = QCoreApplication.translate(
        "App",
        "This is the demo store (sample data). Its passphrase is printed in the "
        "terminal that started CaseKeeper.",
    )
    return StoreChoice(Path(path), hint)


def application(argv: Sequence[str]) -> QApplication:
    """The QApplication (the existing one under tests), named for the desktop."""
    QCoreApplication.setApplicationName("CaseKeeper")
    QCoreApplication.setOrganizationName("CaseKeeper")
    QCoreApplication.setOrganizationDomain("casekeeper.org")
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv))
    QApplication.setApplicationDisplayName("CaseKeeper")
    QApplication.setDesktopFileName(DESKTOP_FILE)
    icon = icon_file()
    if icon is not None:
        app.setWindowIcon(QIcon(str(icon)))
    if not app.property("casekeeper_translations"):
        install_translations(app, app_settings().language)
        app.setProperty("casekeeper_translations", True)
    return app


def translations_dir() -> Path:
    """The compiled .qm files: inside the installed package, or the source
    tree's resources/translations (built by ``make translations``)."""
    packaged = Path(__file__).resolve().parents[1] / "_translations"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "resources" / "translations"


def icon_file() -> Path | None:
    """The app icon: in the packaged app, or the source tree's resources/icons."""
    name = f"{DESKTOP_FILE}.png"
    for path in (
        Path(__file__).resolve().parents[1] / "_icons" / name,
        Path(__file__).resolve().parents[3] / "resources/icons/hicolor/256x256/apps" / name,
    ):
        if path.is_file():
            return path
    return None


def show_startup_findings(window: MainWindow, report: startup_checks.StartupReport) -> None:
    """Tell the person when the program or data folder is open to others
    (services/startup_checks.py); a note on stderr when it was fixed."""
    texts = {
        startup_checks.PROGRAM_FOLDER_OPEN: QCoreApplication.translate(
            "App",
            "CaseKeeper is running from a folder that every user of this computer can change "
            "({folder}). Someone could replace the program with one that records your "
            "passphrase. Move CaseKeeper to a folder only you or the administrators can "
            "change, and start it from there.",
        ),
        startup_checks.DATA_DIR_OPEN: QCoreApplication.translate(
            "App",
            "Other users of this computer can open your CaseKeeper data folder ({folder}). "
            "Make it yours alone (on Linux and macOS: chmod 700 on that folder).",
        ),
        startup_checks.DATA_DIR_NOT_YOURS: QCoreApplication.translate(
            "App",
            "Your CaseKeeper data folder ({folder}) belongs to another user account, who "
            "can read and change your stores. Use a folder of your own.",
        ),
    }
    for finding in report.findings:
        print(f"casekeeper-gui: {finding.message}", file=sys.stderr)
    lines = [
        texts[f.kind].format(folder=f.folder) if f.kind in texts else f.message
        for f in report.warnings
    ]
    if lines:
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate(
            "App", "CaseKeeper: a safety problem"), "\n\n".join(lines), parent=window)
        box.setModal(False)
        box.show()


def save_screenshot(app: QApplication, out: Path) -> None:
    """The whole screen (the window and any dialog on it) to ``out``, then quit."""
    screen = app.primaryScreen()
    ok = screen is not None and screen.grabWindow(0).save(str(out))
    print(f"casekeeper-gui: {'saved' if ok else 'could not save'} {out}", file=sys.stderr)
    app.exit(0 if ok else 1)


_installed: list[QTranslator] = []


def remove_translations(app: QCoreApplication) -> None:
    """Back to the source texts (English)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()


def install_translations(app: QCoreApplication, language: str = "") -> QLocale:
    """CaseKeeper's and Qt's own strings (standard buttons, context menus) in
    ``language`` ("en", "ru", "kk"), or in the system's language when it is
    "". Replaces what an earlier call installed; windows made afterwards use
    the new language. Returns the locale chosen."""
    remove_translations(app)
    locale = QLocale(language) if language else QLocale.system()
    # Dates and numbers follow the chosen language too (display.local_time).
    QLocale.setDefault(locale)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_folder), ("casekeeper", str(translations_dir()))):
        translator = QTranslator(app)
        # load(locale, …) tries each of the locale's UI languages in turn
        # (kk-KZ, kk, …), so "casekeeper_kk.qm" is found for "kk_KZ".
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return locale


def start(argv: Sequence[str] | None = None) -> MainWindow:
    """Everything ``main`` does short of running the event loop (tests call this).

    ``argv``: the arguments without the program name (``sys.argv[1:]`` by default).
    """
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    program = sys.argv[0] if sys.argv and sys.argv[0] else "casekeeper-gui"
    app = application([program, *qt_args])
    # Before the (demo) store is made: a data folder created here is owner-only.
    report = startup_checks.run_startup_checks()
    choice = choose_store(args)
    window = MainWindow(choice.path, hint=choice.hint)
    # Idle time from Settings, system sleep and screen lock (auto_lock.py).
    window.auto_lock = AutoLock(window, app_settings())  # type: ignore[attr-defined]
    window.show()
    window.request_unlock()
    app.aboutToQuit.connect(window.close)  # the store is closed however the app ends
    show_startup_findings(window, report)
    if args.screenshot is not None:
        QTimer.singleShot(1500, lambda: save_screenshot(app, args.screenshot))
    return window


def main(argv: Sequence[str] | None = None) -> int:
    window = start(argv)
    app = QApplication.instance()
    assert app is not None
    code = app.exec()
    window.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
