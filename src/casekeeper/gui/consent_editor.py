"""A consent decision: who, for which audience, about what, on what condition.

A decision is never overwritten: a new one is recorded beside the old, and
a withdrawal keeps the old decision, greyed, in the record.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from casekeeper.services import consent
from casekeeper.services.views import ConsentView, PersonView
from casekeeper.store.vocab import Audience, ConsentDecision, ConsentScope

from . import labels
from .edit_commands import ChangeRecord, CreateRecord, EditSession, ServiceCommand
from .form_fields import EditorDialog, combo_value, form_row, hint_label, show_hint, vocab_combo


class ConsentEditor(EditorDialog):
    def __init__(
        self,
        session: EditSession,
        case_id: str,
        people: list[PersonView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("ConsentEditor", "Record a consent decision"),
            parent,
        )
        self.case_id = case_id
        self.person_combo = QComboBox()
        for person in people:
            self.person_combo.addItem(person.display_name, person.id)
        form_row(self.form, self.tr("&Person:"), self.person_combo)
        self.audience_combo = vocab_combo(Audience, "partners")
        form_row(self.form, self.tr("&Who may see:"), self.audience_combo)
        self.scope_combo = vocab_combo(ConsentScope, "all")
        form_row(self.form, self.tr("&About:"), self.scope_combo)
        self.decision_combo = vocab_combo(ConsentDecision, "granted")
        form_row(self.form, self.tr("&Decision:"), self.decision_combo)
        self.conditions_edit = QLineEdit()
        self.conditions_edit.setPlaceholderText(self.tr("e.g. only if he is sentenced"))
        self.conditions_hint = hint_label()
        form_row(self.form, self.tr("&Condition:"), self.conditions_edit)
        self.form.addRow("", self.conditions_hint)
        self.decision_combo.currentIndexChanged.connect(self._check)
        self.conditions_edit.textChanged.connect(self._check)
        self.person_combo.currentIndexChanged.connect(self._check)
        self.finish_layout()
        self.resize(560, 320)
        self.watch(self.conditions_edit.textChanged, self.decision_combo.currentIndexChanged)
        self._check()

    def _problem(self) -> str:
        if self.person_combo.count() == 0:
            return self.tr("Add the person to the case first.")
        if (
            combo_value(self.decision_combo) == "conditional"
            and not self.conditions_edit.text().strip()
        ):
            return self.tr("A conditional consent needs its condition in words.")
        return ""

    def _check(self) -> None:
        problem = self._problem()
        conditional = combo_value(self.decision_combo) == "conditional"
        self.conditions_edit.setEnabled(conditional)
        if conditional and not problem:
            show_hint(
                self.conditions_hint,
                self.tr("Shared with {audience} only under this condition.").format(
                    audience=labels.word(combo_value(self.audience_combo))
                ),
                error=False,
            )
        else:
            show_hint(self.conditions_hint, problem, error=True)

    def problems(self) -> list[str]:
        problem = self._problem()
        return [problem] if problem else []

    def command(self) -> ServiceCommand | None:
        person = str(self.person_combo.currentData())
        audience = combo_value(self.audience_combo)
        scope = combo_value(self.scope_combo)
        decision = combo_value(self.decision_combo)
        conditions = self.conditions_edit.text().strip() if decision == "conditional" else ""
        case_id = self.case_id
        return CreateRecord(
            self.session,
            self.tr("Record consent of {name}").format(name=self.person_combo.currentText()),
            "consent",
            lambda ctx: consent.set_consent(
                ctx, person, audience, decision, scope=scope, conditions=conditions, case=case_id
            ),
            case_id,
        )


def withdraw_command(
    session: EditSession, record: ConsentView, note: str, case_id: str
) -> ServiceCommand:
    """The person takes a decision back; undo reinstates it."""
    return ChangeRecord(
        session,
        QCoreApplication.translate("ConsentEditor", "Withdraw consent of {name}").format(
            name=record.person_name
        ),
        lambda ctx: consent.withdraw_consent(ctx, record.id, note),
        lambda ctx: consent.reinstate_consent(ctx, record.id),
        case_id,
    )
