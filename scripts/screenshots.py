"""Screenshots of every main view of CaseKeeper, for the README and for a
person to look at before a release.

    make screenshots
    # or: xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots.py

Runs the real app on the demo store (``services/demo.py``) created in a
temporary directory, with the data, config and cache dirs pointed there
too, so nothing of the user's own stores or settings is read or changed.
Writes PNGs to docs/screenshots/ (or the directory given as argument).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TMP = Path(tempfile.mkdtemp(prefix="casekeeper-screenshots-"))
# Before casekeeper is imported: every per-user directory lives in TMP.
for var in ("CASEKEEPER_DATA_DIR", "CASEKEEPER_CONFIG_DIR", "CASEKEEPER_CACHE_DIR"):
    os.environ[var] = str(TMP / var.split("_")[1].lower())
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from casekeeper.crypto.argon2 import MINIMUM  # noqa: E402
from casekeeper.gui import worker  # noqa: E402
from casekeeper.gui.app import application  # noqa: E402
from casekeeper.gui.main_window import MainWindow  # noqa: E402
from casekeeper.gui.unlock_dialog import UnlockDialog  # noqa: E402
from casekeeper.services import cases  # noqa: E402
from casekeeper.services import people as people_service  # noqa: E402
from casekeeper.services.context import Context  # noqa: E402
from casekeeper.services.demo import ensure_demo_store  # noqa: E402
from casekeeper.services.people import NameInput  # noqa: E402
from casekeeper.services.stores import open_store  # noqa: E402

SIZE = (1280, 800)


def wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there in time")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def settle(seconds: float = 0.3) -> None:
    """Let queued work arrive and the X server paint."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


class Shooter:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.count = 0

    def __call__(self, widget: QWidget, name: str) -> Path:
        settle()
        self.count += 1
        path = self.out / f"{name}.png"  # stable names: the README links them
        widget.grab().save(str(path))
        print(path)
        return path

    def dialog(self, open_it: Callable[[], object], name: str) -> None:
        """Open a dialog by its action, shoot every new window, close them."""
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        open_it()
        settle(0.6)
        new = [w for w in QApplication.topLevelWidgets() if w.isVisible() and id(w) not in before]
        for n, window in enumerate(new):
            self(window, name if len(new) == 1 else f"{name}-{n + 1}")
            if isinstance(window, QDialog):
                window.reject()
            else:
                window.close()
        settle(0.2)


def slug(text: str) -> str:
    words = "".join(c if c.isalnum() else " " for c in text.replace("&", "").lower())
    return "-".join(w for w in words.split() if not w.isdigit())


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    if out.exists():
        for old in out.glob("*.png"):
            old.unlink()
    out.mkdir(parents=True, exist_ok=True)
    app = application(sys.argv[:1])
    app.setStyle("Fusion")  # the same look on every machine that runs this
    shoot = Shooter(out)
    try:
        run(shoot)
    finally:
        worker.wait_for_tasks()
        shutil.rmtree(TMP, ignore_errors=True)


def run(shoot: Shooter) -> None:
    path, passphrase, _ = ensure_demo_store(TMP / "demo")
    # A correction and its reversal, so that the History tab shows field diffs.
    store = open_store(path, passphrase=passphrase)
    try:
        ctx = Context(store, "caseworker")
        border = next(c for c in cases.list_cases(store) if "Turganbay" in c.title)
        cases.edit_case(ctx, border.ref, status="open")
        cases.edit_case(ctx, border.ref, status="urgent")
        # The same man recorded again in the other case, under another
        # spelling: the duplicates window then has something to show.
        other = next(c for c in cases.list_cases(store) if c.id != border.id)
        people_service.add_person(
            ctx, [NameInput("Alimnur Turganbaev", "legal", "ru")], case=other.id
        )
    finally:
        store.close()

    # A new store: passphrase twice, then the recovery key to write down.
    create = UnlockDialog(TMP / "fresh", kdf_params=MINIMUM)
    create.show()
    create.new_passphrase_edit.setText("three words passphrase")
    create.confirm_edit.setText("three words passphrase")
    shoot(create, "create-store")
    create.ok_button.click()
    wait_until(lambda: create.mode == "recovery-key")
    shoot(create, "recovery-key")
    create.recovery_page.written_down_box.setChecked(True)
    create.ok_button.click()
    if create.store is not None:
        create.store.close()
    create.close()

    window = MainWindow(path, hint="This is the demo store (sample data).")
    window.resize(*SIZE)
    window.show()
    window.request_unlock()
    dialog = window.unlock_dialog
    assert dialog is not None
    shoot(dialog, "unlock")
    dialog.passphrase_edit.setText(passphrase)
    dialog.ok_button.click()
    wait_until(lambda: window.store is not None and window.model.rowCount() > 0)
    wait_until(lambda: "…" not in window.fingerprint_label.text())
    shoot(window, "case-list")

    row = next(
        r
        for r in range(window.model.rowCount())
        if "Turganbay" in (window.model.index(r, 1).data() or "")
    )
    window.case_table.selectRow(row)
    wait_until(lambda: window.case_view.detail is not None)
    tabs = window.case_view.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle(0.5)  # tabs that read on show (History) fill in
        wait_until(lambda: not window.case_view.history_tab.model.loading)
        shoot(window, f"case-{slug(tabs.tabText(index))}")
    tabs.setCurrentIndex(0)

    shoot.dialog(window.case_view.edit_case, "case-editor")
    window.case_view.tabs.setCurrentIndex(0)
    people = window.case_view.people_tab
    if people.list.count():
        people.list.setCurrentRow(0)
        shoot.dialog(lambda: people.edit_requested.emit(people.current_person()), "person-editor")
    timeline = window.case_view.timeline_tab
    if timeline.table.rowCount():
        timeline.table.selectRow(0)
        shoot.dialog(timeline.edit_button.click, "event-editor")
    shoot.dialog(window.case_view.add_task, "task-editor")
    shoot.dialog(window.case_view.add_consent, "consent-editor")
    shoot.dialog(window.case_view.add_source, "source-editor")

    shoot.dialog(window.show_settings, "settings")
    shoot.dialog(window.change_passphrase, "change-passphrase")

    duplicates = window.show_duplicates()
    if duplicates is not None:
        wait_until(lambda: not getattr(duplicates, "busy", False), timeout=60)
        settle(1.0)
        shoot(duplicates, "duplicates")
        duplicates.close()

    # Views other parts of the app add (interview mode, statistics…), by
    # their actions: whatever opens a window is shot.
    known = {
        window.lock_action,
        window.unlock_action,
        window.quit_action,
        window.find_action,
        window.undo_action,
        window.redo_action,
        window.settings_action,
        window.passphrase_action,
        window.new_case_action,
        window.new_person_action,
        window.duplicates_action,
    }
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions() if menu is not None else []:
            if action in known or action.isSeparator() or not action.isEnabled():
                continue
            known.add(action)
            shoot.dialog(action.trigger, slug(action.text()) or "dialog")
    for action in window.findChildren(type(window.lock_action)):
        if action in known or not action.isEnabled() or not action.text():
            continue
        if action.parent() is not window:
            continue
        known.add(action)
        shoot.dialog(action.trigger, slug(action.text()) or "dialog")

    window.search_edit.setText("Гүлдария")
    done: list[bool] = []
    window.model.refreshed.connect(lambda: done.append(True))
    wait_until(lambda: bool(done))
    shoot(window, "search-cyrillic")

    window.lock()
    settle()
    if window.unlock_dialog is not None:
        window.unlock_dialog.hide()
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    shoot(window, "locked")
    window.close()


if __name__ == "__main__":
    main()
