"""A caseworker opens the app, unlocks the store, and finds cases."""

from __future__ import annotations

import pytest
from conftest import unlock
from gui_sample_case import SampleStore
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casekeeper.gui.case_list_model import REF
from casekeeper.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


def refs(win: MainWindow) -> list[str]:
    model = win.model
    return [model.index(r, REF).data() for r in range(model.rowCount())]


def test_wrong_passphrase_is_said_inline_and_dialog_stays(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.unlock_dialog
    assert dialog is not None
    unlock(qtbot, window, "not the passphrase")

    qtbot.waitUntil(lambda: "Wrong passphrase" in dialog.error_text)
    assert "Traceback" not in dialog.error_text
    assert dialog.isVisible()
    assert dialog.passphrase_edit.text() == ""  # cleared after a failure
    assert window.store is None
    assert window.model.rowCount() == 0


def test_right_passphrase_lists_the_cases(
    qtbot: QtBot, window: MainWindow, sample_store: SampleStore
) -> None:
    dialog = window.unlock_dialog
    assert dialog is not None
    unlock(qtbot, window, sample_store.passphrase)

    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    assert sorted(refs(window)) == sorted([sample_store.case_ref, sample_store.other_ref])
    assert not dialog.isVisible()
    assert window.store is not None
    assert str(sample_store.path) in window.path_label.text()
    qtbot.waitUntil(lambda: len(window.fingerprint_label.text()) > len("Signer: …"))
    assert "Signer:" in window.fingerprint_label.text()
    assert window.count_label.text() == "2 cases"


def test_recovery_key_opens_the_store_too(
    qtbot: QtBot, window: MainWindow, sample_store: SampleStore
) -> None:
    dialog = window.unlock_dialog
    assert dialog is not None
    dialog.use_recovery_box.setChecked(True)
    assert dialog.recovery_edit.isVisibleTo(dialog)
    assert not dialog.passphrase_edit.isVisibleTo(dialog)
    dialog.recovery_edit.setText(sample_store.recovery_key.lower())
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=10_000)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Гүлдария", "case"),  # the wife's name in Kazakh Cyrillic
        ("努尔兰", "other"),  # the imam's name in Chinese
        ("alimnur turg", "case"),  # prefixes of Latin words
    ],
)
def test_typing_in_the_search_box_filters_the_list(
    qtbot: QtBot, unlocked: MainWindow, sample_store: SampleStore, query: str, expected: str
) -> None:
    want = sample_store.case_ref if expected == "case" else sample_store.other_ref
    # Set the text directly: keyClicks aborts on non-ASCII text (PITFALLS.md).
    unlocked.search_edit.setText(query)
    qtbot.waitUntil(lambda: refs(unlocked) == [want])
    assert unlocked.count_label.text() == "1 case found"

    unlocked.search_edit.clear()
    qtbot.waitUntil(lambda: len(refs(unlocked)) == 2)


def test_a_search_with_no_match_empties_the_list(qtbot: QtBot, unlocked: MainWindow) -> None:
    unlocked.search_edit.setText("Ҳеч ким")
    qtbot.waitUntil(lambda: unlocked.model.rowCount() == 0)
    assert unlocked.count_label.text() == "0 cases found"


def test_ctrl_l_locks_hides_everything_and_asks_again(
    qtbot: QtBot, unlocked: MainWindow, sample_store: SampleStore
) -> None:
    store = unlocked.store
    assert store is not None
    assert unlocked.select_case(store_case_id(unlocked, sample_store.case_ref))
    qtbot.waitUntil(lambda: unlocked.case_view.detail is not None)
    old_dialog = unlocked.unlock_dialog

    # Shortcuts reach only the active window; offscreen activation is asynchronous.
    window_handle = unlocked.windowHandle()
    assert window_handle is not None
    window_handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is unlocked)
    qtbot.keyClick(unlocked, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: unlocked.store is None)
    assert not store.is_open
    assert unlocked.model.rowCount() == 0
    assert unlocked.case_view.detail is None
    assert unlocked.case_view.people_tab.text() == ""
    assert unlocked.search_edit.text() == ""
    assert unlocked.pages.currentWidget() is unlocked.locked_page
    dialog = unlocked.unlock_dialog
    assert dialog is not None and dialog is not old_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.mode == "unlock"

    # and the same passphrase opens it again
    unlock(qtbot, unlocked, sample_store.passphrase)
    qtbot.waitUntil(lambda: unlocked.model.rowCount() == 2)


def store_case_id(win: MainWindow, ref: str) -> str:
    for row in range(win.model.rowCount()):
        if win.model.index(row, REF).data() == ref:
            case_id = win.model.case_id(row)
            assert case_id is not None
            return case_id
    raise AssertionError(f"{ref} not listed")
