"""Progress and cancellation for long work, without Qt.

Services take a ``Progress`` callback and a ``CancelToken``; the GUI wraps
them in signals, the CLI prints, tests record. Cancelling makes the service
raise ``errors.Cancelled`` at its next check, after undoing what it began.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from casekeeper.errors import Cancelled

# (what is being done, units done, units in all or None when unknown)
Progress = Callable[[str, int, int | None], None]


def no_progress(_what: str, _done: int, _total: int | None) -> None:
    return None


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()
