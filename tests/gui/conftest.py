"""GUI test fixtures: real encrypted stores (fast KDF), filled through services.

Qt runs offscreen (tests/conftest.py). Each test gets its own copy of a
store built once per session, so no test sees another's changes.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_sample_case import SampleStore, make_sample_store
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casekeeper.gui import worker
from casekeeper.gui.main_window import MainWindow


@pytest.fixture(scope="session")
def _sample_template(tmp_path_factory: pytest.TempPathFactory) -> SampleStore:
    return make_sample_store(tmp_path_factory.mktemp("template") / "store")


@pytest.fixture
def sample_store(_sample_template: SampleStore, tmp_path: Path) -> SampleStore:
    """A closed store holding two cases (see gui_sample_case.py)."""
    path = tmp_path / "store"
    shutil.copytree(_sample_template.path, path)
    return SampleStore(
        path,
        _sample_template.passphrase,
        _sample_template.case_ref,
        _sample_template.other_ref,
        _sample_template.recovery_key,
    )


@pytest.fixture
def window(qtbot: QtBot, sample_store: SampleStore) -> Iterator[MainWindow]:
    """The main window on the sample store, locked, its unlock dialog open."""
    win = MainWindow(sample_store.path)
    qtbot.addWidget(win)
    win.show()
    win.request_unlock()
    yield win
    win.close()  # closes the store if a test left it open
    worker.wait_for_tasks()


def unlock(qtbot: QtBot, win: MainWindow, passphrase: str) -> None:
    dialog = win.unlock_dialog
    assert dialog is not None and dialog.mode == "unlock"
    dialog.passphrase_edit.setText(passphrase)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


@pytest.fixture
def unlocked(qtbot: QtBot, window: MainWindow, sample_store: SampleStore) -> MainWindow:
    """The main window with the sample store open and its cases listed."""
    unlock(qtbot, window, sample_store.passphrase)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=10_000)
    return window
