"""run_task: work on a pool thread, the answer back on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QObject
from pytestqt.qtbot import QtBot

from casekeeper.errors import WrongPassphrase
from casekeeper.gui import worker

pytestmark = pytest.mark.gui


def test_result_comes_back_on_the_gui_thread(qtbot: QtBot) -> None:
    got: list[tuple[object, object, bool]] = []
    gui_thread = threading.get_ident()
    work_thread: list[int] = []

    def work() -> int:
        work_thread.append(threading.get_ident())
        return 42

    worker.run_task(work, lambda r, e: got.append((r, e, threading.get_ident() == gui_thread)))
    qtbot.waitUntil(lambda: bool(got))
    assert got == [(42, None, True)]
    assert work_thread and work_thread[0] != gui_thread


def test_an_exception_is_handed_over_not_lost(qtbot: QtBot) -> None:
    got: list[tuple[object, BaseException | None]] = []

    def work() -> None:
        raise WrongPassphrase()

    worker.run_task(work, lambda r, e: got.append((r, e)))
    qtbot.waitUntil(lambda: bool(got))
    result, error = got[0]
    assert result is None and isinstance(error, WrongPassphrase)


def test_no_answer_for_a_deleted_owner(qtbot: QtBot) -> None:
    import shiboken6

    owner = QObject()
    got: list[object] = []
    release = threading.Event()
    worker.run_task(lambda: release.wait(10), lambda r, e: got.append(r), owner=owner)
    shiboken6.delete(owner)
    release.set()
    worker.wait_for_tasks()
    QCoreApplication.sendPostedEvents()
    assert got == []
