"""The Tasks tab: follow-ups by due date; overdue ones stand out in words
("overdue") and in colour."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from casekeeper.services.views import CaseDetail, TaskView

from . import labels
from .display import ALERT_BG, ALERT_FG, fuzzy_date
from .read_only_table import ReadOnlyTable

DUE, TASK, STATUS, ASSIGNEE, NOTE = range(5)


class TasksTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def clear(self) -> None:
        self.table.set_rows([])

    def overdue_count(self, detail: CaseDetail) -> int:
        return sum(1 for t in detail.tasks if t.overdue)

    def show_detail(self, detail: CaseDetail) -> None:
        self.table.set_rows([self._row(t) for t in detail.tasks])
        for row, task in enumerate(detail.tasks):
            if task.overdue:
                self.table.mark_row(row, ALERT_FG, ALERT_BG, bold=True)

    def _row(self, t: TaskView) -> list[str]:
        status = self.tr("overdue") if t.overdue else labels.word(t.status)
        due = fuzzy_date(t.due) if t.due else self.tr("no date")
        return [due, t.title, status, t.assignee, t.note]
