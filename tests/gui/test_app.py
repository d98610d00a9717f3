"""Starting CaseKeeper: which store opens, and what the console says."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_sample_case import SampleStore
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casekeeper import paths
from casekeeper.gui import app, worker
from casekeeper.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def started() -> Iterator[list[MainWindow]]:
    windows: list[MainWindow] = []
    yield windows
    for win in windows:
        win.close()
        win.deleteLater()
    worker.wait_for_tasks()


def test_first_run_opens_the_demo_store_and_prints_its_passphrase(
    qtbot: QtBot, started: list[MainWindow], capsys: pytest.CaptureFixture[str]
) -> None:
    assert not paths.default_store_dir().exists()
    win = app.start([])
    started.append(win)

    out = capsys.readouterr().out
    demo = paths.demo_store_dir()
    assert f"Demo store at {demo}; passphrase: " in out
    passphrase = out.split("passphrase: ", 1)[1].splitlines()[0]
    assert win.store_path == demo
    dialog = win.unlock_dialog
    assert dialog is not None and dialog.mode == "unlock"
    assert "demo" in dialog.hint_label.text()
    assert QApplication.applicationName() == "CaseKeeper"
    assert QApplication.desktopFileName() == "org.casekeeper.CaseKeeper"

    # The printed passphrase opens it, and the demo cases are listed.
    dialog.passphrase_edit.setText(passphrase)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: win.model.rowCount() > 0, timeout=15_000)

    # A second start finds it and does not create it again.
    win.close()
    started.append(app.start(["--demo"]))
    assert "Created" not in capsys.readouterr().out


def test_store_option_opens_that_folder(
    started: list[MainWindow], sample_store: SampleStore
) -> None:
    win = app.start(["--store", str(sample_store.path)])
    started.append(win)
    assert win.store_path == sample_store.path
    assert win.unlock_dialog is not None and win.unlock_dialog.mode == "unlock"


def test_default_store_is_used_when_it_exists(
    started: list[MainWindow], sample_store: SampleStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASEKEEPER_STORE", str(sample_store.path))
    win = app.start([])
    started.append(win)
    assert win.store_path == sample_store.path


def test_store_option_on_an_empty_folder_offers_to_create(
    started: list[MainWindow], tmp_path: Path
) -> None:
    win = app.start(["--store", str(tmp_path / "fresh")])
    started.append(win)
    assert win.unlock_dialog is not None and win.unlock_dialog.mode == "create"


def test_python_dash_m_casekeeper_is_the_gui() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "casekeeper", "--help"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0
    assert "casekeeper-gui" in done.stdout and "--demo" in done.stdout
