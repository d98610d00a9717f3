"""What happened: a detention, a disappearance; when (as well as the family
knows it), where, who did it, and the reason they gave."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout

from casekeeper.store.vocab import EventKind

from ..form_fields import FuzzyDateField, combo_value, form_row, set_combo, vocab_combo
from .page_base import InterviewPage


class EventPage(InterviewPage):
    def __init__(self) -> None:
        super().__init__(
            self.tr("What happened"),
            self.tr(
                "A date as well as it is known is enough: “July 2025”, “22 or 23 July 2025”, "
                "“c. 2018”. Leave empty what the family does not know."
            ),
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.kind_combo = vocab_combo(EventKind, "detention")
        form_row(form, self.tr("&What:"), self.kind_combo)
        self.date_field = FuzzyDateField(accessible=self.tr("When it happened"))
        self.date_field.changed.connect(self.recheck)
        form_row(form, self.tr("W&hen:"), self.date_field, self.date_field.edit)
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("e.g. Khorgos border crossing, in any script"))
        form_row(form, self.tr("W&here:"), self.place_edit)
        self.authority_edit = QLineEdit()
        self.authority_edit.setPlaceholderText(
            self.tr("who took him or her, e.g. Ili border police")
        )
        form_row(form, self.tr("&By whom:"), self.authority_edit)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("the reason the authorities gave, if any"))
        form_row(form, self.tr("&Reason given:"), self.reason_edit)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(
            self.tr("What the family knows of what happened, in their words")
        )
        form_row(form, self.tr("&Details:"), self.description_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.problem_label)

    def values(self) -> dict[str, Any]:
        return {
            "kind": combo_value(self.kind_combo),
            "date": self.date_field.edit.text(),
            "place": self.place_edit.text(),
            "authority": self.authority_edit.text(),
            "reason": self.reason_edit.text(),
            "description": self.description_edit.toPlainText(),
        }

    def set_values(self, values: dict[str, Any]) -> None:
        set_combo(self.kind_combo, values.get("kind") or "detention")
        self.date_field.edit.setText(values.get("date", ""))
        self.place_edit.setText(values.get("place", ""))
        self.authority_edit.setText(values.get("authority", ""))
        self.reason_edit.setText(values.get("reason", ""))
        self.description_edit.setPlainText(values.get("description", ""))

    def problems(self) -> list[str]:
        if not self.date_field.valid:
            return [self.tr("The date of what happened is not understood.")]
        return []
