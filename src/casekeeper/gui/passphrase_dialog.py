"""Change the store's passphrase (File → Change passphrase…).

The same service as ``casekeeper passphrase change``
(``services.stores.change_passphrase``): the current passphrase unwraps the
master key, the new one wraps it again; only the key slot file is
rewritten, never the database, and the store may stay open meanwhile. Both
key derivations (Argon2id, about a second in all) run on a worker thread
while the dialog shows that it is busy.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casekeeper.crypto.argon2 import Argon2Params
from casekeeper.errors import CaseKeeperError
from casekeeper.services import stores

from .unlock_dialog import MIN_PASSPHRASE
from .worker import run_task

log = logging.getLogger(__name__)


class PassphraseDialog(QDialog):
    def __init__(
        self,
        store_path: Path,
        parent: QWidget | None = None,
        *,
        kdf_params: Argon2Params | None = None,
    ) -> None:
        super().__init__(parent)
        self.store_path = Path(store_path)
        self._kdf_params = kdf_params  # None: calibrated for this machine
        self._busy = False
        self.changed = False
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setAccessibleName(self.tr("Change passphrase"))
        self.setMinimumWidth(480)

        intro = QLabel(
            self.tr(
                "The new passphrase replaces the old one at once: the old passphrase will no "
                "longer open this store. Your recovery key keeps working. Use at least {n} "
                "characters; a few unrelated words are easy to remember and hard to guess."
            ).format(n=MIN_PASSPHRASE)
        )
        intro.setWordWrap(True)
        self.old_edit = _secret_field(self.tr("Current passphrase"))
        self.new_edit = _secret_field(self.tr("New passphrase"))
        self.confirm_edit = _secret_field(self.tr("Repeat the new passphrase"))
        for edit in (self.new_edit, self.confirm_edit):
            edit.textChanged.connect(self._check)
        self.old_edit.textChanged.connect(lambda: self._set_error(""))

        form = QFormLayout()
        for text, edit in (
            (self.tr("C&urrent passphrase:"), self.old_edit),
            (self.tr("&New passphrase:"), self.new_edit),
            (self.tr("&Repeat it:"), self.confirm_edit),
        ):
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, edit)

        self.check_label = QLabel()
        self.check_label.setWordWrap(True)
        self.check_label.setAccessibleName(self.tr("Passphrase check"))
        self.check_label.setStyleSheet("color: #b00020;")
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setAccessibleName(self.tr("Error"))
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()

        self.busy_label = QLabel(self.tr("Changing the passphrase…"))
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # key derivation reports no progress
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.busy_bar.setMaximumHeight(8)
        self.busy_label.hide()
        self.busy_bar.hide()

        self.buttons = QDialogButtonBox()
        self.ok_button = QPushButton(self.tr("&Change passphrase"))
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.check_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.old_edit.setFocus()

    def _problem(self) -> str:
        new, again = self.new_edit.text(), self.confirm_edit.text()
        if len(new) < MIN_PASSPHRASE:
            return self.tr("The new passphrase is too short: use at least {n} characters.").format(
                n=MIN_PASSPHRASE
            )
        if new != again:
            return self.tr("The two new passphrases do not match.")
        if new == self.old_edit.text():
            return self.tr("The new passphrase is the same as the current one.")
        return ""

    def _check(self) -> None:
        # Quiet until both new fields hold something.
        if self.new_edit.text() and self.confirm_edit.text():
            self.check_label.setText(self._problem())
        else:
            self.check_label.setText("")

    def _on_ok(self) -> None:
        if self._busy:
            return
        if not self.old_edit.text():
            self._set_error(self.tr("Type the current passphrase."))
            self.old_edit.setFocus()
            return
        problem = self._problem()
        if problem:
            self.check_label.setText(problem)
            self.new_edit.setFocus()
            return
        path, old, new = self.store_path, self.old_edit.text(), self.new_edit.text()
        params = self._kdf_params
        self._set_busy(True)
        run_task(
            lambda: stores.change_passphrase(path, old, new, kdf_params=params),
            self._done,
            owner=self,
        )

    def _done(self, _result: object, error: BaseException | None) -> None:
        self._set_busy(False)
        if error is not None:
            self.old_edit.clear()
            self.old_edit.setFocus()
            self._set_error(self._message(error))
            return
        for edit in (self.old_edit, self.new_edit, self.confirm_edit):
            edit.clear()
        self.changed = True
        self.accept()

    def _message(self, error: BaseException) -> str:
        if isinstance(error, CaseKeeperError):
            return error.message
        log.error("could not change the passphrase of %s", self.store_path, exc_info=error)
        first = str(error).splitlines()[0] if str(error) else type(error).__name__
        return self.tr("The passphrase was not changed: {error}").format(error=first)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            self._set_error("")
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)
        for widget in (self.old_edit, self.new_edit, self.confirm_edit):
            widget.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)

    @property
    def busy(self) -> bool:
        return self._busy

    def _set_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    @property
    def error_text(self) -> str:
        return "" if self.error_label.isHidden() else self.error_label.text()

    def reject(self) -> None:
        # The key slot is being rewritten: its result must land here.
        if self._busy:
            return
        super().reject()


def _secret_field(accessible_name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible_name)
    return edit
