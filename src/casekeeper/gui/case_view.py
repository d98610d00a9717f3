"""One case: its header and the People, Timeline, Sources & Claims, Consent
and Tasks tabs (each its own file, ``case_view_*.py``), and the Evidence tab
(``evidence_tab.py``: import, preview, extract, remove).

``show_case`` loads the case with ``services.cases.get_case`` on a worker
thread; a newer request makes an older, slower one's answer irrelevant.

Each tab's Add…/Edit… buttons open an editor (``*_editor.py``); the editor
saves through the window's ``EditSession`` (undoable), and the case is read
again whenever its records change, whether by an edit, an undo or a redo.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casekeeper.errors import CaseKeeperError, NotFound
from casekeeper.services import cases
from casekeeper.services.views import CaseDetail
from casekeeper.store.store import Store

from . import labels
from .case_editor import CaseEditor
from .case_view_claims import ClaimsTab
from .case_view_consent import ConsentTab
from .case_view_history import HistoryTab
from .case_view_people import PeopleTab
from .case_view_tasks import TasksTab
from .case_view_timeline import TimelineTab
from .consent_editor import ConsentEditor, withdraw_command
from .display import ALERT_BG, ALERT_FG, WARN_FG, esc, local_time, plural
from .edit_commands import EditSession
from .event_editor import EventEditor
from .evidence_tab import EvidenceTab
from .person_editor import PersonEditor
from .source_editor import SourceEditor
from .task_editor import TaskEditor
from .worker import run_task

PLACEHOLDER_PAGE, CASE_PAGE = range(2)
PEOPLE_TAB, TIMELINE_TAB, CLAIMS_TAB, CONSENT_TAB, TASKS_TAB, EVIDENCE_TAB, HISTORY_TAB = range(7)


class CaseView(QWidget):
    loaded = Signal(object)  # CaseDetail
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Case details"))
        self._store: Store | None = None
        self._generation = 0
        self.detail: CaseDetail | None = None
        self.case_id: str | None = None
        self.edits: EditSession | None = None
        self.editor: QDialog | None = None  # the editor open now, if any

        self.placeholder = QLabel(self.tr("Select a case in the list to see it here."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)  # drawn in the palette's muted colour

        self.ref_label = QLabel()
        self.ref_label.setAccessibleName(self.tr("Case reference"))
        self.ref_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Case status"))
        self.updated_label = QLabel()
        self.updated_label.setEnabled(False)
        self.title_label = QLabel()
        self.title_label.setAccessibleName(self.tr("Case title"))
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)  # typed text, never markup
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_font = self.title_label.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.summary_label = QLabel()
        self.summary_label.setAccessibleName(self.tr("Case summary"))
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.hide()

        self.people_tab = PeopleTab()
        self.timeline_tab = TimelineTab()
        self.claims_tab = ClaimsTab()
        self.consent_tab = ConsentTab()
        self.tasks_tab = TasksTab()
        self.evidence_tab = EvidenceTab()
        self.evidence_tab.count_changed.connect(self._set_evidence_count)
        self.history_tab = HistoryTab()
        self.history_tab.failed.connect(self.failed)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Case sections"))
        self.tabs.setDocumentMode(True)
        for tab in (
            self.people_tab,
            self.timeline_tab,
            self.claims_tab,
            self.consent_tab,
            self.tasks_tab,
            self.evidence_tab,
            self.history_tab,
        ):
            self.tabs.addTab(tab, "")
        self._set_tab_titles(None)
        self.people_tab.add_requested.connect(self.add_person)
        self.people_tab.edit_requested.connect(self.edit_person)
        self.timeline_tab.add_requested.connect(self.add_event)
        self.timeline_tab.edit_requested.connect(self.edit_event)
        self.claims_tab.add_requested.connect(self.add_source)
        self.claims_tab.edit_requested.connect(self.edit_source)
        self.consent_tab.add_requested.connect(self.add_consent)
        self.consent_tab.withdraw_requested.connect(self.withdraw_consent)
        self.tasks_tab.add_requested.connect(self.add_task)
        self.tasks_tab.edit_requested.connect(self.edit_task)

        header_line = QHBoxLayout()
        header_line.addWidget(self.ref_label)
        header_line.addWidget(self.status_label)
        header_line.addStretch(1)
        header_line.addWidget(self.updated_label)
        self.edit_case_button = QPushButton(self.tr("Edit case…"))
        self.edit_case_button.setToolTip(self.tr("Change the title, summary or status"))
        self.edit_case_button.clicked.connect(self.edit_case)
        header_line.addWidget(self.edit_case_button)
        case_page = QWidget()
        case_layout = QVBoxLayout(case_page)
        case_layout.setContentsMargins(8, 4, 4, 4)
        case_layout.addLayout(header_line)
        case_layout.addWidget(self.title_label)
        case_layout.addWidget(self.summary_label)
        case_layout.addWidget(self.message_label)
        case_layout.addWidget(self.tabs, 1)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(case_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    # --- what the window calls -----------------------------------------------------

    def set_edit_session(self, session: EditSession) -> None:
        """The window's undo stack and acting context; edits go through it."""
        self.edits = session
        session.changed.connect(self._records_changed)

    def set_store(self, store: Store | None) -> None:
        self._store = store
        self.evidence_tab.set_store(store)
        self.history_tab.set_store(store)
        if self.edits is not None:
            self.edits.set_store(store)
        if self.editor is not None:
            self.editor.reject()  # nothing of a locked store stays on screen
            self.editor = None
        self.clear()

    def clear(self) -> None:
        """Nothing of the last case stays on screen (used when locking)."""
        self._generation += 1
        self.detail = None
        self.case_id = None
        for label in (
            self.ref_label,
            self.status_label,
            self.updated_label,
            self.title_label,
            self.summary_label,
            self.message_label,
        ):
            label.clear()
        self.message_label.hide()
        for tab in (
            self.people_tab,
            self.timeline_tab,
            self.claims_tab,
            self.consent_tab,
            self.tasks_tab,
            self.evidence_tab,
            self.history_tab,
        ):
            tab.clear()
        self._set_tab_titles(None)
        self.pages.setCurrentIndex(PLACEHOLDER_PAGE)

    def show_case(self, case_id: str) -> None:
        store = self._store
        if store is None:
            return
        self._generation += 1
        generation = self._generation
        self.case_id = case_id
        self._show_message(self.tr("Loading…"), error=False)

        def done(detail: CaseDetail | None, error: BaseException | None) -> None:
            if generation != self._generation:
                return
            if isinstance(error, NotFound) and error.kind == "case":
                self.clear()  # removed meanwhile (an undone "new case")
                return
            if error is not None or detail is None:
                text = error.message if isinstance(error, CaseKeeperError) else str(error)
                self._show_message(
                    self.tr("This case could not be shown: {error}").format(error=text)
                )
                self.failed.emit(text)
                return
            self._show_detail(detail)
            self.loaded.emit(detail)

        run_task(lambda: cases.get_case(store, case_id), done, owner=self)

    def reload(self) -> None:
        if self.case_id is not None:
            self.show_case(self.case_id)

    def _records_changed(self, case_id: str) -> None:
        if self.case_id is not None and case_id in ("", self.case_id):
            self.reload()

    # --- editing ------------------------------------------------------------------------

    def _can_edit(self) -> bool:
        return self.edits is not None and self.edits.is_open and self.detail is not None

    def _open(self, dialog: QDialog) -> QDialog:
        if self.editor is not None:
            self.editor.close()
        self.editor = dialog
        dialog.finished.connect(lambda _result: self._editor_closed(dialog))
        dialog.open()
        return dialog

    def _editor_closed(self, dialog: QDialog) -> None:
        if self.editor is dialog:
            self.editor = None
        dialog.deleteLater()

    def new_case(self) -> QDialog | None:
        if self.edits is None or not self.edits.is_open:
            return None
        return self._open(CaseEditor(self.edits, None, self))

    def edit_case(self) -> QDialog | None:
        if not self._can_edit():
            return None
        assert self.edits is not None and self.detail is not None
        return self._open(CaseEditor(self.edits, self.detail.case, self))

    def add_person(self) -> QDialog | None:
        if not self._can_edit():
            return None
        assert self.edits is not None and self.detail is not None
        self.tabs.setCurrentIndex(PEOPLE_TAB)
        return self._open(PersonEditor(self.edits, case_id=self.detail.case.id, parent=self))

    def edit_person(self, person_id: str) -> QDialog | None:
        if not self._can_edit():
            return None
        assert self.edits is not None and self.detail is not None
        person = next((p for p in self.detail.people if p.id == person_id), None)
        if person is None:
            return None
        roles = [r["kind"] for r in self.detail.roles if r["person_id"] == person_id]
        return self._open(
            PersonEditor(
                self.edits, case_id=self.detail.case.id, person=person, roles=roles, parent=self
            )
        )

    def add_event(self) -> QDialog | None:
        if not self._can_edit():
            return None
        assert self.edits is not None and self.detail is not None
        d = self.detail
        return self._open(EventEditor(self.edits, d.case.id, d.people, None, self))

    def edit_event(self, event_id: str) -> QDialog | None:
        if not self._can_edit():
            return None
        assert self.edits is not None and self.detail is not None
        d = self.detail
        event = next((e for e in d.events if e.id == event_id), None)
        if event is None:
            return None
        return self._open(EventEditor(self.edits, d.case.id, d.people, event, self))

    def add_source(self) -> QDialog | None:
        if not self._can_edit():
            return None
        assert self.edits is not None and self.detail is not None
        return self._open(SourceEditor(self.edits, self.detail, None, self))

    def edit_source(self, source_id: str) -> QDialog | None:
        if not self._can_edit():
            return None
        assert self.edits is not None and self.detail is not None
        source = next((s for s in self.detail.sources if s.id == source_id), None)
        if source is None:
            return None
        return self._open(SourceEditor(self.edits, self.detail, source, self))

    def add_consent(self) -> QDialog | None:
        if not self._can_edit():
            return None
        assert self.edits is not None and self.detail is not None
        d = self.detail
        return self._open(ConsentEditor(self.edits, d.case.id, d.people, self))

    def withdraw_consent(self, consent_id: str) -> QDialog | None:
        if not self._can_edit():
            return None
        assert self.edits is not None and self.detail is not None
        record = next((c for c in self.detail.consents if c.id == consent_id), None)
        if record is None or not record.active:
            return None
        edits, case_id = self.edits, self.detail.case.id
        ask = QInputDialog(self)
        ask.setWindowTitle(self.tr("Withdraw consent"))
        ask.setLabelText(
            self.tr(
                "{name} withdraws this decision ({audience}, {scope}).\n"
                "Why, in a few words (optional):"
            ).format(
                name=record.person_name,
                audience=labels.word(record.audience),
                scope=labels.word(record.scope),
            )
        )
        ask.setOkButtonText(self.tr("Withdraw"))
        ask.textValueSelected.connect(
            lambda note: edits.submit(
                withdraw_command(edits, record, note, case_id), self._report, owner=self
            )
        )
        return self._open(ask)

    def add_task(self) -> QDialog | None:
        if not self._can_edit():
            return None
        assert self.edits is not None and self.detail is not None
        return self._open(TaskEditor(self.edits, self.detail.case.id, None, self))

    def edit_task(self, task_id: str) -> QDialog | None:
        if not self._can_edit():
            return None
        assert self.edits is not None and self.detail is not None
        task = next((t for t in self.detail.tasks if t.id == task_id), None)
        if task is None:
            return None
        return self._open(TaskEditor(self.edits, self.detail.case.id, task, self))

    def _report(self, _result: object, error: BaseException | None) -> None:
        if error is not None:
            text = error.message if isinstance(error, CaseKeeperError) else str(error)
            self.failed.emit(text)

    # --- showing ------------------------------------------------------------------------

    def _show_detail(self, detail: CaseDetail) -> None:
        self.detail = detail
        case = detail.case
        self.message_label.hide()
        self.ref_label.setText(f"<b>{esc(case.ref)}</b>")
        status = labels.word(case.status)
        if case.status == "urgent":
            self.status_label.setText(
                f'<span style="color:{ALERT_FG}; background-color:{ALERT_BG}; font-weight:bold">'
                f"&nbsp;{esc(status)}&nbsp;</span>"
            )
        else:
            self.status_label.setText(esc(status))
        self.updated_label.setText(
            self.tr("updated {when}").format(when=local_time(case.updated_at))
        )
        self.title_label.setText(case.title)
        self.summary_label.setText(case.summary)
        self.summary_label.setVisible(bool(case.summary))
        for tab in (
            self.people_tab,
            self.timeline_tab,
            self.claims_tab,
            self.consent_tab,
            self.tasks_tab,
            self.evidence_tab,
            self.history_tab,
        ):
            tab.show_detail(detail)
        self._set_tab_titles(detail)
        self.pages.setCurrentIndex(CASE_PAGE)

    def _set_evidence_count(self, n: int) -> None:
        title = self.tr("E&vidence")
        self.tabs.setTabText(EVIDENCE_TAB, f"{title} ({n})" if n else title)

    def _show_message(self, text: str, *, error: bool = True) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(f"color: {ALERT_FG};" if error else "")
        self.message_label.show()

    def _set_tab_titles(self, detail: CaseDetail | None) -> None:
        def counted(title: str, n: int | None) -> str:
            return f"{title} ({n})" if n else title

        d = detail
        titles = {
            PEOPLE_TAB: counted(self.tr("&People"), len(d.people) if d else None),
            TIMELINE_TAB: counted(self.tr("&Timeline"), len(d.events) if d else None),
            CLAIMS_TAB: counted(self.tr("&Sources && Claims"), len(d.sources) if d else None),
            CONSENT_TAB: self.tr("C&onsent"),
            TASKS_TAB: counted(self.tr("T&asks"), len(d.tasks) if d else None),
            EVIDENCE_TAB: counted(
                self.tr("E&vidence"),
                sum(1 for e in d.evidence if e.removed_at is None) if d else None,
            ),
            HISTORY_TAB: self.tr("&History"),
        }
        bar = self.tabs.tabBar()
        default = bar.palette().color(bar.foregroundRole())
        for index, title in titles.items():
            self.tabs.setTabText(index, title)
            bar.setTabTextColor(index, default)
            self.tabs.setTabToolTip(index, "")
        if d and d.disagreements:
            self.tabs.setTabText(CLAIMS_TAB, "⚠ " + titles[CLAIMS_TAB])
            bar.setTabTextColor(CLAIMS_TAB, QColor(WARN_FG))
            self.tabs.setTabToolTip(CLAIMS_TAB, self.tr("Sources disagree"))
        overdue = self.tasks_tab.overdue_count(d) if d else 0
        if overdue:
            self.tabs.setTabText(
                TASKS_TAB, titles[TASKS_TAB] + " " + plural("CaseView", "— %n overdue", overdue)
            )
            bar.setTabTextColor(TASKS_TAB, QColor(ALERT_FG))
