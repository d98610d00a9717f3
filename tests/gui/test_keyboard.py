"""A caseworker who works from the keyboard (or with a screen reader)
reaches every action: the shortcuts exist and work, every menu entry and
case tab has its underlined letter, and the main widgets say what they are."""

from __future__ import annotations

import pytest
from gui_sample_case import SampleStore
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollBar,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_person_editor import open_case

from casekeeper.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


def shortcuts(win: MainWindow) -> dict[str, str]:
    """Every shortcut of the window's actions → the action's text."""
    out = {}
    for action in win.findChildren(type(win.lock_action)):
        for key in action.shortcuts():
            out[key.toString(QKeySequence.SequenceFormat.PortableText)] = action.text()
    return out


def test_the_shortcuts_exist_and_do_what_they_say(
    qtbot: QtBot, unlocked: MainWindow, sample_store: SampleStore
) -> None:
    win = unlocked
    keys = shortcuts(win)
    assert keys["Ctrl+N"].replace("&", "") == "New case…"
    assert keys["Ctrl+Shift+P"].replace("&", "") == "New person in this case…"
    assert keys["Ctrl+F"].replace("&", "") == "Find"
    assert keys["Ctrl+L"].replace("&", "") == "Lock"
    assert len(keys) == len(set(keys))  # no key does two things

    # Ctrl+F from anywhere puts the cursor in the search box.
    open_case(qtbot, win, sample_store.case_ref)
    win.case_table.setFocus()
    win.find_action.trigger()
    assert win.search_edit.hasFocus() or QApplication.focusWidget() is win.search_edit
    # Ctrl+Shift+P opens the person editor for the open case.
    win.new_person_action.trigger()
    assert win.case_view.editor is not None
    win.case_view.editor.reject()
    # Ctrl+L locks: the store is closed and the unlock dialog returns.
    win.lock_action.trigger()
    assert win.store is None and win.unlock_dialog is not None


def test_menus_and_case_tabs_have_underlined_letters(unlocked: MainWindow) -> None:
    win = unlocked
    for menu_action in win.menuBar().actions():
        assert "&" in menu_action.text(), menu_action.text()
        menu = menu_action.menu()
        assert menu is not None
        for action in menu.actions():
            if action.isSeparator():
                continue
            assert "&" in action.text() or not action.shortcut().isEmpty(), action.text()
    tabs = win.case_view.tabs
    letters = []
    for index in range(tabs.count()):
        text = tabs.tabText(index).replace("&&", "")
        assert "&" in text, text
        letters.append(text[text.index("&") + 1].lower())
    assert len(letters) == len(set(letters)), letters  # Alt+letter picks one tab


def test_main_widgets_have_accessible_names(
    qtbot: QtBot, unlocked: MainWindow, sample_store: SampleStore
) -> None:
    win, view = unlocked, unlocked.case_view
    open_case(qtbot, win, sample_store.case_ref)
    named = [
        win.search_edit,
        win.status_box,
        win.case_table,
        view.tabs,
        view.people_tab.list,
        view.people_tab.graph,
        view.timeline_tab.axis,
        view.timeline_tab.table,
        view.history_tab.table,
    ]
    for widget in named:
        assert widget.accessibleName(), type(widget).__name__

    # Buttons with no words on them (icons) must say what they do.
    def internal(widget: QWidget) -> bool:
        """Qt's own parts of a line edit, tab bar, scroll bar, combo box, menu bar."""
        if widget.objectName().startswith("qt_"):
            return True
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QLineEdit | QTabBar | QScrollBar | QComboBox):
                return True
            parent = parent.parentWidget()
        return False

    for button in win.findChildren(QAbstractButton):
        if button.text().replace("&", "").strip() or internal(button):
            continue
        assert button.accessibleName() or button.toolTip(), button.objectName() or button
