"""A table that shows rows of text and cannot be edited: the case view's
timeline, consent and task tabs are all one of these."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget


class ReadOnlyTable(QTableWidget):
    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        self.setRowCount(0)
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(r, c, item)
        self.resizeColumnsToContents()
        self.resizeRowsToContents()

    def cell_text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""

    def mark_row(self, row: int, fg: str, bg: str, *, bold: bool = False) -> None:
        """Colour a row (overdue task, withdrawn consent); the row's words say why."""
        for c in range(self.columnCount()):
            item = self.item(row, c)
            if item is None:
                continue
            item.setForeground(QBrush(QColor(fg)))
            item.setBackground(QBrush(QColor(bg)))
            if bold:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)

    def mark_cell(self, row: int, column: int, fg: str, bg: str, tooltip: str = "") -> None:
        item = self.item(row, column)
        if item is None:
            return
        item.setForeground(QBrush(QColor(fg)))
        item.setBackground(QBrush(QColor(bg)))
        if tooltip:
            item.setToolTip(tooltip)
