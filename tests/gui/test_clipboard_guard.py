"""A caseworker copies a name or a line of testimony: it is on the clipboard
for a moment, marked secret for clipboard history tools, then gone — unless
she has copied something else since, which stays."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from gui_sample_case import SampleStore
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from pytestqt.qtbot import QtBot

from casekeeper.gui import clipboard_guard
from casekeeper.gui.case_list_model import REF
from casekeeper.gui.case_view import TIMELINE_TAB
from casekeeper.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def guard() -> Iterator[clipboard_guard.ClipboardGuard]:
    g = clipboard_guard.guard()
    g.clear_now()
    QGuiApplication.clipboard().clear()
    seconds = g.seconds
    yield g
    g.seconds = seconds
    g.clear_now()


def clipboard_text() -> str:
    return QGuiApplication.clipboard().text()


def open_case(qtbot: QtBot, win: MainWindow, ref: str) -> None:
    row = next(r for r in range(win.model.rowCount()) if win.model.index(r, REF).data() == ref)
    win.case_table.selectRow(row)
    qtbot.waitUntil(lambda: win.case_view.detail is not None)


def test_copied_timeline_row_is_marked_secret_and_leaves_the_clipboard(
    qtbot: QtBot,
    unlocked: MainWindow,
    sample_store: SampleStore,
    guard: clipboard_guard.ClipboardGuard,
) -> None:
    open_case(qtbot, unlocked, sample_store.case_ref)
    guard.seconds = 0.3
    view = unlocked.case_view
    view.tabs.setCurrentIndex(TIMELINE_TAB)
    table = view.timeline_tab.table
    assert table.rowCount() > 0
    table.setFocus()
    table.selectRow(0)
    row_text = "\t".join(table.cell_text(0, c) for c in range(table.columnCount()))

    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)

    assert clipboard_text() == row_text
    mime = QGuiApplication.clipboard().mimeData()
    assert bytes(mime.data("x-kde-passwordManagerHint").data()) == b"secret"
    assert guard.pending
    qtbot.waitUntil(lambda: clipboard_text() == "", timeout=5_000)
    assert not guard.pending


def test_selected_words_of_a_label_are_copied_through_the_guard(
    qtbot: QtBot,
    unlocked: MainWindow,
    sample_store: SampleStore,
    guard: clipboard_guard.ClipboardGuard,
) -> None:
    open_case(qtbot, unlocked, sample_store.case_ref)
    label = unlocked.case_view.title_label
    label.setSelection(0, 8)
    expected = label.text()[:8]

    qtbot.keyClick(label, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)

    assert clipboard_text() == expected
    assert guard.pending


def test_people_text_copied_then_window_locked_clipboard_is_empty(
    qtbot: QtBot,
    unlocked: MainWindow,
    sample_store: SampleStore,
    guard: clipboard_guard.ClipboardGuard,
) -> None:
    open_case(qtbot, unlocked, sample_store.case_ref)
    browser = unlocked.case_view.people_tab.browser
    cursor = browser.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    browser.setTextCursor(cursor)
    qtbot.keyClick(browser, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert "Гүлдария Шеризатқызы" in clipboard_text()

    unlocked.lock()

    assert clipboard_text() == ""


def test_what_the_person_copied_since_is_not_cleared(
    qtbot: QtBot, guard: clipboard_guard.ClipboardGuard
) -> None:
    guard.seconds = 0.2
    guard.copy("Alimnur Turganbay, passport N1234567")
    QGuiApplication.clipboard().setText("a phone number of my own")

    qtbot.waitUntil(lambda: not guard.pending, timeout=5_000)

    assert clipboard_text() == "a phone number of my own"


def test_quitting_clears_the_clipboard(qtbot: QtBot, guard: clipboard_guard.ClipboardGuard) -> None:
    guard.copy("Гүлдария Шеризатқызы")
    assert clipboard_text() == "Гүлдария Шеризатқызы"
    app = QCoreApplication.instance()
    assert app is not None
    app.aboutToQuit.emit()
    assert clipboard_text() == ""
