"""Run work off the GUI thread: one helper, used by every widget.

In the manner of picard's ``run_task(func, next_func)``: ``func`` runs on a
thread pool; ``next_func(result, error)`` then runs on the GUI thread, with
either the result or the exception ``func`` raised. ``func`` must never touch
a widget; ``next_func`` may. Services are plain Python with no Qt, so any of
them can be ``func``.

Widgets that may be gone by the time the work ends (a dialog closed while
its key derivation ran) pass ``owner``: ``next_func`` is then skipped if the
owner's C++ object has been deleted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")

NextFunc = Callable[[Any, BaseException | None], None]


class _Relay(QObject):
    """Lives in the GUI thread; a queued signal carries finished work there."""

    finished = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        # Queued even when emitted from the GUI thread itself, so next_func
        # always runs after run_task returned, never inside it.
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _deliver(self, call: Callable[[], None]) -> None:
        call()


_relay: _Relay | None = None
_pool: QThreadPool | None = None


def _get_relay() -> _Relay:
    global _relay
    if _relay is None or not shiboken6.isValid(_relay):
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("run_task needs a running QApplication")
        _relay = _Relay()
        _relay.moveToThread(app.thread())
    return _relay


def thread_pool() -> QThreadPool:
    """CaseKeeper's own pool, so that waiting for it waits for our work only."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setObjectName("casekeeper-workers")
    return _pool


# Tokens of work running now that locking must stop (see cancel_running).
_cancellable: set[Any] = set()


class _Task(QRunnable):
    def __init__(
        self,
        func: Callable[[], Any],
        next_func: NextFunc,
        owner: QObject | None,
        cancel: Any = None,
    ) -> None:
        super().__init__()
        self._cancel = cancel
        self._func = func
        self._next = next_func
        self._owner = owner
        self._relay = _get_relay()  # looked up on the GUI thread, before start

    def run(self) -> None:
        result: Any = None
        error: BaseException | None = None
        try:
            result = self._func()
        except BaseException as exc:  # handed to next_func; never lost in the pool
            error = exc
        # The pool deletes this runnable when run() returns: the callback
        # must capture plain values, not self.
        next_func, owner = self._next, self._owner
        _cancellable.discard(self._cancel)
        self._relay.finished.emit(lambda: _finish(next_func, owner, result, error))


def _finish(
    next_func: NextFunc, owner: QObject | None, result: Any, error: BaseException | None
) -> None:
    if owner is not None and not shiboken6.isValid(owner):
        log.debug("result dropped: its widget was deleted")
        return
    next_func(result, error)


def run_task(
    func: Callable[[], T],
    next_func: Callable[[T | None, BaseException | None], None],
    *,
    owner: QObject | None = None,
    cancel: Any = None,
) -> None:
    """Run ``func()`` on a worker thread, then ``next_func(result, error)`` on
    the GUI thread. Call from the GUI thread.

    ``cancel``: the ``CancelToken`` ``func`` checks; ``cancel_running`` (the
    window locking) cancels it."""
    task = _Task(func, next_func, owner, cancel)
    if cancel is not None:
        _cancellable.add(cancel)
    task.setAutoDelete(True)
    thread_pool().start(task)


def cancel_running() -> int:
    """Cancel every running task that was given a token; returns how many.
    Locking calls this, then ``wait_for_tasks``: each service stops at its
    next check and undoes what it began, so the store is closed only once
    nothing is half written."""
    tokens = list(_cancellable)
    for token in tokens:
        token.cancel()
    return len(tokens)


def wait_for_tasks(timeout_ms: int = -1) -> bool:
    """Block until no work runs (used before locking a store: no query may
    still hold it). Results already finished are still delivered later."""
    return thread_pool().waitForDone(timeout_ms)
