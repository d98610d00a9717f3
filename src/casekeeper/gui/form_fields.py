"""What every editor dialog shares: fields that check what is typed as it is
typed and say why a value is refused, right under the field (a fuzzy date,
a required text, a choice of the store's words), and the dialog frame that
saves through the edit session off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casekeeper import fuzzydate
from casekeeper.errors import InvalidDate
from casekeeper.store.vocab import choices

from . import labels
from .display import ALERT_FG
from .edit_commands import EditSession, ServiceCommand, error_text

MUTED = "#555555"


def hint_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


def show_hint(label: QLabel, text: str, *, error: bool) -> None:
    label.setText(text)
    label.setStyleSheet(f"color: {ALERT_FG if error else MUTED};")
    label.setVisible(bool(text))


class FuzzyDateField(QWidget):
    """A date as well as it is known: "July 2025", "c. 1979", "2025-07-22 or 23".

    Under the field: how it was understood ("→ 22–23 July 2025"), or, for
    nonsense, a hint with examples. ``day_only`` asks for one day (a due date).
    """

    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, day_only: bool = False, accessible: str = ""
    ) -> None:
        super().__init__(parent)
        self.day_only = day_only
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(
            self.tr("e.g. 22 July 2025") if day_only else self.tr("e.g. July 2025, c. 1979")
        )
        if accessible:
            self.edit.setAccessibleName(accessible)
        self.hint = hint_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        self._value: fuzzydate.FuzzyDate | None = None
        self._error = ""
        self.edit.textChanged.connect(self._check)

    def set_value(self, stored: str | None) -> None:
        """Show a stored date (canonical text) as a person reads it."""
        if not stored:
            self.edit.clear()
        else:
            try:
                self.edit.setText(fuzzydate.parse(stored).display())
            except InvalidDate:
                self.edit.setText(stored)
        self._check()

    def _check(self) -> None:
        text = self.edit.text().strip()
        self._value, self._error = None, ""
        if text:
            try:
                value = fuzzydate.parse(text)
            except InvalidDate:
                self._error = self.tr(
                    "Not a date CaseKeeper understands. Try: 2025, July 2025, 22 July 2025, "
                    "22.07.2025, 2025-07-22 or 23, c. 1979."
                )
            else:
                if self.day_only and (value.precision != "day" or value.end or value.circa):
                    self._error = self.tr("A due date needs one day, e.g. 22 July 2025.")
                else:
                    self._value = value
        if self._error:
            show_hint(self.hint, self._error, error=True)
        elif self._value is not None:
            show_hint(self.hint, "→ " + self._value.display(), error=False)
        else:
            show_hint(self.hint, "", error=False)
        self.changed.emit()

    @property
    def valid(self) -> bool:
        return not self._error

    @property
    def error(self) -> str:
        return self._error

    def value(self) -> str | None:
        """The canonical text to store, None when empty (or not valid)."""
        return str(self._value) if self._value is not None else None

    def iso_day(self) -> str | None:
        return self._value.start if self._value is not None else None


class RequiredText(QWidget):
    """A line that must not be empty; says so under itself once touched."""

    changed = Signal()

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what
        self.edit = QLineEdit()
        self.edit.setAccessibleName(what)
        self.hint = hint_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        self._touched = False
        self.edit.textEdited.connect(self._on_edit)

    def _on_edit(self) -> None:
        self._touched = True
        self.refresh()

    def refresh(self) -> None:
        message = self.tr("{what} is needed.").format(what=self.what) if not self.valid else ""
        show_hint(self.hint, message if self._touched else "", error=True)
        self.changed.emit()

    def insist(self) -> None:
        """Show the hint even if nothing was typed yet (on Save)."""
        self._touched = True
        self.refresh()

    @property
    def valid(self) -> bool:
        return bool(self.edit.text().strip())

    def text(self) -> str:
        return self.edit.text().strip()

    def setText(self, text: str) -> None:
        self.edit.setText(text)


def vocab_combo(
    enum: type[StrEnum] | Iterable[str], current: str | None = None, *, accessible: str = ""
) -> QComboBox:
    """A choice among the store's words, shown in the user's language."""
    combo = QComboBox()
    values = choices(enum) if isinstance(enum, type) else list(enum)
    for value in values:
        combo.addItem(labels.word(value), value)
    if current is not None:
        set_combo(combo, current)
    if accessible:
        combo.setAccessibleName(accessible)
    return combo


def set_combo(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def combo_value(combo: QComboBox) -> str:
    return str(combo.currentData())


class EditorDialog(QDialog):
    """The frame of every editor: a form, an error line, Save and Cancel.

    Subclasses fill ``self.form``, say in ``problems()`` what stops saving
    (each field also shows it under itself) and build the command in
    ``command()``; Save runs it through the edit session off the GUI thread
    and closes the dialog once it is stored.
    """

    saved = Signal(object)  # what the service returned

    def __init__(self, session: EditSession, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.error_label = hint_label()
        self.error_label.setAccessibleName(self.tr("Why it was not saved"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.busy = False
        self._refused = False
        self.result_value: Any = None
        self.body = QVBoxLayout(self)

    def finish_layout(self, main: QLayout | None = None) -> None:
        self.body.addLayout(main if main is not None else self.form)
        self.body.addStretch(1)
        self.body.addWidget(self.error_label)
        self.body.addWidget(self.buttons)

    # --- what subclasses provide --------------------------------------------------

    def problems(self) -> list[str]:
        return []

    def command(self) -> ServiceCommand | None:
        raise NotImplementedError

    def insist(self) -> None:
        """Show every field's hint (called when Save is pressed too early)."""

    # --- saving -----------------------------------------------------------------------

    def revalidate(self) -> None:
        """After a refused Save: the message follows the fields as they are fixed."""
        if self._refused:
            problems = self.problems()
            show_hint(self.error_label, "\n".join(problems), error=True)
            self._refused = bool(problems)

    def watch(self, *signals: Any) -> None:
        for signal in signals:
            signal.connect(self.revalidate)

    def save(self) -> None:
        if self.busy:
            return
        problems = self.problems()
        if problems:
            self.insist()
            self._refused = True
            show_hint(self.error_label, "\n".join(problems), error=True)
            return
        command = self.command()
        if command is None:  # nothing changed
            self.accept()
            return
        self._set_busy(True)
        show_hint(self.error_label, self.tr("Saving…"), error=False)
        self.session.submit(command, self._saved, owner=self)

    def _saved(self, result: Any, error: BaseException | None) -> None:
        self._set_busy(False)
        if error is not None:
            show_hint(
                self.error_label,
                self.tr("Not saved: {error}").format(error=error_text(error)),
                error=True,
            )
            return
        show_hint(self.error_label, "", error=False)
        self.result_value = result
        self.saved.emit(result)
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.save_button.setEnabled(not busy)


def form_row(form: QFormLayout, label: str, field: QWidget, buddy: QWidget | None = None) -> None:
    """A labelled row whose label gives the field its keyboard shortcut and name."""
    text = QLabel(label)
    text.setBuddy(buddy or field)
    form.addRow(text, field)
    target = buddy or field
    if not target.accessibleName():
        target.setAccessibleName(label.replace("&", "").rstrip(":"))


def on_change(callback: Callable[[], None], *signals: Any) -> None:
    for signal in signals:
        signal.connect(callback)


def button_bar(*buttons: QWidget) -> QHBoxLayout:
    """The Add…/Edit… buttons above a case tab's list."""
    bar = QHBoxLayout()
    bar.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        bar.addWidget(button)
    bar.addStretch(1)
    return bar
