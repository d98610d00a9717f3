"""Screenshots of the GUI for a person to look at (not a test).

    Xvfb :99 -screen 0 1280x800x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python tests/gui/shots.py [--demo]

Writes PNGs to ./shots/ (git-ignored): the unlock dialog, the create dialog
and its recovery-key page, the main window with the list, a search, and each
tab of the case view. ``--demo`` uses the demo store instead of the test case.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gui_sample_case import make_sample_store  # noqa: E402

from casekeeper.crypto.argon2 import MINIMUM  # noqa: E402
from casekeeper.gui.app import application  # noqa: E402
from casekeeper.gui.main_window import MainWindow  # noqa: E402
from casekeeper.gui.unlock_dialog import UnlockDialog  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "shots"


def wait_until(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("condition not met")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def settle() -> None:
    wait_until(lambda: True)
    end = time.monotonic() + 0.3
    while time.monotonic() < end:  # let the window manager-less X server paint
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def shoot(widget: QWidget, name: str) -> None:
    settle()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    demo = "--demo" in sys.argv
    OUT.mkdir(exist_ok=True)
    application(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp(prefix="ck-shots-"))
    if demo:
        from casekeeper.services.demo import ensure_demo_store

        path, passphrase, _ = ensure_demo_store(tmp / "demo")
        query = "Гүлдария"
    else:
        sample = make_sample_store(tmp / "store", extra_cases=12)
        path, passphrase = sample.path, sample.passphrase
        query = "努尔兰"
    prefix = "demo-" if demo else ""

    # Create mode, then the recovery key page.
    create = UnlockDialog(tmp / "fresh", kdf_params=MINIMUM)
    create.show()
    create.new_passphrase_edit.setText("short")
    create.confirm_edit.setText("shorter")
    shoot(create, f"{prefix}01-create-dialog-mismatch")
    create.new_passphrase_edit.setText("три слова пароль")
    create.confirm_edit.setText("три слова пароль")
    create.ok_button.click()
    wait_until(lambda: create.mode == "recovery-key")
    shoot(create, f"{prefix}02-recovery-key")
    create.recovery_page.written_down_box.setChecked(True)
    create.ok_button.click()
    if create.store is not None:
        create.store.close()

    window = MainWindow(path, hint="This is the demo store (sample data)." if demo else "")
    window.show()
    window.request_unlock()
    dialog = window.unlock_dialog
    assert dialog is not None
    shoot(dialog, f"{prefix}03-unlock-dialog")
    dialog.passphrase_edit.setText("wrong passphrase")
    dialog.ok_button.click()
    wait_until(lambda: bool(dialog.error_text))
    shoot(dialog, f"{prefix}04-unlock-wrong-passphrase")
    dialog.passphrase_edit.setText(passphrase)
    dialog.ok_button.click()
    wait_until(lambda: window.store is not None and window.model.rowCount() > 0)
    wait_until(lambda: "…" not in window.fingerprint_label.text())
    shoot(window, f"{prefix}05-main-window-list")

    window.case_table.selectRow(window.model.rowCount() - 1 if not demo else 0)
    for row in range(window.model.rowCount()):
        if "Turganbay" in (window.model.index(row, 1).data() or "") or (
            "Turganbay" in (window.model.index(row, 3).data() or "")
        ):
            window.case_table.selectRow(row)
            break
    wait_until(lambda: window.case_view.detail is not None)
    names = ["people", "timeline", "claims", "consent", "tasks"]
    for index, name in enumerate(names):
        window.case_view.tabs.setCurrentIndex(index)
        shoot(window, f"{prefix}{6 + index:02d}-case-{name}")

    done: list[bool] = []
    window.model.refreshed.connect(lambda: done.append(True))
    window.search_edit.setText(query)
    wait_until(lambda: bool(done))
    shoot(window, f"{prefix}11-search")

    window.lock()
    settle()
    shoot(window, f"{prefix}12-locked")
    window.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main()
