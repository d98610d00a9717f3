"""A table that shows rows of text and cannot be edited: the case view's
timeline, consent and task tabs are all one of these."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


class ReadOnlyTable(QTableWidget):
    MIN_TEXT_WIDTH = 90

    def __init__(
        self,
        headers: Sequence[str],
        stretch: Mapping[int, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``stretch``: the columns of long text and their weights; they share
        the width the other columns (fitted to their contents) leave, and wrap."""
        super().__init__(0, len(headers), parent)
        self._weights = dict(stretch or {})
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        for column in range(len(headers)):
            mode = (
                QHeaderView.ResizeMode.Fixed
                if column in self._weights
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_width()

    def _share_width(self) -> None:
        """Give the text columns the spare width by weight (Qt's Stretch mode
        shares it equally, which starves a long "What" beside a short "Who")."""
        if not self._weights:
            return
        header = self.horizontalHeader()
        fitted = sum(
            max(self.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(self.columnCount())
            if c not in self._weights
        )
        # Keep room for a vertical scroll bar: it appears only after the rows
        # have grown to fit the new widths, and would then hide the last column.
        width = self.width() - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width()
        spare = width - fitted
        # Columns whose share is below the minimum get the minimum; the others
        # share what remains, by weight.
        weights = dict(self._weights)
        widths: dict[int, int] = {}
        while weights:
            total = sum(weights.values())
            small = {c for c, w in weights.items() if spare * w // total < self.MIN_TEXT_WIDTH}
            if not small:
                widths.update({c: spare * w // total for c, w in weights.items()})
                break
            for column in small:
                widths[column] = self.MIN_TEXT_WIDTH
                spare -= self.MIN_TEXT_WIDTH
                del weights[column]
        for column, size in widths.items():
            header.resizeSection(column, size)

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        self.setRowCount(0)
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(r, c, item)
        self._share_width()

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
