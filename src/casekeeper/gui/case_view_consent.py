"""The Consent tab: what each person agreed may be shared, with whom, on what
condition, and which decisions were later withdrawn (kept, greyed: the
history of consent is itself a record of good practice)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from casekeeper.services.views import CaseDetail, ConsentView

from . import labels
from .display import local_date, local_time
from .form_fields import button_bar
from .read_only_table import ReadOnlyTable

WITHDRAWN_FG, WITHDRAWN_BG = "#6b6b6b", "#eeeeee"

PERSON, AUDIENCE, SCOPE, DECISION, CONDITIONS, RECORDED = range(6)


class ConsentTab(QWidget):
    add_requested = Signal()
    withdraw_requested = Signal(str)  # consent id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records: list[ConsentView] = []
        self.add_button = QPushButton(self.tr("Record a decision…"))
        self.add_button.clicked.connect(self.add_requested)
        self.withdraw_button = QPushButton(self.tr("Withdraw…"))
        self.withdraw_button.setToolTip(
            self.tr("The person takes this decision back; it stays in the record, greyed")
        )
        self.withdraw_button.clicked.connect(self._withdraw_current)
        self.table = ReadOnlyTable(
            [
                self.tr("Person"),
                self.tr("Who may see"),
                self.tr("Covers"),
                self.tr("Decision"),
                self.tr("Conditions"),
                self.tr("Recorded"),
            ],
            stretch={AUDIENCE: 1, DECISION: 1, CONDITIONS: 2},
        )
        self.table.setAccessibleName(self.tr("Consent records"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(button_bar(self.add_button, self.withdraw_button))
        layout.addWidget(self.table)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def _selection_changed(self) -> None:
        record = self.current_record()
        self.withdraw_button.setEnabled(record is not None and record.active)

    def current_record(self) -> ConsentView | None:
        row = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection()
        return self._records[row] if selected and 0 <= row < len(self._records) else None

    def _withdraw_current(self) -> None:
        record = self.current_record()
        if record is not None and record.active:
            self.withdraw_requested.emit(record.id)

    def clear(self) -> None:
        self._records = []
        self.table.set_rows([])

    def show_detail(self, detail: CaseDetail) -> None:
        self._records = list(detail.consents)
        self.table.set_rows([self._row(c) for c in detail.consents])
        for row, consent in enumerate(detail.consents):
            item = self.table.item(row, RECORDED)
            if item is not None:
                item.setToolTip(local_time(consent.recorded_on))
            if not consent.active:
                self.table.mark_row(row, WITHDRAWN_FG, WITHDRAWN_BG)

    def _row(self, c: ConsentView) -> list[str]:
        recorded = self.tr("{when} by {who}").format(
            when=local_date(c.recorded_on), who=c.recorded_by
        )
        decision = labels.word(c.decision)
        if not c.active:  # kept, greyed: the history of consent is part of the record
            decision = self.tr("{decision}, withdrawn {when}").format(
                decision=decision, when=local_date(c.withdrawn_at)
            )
            if c.withdrawal_note:
                decision += f": {c.withdrawal_note}"
        return [
            c.person_name,
            labels.word(c.audience),
            labels.word(c.scope),
            decision,
            c.conditions,
            recorded,
        ]
