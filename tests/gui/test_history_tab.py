"""A caseworker checks who changed a case and what it said before."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_sample_case import SampleStore
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_person_editor import open_case

from casekeeper.gui import worker
from casekeeper.gui.case_editor import CaseEditor
from casekeeper.gui.case_view import HISTORY_TAB
from casekeeper.gui.case_view_history import (
    AFTER,
    BEFORE,
    FIELD,
    PAGE_SIZE,
    RECORD,
    WHO,
    HistoryModel,
)
from casekeeper.gui.main_window import MainWindow
from casekeeper.services import cases, stores
from casekeeper.services.context import Context

pytestmark = pytest.mark.gui


def cells(model: HistoryModel, row: int) -> dict[int, str]:
    return {c: model.index(row, c).data() for c in (WHO, RECORD, FIELD, BEFORE, AFTER)}


def test_title_correction_shows_old_and_new_title_by_whom_newest_first(
    qtbot: QtBot, unlocked: MainWindow, sample_store: SampleStore
) -> None:
    win, view = unlocked, unlocked.case_view
    open_case(qtbot, win, sample_store.case_ref)
    tab = view.history_tab
    assert tab.model.rowCount() == 0  # not read until the tab is shown

    view.tabs.setCurrentIndex(HISTORY_TAB)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0 and not tab.model.loading)
    oldest = tab.model.change(tab.model.rowCount() - 1)
    assert oldest is not None and oldest.entry.op == "create"
    before = tab.model.rowCount()

    editor = view.edit_case()
    assert isinstance(editor, CaseEditor)
    old_title = editor.title_field.text()
    editor.title_field.setText("Alimnur Turganbay held since July 2025")
    editor.save_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() > before and not tab.model.loading)

    newest = [cells(tab.model, r) for r in range(tab.model.rowCount() - before)]
    title = next(row for row in newest if row[FIELD] == "title")
    assert title[BEFORE] == old_title
    assert title[AFTER] == "Alimnur Turganbay held since July 2025"
    assert title[RECORD].startswith("case:")
    assert title[WHO]  # the acting author
    SHOTS = Path("/tmp/shots_history")
    SHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()
    win.grab().save(str(SHOTS / "history.png"))

    win.lock()  # nothing of the case stays on screen
    assert tab.model.rowCount() == 0


def test_a_long_history_is_read_a_page_at_a_time(qtbot: QtBot, sample_store: SampleStore) -> None:
    store = stores.open_store(sample_store.path, passphrase=sample_store.passphrase)
    try:
        ctx = Context.for_store(store, "editor")
        ref = sample_store.other_ref
        for n in range(PAGE_SIZE + 5):
            cases.edit_case(ctx, ref, summary=f"revision {n}")
        model = HistoryModel()
        model.load(store, ref)
        qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE and not model.loading)
        assert model.canFetchMore()
        first = cells(model, 0)
        assert (first[FIELD], first[BEFORE], first[AFTER]) == (
            "summary",
            f"revision {PAGE_SIZE + 3}",
            f"revision {PAGE_SIZE + 4}",
        )
        model.fetchMore()
        qtbot.waitUntil(lambda: not model.canFetchMore() and not model.loading)
        seqs = [model.change(r).entry.seq for r in range(model.rowCount())]  # type: ignore[union-attr]
        assert seqs == sorted(seqs, reverse=True) and len(set(seqs)) == len(seqs)
        assert model.rowCount() > PAGE_SIZE + 5
    finally:
        worker.wait_for_tasks()
        store.close()
