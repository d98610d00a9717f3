"""A source (testimony, article, official paper) and a claim it makes.

A claim ties one fact to the source that states it: "the wife's testimony
says the detention was on 22 July 2025". When two sources state different
values, the case shows the disagreement; nothing is overwritten.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casekeeper.errors import InvalidDate
from casekeeper.fuzzydate import parse
from casekeeper.services import claims
from casekeeper.services.views import CaseDetail, SourceView
from casekeeper.store.vocab import Reliability, SourceKind

from .display import DATE_FIELDS
from .edit_commands import ChangeRecord, CreateRecord, EditSession, ServiceCommand, Steps
from .form_fields import (
    EditorDialog,
    FuzzyDateField,
    RequiredText,
    combo_value,
    form_row,
    hint_label,
    show_hint,
    vocab_combo,
)

# What a claim is usually about, per kind of subject (any other field may be typed).
FIELDS = {
    "event": ["date", "place", "perpetrator", "reason", "amount"],
    "person": ["birth_date", "status", "hometown", "citizenship", "whereabouts"],
    "case": ["status", "summary"],
}


class SourceEditor(EditorDialog):
    def __init__(
        self,
        session: EditSession,
        detail: CaseDetail,
        source: SourceView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("SourceEditor", "Edit source")
            if source
            else QCoreApplication.translate("SourceEditor", "New source"),
            parent,
        )
        self.detail = detail
        self.case_id = detail.case.id
        self.source = source
        self.kind_combo = vocab_combo(SourceKind, source.kind if source else "testimony")
        form_row(self.form, self.tr("&Kind:"), self.kind_combo)
        self.title_field = RequiredText(self.tr("A title"))
        self.title_field.edit.setPlaceholderText(self.tr("e.g. Testimony of Guldariya"))
        form_row(self.form, self.tr("&Title:"), self.title_field, self.title_field.edit)
        self.author_edit = QLineEdit(source.author if source else "")
        form_row(self.form, self.tr("&By:"), self.author_edit)
        self.date_field = FuzzyDateField(accessible=self.tr("Date of the source"))
        form_row(self.form, self.tr("&Dated:"), self.date_field, self.date_field.edit)
        self.reliability_combo = vocab_combo(
            Reliability, source.reliability if source else "unknown"
        )
        form_row(self.form, self.tr("&Reliability:"), self.reliability_combo)
        self.url_edit = QLineEdit(source.url if source else "")
        self.url_edit.setPlaceholderText(self.tr("web address, if any (never opened here)"))
        form_row(self.form, self.tr("&Address:"), self.url_edit)
        self.content_edit = QPlainTextEdit(source.content if source else "")
        self.content_edit.setTabChangesFocus(True)
        self.content_edit.setPlaceholderText(self.tr("The testimony text, or notes on the article"))
        self.content_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        form_row(self.form, self.tr("C&ontent:"), self.content_edit)

        self.claim_box = QGroupBox(
            self.tr("It states (optional: add a claim)")
            if not source
            else self.tr("Add a claim it makes (optional)")
        )
        claim_form = QFormLayout(self.claim_box)
        self.subject_combo = QComboBox()
        self.subject_combo.addItem(self.tr("— no claim —"), "")
        for event in detail.events:
            label = f"{event.title} ({event.date_display})" if event.date_display else event.title
            self.subject_combo.addItem(
                self.tr("Event: {label}").format(label=label), f"event:{event.id}"
            )
        for person in detail.people:
            self.subject_combo.addItem(
                self.tr("Person: {name}").format(name=person.display_name), f"person:{person.id}"
            )
        self.subject_combo.addItem(self.tr("The case itself"), f"case:{self.case_id}")
        self.subject_combo.setAccessibleName(self.tr("What the claim is about"))
        claim_form.addRow(self.tr("A&bout:"), self.subject_combo)
        self.field_combo = QComboBox()
        self.field_combo.setEditable(True)
        self.field_combo.setAccessibleName(self.tr("Which fact"))
        claim_form.addRow(self.tr("&Fact:"), self.field_combo)
        self.value_edit = QLineEdit()
        self.value_edit.setAccessibleName(self.tr("What the source says"))
        self.value_edit.setPlaceholderText(self.tr("what the source says, e.g. 22 July 2025"))
        self.value_hint = hint_label()
        claim_form.addRow(self.tr("&Value:"), self.value_edit)
        claim_form.addRow("", self.value_hint)
        self.subject_combo.currentIndexChanged.connect(self._subject_changed)
        self.field_combo.currentTextChanged.connect(self._check_value)
        self.value_edit.textChanged.connect(self._check_value)
        self._subject_changed()
        if source:
            self.title_field.setText(source.title)
            self.date_field.set_value(source.date)
        main = QVBoxLayout()
        main.addLayout(self.form)
        main.addWidget(self.claim_box)
        self.finish_layout(main)
        self.resize(640, 620)
        self.watch(
            self.title_field.changed,
            self.date_field.changed,
            self.value_edit.textChanged,
            self.subject_combo.currentIndexChanged,
        )
        self.kind_combo.setFocus()

    def subject(self) -> tuple[str, str] | None:
        """(kind, id) of what the claim is about; None for no claim."""
        data = str(self.subject_combo.currentData() or "")
        if not data:
            return None
        kind, _, ident = data.partition(":")
        return kind, ident

    def _subject_changed(self) -> None:
        subject = self.subject()
        self.field_combo.clear()
        enabled = subject is not None
        if enabled:
            self.field_combo.addItems(FIELDS.get(subject[0], []))
        self.field_combo.setEnabled(enabled)
        self.value_edit.setEnabled(enabled)
        self._check_value()

    def _claim_problem(self) -> str:
        if self.subject() is None:
            return ""
        field = self.field_combo.currentText().strip()
        value = self.value_edit.text().strip()
        if not field:
            return self.tr("Say which fact the source states.")
        if not value:
            return self.tr("Say what the source states (or choose “no claim”).")
        if field in DATE_FIELDS or field.endswith("_date"):
            try:
                parse(value)
            except InvalidDate:
                return self.tr(
                    "Not a date CaseKeeper understands. Try: 22 July 2025, July 2025, c. 1979."
                )
        return ""

    def _check_value(self) -> None:
        problem = self._claim_problem()
        touched = bool(self.value_edit.text().strip())
        show_hint(self.value_hint, problem if touched else "", error=True)
        date_field = self.field_combo.currentText().strip() in DATE_FIELDS
        if self.subject() is not None and not problem and touched and date_field:
            show_hint(
                self.value_hint, "→ " + parse(self.value_edit.text().strip()).display(), error=False
            )

    def insist(self) -> None:
        self.title_field.insist()
        problem = self._claim_problem()
        show_hint(self.value_hint, problem, error=bool(problem))

    def problems(self) -> list[str]:
        out = []
        if not self.title_field.valid:
            out.append(self.tr("Give the source a title."))
        if not self.date_field.valid:
            out.append(self.tr("The source's date is not understood."))
        problem = self._claim_problem()
        if problem:
            out.append(problem)
        return out

    def values(self) -> dict[str, str | None]:
        return {
            "kind": combo_value(self.kind_combo),
            "title": self.title_field.text(),
            "author": self.author_edit.text().strip(),
            "date": self.date_field.value(),
            "reliability": combo_value(self.reliability_combo),
            "url": self.url_edit.text().strip(),
            "content": self.content_edit.toPlainText(),
        }

    def claim(self) -> tuple[str, str, str, str] | None:
        subject = self.subject()
        if subject is None:
            return None
        value = self.value_edit.text().strip()
        field = self.field_combo.currentText().strip()
        if field in DATE_FIELDS or field.endswith("_date"):
            value = str(parse(value))
        return subject[0], subject[1], field, value

    def command(self) -> ServiceCommand | None:
        after = self.values()
        claim = self.claim()
        case_id = self.case_id
        steps: list[ServiceCommand] = []
        if self.source is None:
            created = CreateRecord(
                self.session,
                "",
                "source",
                lambda ctx: claims.add_source(
                    ctx,
                    case_id,
                    after["kind"] or "",
                    after["title"] or "",
                    author=after["author"] or "",
                    date=after["date"],
                    url=after["url"] or "",
                    reliability=after["reliability"] or "unknown",
                    content=after["content"] or "",
                ),
                case_id,
            )
            steps.append(created)
            source_id = lambda: created.record_id  # noqa: E731 - known once created
        else:
            s = self.source
            before: dict[str, str | None] = {
                "kind": s.kind,
                "title": s.title,
                "author": s.author,
                "date": s.date,
                "reliability": s.reliability,
                "url": s.url,
                "content": s.content,
            }
            forward = {k: v for k, v in after.items() if v != before[k]}
            if forward:
                back = {k: before[k] for k in forward}
                steps.append(
                    ChangeRecord(
                        self.session,
                        "",
                        lambda ctx: claims.edit_source(ctx, s.id, **forward),
                        lambda ctx: claims.edit_source(ctx, s.id, **back),
                        case_id,
                    )
                )
            source_id = lambda: s.id  # noqa: E731
        if claim is not None:
            kind, subject, field, value = claim
            steps.append(
                CreateRecord(
                    self.session,
                    "",
                    "claim",
                    lambda ctx: claims.add_claim(ctx, source_id(), kind, subject, field, value),
                    case_id,
                )
            )
        if not steps:
            return None
        text = (
            self.tr("Add source “{title}”")
            if self.source is None
            else self.tr("Edit source “{title}”")
        ).format(title=after["title"])
        return Steps(self.session, text, steps, case_id)
