"""The Timeline tab: the case's events in date order, dates as well as known.

Dates are partial by nature ("July 2025", "c. 2018", "22–23 July 2025");
they are shown as recorded. When sources disagree on an event's date the
date cell says so, in words and in colour.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from casekeeper.services.views import CaseDetail, Disagreement, EventView

from . import labels
from .display import WARN_BG, WARN_FG, claimed_value
from .form_fields import button_bar
from .read_only_table import ReadOnlyTable

WHEN, WHAT, KIND, WHERE, WHO = range(5)


class TimelineTab(QWidget):
    add_requested = Signal()
    edit_requested = Signal(str)  # event id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self.add_button = QPushButton(self.tr("Add event…"))
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button = QPushButton(self.tr("Edit event…"))
        self.edit_button.clicked.connect(self._edit_current)
        self.table = ReadOnlyTable(
            [self.tr("When"), self.tr("What"), self.tr("Kind"), self.tr("Where"), self.tr("Who")],
            stretch={WHAT: 3, WHERE: 1, WHO: 2},
        )
        self.table.setAccessibleName(self.tr("Timeline of events"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(button_bar(self.add_button, self.edit_button))
        layout.addWidget(self.table)
        self.table.doubleClicked.connect(lambda _index: self._edit_current())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.edit_button.setEnabled(self.current_event() is not None)

    def current_event(self) -> str | None:
        row = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection()
        return self._ids[row] if selected and 0 <= row < len(self._ids) else None

    def _edit_current(self) -> None:
        event = self.current_event()
        if event:
            self.edit_requested.emit(event)

    def clear(self) -> None:
        self._ids = []
        self.table.set_rows([])

    def show_detail(self, detail: CaseDetail) -> None:
        disputed = {
            d.subject_id: d
            for d in detail.disagreements
            if d.subject_type == "event" and d.field == "date"
        }
        rows = []
        for event in detail.events:
            when = event.date_display
            if event.id in disputed:
                when = self.tr("{date}\n⚠ sources disagree").format(date=when)
            rows.append([when, event.title, labels.word(event.kind), event.place, _who(event)])
        self._ids = [e.id for e in detail.events]
        self.table.set_rows(rows)
        for row, event in enumerate(detail.events):
            if event.description:
                item = self.table.item(row, WHAT)
                if item is not None:
                    item.setToolTip(f"{event.title}\n\n{event.description}")
            if event.id in disputed:
                self.table.mark_cell(
                    row, WHEN, WARN_FG, WARN_BG, self._dispute_tip(disputed[event.id])
                )

    def _dispute_tip(self, dispute: Disagreement) -> str:
        lines = [self.tr("Sources disagree on this date:")]
        lines += [f"• {claimed_value(c.field, c.value)} — {c.source_title}" for c in dispute.claims]
        return "\n".join(lines)


def _who(event: EventView) -> str:
    return ", ".join(
        f"{p.name} ({labels.word(p.role)})" if p.role else p.name for p in event.participants
    )
