"""The case list: fetched a page at a time, and never showing a stale search."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_sample_case import PASSPHRASE, SampleStore, make_sample_store
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from casekeeper.gui import worker
from casekeeper.gui.case_list_model import PAGE_SIZE, REF, CaseListModel
from casekeeper.services import cases, stores
from casekeeper.store.store import Store

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def _big_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "store"
    make_sample_store(path, extra_cases=PAGE_SIZE + 50)
    return path


@pytest.fixture
def big_store(_big_template: Path) -> Iterator[Store]:
    store = stores.open_store(_big_template, passphrase=PASSPHRASE)
    yield store
    worker.wait_for_tasks()
    store.close()


@pytest.fixture
def open_sample(sample_store: SampleStore) -> Iterator[Store]:
    store = stores.open_store(sample_store.path, passphrase=sample_store.passphrase)
    yield store
    worker.wait_for_tasks()
    store.close()


def test_a_large_store_is_listed_a_page_at_a_time(qtbot: QtBot, big_store: Store) -> None:
    model = CaseListModel()
    with qtbot.waitSignal(model.refreshed, timeout=10_000):
        model.set_store(big_store)
    assert model.rowCount() == PAGE_SIZE
    assert model.total == PAGE_SIZE + 52
    assert model.canFetchMore()

    model.fetchMore()
    model.fetchMore()  # a second call while the first page is loading does nothing
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE + 52, timeout=10_000)
    assert not model.canFetchMore()
    refs = [model.index(r, REF).data() for r in range(model.rowCount())]
    assert len(set(refs)) == len(refs)


def test_an_older_slower_search_never_overwrites_a_newer_one(
    qtbot: QtBot, open_sample: Store, sample_store: SampleStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = CaseListModel()
    with qtbot.waitSignal(model.refreshed):
        model.set_store(open_sample)

    # The first search ("努尔兰") is held back until the second one has answered.
    release = threading.Event()
    real_list = cases.list_cases

    def list_cases(store: Store, **kwargs):  # type: ignore[no-untyped-def]
        if kwargs.get("text") == "努尔兰":
            assert release.wait(10)
        return real_list(store, **kwargs)

    monkeypatch.setattr(cases, "list_cases", list_cases)
    model.set_filter("努尔兰")
    model.refresh()  # skip the typing pause
    model.set_filter("Гүлдария")
    with qtbot.waitSignal(model.refreshed):
        model.refresh()
    assert [model.index(r, REF).data() for r in range(model.rowCount())] == [sample_store.case_ref]

    release.set()
    worker.wait_for_tasks()  # the old search has finished and posted its answer…
    QCoreApplication.sendPostedEvents()  # …which reaches the GUI thread, and is dropped
    assert [model.index(r, REF).data() for r in range(model.rowCount())] == [sample_store.case_ref]


def test_typing_is_debounced_into_one_query(
    qtbot: QtBot, open_sample: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = CaseListModel()
    with qtbot.waitSignal(model.refreshed):
        model.set_store(open_sample)
    seen: list[str | None] = []
    real_count = cases.count_cases

    def count_cases(store: Store, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(kwargs.get("text"))
        return real_count(store, **kwargs)

    monkeypatch.setattr(cases, "count_cases", count_cases)
    with qtbot.waitSignal(model.refreshed):
        for prefix in ("G", "Gu", "Gul", "Guld"):
            model.set_filter(prefix)
    assert seen == ["Guld"]
    assert model.rowCount() == 1


def test_locking_empties_the_model_at_once(qtbot: QtBot, open_sample: Store) -> None:
    model = CaseListModel()
    with qtbot.waitSignal(model.refreshed):
        model.set_store(open_sample)
    assert model.rowCount() == 2
    model.set_store(None)
    assert model.rowCount() == 0
    assert model.total == 0
