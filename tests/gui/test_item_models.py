"""Every item model of the GUI keeps Qt's rules (``qtmodeltester``) while it
does what a caseworker sees: pages arriving, a status chosen, a column
clicked, a case's history read page by page."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator

import pytest
from gui_sample_case import SampleStore
from PySide6.QtCore import QAbstractItemModel, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from test_person_editor import open_case

import casekeeper.gui
from casekeeper.gui import case_list_model, case_view_history, worker
from casekeeper.gui.case_list_model import PEOPLE, REF, STATUS, TITLE, UPDATED, CaseListModel
from casekeeper.gui.case_view_history import HistoryModel
from casekeeper.gui.main_window import MainWindow
from casekeeper.gui.read_only_table import ReadOnlyTable
from casekeeper.services import cases, stores
from casekeeper.services.context import Context
from casekeeper.store.store import Store

pytestmark = pytest.mark.gui

# The item models of casekeeper.gui and the test below that checks each.
COVERED = {"CaseListModel", "HistoryModel"}


def test_every_item_model_of_the_gui_is_checked_here() -> None:
    found = set()
    for info in pkgutil.walk_packages(casekeeper.gui.__path__, "casekeeper.gui."):
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QAbstractItemModel) and cls.__module__ == module.__name__:
                found.add(name)
    assert found <= COVERED, f"add a qtmodeltester test for {found - COVERED}"


@pytest.fixture
def open_store(sample_store: SampleStore) -> Iterator[Store]:
    store = stores.open_store(sample_store.path, passphrase=sample_store.passphrase)
    yield store
    worker.wait_for_tasks()
    store.close()


def column(model: QAbstractItemModel, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_case_list_pages_filter_and_sort_keep_the_model_rules(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    open_store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(case_list_model, "PAGE_SIZE", 5)  # three pages of the 14 cases
    ctx = Context.for_store(open_store, "tester")
    for n in range(12):
        cases.new_case(ctx, f"Relative {n:02d} asks about a detention", status="monitoring")
    model = CaseListModel()
    with qtbot.waitSignal(model.refreshed, timeout=10_000):
        model.set_store(open_store)
    qtmodeltester.check(model)  # keeps watching every signal below
    assert model.rowCount() == 5 and model.total == 14

    def fetch_all() -> None:
        while model.canFetchMore():
            rows = model.rowCount()
            model.fetchMore()
            qtbot.waitUntil(lambda rows=rows: model.rowCount() > rows, timeout=10_000)  # type: ignore[misc]

    fetch_all()
    assert model.rowCount() == 14
    assert len(set(column(model, REF))) == 14

    # Only the urgent ones (the status box beside the search).
    with qtbot.waitSignal(model.refreshed, timeout=10_000):
        model.set_status("urgent")
    assert column(model, STATUS) == ["urgent"] and model.total == 1
    with qtbot.waitSignal(model.refreshed, timeout=10_000):
        model.set_status("monitoring")
    fetch_all()
    assert model.total == 12 and set(column(model, STATUS)) == {"monitoring"}

    # A click on "Title", then another: A→Z, then Z→A; the store sorts.
    with qtbot.waitSignal(model.refreshed, timeout=10_000):
        model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    fetch_all()
    titles = column(model, TITLE)
    assert titles == sorted(titles) and titles[0] == "Relative 00 asks about a detention"
    with qtbot.waitSignal(model.refreshed, timeout=10_000):
        model.sort(TITLE, Qt.SortOrder.DescendingOrder)
    assert column(model, TITLE)[0] == "Relative 11 asks about a detention"
    # "People" cannot be sorted by the store: the order stays as it was.
    model.sort(PEOPLE, Qt.SortOrder.AscendingOrder)
    assert (model.sort_column, model.sort_order) == (TITLE, Qt.SortOrder.DescendingOrder)

    # Everything again, newest first, then a search over all statuses.
    with qtbot.waitSignal(model.refreshed, timeout=10_000):
        model.set_status(None)
    with qtbot.waitSignal(model.refreshed, timeout=10_000):
        model.sort(UPDATED, Qt.SortOrder.DescendingOrder)
    assert model.index(0, TITLE).data() == "Relative 11 asks about a detention"
    with qtbot.waitSignal(model.refreshed, timeout=10_000):
        model.set_filter("Ghulja")
    assert column(model, TITLE) == ["Missing imam from Ghulja"]
    model.set_store(None)
    assert model.rowCount() == 0


def test_history_model_keeps_the_model_rules_page_by_page(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    open_store: Store,
    sample_store: SampleStore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(case_view_history, "PAGE_SIZE", 7)
    model = HistoryModel()
    qtmodeltester.check(model)
    model.load(open_store, sample_store.case_ref)
    qtbot.waitUntil(lambda: model.rowCount() == 7 and not model.loading, timeout=10_000)
    while model.canFetchMore():
        rows = model.rowCount()
        model.fetchMore()
        qtbot.waitUntil(lambda rows=rows: model.rowCount() > rows or not model.canFetchMore())  # type: ignore[misc]
    assert model.rowCount() > 14
    seqs = [model.change(r).entry.seq for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert seqs == sorted(seqs, reverse=True)
    model.load(open_store, sample_store.other_ref)  # another case: a reset
    qtbot.waitUntil(lambda: model.rowCount() > 0 and not model.loading, timeout=10_000)
    model.load(None, None)
    assert model.rowCount() == 0 and not model.canFetchMore()


def test_the_case_tabs_tables_keep_the_model_rules(
    qtbot: QtBot, qtmodeltester: ModelTester, unlocked: MainWindow, sample_store: SampleStore
) -> None:
    open_case(qtbot, unlocked, sample_store.case_ref)
    tables = unlocked.case_view.findChildren(ReadOnlyTable)
    assert len(tables) >= 3
    for table in tables:
        qtmodeltester.check(table.model())
    unlocked.case_view.reload()  # every table filled again under the testers' eyes
    qtbot.waitUntil(lambda: unlocked.case_view.detail is not None)
