"""The relatives at the interview, and how each is related to the person."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..form_fields import MUTED, set_combo
from . import answers as a
from .page_base import InterviewPage


class RelativeRow:
    def __init__(self, page: RelativesPage) -> None:
        self.name = QLineEdit()
        self.name.setAccessibleName(page.tr("Relative's name"))
        self.name.setPlaceholderText(page.tr("name, in any script"))
        self.other_name = QLineEdit()
        self.other_name.setAccessibleName(page.tr("Another spelling"))
        self.other_name.setPlaceholderText(page.tr("another spelling or script"))
        self.relation = QComboBox()
        self.relation.setAccessibleName(page.tr("Relation to the person"))
        for key in a.RELATIONS:
            self.relation.addItem(a.relation_word(key), key)
        self.present = QCheckBox(page.tr("present"))
        self.present.setToolTip(page.tr("Took part in this interview"))
        self.present.setChecked(True)
        self.contact = QLineEdit()
        self.contact.setAccessibleName(page.tr("Contact"))
        self.contact.setPlaceholderText(page.tr("phone, messenger"))
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setToolTip(page.tr("Remove this relative"))
        self.remove.setAccessibleName(page.tr("Remove this relative"))

    def widgets(self) -> list[QWidget]:
        return [self.name, self.other_name, self.relation, self.present, self.contact, self.remove]

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "other_name": self.other_name.text(),
            "relation": str(self.relation.currentData()),
            "present": self.present.isChecked(),
            "contact": self.contact.text(),
        }

    def set_values(self, values: dict[str, Any]) -> None:
        self.name.setText(values.get("name", ""))
        self.other_name.setText(values.get("other_name", ""))
        set_combo(self.relation, values.get("relation") or "wife")
        self.present.setChecked(bool(values.get("present", True)))
        self.contact.setText(values.get("contact", ""))


class RelativesPage(InterviewPage):
    def __init__(self) -> None:
        super().__init__(
            self.tr("The relatives"),
            self.tr(
                "Who is at the interview, and how each is related to the person: "
                "“wife”, “eldest daughter”… Contact details stay internal."
            ),
        )
        self.rows: list[RelativeRow] = []
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(4, 2)
        heads = (
            self.tr("Name"),
            self.tr("Other spelling"),
            self.tr("Is the person's"),
            "",
            self.tr("Contact"),
        )
        for column, text in enumerate(heads):
            self.grid.addWidget(QLabel(f"<span style='color:{MUTED}'>{text}</span>"), 0, column)
        self.add_button = QPushButton(self.tr("Add a &relative"))
        self.add_button.clicked.connect(lambda: self.add_row().name.setFocus())
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addLayout(bar)
        layout.addStretch(1)
        layout.addWidget(self.problem_label)
        self.add_row()

    def add_row(self) -> RelativeRow:
        row = RelativeRow(self)
        self.rows.append(row)
        for column, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, len(self.rows), column)
        row.remove.clicked.connect(lambda: self.remove_row(row))
        return row

    def remove_row(self, row: RelativeRow) -> None:
        self.rows.remove(row)
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        for index, other in enumerate(self.rows, start=1):
            for column, widget in enumerate(other.widgets()):
                self.grid.addWidget(widget, index, column)

    def values(self) -> list[dict[str, Any]]:
        return [row.values() for row in self.rows]

    def set_values(self, values: list[dict[str, Any]]) -> None:
        for row in list(self.rows):
            self.remove_row(row)
        for item in values or [{}]:
            self.add_row().set_values(item)
