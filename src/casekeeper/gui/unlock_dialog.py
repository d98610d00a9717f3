"""Unlock a store, or create one where none exists yet.

Three pages: unlock (passphrase, or the recovery key instead), create
(passphrase twice) and, after creating, the recovery key shown once, which
the person must confirm they wrote down before going on. Key derivation is
deliberately slow (Argon2id, ~0.7 s), so it runs on a worker thread while
the dialog shows that it is busy. Failures appear inline as the error's own
message; the passphrase field is emptied after each failure.

The result is the open ``Store`` (``store`` after ``accepted``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casekeeper.crypto.argon2 import Argon2Params
from casekeeper.errors import CaseKeeperError
from casekeeper.services import stores
from casekeeper.store.store import Store

from .recovery_key_page import RecoveryKeyPage
from .worker import run_task

log = logging.getLogger(__name__)

MIN_PASSPHRASE = 8  # as errors.WeakPassphrase says

UNLOCK_PAGE, CREATE_PAGE, RECOVERY_PAGE = range(3)


class UnlockDialog(QDialog):
    unlocked = Signal(object)  # the open Store

    def __init__(
        self,
        store_path: Path,
        parent: QWidget | None = None,
        *,
        hint: str = "",
        kdf_params: Argon2Params | None = None,
    ) -> None:
        super().__init__(parent)
        self.store_path = Path(store_path)
        self.store: Store | None = None
        self._kdf_params = kdf_params  # None: calibrated for this machine
        self._busy = False
        self.setWindowTitle(self.tr("Unlock CaseKeeper"))
        self.setAccessibleName(self.tr("Unlock store"))
        self.setMinimumWidth(520)

        self.heading = QLabel()
        self.heading.setAccessibleName(self.tr("Step"))
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.path_label = QLabel(self.tr("Store: {path}").format(path=self.store_path))
        self.path_label.setWordWrap(True)
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setAccessibleName(self.tr("Store location"))
        self.hint_label = QLabel(hint)
        self.hint_label.setWordWrap(True)
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_label.setVisible(bool(hint))

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_unlock_page())
        self.pages.addWidget(self._build_create_page())
        self.recovery_page = RecoveryKeyPage()
        self.recovery_page.confirmed_changed.connect(self._update_ok_button)
        self.pages.addWidget(self.recovery_page)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setAccessibleName(self.tr("Error"))
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

        self.busy_label = QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # indeterminate: key derivation gives no progress
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.busy_bar.setMaximumHeight(8)
        for widget in (self.busy_label, self.busy_bar):
            widget.hide()

        self.buttons = QDialogButtonBox()
        self.ok_button = QPushButton()
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.path_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.pages)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._show_page(UNLOCK_PAGE if stores.store_exists(self.store_path) else CREATE_PAGE)

    # --- pages ---------------------------------------------------------------------

    def _build_unlock_page(self) -> QWidget:
        page = QWidget()
        self.passphrase_edit = _secret_field(self.tr("Passphrase"))
        self.use_recovery_box = QCheckBox(self.tr("Use recovery key instead"))
        self.use_recovery_box.toggled.connect(self._on_recovery_toggled)
        self.recovery_edit = QLineEdit()
        self.recovery_edit.setAccessibleName(self.tr("Recovery key"))
        self.recovery_edit.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.recovery_edit.setFont(_fixed_font())
        self.recovery_label = QLabel(self.tr("Recovery key:"))
        self.recovery_label.setBuddy(self.recovery_edit)
        self.passphrase_label = QLabel(self.tr("&Passphrase:"))
        self.passphrase_label.setBuddy(self.passphrase_edit)
        form = QFormLayout(page)
        form.setContentsMargins(0, 8, 0, 0)
        form.addRow(self.passphrase_label, self.passphrase_edit)
        form.addRow(self.recovery_label, self.recovery_edit)
        form.addRow("", self.use_recovery_box)
        self.recovery_label.hide()
        self.recovery_edit.hide()
        return page

    def _build_create_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "There is no store here yet. Choose a passphrase to create one: at least "
                "{n} characters; a few unrelated words are easy to remember and hard to guess."
            ).format(n=MIN_PASSPHRASE)
        )
        intro.setWordWrap(True)
        self.new_passphrase_edit = _secret_field(self.tr("New passphrase"))
        self.confirm_edit = _secret_field(self.tr("Repeat the passphrase"))
        self.create_message = QLabel()
        self.create_message.setWordWrap(True)
        self.create_message.setAccessibleName(self.tr("Passphrase check"))
        self.create_message.setStyleSheet("color: #b00020;")
        for edit in (self.new_passphrase_edit, self.confirm_edit):
            edit.textChanged.connect(self._check_new_passphrase)
        form = QFormLayout(page)
        form.setContentsMargins(0, 8, 0, 0)
        form.addRow(intro)
        form.addRow(self.tr("New passphrase:"), self.new_passphrase_edit)
        form.addRow(self.tr("Repeat it:"), self.confirm_edit)
        form.addRow(self.create_message)
        return page

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        texts = {
            UNLOCK_PAGE: (self.tr("Unlock the store"), self.tr("&Unlock")),
            CREATE_PAGE: (self.tr("Create a new store"), self.tr("&Create store")),
            RECOVERY_PAGE: (self.tr("Write down your recovery key"), self.tr("C&ontinue")),
        }
        heading, button = texts[page]
        self.heading.setText(heading)
        self.setWindowTitle(self.tr("CaseKeeper — {step}").format(step=heading))
        # Size the dialog to the page showing, not to the largest page.
        for index in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if index == page else QSizePolicy.Policy.Ignored
            widget = self.pages.widget(index)
            if widget is not None:
                widget.setSizePolicy(policy, policy)
        self.pages.adjustSize()
        self.adjustSize()
        self.ok_button.setText(button)
        self.cancel_button.setVisible(page != RECOVERY_PAGE)
        self._update_ok_button()
        focus = {
            UNLOCK_PAGE: self.passphrase_edit,
            CREATE_PAGE: self.new_passphrase_edit,
            RECOVERY_PAGE: self.recovery_page.written_down_box,
        }[page]
        focus.setFocus()

    @property
    def mode(self) -> str:
        """ "unlock", "create" or "recovery-key" (the page showing)."""
        return ("unlock", "create", "recovery-key")[self.pages.currentIndex()]

    # --- reacting to input ----------------------------------------------------------------

    def _on_recovery_toggled(self, use_key: bool) -> None:
        self.passphrase_label.setVisible(not use_key)
        self.passphrase_edit.setVisible(not use_key)
        self.recovery_label.setVisible(use_key)
        self.recovery_edit.setVisible(use_key)
        (self.recovery_edit if use_key else self.passphrase_edit).setFocus()
        self._set_error("")

    def _passphrase_problem(self) -> str:
        new, again = self.new_passphrase_edit.text(), self.confirm_edit.text()
        if len(new) < MIN_PASSPHRASE:
            return self.tr("The passphrase is too short: use at least {n} characters.").format(
                n=MIN_PASSPHRASE
            )
        if new != again:
            return self.tr("The two passphrases do not match.")
        return ""

    def _check_new_passphrase(self) -> None:
        # Say nothing until both fields hold something: a message while the
        # first field is still being typed only nags.
        if self.new_passphrase_edit.text() and self.confirm_edit.text():
            self.create_message.setText(self._passphrase_problem())
        else:
            self.create_message.setText("")
        self._update_ok_button()

    def _update_ok_button(self) -> None:
        if self._busy:
            self.ok_button.setEnabled(False)
        elif self.pages.currentIndex() == RECOVERY_PAGE:
            self.ok_button.setEnabled(self.recovery_page.confirmed)
        else:
            self.ok_button.setEnabled(True)

    def _on_ok(self) -> None:
        if self._busy:
            return
        page = self.pages.currentIndex()
        if page == UNLOCK_PAGE:
            self._unlock()
        elif page == CREATE_PAGE:
            self._create()
        elif self.recovery_page.confirmed:
            self._finish()

    # --- the work, off the GUI thread -------------------------------------------------------

    def _unlock(self) -> None:
        path = self.store_path
        if self.use_recovery_box.isChecked():
            key = self.recovery_edit.text().strip()
            if not key:
                self._set_error(self.tr("Type the recovery key."))
                return
            self._set_busy(self.tr("Unlocking with the recovery key…"))
            run_task(lambda: stores.open_store(path, recovery_key=key), self._opened, owner=self)
        else:
            passphrase = self.passphrase_edit.text()
            if not passphrase:
                self._set_error(self.tr("Type the passphrase."))
                return
            self._set_busy(self.tr("Unlocking…"))
            run_task(
                lambda: stores.open_store(path, passphrase=passphrase), self._opened, owner=self
            )

    def _opened(self, store: Store | None, error: BaseException | None) -> None:
        self._set_busy("")
        if error is not None or store is None:
            self.passphrase_edit.clear()
            self._set_error(self._message(error))
            use_key = self.use_recovery_box.isChecked()
            (self.recovery_edit if use_key else self.passphrase_edit).setFocus()
            return
        self.recovery_edit.clear()
        self.passphrase_edit.clear()
        self.store = store
        self._finish()

    def _create(self) -> None:
        problem = self._passphrase_problem()
        if problem:
            self.create_message.setText(problem)
            return
        path, passphrase = self.store_path, self.new_passphrase_edit.text()
        params = self._kdf_params
        self._set_busy(self.tr("Creating the store…"))
        run_task(
            lambda: stores.create_store(path, passphrase, kdf_params=params),
            self._created,
            owner=self,
        )

    def _created(self, new: stores.NewStore | None, error: BaseException | None) -> None:
        self._set_busy("")
        self.new_passphrase_edit.clear()
        self.confirm_edit.clear()
        if error is not None or new is None:
            self._set_error(self._message(error))
            self.new_passphrase_edit.setFocus()
            return
        self.store = new.store
        self.recovery_page.show_key(new.recovery_key)
        self.path_label.setText(self.tr("Store created at {path}").format(path=self.store_path))
        self._show_page(RECOVERY_PAGE)

    def _finish(self) -> None:
        self.recovery_page.clear()
        self.unlocked.emit(self.store)
        self.accept()

    # --- state ------------------------------------------------------------------------------

    def _set_busy(self, text: str) -> None:
        self._busy = bool(text)
        if self._busy:
            self._set_error("")
        self.busy_label.setText(text)
        self.busy_label.setVisible(self._busy)
        self.busy_bar.setVisible(self._busy)
        self.pages.setEnabled(not self._busy)
        self.cancel_button.setEnabled(not self._busy)
        self._update_ok_button()

    @property
    def busy(self) -> bool:
        return self._busy

    def _set_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _message(self, error: BaseException | None) -> str:
        if isinstance(error, CaseKeeperError):
            return error.message
        # Unexpected: a person gets one line; the details go to the log.
        log.error("could not open %s", self.store_path, exc_info=error)
        return self.tr("CaseKeeper could not open the store: {error}").format(
            error=str(error).splitlines()[0] if error and str(error) else type(error).__name__
        )

    def reject(self) -> None:
        # While a key derivation runs its result would have nowhere to go;
        # after creation the recovery key must be acknowledged first.
        if self._busy or self.pages.currentIndex() == RECOVERY_PAGE:
            return
        super().reject()

    @property
    def error_text(self) -> str:
        return "" if self.error_label.isHidden() else self.error_label.text()


def _secret_field(accessible_name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible_name)
    return edit


def _fixed_font() -> QFont:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
