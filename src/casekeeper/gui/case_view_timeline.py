"""The Timeline tab: the case's events in date order, dates as well as known.

Dates are partial by nature ("July 2025", "c. 2018", "22–23 July 2025");
they are shown as recorded. When sources disagree on an event's date the
date cell says so, in words and in colour.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from casekeeper.services.views import CaseDetail, Disagreement, EventView

from . import labels
from .display import WARN_BG, WARN_FG, claimed_value
from .read_only_table import ReadOnlyTable

WHEN, WHAT, KIND, WHERE, WHO = range(5)


class TimelineTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = ReadOnlyTable(
            [self.tr("When"), self.tr("What"), self.tr("Kind"), self.tr("Where"), self.tr("Who")],
            stretch={WHAT: 3, WHERE: 1, WHO: 2},
        )
        self.table.setAccessibleName(self.tr("Timeline of events"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def clear(self) -> None:
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
