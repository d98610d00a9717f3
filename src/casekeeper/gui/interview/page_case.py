"""First page: a paused interview to resume, and where this one goes (a new
case, or the case open in the window), when and where it takes place."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from casekeeper.store.vocab import CaseStatus

from ..display import WARN_BG, WARN_BORDER, WARN_FG, esc, local_time
from ..form_fields import FuzzyDateField, combo_value, form_row, set_combo, vocab_combo
from .page_base import InterviewPage


class CasePage(InterviewPage):
    resume_requested = Signal()
    discard_requested = Signal()

    def __init__(self) -> None:
        super().__init__(
            self.tr("Family interview"),
            self.tr(
                "Go through the pages with the family. Nothing is recorded until Finish; "
                "“Pause & close” keeps what was typed, encrypted in the store, for later."
            ),
        )
        self.open_case: tuple[str, str, str] | None = None  # id, ref, title

        # A paused interview.
        self.resume_box = QFrame()
        self.resume_box.setStyleSheet(
            f"QFrame#resume {{ background: {WARN_BG}; border: 1px solid {WARN_BORDER}; }}"
            f" QLabel {{ color: {WARN_FG}; }}"
        )
        self.resume_box.setObjectName("resume")
        self.resume_label = QLabel()
        self.resume_label.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("&Resume it"))
        self.resume_button.clicked.connect(self.resume_requested)
        self.discard_button = QPushButton(self.tr("&Discard it"))
        self.discard_button.clicked.connect(self.discard_requested)
        resume_line = QHBoxLayout(self.resume_box)
        resume_line.addWidget(self.resume_label, 1)
        resume_line.addWidget(self.resume_button)
        resume_line.addWidget(self.discard_button)
        self.resume_box.hide()

        # Where it goes.
        self.new_radio = QRadioButton(self.tr("Start a &new case"))
        self.open_radio = QRadioButton(self.tr("Add to the case open in the window"))
        self.new_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.new_radio)
        group.addButton(self.open_radio)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(
            self.tr("Left empty: made from the name and what happened")
        )
        self.title_edit.setAccessibleName(self.tr("Case title"))
        self.status_combo = vocab_combo(CaseStatus, "open", accessible=self.tr("Case status"))
        new_form = QFormLayout()
        new_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        new_form.setContentsMargins(24, 0, 0, 0)
        form_row(new_form, self.tr("&Title:"), self.title_edit)
        form_row(new_form, self.tr("&Status:"), self.status_combo)
        self.new_radio.toggled.connect(self._mode_changed)

        # The interview itself.
        self.date_field = FuzzyDateField(accessible=self.tr("Interview date"))
        self.date_field.set_value(date.today().isoformat())
        self.date_field.changed.connect(self.recheck)
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("e.g. Atajurt office, Almaty"))
        about = QFormLayout()
        form_row(about, self.tr("Interview &date:"), self.date_field, self.date_field.edit)
        form_row(about, self.tr("Interview &place:"), self.place_edit)

        layout = QVBoxLayout(self)
        layout.addWidget(self.resume_box)
        layout.addWidget(QLabel(self.tr("<b>Record this interview in</b>")))
        layout.addWidget(self.new_radio)
        layout.addLayout(new_form)
        layout.addWidget(self.open_radio)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("<b>The interview</b>")))
        layout.addLayout(about)
        layout.addStretch(1)
        layout.addWidget(self.problem_label)
        self.set_open_case(None)

    def set_open_case(self, case: tuple[str, str, str] | None) -> None:
        self.open_case = case
        if case is None:
            self.open_radio.setText(self.tr("Add to the case open in the window (none is open)"))
            self.open_radio.setEnabled(False)
            self.new_radio.setChecked(True)
        else:
            self.open_radio.setText(
                self.tr("Add to the case open in the window: {ref} — {title}").format(
                    ref=case[1], title=case[2]
                )
            )
            self.open_radio.setEnabled(True)

    def show_paused(self, label: str, saved_at: str, saved_by: str) -> None:
        who = label or self.tr("no name yet")
        self.resume_label.setText(
            self.tr("An interview about <b>{name}</b> was paused on {when} by {by}.").format(
                name=esc(who), when=esc(local_time(saved_at)), by=esc(saved_by)
            )
        )
        self.resume_label.setTextFormat(Qt.TextFormat.RichText)
        self.resume_box.show()

    def hide_paused(self) -> None:
        self.resume_box.hide()

    def _mode_changed(self) -> None:
        new = self.new_radio.isChecked()
        self.title_edit.setEnabled(new)
        self.status_combo.setEnabled(new)

    def values(self) -> dict[str, Any]:
        use_open = self.open_radio.isChecked() and self.open_case is not None
        return {
            "mode": "open" if use_open else "new",
            "case_id": self.open_case[0] if use_open and self.open_case else "",
            "case_ref": self.open_case[1] if use_open and self.open_case else "",
            "title": self.title_edit.text(),
            "status": combo_value(self.status_combo),
            "interviewed_on": self.date_field.edit.text(),
            "interview_place": self.place_edit.text(),
        }

    def set_values(self, values: dict[str, Any]) -> None:
        self.title_edit.setText(values.get("title", ""))
        set_combo(self.status_combo, values.get("status") or "open")
        if "interviewed_on" in values:
            self.date_field.edit.setText(values.get("interviewed_on", ""))
        self.place_edit.setText(values.get("interview_place", ""))
        if (
            values.get("mode") == "open"
            and self.open_case is not None
            and (values.get("case_id") == self.open_case[0])
        ):
            self.open_radio.setChecked(True)
        else:
            self.new_radio.setChecked(True)

    def problems(self) -> list[str]:
        if not self.date_field.valid:
            return [self.tr("The interview date is not understood.")]
        return []
