"""The Timeline tab: the case's events on a time axis, and as a list.

Dates are partial by nature ("July 2025", "c. 2018", "22–23 July 2025"):
the axis (``timeline_axis.py``) draws each as the span it could be, and the
list below gives them as recorded, in date order, the undated ones last as
"date unknown". When sources disagree on an event's date, both say so, in
words and in colour. Selecting an event in either selects it in the other
and shows its place and participants between them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casekeeper.services.views import CaseDetail, Disagreement, EventView

from . import labels
from .display import WARN_BG, WARN_FG, claimed_value, esc
from .form_fields import button_bar
from .read_only_table import ReadOnlyTable
from .timeline_axis import TimelineAxis

WHEN, WHAT, KIND, WHERE, WHO = range(5)


class TimelineTab(QWidget):
    add_requested = Signal()
    edit_requested = Signal(str)  # event id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self._events: dict[str, EventView] = {}
        self.add_button = QPushButton(self.tr("Add event…"))
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button = QPushButton(self.tr("Edit event…"))
        self.edit_button.clicked.connect(self._edit_current)
        self.axis = TimelineAxis()
        self.axis.selected.connect(self._axis_selected)
        self.axis.activated.connect(self.edit_requested)
        axis_area = QScrollArea()
        axis_area.setWidget(self.axis)
        axis_area.setWidgetResizable(True)
        axis_area.setFrameShape(QFrame.Shape.StyledPanel)
        axis_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.axis_area = axis_area
        self.detail_label = QLabel()
        self.detail_label.setAccessibleName(self.tr("Selected event"))
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = ReadOnlyTable(
            [self.tr("When"), self.tr("What"), self.tr("Kind"), self.tr("Where"), self.tr("Who")],
            stretch={WHAT: 3, WHERE: 1, WHO: 2},
        )
        self.table.setAccessibleName(self.tr("Timeline of events"))
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(axis_area, 1)
        top_layout.addWidget(self.detail_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(button_bar(self.add_button, self.edit_button))
        layout.addWidget(self.splitter, 1)
        self.table.doubleClicked.connect(lambda _index: self._edit_current())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def _selection_changed(self) -> None:
        event = self.current_event()
        self.edit_button.setEnabled(event is not None)
        self.axis.select(event)
        self._show_selected(event)

    def _axis_selected(self, event_id: str) -> None:
        if event_id in self._ids:
            self.table.selectRow(self._ids.index(event_id))

    def _show_selected(self, event_id: str | None) -> None:
        event = self._events.get(event_id) if event_id else None
        if event is None:
            self.detail_label.setText(
                self.tr("Point at an event to see its place and people; click to select it.")
                if self._ids
                else ""
            )
            self.detail_label.setEnabled(False)
            return
        parts = [f"<b>{esc(event.title)}</b>", esc(event.date_display or self.tr("date unknown"))]
        if event.place:
            parts.append(esc(self.tr("in {place}").format(place=event.place)))
        who = _who(event)
        if who:
            parts.append(esc(who))
        self.detail_label.setText(" · ".join(parts))
        self.detail_label.setEnabled(True)

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
        self._events = {}
        self.table.set_rows([])
        self.axis.clear()
        self.axis_area.setMinimumHeight(0)
        self.axis_area.setMaximumHeight(self.axis.minimumHeight() + 2 * self.axis_area.frameWidth())
        self._show_selected(None)

    def show_detail(self, detail: CaseDetail) -> None:
        disputed = {
            d.subject_id: d
            for d in detail.disagreements
            if d.subject_type == "event" and d.field == "date"
        }
        kept = self.current_event()
        rows = []
        for event in detail.events:
            when = event.date_display or self.tr("date unknown")
            if event.id in disputed:
                when = self.tr("{date}\n⚠ sources disagree").format(date=when)
            rows.append([when, event.title, labels.word(event.kind), event.place, _who(event)])
        self._ids = [e.id for e in detail.events]
        self._events = {e.id: e for e in detail.events}
        self.axis.set_events(detail.events, set(disputed))
        self.table.set_rows(rows)
        muted = self.palette().color(self.palette().ColorRole.PlaceholderText)
        for row, event in enumerate(detail.events):
            if not event.date_display:
                item = self.table.item(row, WHEN)
                if item is not None:
                    item.setForeground(QColor(muted))
            if event.description:
                item = self.table.item(row, WHAT)
                if item is not None:
                    item.setToolTip(f"{event.title}\n\n{event.description}")
            if event.id in disputed:
                self.table.mark_cell(
                    row, WHEN, WARN_FG, WARN_BG, self._dispute_tip(disputed[event.id])
                )
        # The axis no taller than its rows of bars (the list gets the rest),
        # and whole unless it has very many rows.
        height = self.axis.minimumHeight() + 2 * self.axis_area.frameWidth()
        self.axis_area.setMaximumHeight(height)
        self.axis_area.setMinimumHeight(min(height, 280))
        if kept in self._ids:
            self.table.selectRow(self._ids.index(kept))
        self._selection_changed()

    def _dispute_tip(self, dispute: Disagreement) -> str:
        lines = [self.tr("Sources disagree on this date:")]
        lines += [f"• {claimed_value(c.field, c.value)} — {c.source_title}" for c in dispute.claims]
        return "\n".join(lines)


def _who(event: EventView) -> str:
    return ", ".join(
        f"{p.name} ({labels.word(p.role)})" if p.role else p.name for p in event.participants
    )
