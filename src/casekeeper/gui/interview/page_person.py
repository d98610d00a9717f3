"""The person the interview is about: every spelling of the name in every
script, with people already recorded under a like name shown beside them;
birth date as well as known, hometown, citizenships and papers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casekeeper.services.people import DocumentInput, NameInput
from casekeeper.services.views import PersonView
from casekeeper.store.vocab import PersonStatus

from .. import labels
from ..display import WARN_BG, WARN_BORDER, WARN_FG, esc
from ..form_fields import (
    MUTED,
    FuzzyDateField,
    combo_value,
    form_row,
    hint_label,
    set_combo,
    show_hint,
    vocab_combo,
)
from ..person_editor import DocumentRow, NameRow
from .matches_panel import MatchesPanel
from .page_base import InterviewPage


class PersonPage(InterviewPage):
    def __init__(self) -> None:
        super().__init__(
            self.tr("The missing or detained person"),
            self.tr(
                "Every spelling you hear or see, in every script: Latin, Cyrillic, Chinese, "
                "Arabic. People already recorded under a like name are shown on the right."
            ),
        )
        self.name_rows: list[NameRow] = []
        self.document_rows: list[DocumentRow] = []
        self.existing: tuple[str, str] | None = None  # id, label of a recorded person

        self.matches = MatchesPanel()
        self.matches.chosen.connect(self.use_existing)

        # Using a recorded person instead of a new record.
        self.existing_box = QFrame()
        self.existing_box.setObjectName("existing")
        self.existing_box.setStyleSheet(
            f"QFrame#existing {{ background: {WARN_BG}; border: 1px solid {WARN_BORDER}; }}"
            f" QLabel {{ color: {WARN_FG}; }}"
        )
        self.existing_label = QLabel()
        self.existing_label.setWordWrap(True)
        self.existing_label.setTextFormat(Qt.TextFormat.RichText)
        self.new_record_button = QPushButton(self.tr("Record a &new person instead"))
        self.new_record_button.clicked.connect(lambda: self.use_existing(None))
        line = QHBoxLayout(self.existing_box)
        line.addWidget(self.existing_label, 1)
        line.addWidget(self.new_record_button)
        self.existing_box.hide()

        left = QVBoxLayout()
        left.addWidget(self.existing_box)
        left.addWidget(self._build_names())
        left.addLayout(self._build_fields())
        left.addStretch(1)
        left.addWidget(self.problem_label)
        columns = QHBoxLayout(self)
        columns.addLayout(left, 3)
        columns.addWidget(self.matches, 2)
        self.add_name_row(None)

    # --- building -----------------------------------------------------------------------

    def _build_names(self) -> QWidget:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(box)
        outer.addWidget(QLabel(self.tr("<b>Names</b> — every spelling and script you know")))
        self.names_grid = QGridLayout()
        self.names_grid.setColumnStretch(0, 1)
        for column, text in enumerate(
            (self.tr("Name"), self.tr("Script"), self.tr("Language"), self.tr("Kind"))
        ):
            self.names_grid.addWidget(
                QLabel(f"<span style='color:{MUTED}'>{text}</span>"), 0, column
            )
        outer.addLayout(self.names_grid)
        self.add_name_button = QPushButton(self.tr("Add &another spelling"))
        self.add_name_button.clicked.connect(lambda: self.add_name_row(None, focus=True))
        self.names_hint = hint_label()
        row = QHBoxLayout()
        row.addWidget(self.add_name_button)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addWidget(self.names_hint)
        return box

    def _build_fields(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.status_combo = vocab_combo(PersonStatus, "detained")
        form_row(form, self.tr("&Status now:"), self.status_combo)
        self.birth_field = FuzzyDateField(accessible=self.tr("Birth date"))
        self.birth_field.changed.connect(self.recheck)
        form_row(form, self.tr("&Born:"), self.birth_field, self.birth_field.edit)
        self.hometown_edit = QLineEdit()
        self.hometown_edit.setPlaceholderText(self.tr("town or county, in any script"))
        form_row(form, self.tr("&Hometown:"), self.hometown_edit)
        self.gender_combo = QComboBox()
        self.gender_combo.setEditable(True)
        for text in ("", self.tr("female"), self.tr("male")):
            self.gender_combo.addItem(text)
        self.gender_combo.setMinimumWidth(160)
        form_row(form, self.tr("&Gender:"), self.gender_combo)
        self.occupation_edit = QLineEdit()
        self.occupation_edit.setPlaceholderText(self.tr("e.g. truck driver"))
        form_row(form, self.tr("&Occupation:"), self.occupation_edit)
        self.citizenship_edit = QLineEdit()
        self.citizenship_edit.setPlaceholderText(self.tr("e.g. Kazakhstan, China"))
        form_row(form, self.tr("&Citizenships:"), self.citizenship_edit)

        docs = QWidget()
        docs_layout = QVBoxLayout(docs)
        docs_layout.setContentsMargins(0, 0, 0, 0)
        self.documents_grid = QGridLayout()
        self.documents_grid.setColumnStretch(1, 1)
        docs_layout.addLayout(self.documents_grid)
        self.add_document_button = QPushButton(self.tr("Add &document"))
        self.add_document_button.clicked.connect(lambda: self.add_document_row(None))
        row = QHBoxLayout()
        row.addWidget(self.add_document_button)
        row.addStretch(1)
        docs_layout.addLayout(row)
        form_row(form, self.tr("Documents:"), docs, self.add_document_button)
        return form

    # --- names and documents ----------------------------------------------------------------

    def add_name_row(self, name: NameInput | None, *, focus: bool = False) -> NameRow:
        row = NameRow(self, name)  # type: ignore[arg-type]  # uses only tr()
        self.name_rows.append(row)
        for column, widget in enumerate(row.widgets()):
            self.names_grid.addWidget(widget, len(self.name_rows), column)
        row.text.textEdited.connect(self.matches.typed)
        row.text.textChanged.connect(self._names_changed)
        row.remove.clicked.connect(lambda: self.remove_name_row(row))
        if focus:
            row.text.setFocus()
        return row

    def remove_name_row(self, row: NameRow) -> None:
        if len(self.name_rows) == 1:
            row.text.clear()
            return
        self.name_rows.remove(row)
        for widget in row.widgets():
            self.names_grid.removeWidget(widget)
            widget.deleteLater()
        for index, other in enumerate(self.name_rows, start=1):
            for column, widget in enumerate(other.widgets()):
                self.names_grid.addWidget(widget, index, column)
        self._names_changed()

    def _names_changed(self) -> None:
        if any(r.text.text().strip() for r in self.name_rows):
            show_hint(self.names_hint, "", error=False)
        self.recheck()

    def add_document_row(self, doc: DocumentInput | None) -> DocumentRow:
        row = DocumentRow(self, doc)  # type: ignore[arg-type]  # uses only tr()
        self.document_rows.append(row)
        for column, widget in enumerate(row.widgets()):
            self.documents_grid.addWidget(widget, len(self.document_rows) - 1, column)
        row.remove.clicked.connect(lambda: self._remove_document_row(row))
        return row

    def _remove_document_row(self, row: DocumentRow) -> None:
        self.document_rows.remove(row)
        for widget in row.widgets():
            self.documents_grid.removeWidget(widget)
            widget.deleteLater()
        for index, other in enumerate(self.document_rows):
            for column, widget in enumerate(other.widgets()):
                self.documents_grid.addWidget(widget, index, column)

    # --- a recorded person ------------------------------------------------------------------

    def use_existing(self, person: PersonView | None) -> None:
        if person is None:
            self.existing = None
            self.existing_box.hide()
            return
        cases = ", ".join(
            f"{r['case_ref']} ({labels.word(r['kind'])})" for r in person.roles
        ) or self.tr("no case")
        self.existing = (person.id, person.display_name)
        self.existing_label.setText(
            self.tr(
                "Using the record of <b>{name}</b> (in {cases}). The names and details typed "
                "here are added to it; nothing recorded is overwritten."
            ).format(name=esc(person.display_name), cases=esc(cases))
        )
        self.existing_box.show()

    # --- answers -----------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {
            "existing_id": self.existing[0] if self.existing else "",
            "existing_label": self.existing[1] if self.existing else "",
            "names": [
                {
                    "text": r.text.text(),
                    "language": combo_value(r.language),
                    "kind": combo_value(r.kind),
                }
                for r in self.name_rows
            ],
            "status": combo_value(self.status_combo),
            "birth_date": self.birth_field.edit.text(),
            "hometown": self.hometown_edit.text(),
            "gender": self.gender_combo.currentText(),
            "occupation": self.occupation_edit.text(),
            "citizenships": self.citizenship_edit.text(),
            "documents": [
                {
                    "kind": combo_value(r.kind),
                    "number": r.number.text(),
                    "status": combo_value(r.status),
                }
                for r in self.document_rows
            ],
        }

    def set_values(self, values: dict[str, Any]) -> None:
        for row in list(self.name_rows[1:]):
            self.remove_name_row(row)
        names = values.get("names") or [{}]
        for index, name in enumerate(names):
            row = self.name_rows[0] if index == 0 else self.add_name_row(None)
            row.text.setText(name.get("text", ""))
            set_combo(row.language, name.get("language", ""))
            set_combo(row.kind, name.get("kind") or "legal")
        set_combo(self.status_combo, values.get("status") or "detained")
        self.birth_field.edit.setText(values.get("birth_date", ""))
        self.hometown_edit.setText(values.get("hometown", ""))
        self.gender_combo.setCurrentText(values.get("gender", ""))
        self.occupation_edit.setText(values.get("occupation", ""))
        self.citizenship_edit.setText(values.get("citizenships", ""))
        for doc_row in list(self.document_rows):
            self._remove_document_row(doc_row)
        for doc in values.get("documents", []):
            self.add_document_row(
                DocumentInput(
                    doc.get("kind") or "passport",
                    doc.get("number", ""),
                    status=doc.get("status") or "valid",
                )
            )
        if values.get("existing_id"):
            self.existing = (values["existing_id"], values.get("existing_label", ""))
            self.existing_label.setText(
                self.tr(
                    "Using the record of <b>{name}</b>. The names and details typed here "
                    "are added to it."
                ).format(name=esc(self.existing[1]))
            )
            self.existing_box.show()
        else:
            self.use_existing(None)

    def has_name(self) -> bool:
        return any(r.text.text().strip() for r in self.name_rows) or self.existing is not None

    def problems(self) -> list[str]:
        out = []
        if not self.has_name():
            out.append(
                self.tr("Give at least one name (it can be a description: “unknown driver”).")
            )
        if not self.birth_field.valid:
            out.append(self.tr("The birth date is not understood."))
        return out
