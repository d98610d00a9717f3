"""Next steps: what the caseworker promised the family, by when, by whom."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..form_fields import MUTED, FuzzyDateField
from .page_base import InterviewPage


class TaskRow:
    def __init__(self, page: TasksPage) -> None:
        self.title = QLineEdit()
        self.title.setAccessibleName(page.tr("Next step"))
        self.title.setPlaceholderText(page.tr("e.g. file a petition with the consulate"))
        self.due = FuzzyDateField(day_only=True, accessible=page.tr("Due date"))
        self.due.changed.connect(page.recheck)
        self.assignee = QLineEdit()
        self.assignee.setAccessibleName(page.tr("Who does it"))
        self.assignee.setPlaceholderText(page.tr("who"))
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setToolTip(page.tr("Remove this step"))
        self.remove.setAccessibleName(page.tr("Remove this step"))

    def widgets(self) -> list[QWidget]:
        return [self.title, self.due, self.assignee, self.remove]

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "due": self.due.edit.text(),
            "assignee": self.assignee.text(),
        }


class TasksPage(InterviewPage):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Next steps"),
            self.tr("What happens after the interview; each step becomes a task of the case."),
        )
        self.rows: list[TaskRow] = []
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 4)
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(2, 2)
        for column, text in enumerate((self.tr("Step"), self.tr("Due"), self.tr("Who"))):
            self.grid.addWidget(QLabel(f"<span style='color:{MUTED}'>{text}</span>"), 0, column)
        self.add_button = QPushButton(self.tr("Add a &step"))
        self.add_button.clicked.connect(lambda: self.add_row().title.setFocus())
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Often:")))
        for text in (
            self.tr("Petition the consulate"),
            self.tr("Write to the UN Working Group on Enforced Disappearances"),
            self.tr("Call the family back"),
        ):
            button = QPushButton(text)
            button.setFlat(True)
            button.setStyleSheet("text-decoration: underline;")
            button.clicked.connect(lambda _checked=False, t=text: self.suggest(t))
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addLayout(bar)
        layout.addStretch(1)
        layout.addWidget(self.problem_label)
        self.add_row()

    def suggest(self, title: str) -> None:
        empty = next((r for r in self.rows if not r.title.text().strip()), None)
        row = empty or self.add_row()
        row.title.setText(title)
        row.due.edit.setFocus()

    def add_row(self) -> TaskRow:
        row = TaskRow(self)
        self.rows.append(row)
        for column, widget in enumerate(row.widgets()):
            # Top-aligned: the due date's hint line makes its cell taller.
            self.grid.addWidget(widget, len(self.rows), column, Qt.AlignmentFlag.AlignTop)
        row.remove.clicked.connect(lambda: self.remove_row(row))
        return row

    def remove_row(self, row: TaskRow) -> None:
        self.rows.remove(row)
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        for index, other in enumerate(self.rows, start=1):
            for column, widget in enumerate(other.widgets()):
                self.grid.addWidget(widget, index, column, Qt.AlignmentFlag.AlignTop)

    def values(self) -> list[dict[str, Any]]:
        return [row.values() for row in self.rows]

    def set_values(self, values: list[dict[str, Any]]) -> None:
        for row in list(self.rows):
            self.remove_row(row)
        for item in values or [{}]:
            row = self.add_row()
            row.title.setText(item.get("title", ""))
            row.due.edit.setText(item.get("due", ""))
            row.assignee.setText(item.get("assignee", ""))

    def problems(self) -> list[str]:
        if any(not r.due.valid for r in self.rows):
            return [self.tr("A due date needs one day, e.g. 22 July 2025.")]
        return []
