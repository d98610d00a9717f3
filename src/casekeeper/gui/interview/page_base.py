"""What every interview page shares: its answers as a plain dict (for the
draft), what stops the interview from being recorded, and a line saying so."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QWizardPage

from ..form_fields import hint_label, show_hint

if TYPE_CHECKING:
    from .wizard import InterviewWizard


class InterviewPage(QWizardPage):
    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.problem_label: QLabel = hint_label()
        self.problem_label.setAccessibleName(self.tr("What to fix on this page"))

    def interview(self) -> InterviewWizard:
        return self.wizard()  # type: ignore[return-value]

    def values(self) -> Any:
        raise NotImplementedError

    def set_values(self, values: Any) -> None:
        raise NotImplementedError

    def problems(self) -> list[str]:
        """What must be fixed before the interview can be recorded."""
        return []

    def validatePage(self) -> bool:
        wizard = self.interview()
        if wizard is not None and wizard.resuming:
            return True  # jumping back to where the interview was paused
        problems = self.problems()
        show_hint(self.problem_label, "\n".join(problems), error=True)
        return not problems

    def recheck(self) -> None:
        """After a refused Next: the message follows the fields as they are fixed."""
        if self.problem_label.isVisible():
            show_hint(self.problem_label, "\n".join(self.problems()), error=True)
