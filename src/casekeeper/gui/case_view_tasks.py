"""The Tasks tab: follow-ups by due date; overdue ones stand out in words
("overdue") and in colour."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from casekeeper.services.views import CaseDetail, TaskView

from . import labels
from .display import ALERT_BG, ALERT_FG, fuzzy_date
from .form_fields import button_bar
from .read_only_table import ReadOnlyTable

DUE, TASK, STATUS, ASSIGNEE, NOTE = range(5)


class TasksTab(QWidget):
    add_requested = Signal()
    edit_requested = Signal(str)  # task id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self.add_button = QPushButton(self.tr("Add task…"))
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button = QPushButton(self.tr("Edit task…"))
        self.edit_button.clicked.connect(self._edit_current)
        self.table = ReadOnlyTable(
            [
                self.tr("Due"),
                self.tr("Task"),
                self.tr("Status"),
                self.tr("Assigned to"),
                self.tr("Note"),
            ],
            stretch={TASK: 3, NOTE: 2},
        )
        self.table.setAccessibleName(self.tr("Tasks"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(button_bar(self.add_button, self.edit_button))
        layout.addWidget(self.table)
        self.table.doubleClicked.connect(lambda _index: self._edit_current())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.edit_button.setEnabled(self.current_task() is not None)

    def current_task(self) -> str | None:
        row = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection()
        return self._ids[row] if selected and 0 <= row < len(self._ids) else None

    def _edit_current(self) -> None:
        task = self.current_task()
        if task:
            self.edit_requested.emit(task)

    def clear(self) -> None:
        self._ids = []
        self.table.set_rows([])

    def overdue_count(self, detail: CaseDetail) -> int:
        return sum(1 for t in detail.tasks if t.overdue)

    def show_detail(self, detail: CaseDetail) -> None:
        self._ids = [t.id for t in detail.tasks]
        self.table.set_rows([self._row(t) for t in detail.tasks])
        for row, task in enumerate(detail.tasks):
            if task.overdue:
                self.table.mark_row(row, ALERT_FG, ALERT_BG, bold=True)

    def _row(self, t: TaskView) -> list[str]:
        status = self.tr("overdue") if t.overdue else labels.word(t.status)
        due = fuzzy_date(t.due) if t.due else self.tr("no date")
        return [due, t.title, status, t.assignee, t.note]
