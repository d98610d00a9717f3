"""A new case, or a case's reference, title, summary, status and audience."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from casekeeper.services import cases
from casekeeper.services.views import CaseSummary
from casekeeper.store.vocab import Audience, CaseStatus

from .edit_commands import ChangeRecord, CreateRecord, EditSession, ServiceCommand
from .form_fields import EditorDialog, RequiredText, combo_value, form_row, vocab_combo


class CaseEditor(EditorDialog):
    def __init__(
        self, session: EditSession, case: CaseSummary | None = None, parent: QWidget | None = None
    ) -> None:
        title = (
            QCoreApplication.translate("CaseEditor", "Edit case {ref}").format(ref=case.ref)
            if case
            else QCoreApplication.translate("CaseEditor", "New case")
        )
        super().__init__(session, title, parent)
        self.case = case
        self.title_field = RequiredText(self.tr("A title"))
        self.title_field.edit.setPlaceholderText(
            self.tr("e.g. Alimnur Turganbay detained at the Dulata border crossing")
        )
        form_row(self.form, self.tr("&Title:"), self.title_field, self.title_field.edit)
        self.ref_edit = QLineEdit(case.ref if case else "")
        self.ref_edit.setPlaceholderText(self.tr("given automatically, e.g. CK-2025-0007"))
        form_row(self.form, self.tr("&Reference:"), self.ref_edit)
        self.status_combo = vocab_combo(CaseStatus, case.status if case else "open")
        form_row(self.form, self.tr("&Status:"), self.status_combo)
        self.sensitivity_combo = vocab_combo(Audience, case.sensitivity if case else "partners")
        self.sensitivity_combo.setToolTip(self.tr("The widest audience this case may reach"))
        form_row(self.form, self.tr("&May be shared with:"), self.sensitivity_combo)
        self.summary_edit = QPlainTextEdit(case.summary if case else "")
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setPlaceholderText(self.tr("What happened, in a few sentences"))
        form_row(self.form, self.tr("S&ummary:"), self.summary_edit)
        if case:
            self.title_field.setText(case.title)
        self.finish_layout()
        self.resize(620, 420)
        self.watch(self.title_field.changed)
        self.title_field.edit.setFocus()

    def insist(self) -> None:
        self.title_field.insist()

    def problems(self) -> list[str]:
        return [] if self.title_field.valid else [self.tr("Give the case a title.")]

    def values(self) -> dict[str, str]:
        return {
            "title": self.title_field.text(),
            "summary": self.summary_edit.toPlainText().strip(),
            "status": combo_value(self.status_combo),
            "sensitivity": combo_value(self.sensitivity_combo),
            "ref": self.ref_edit.text().strip(),
        }

    def command(self) -> ServiceCommand | None:
        after = self.values()
        if self.case is None:
            ref = after.pop("ref") or None
            return CreateRecord(
                self.session,
                self.tr("New case “{title}”").format(title=after["title"]),
                "case",
                lambda ctx: cases.new_case(ctx, ref=ref, **after),
            )
        c = self.case
        before = {
            "title": c.title,
            "summary": c.summary,
            "status": c.status,
            "sensitivity": c.sensitivity,
            "ref": c.ref,
        }
        if not after["ref"]:
            after["ref"] = c.ref
        forward = {k: v for k, v in after.items() if v != before[k]}
        if not forward:
            return None
        back = {k: before[k] for k in forward}
        return ChangeRecord(
            self.session,
            self.tr("Edit case {ref}").format(ref=c.ref),
            lambda ctx: cases.edit_case(ctx, c.id, **forward),
            lambda ctx: cases.edit_case(ctx, c.id, **back),
            c.id,
        )
