"""Interview mode: a guided, one-pass form for a family interview.

Pages (one module each): where it goes and when (``page_case``), the person
(``page_person``, with possible matches), what happened (``page_event``),
the relatives (``page_relatives``), the testimony (``page_testimony``),
consent in plain words (``page_consent``), next steps (``page_tasks``) and a
read-back (``page_review``). Finish turns the answers into records in one
undoable command (``records.py``), off the GUI thread.

Pausing never loses work and never writes plaintext: the answers are saved
as a draft inside the encrypted store (``services.drafts``) on every page
turn, on “Pause & close”, and when the window locks; the next interview
offers to resume it. The draft is removed once the interview is recorded.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QWidget, QWizard

from casekeeper.errors import CaseKeeperError
from casekeeper.services import drafts
from casekeeper.services.context import Context
from casekeeper.store.store import Store

from ..edit_commands import EditSession, error_text
from ..worker import run_task
from . import answers as a
from . import records
from .page_base import InterviewPage
from .page_case import CasePage
from .page_consent import ConsentPage
from .page_event import EventPage
from .page_person import PersonPage
from .page_relatives import RelativesPage
from .page_review import ReviewPage
from .page_tasks import TasksPage
from .page_testimony import TestimonyPage

if TYPE_CHECKING:
    from ..main_window import MainWindow

CASE, PERSON, EVENT, RELATIVES, TESTIMONY, CONSENT, TASKS, REVIEW = range(8)


class DraftWriter:
    """Writes of one interview's draft, newest wins: each write takes a
    ticket on the GUI thread; on the worker, a write older than one already
    made is skipped (a page-turn save finishing after "Pause & close")."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._issued = 0
        self._written = 0

    def ticket(self) -> int:
        self._issued += 1
        return self._issued

    def run(self, ticket: int, write: Any) -> Any:
        with self._lock:
            if ticket < self._written:
                return None
            self._written = ticket
            return write()


class InterviewWizard(QWizard):
    recorded = Signal(str)  # the case the interview went into
    paused = Signal()

    def __init__(
        self,
        session: EditSession,
        open_case: tuple[str, str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.store: Store = session.ctx.store
        self.ctx = Context.for_store(self.store, session.ctx.author)
        self.resuming = False
        self.busy = False
        self.finished_ok = False
        self.closing = False
        self.draft: drafts.Draft | None = None
        self._drafts = DraftWriter()
        self.setWindowTitle(self.tr("Family interview"))
        self.setAccessibleName(self.tr("Family interview"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, True)
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Pause && close"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish: record it all"))
        self.button(QWizard.WizardButton.CancelButton).setToolTip(
            self.tr("Keep what was typed, encrypted in the store, and resume it later")
        )
        self.resize(1020, 700)

        self.case_page = CasePage()
        self.person_page = PersonPage()
        self.event_page = EventPage()
        self.relatives_page = RelativesPage()
        self.testimony_page = TestimonyPage()
        self.consent_page = ConsentPage()
        self.tasks_page = TasksPage()
        self.review_page = ReviewPage()
        for page_id, page in enumerate(self.pages()):
            self.setPage(page_id, page)
        self.case_page.set_open_case(open_case)
        self.person_page.matches.store = self.store
        self.case_page.resume_requested.connect(self.resume)
        self.case_page.discard_requested.connect(self.discard_draft)
        self.currentIdChanged.connect(self._page_turned)
        self._look_for_draft()

    def pages(self) -> list[InterviewPage]:
        return [
            self.case_page,
            self.person_page,
            self.event_page,
            self.relatives_page,
            self.testimony_page,
            self.consent_page,
            self.tasks_page,
            self.review_page,
        ]

    # --- the answers -------------------------------------------------------------------

    def answers(self) -> dict[str, Any]:
        out = a.empty()
        out.update(
            {
                "page": max(self.currentId(), 0),
                "case": self.case_page.values(),
                "person": self.person_page.values(),
                "event": self.event_page.values(),
                "relatives": self.relatives_page.values(),
                "testimony": self.testimony_page.values(),
                "consent": self.consent_page.values(),
                "tasks": self.tasks_page.values(),
            }
        )
        return out

    def set_answers(self, answers: dict[str, Any]) -> None:
        self.case_page.set_values(answers.get("case") or {})
        self.person_page.set_values(answers.get("person") or {})
        self.event_page.set_values(answers.get("event") or {})
        self.relatives_page.set_values(answers.get("relatives") or [])
        self.testimony_page.set_values(answers.get("testimony") or {})
        self.consent_page.set_values(answers.get("consent") or {})
        self.tasks_page.set_values(answers.get("tasks") or [])

    def problems(self) -> list[str]:
        return [p for page in self.pages()[:-1] for p in page.problems()]

    # --- drafts --------------------------------------------------------------------------

    def _look_for_draft(self) -> None:
        store = self.store

        def done(draft: drafts.Draft | None, error: BaseException | None) -> None:
            if error is not None:
                text = error.message if isinstance(error, CaseKeeperError) else str(error)
                self.case_page.resume_label.setText(text)
                self.case_page.resume_button.hide()
                self.case_page.resume_box.show()
                return
            self.draft = draft
            if draft is not None and not self.finished_ok:
                self.case_page.show_paused(draft.label, draft.saved_at, draft.saved_by)

        run_task(lambda: drafts.load_draft(store, a.DRAFT_NAME), done, owner=self)

    def resume(self) -> None:
        """Fill every page from the paused draft and go back to where it stopped."""
        if self.draft is None:
            return
        data = self.draft.data
        self.case_page.hide_paused()
        self.resuming = True
        try:
            self.restart()
            self.set_answers(data)
            target = min(int(data.get("page", 0) or 0), REVIEW)
            while self.currentId() < target:
                self.next()
        finally:
            self.resuming = False

    def discard_draft(self) -> None:
        ctx = self.ctx
        self.draft = None
        self.case_page.hide_paused()
        writer, ticket = self._drafts, self._drafts.ticket()
        run_task(
            lambda: writer.run(ticket, lambda: drafts.discard_draft(ctx, a.DRAFT_NAME)),
            lambda _r, _e: None,
        )

    def save_draft(self) -> None:
        """Keep the answers as the draft (off the GUI thread). Saves may
        overlap; the newest always wins, even after this window is gone."""
        if self.finished_ok:
            return
        answers = self.answers()
        if not a.has_content(answers):
            return
        ctx, label, writer = self.ctx, a.person_name(answers), self._drafts
        ticket = writer.ticket()

        def done(_result: Any, error: BaseException | None) -> None:
            if error is not None:
                self.review_page.show_status(
                    self.tr("The draft could not be kept: {error}").format(error=error_text(error)),
                    error=True,
                )

        run_task(
            lambda: writer.run(
                ticket, lambda: drafts.save_draft(ctx, a.DRAFT_NAME, answers, label=label)
            ),
            done,
            owner=self,
        )

    def _page_turned(self, page_id: int) -> None:
        # -1: the wizard is closing (it leaves its pages); the pause saved already.
        if page_id >= 0 and not self.resuming and not self.closing and self.store.is_open:
            self.save_draft()

    # --- pausing and finishing ------------------------------------------------------------

    def reject(self) -> None:
        """“Pause & close”: the draft is saved first, then the window goes."""
        if self.busy:
            return
        self.paused.emit()
        self.save_draft()
        self.closing = True
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:  # recording: the window stays until it is done
            event.ignore()
            return
        super().closeEvent(event)  # calls reject(): the draft is kept

    def pause_for_lock(self) -> None:
        """The window is locking: keep the draft and close at once (the save
        finishes before the store closes: locking waits for running work)."""
        if not self.finished_ok:
            self.save_draft()
        self.busy = False
        self.closing = True
        self.hide()
        super().reject()

    def accept(self) -> None:
        """Finish: make every record in one undoable step, off the GUI thread."""
        if self.busy:
            return
        problems = self.problems()
        if problems:
            self.review_page.show_status("\n".join(problems), error=True)
            return
        try:
            command = records.build_command(self.session, self.answers())
        except CaseKeeperError as error:
            self.review_page.show_status(error.message, error=True)
            return
        self._set_busy(True)
        self.review_page.show_status(self.tr("Recording…"), error=False)
        self.session.submit(command, self._recorded, owner=self)

    def _recorded(self, result: Any, error: BaseException | None) -> None:
        self._set_busy(False)
        if error is not None:
            self.review_page.show_status(
                self.tr("Nothing was recorded: {error}").format(error=error_text(error)),
                error=True,
            )
            return
        self.finished_ok = True
        case_id = str((result or {}).get("case", ""))
        ctx = self.ctx
        writer, ticket = self._drafts, self._drafts.ticket()
        run_task(
            lambda: writer.run(ticket, lambda: drafts.discard_draft(ctx, a.DRAFT_NAME)),
            lambda _r, _e: None,
        )
        self.recorded.emit(case_id)
        self.closing = True
        super().accept()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for which in (
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(which).setEnabled(not busy)


# --- the window's action ---------------------------------------------------------------


def install_action(window: MainWindow) -> QAction:
    """Records ▸ Interview… (Ctrl+I) and a toolbar button; enabled while a store is open."""
    action = QAction(QCoreApplication.translate("MainWindow", "&Interview…"), window)
    action.setShortcut(QKeySequence("Ctrl+I"))
    action.setStatusTip(
        QCoreApplication.translate(
            "MainWindow", "A guided form for a family interview; can be paused"
        )
    )
    action.setEnabled(window.store is not None)
    action.triggered.connect(lambda: open_interview(window))
    window.store_unlocked.connect(lambda _store: action.setEnabled(True))
    window.store_locked.connect(lambda: action.setEnabled(False))
    records_menu = next(
        (
            menu
            for m in window.menuBar().actions()
            if isinstance(menu := m.menu(), QMenu) and window.new_case_action in menu.actions()
        ),
        None,
    )
    menu = records_menu or window.menuBar().addMenu(
        QCoreApplication.translate("MainWindow", "&Records")
    )
    menu.addSeparator()
    menu.addAction(action)
    toolbar = window.findChild(QToolBar, "main-toolbar")
    if toolbar is not None:
        toolbar.addAction(action)
    window.interview = None  # type: ignore[attr-defined]
    return action


def open_interview(window: MainWindow) -> InterviewWizard | None:
    if window.store is None or not window.edits.is_open:
        return None
    current: InterviewWizard | None = getattr(window, "interview", None)
    if current is not None and shiboken6.isValid(current) and current.isVisible():
        current.raise_()
        current.activateWindow()
        return current
    detail = window.case_view.detail
    open_case = (detail.case.id, detail.case.ref, detail.case.title) if detail else None
    wizard = InterviewWizard(window.edits, open_case, window)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.about_to_lock.connect(wizard.pause_for_lock)
    wizard.paused.connect(
        lambda: window.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Interview paused: Records ▸ Interview… resumes it."
            ),
            10_000,
        )
    )
    wizard.recorded.connect(lambda case_id: _show_recorded(window, case_id))
    window.interview = wizard  # type: ignore[attr-defined]
    wizard.show()
    return wizard


def _show_recorded(window: MainWindow, case_id: str) -> None:
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Interview recorded. Ctrl+Z takes it back."),
        10_000,
    )
    if case_id:
        window._select_when_listed(case_id)  # noqa: SLF001 — the window's own "show the new case"
