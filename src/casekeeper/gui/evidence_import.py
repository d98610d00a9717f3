"""Long evidence work off the GUI thread, with progress and Cancel.

A ``ProgressJob`` runs a service call on the worker pool (``worker.run_task``)
and hands it a ``Progress`` callback and a ``CancelToken``. The callback runs
on the worker thread; it only emits a signal (queued to the GUI thread, at
most every 50 ms), so a fast import is not slowed by repainting. Cancel sets
the token; the service stops at its next chunk and undoes what it began.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from casekeeper.errors import CaseKeeperError
from casekeeper.progress import CancelToken, Progress
from casekeeper.services import evidence
from casekeeper.services.context import Context
from casekeeper.services.views import EvidenceView

from .worker import run_task

EMIT_EVERY = 0.05  # seconds between progress signals

Work = Callable[[Progress, CancelToken], Any]


class ProgressJob(QObject):
    # (what, bytes done, bytes in all or None); Python ints: files pass 2 GiB
    progressed = Signal(str, object, object)
    finished = Signal(object, object)  # result, error (BaseException or None)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.token = CancelToken()
        self.running = False
        self._last_emit = 0.0

    def start(self) -> None:
        self.running = True
        run_task(
            lambda: self._work(self.report, self.token), self._done, owner=self, cancel=self.token
        )

    def cancel(self) -> None:
        self.token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled

    def report(self, what: str, done: int, total: int | None) -> None:
        """The service's progress callback (worker thread): throttled to a signal."""
        now = time.monotonic()
        if now - self._last_emit < EMIT_EVERY and (total is None or done < total):
            return
        self._last_emit = now
        self.progressed.emit(what, done, total)

    def _done(self, result: Any, error: BaseException | None) -> None:
        self.running = False
        self.finished.emit(result, error)


class _Overall:
    """Turns the service's per-file progress into bytes over the whole import."""

    def __init__(self, total: int, report: Progress) -> None:
        self.total = total
        self._report = report
        self._finished = 0  # bytes of the files already read
        self._label = ""
        self._current = 0

    def __call__(self, what: str, done: int, total: int | None) -> None:
        if what != self._label:
            self._finished += self._current
            self._label, self._current = what, 0
        self._current = done
        overall = self._finished + done
        self._report(what, overall, max(self.total, overall))


def total_bytes(paths: Sequence[Path]) -> int:
    """The bytes an import of ``paths`` will read (what the service will walk;
    unreadable entries count nothing — the service names them)."""
    size = 0
    for path in paths:
        try:
            if path.is_dir() and not path.is_symlink():
                for root, _dirs, files in os.walk(path):
                    for name in files:
                        try:
                            size += os.stat(os.path.join(root, name)).st_size
                        except OSError:
                            pass
            else:
                size += os.stat(path).st_size
        except OSError:
            pass
    return size


def import_job(ctx: Context, case_id: str, paths: Sequence[Path], parent: QObject) -> ProgressJob:
    """Import files and folders into a case: all or nothing."""
    chosen = [Path(p) for p in paths]

    def work(report: Progress, cancel: CancelToken) -> list[EvidenceView]:
        overall = _Overall(total_bytes(chosen), report)
        return evidence.add_evidence(ctx, case_id, chosen, progress=overall, cancel=cancel)

    return ProgressJob(work, parent)


def extract_job(
    ctx: Context, evidence_id: str, out: Path, parent: QObject, *, overwrite: bool = False
) -> ProgressJob:
    """Decrypt one item to ``out`` (the user was warned: the copy is unencrypted).
    An existing file there is replaced only once the copy is complete and checked."""

    def work(report: Progress, cancel: CancelToken) -> EvidenceView:
        return evidence.extract(
            ctx, evidence_id, out, overwrite=overwrite, progress=report, cancel=cancel
        )

    return ProgressJob(work, parent)


def error_text(error: BaseException) -> str:
    """The one-line message of a failure; never a traceback."""
    if isinstance(error, CaseKeeperError):
        return error.message
    if isinstance(error, OSError) and error.strerror:
        where = f"{error.filename}: " if error.filename else ""
        return f"{where}{error.strerror}"
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__
