"""Edits as undoable commands: every change the window makes goes through here.

Each command calls the services (never the store): ``apply`` makes the
change, ``revert`` applies its inverse through the services, and the change
log keeps both. One ``EditSession`` per open store holds the ``QUndoStack``
(the main window's Edit ▸ Undo/Redo) and the context the services need.

Every step runs on a worker thread, one after another in the order asked
(a write transaction here takes 50–100 ms, undoing a whole case several
hundred). A new edit runs its first ``apply`` (``submit``); only once it has
succeeded is the command pushed, already done, so a refused value leaves the
stack untouched and the editor can show why. Undo and redo queue their step
and return at once; the case is read again when it is done. A step that
fails — someone changed the record meanwhile — is reported, and the undo
history is cleared, so the stack never claims what the store does not hold.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from casekeeper.errors import CaseKeeperError
from casekeeper.services import merge, people, removal
from casekeeper.services.context import Context
from casekeeper.services.removal import Removed
from casekeeper.store.store import Store

from .worker import run_task


def error_text(error: BaseException) -> str:
    """What a person reads: our own messages as written, anything else briefly."""
    if isinstance(error, CaseKeeperError):
        return error.message
    return QCoreApplication.translate("EditSession", "Unexpected error: {error}").format(
        error=error
    )


class EditSession(QObject):
    """The undo stack and the acting context of one open store."""

    changed = Signal(str)  # the case whose records changed ("" when none in particular)
    failed = Signal(str)  # an undo or redo step that could not be made
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self._ctx: Context | None = None
        self._queue: deque[tuple[Callable[[], Any], Callable[[Any, BaseException | None], None]]]
        self._queue = deque()
        self._running = False

    def set_store(self, store: Store | None) -> None:
        """A new store, or none (locked): the old store's steps are forgotten."""
        self._queue.clear()
        self.stack.clear()
        self._ctx = Context.for_store(store) if store is not None else None

    @property
    def ctx(self) -> Context:
        if self._ctx is None:
            raise RuntimeError("no store is open")
        return self._ctx

    @property
    def is_open(self) -> bool:
        return self._ctx is not None

    @property
    def busy(self) -> bool:
        """A step is running or waiting its turn."""
        return self._running or bool(self._queue)

    def _enqueue(
        self, work: Callable[[], Any], then: Callable[[Any, BaseException | None], None]
    ) -> None:
        self._queue.append((work, then))
        self.busy_changed.emit(True)
        if not self._running:
            self._next()

    def _next(self) -> None:
        if not self._queue:
            self.busy_changed.emit(False)
            return
        self._running = True
        work, then = self._queue.popleft()

        def finished(result: Any, error: BaseException | None) -> None:
            self._running = False
            then(result, error)
            self._next()

        run_task(work, finished)

    def run_step(self, command: ServiceCommand, step: Callable[[], Any]) -> None:
        """An undo or redo step, after the steps asked before it."""
        ctx = self._ctx

        def then(_result: Any, error: BaseException | None) -> None:
            if self._ctx is not ctx:
                return  # locked meanwhile
            if error is not None:
                self._queue.clear()
                self.stack.clear()
                self._report(command, error)
            self.changed.emit(command.case_id)

        self._enqueue(step, then)

    def submit(
        self,
        command: ServiceCommand,
        done: Callable[[Any, BaseException | None], None] | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Apply ``command`` off the GUI thread; push it once it succeeded.
        ``done(result, error)`` then runs on the GUI thread."""
        ctx = self._ctx
        if ctx is None:
            return

        def finished(result: Any, error: BaseException | None) -> None:
            if error is None and self._ctx is ctx:
                command.applied_in_worker()
                self.stack.push(command)
                self.changed.emit(command.case_id)
            if done is not None and (owner is None or _alive(owner)):
                done(result, error)

        self._enqueue(command.apply, finished)

    def _report(self, command: ServiceCommand, error: BaseException) -> None:
        self.failed.emit(
            self.tr("Could not finish “{step}”: {error} The undo history was cleared.").format(
                step=command.text(), error=error_text(error)
            )
        )


def _alive(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


class ServiceCommand(QUndoCommand):
    """One change through the services. Subclasses define apply and revert."""

    def __init__(self, session: EditSession, text: str, case_id: str = "") -> None:
        super().__init__(text)
        self.session = session
        self.ctx = session.ctx
        self.case_id = case_id
        self._skip_redo = False

    def apply(self) -> Any:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def applied_in_worker(self) -> None:
        self._skip_redo = True  # QUndoStack.push calls redo(): the work is already done

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._step(self.apply)

    def undo(self) -> None:
        self._step(self.revert)

    def _step(self, step: Callable[[], Any]) -> None:
        self.session.run_step(self, step)


class CreateRecord(ServiceCommand):
    """A new record: undo removes it (with what depends on it), redo puts the
    very same record back, with its id, so later steps still find it."""

    def __init__(
        self,
        session: EditSession,
        text: str,
        kind: str,
        create: Callable[[Context], Any],
        case_id: str = "",
    ) -> None:
        super().__init__(session, text, case_id)
        self.kind = kind
        self._create = create
        self.record_id = ""
        self.removed: Removed | None = None

    def apply(self) -> Any:
        if self.removed is not None:
            removal.restore(self.ctx, self.removed)
            return None
        view = self._create(self.ctx)
        self.record_id = view.id
        if self.kind == "case":
            self.case_id = view.id
        return view

    def revert(self) -> None:
        self.removed = removal.remove(self.ctx, self.kind, self.record_id)


class ChangeRecord(ServiceCommand):
    """An edit: ``forward`` applies the new values, ``back`` the old ones."""

    def __init__(
        self,
        session: EditSession,
        text: str,
        forward: Callable[[Context], Any],
        back: Callable[[Context], Any],
        case_id: str = "",
    ) -> None:
        super().__init__(session, text, case_id)
        self._forward = forward
        self._back = back

    def apply(self) -> Any:
        return self._forward(self.ctx)

    def revert(self) -> None:
        self._back(self.ctx)


class Steps(ServiceCommand):
    """Several commands as one step (a source and the claim it makes)."""

    def __init__(
        self, session: EditSession, text: str, steps: list[ServiceCommand], case_id: str = ""
    ) -> None:
        super().__init__(session, text, case_id)
        self.steps = steps

    def apply(self) -> Any:
        results = []
        done: list[ServiceCommand] = []
        try:
            for step in self.steps:
                results.append(step.apply())
                done.append(step)
        except Exception:
            for step in reversed(done):  # all or nothing
                step.revert()
            raise
        return results

    def revert(self) -> None:
        for step in reversed(self.steps):
            step.revert()


class AddToCase(ServiceCommand):
    """An already-recorded person joins a case (instead of a duplicate record)."""

    def __init__(
        self, session: EditSession, text: str, case_id: str, person_id: str, role: str
    ) -> None:
        super().__init__(session, text, case_id)
        self.person_id = person_id
        self.role = role
        self.before: list[str] | None = None

    def apply(self) -> Any:
        if self.before is None:
            self.before = people.roles_in_case(self.ctx.store, self.case_id, self.person_id)
        return people.set_roles(self.ctx, self.case_id, self.person_id, [*self.before, self.role])

    def revert(self) -> None:
        people.set_roles(self.ctx, self.case_id, self.person_id, self.before or [])


class MergePeople(ServiceCommand):
    """Two records of one person become one; undo separates them again
    (services.merge keeps what that needs)."""

    def __init__(self, session: EditSession, text: str, survivor: str, merged: str) -> None:
        super().__init__(session, text)
        self.survivor = survivor
        self.merged = merged
        self.merge_id = ""

    def apply(self) -> Any:
        view = merge.merge_people(self.ctx, self.survivor, self.merged)
        self.merge_id = view.id
        return view

    def revert(self) -> None:
        merge.undo_merge(self.ctx, self.merge_id)
