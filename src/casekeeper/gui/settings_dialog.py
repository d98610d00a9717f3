"""Settings (Edit → Settings…, Ctrl+,): auto-lock time, language, default
export audience, and the store's signing identity with a copy button.

Saved in ``settings.Settings`` on OK. The auto-lock time applies at once; a
new language from the next start (the dialog says so): every window builds
its texts once, when it is made.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casekeeper.services import stores
from casekeeper.store.store import Store

from . import labels
from .settings import AUDIENCES, MAX_AUTO_LOCK_MINUTES, Settings
from .worker import run_task

# Each language named in itself: a person who cannot read the current
# interface language must still find their own.
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}


class SettingsDialog(QDialog):
    def __init__(
        self, settings: Settings, store: Store | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.setMinimumWidth(560)

        # --- security
        self.auto_lock_spin = QSpinBox()
        self.auto_lock_spin.setRange(1, MAX_AUTO_LOCK_MINUTES)
        self.auto_lock_spin.setSuffix(self.tr(" min"))
        self.auto_lock_spin.setAccessibleName(self.tr("Lock after minutes without use"))
        self.auto_lock_spin.setValue(settings.auto_lock_minutes)
        lock_help = QLabel(
            self.tr(
                "CaseKeeper also locks when the computer goes to sleep or its screen locks. "
                "Copied names and texts leave the clipboard after 30 seconds."
            )
        )
        lock_help.setWordWrap(True)

        # --- language
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.addItem(self.tr("System language"), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))
        self.restart_label = QLabel(
            self.tr("The new language is used from the next start of CaseKeeper.")
        )
        self.restart_label.setWordWrap(True)
        self.restart_label.setVisible(False)
        self.language_combo.currentIndexChanged.connect(
            lambda: self.restart_label.setVisible(self.language != settings.language)
        )

        # --- export
        self.audience_combo = QComboBox()
        self.audience_combo.setAccessibleName(self.tr("Default export audience"))
        for audience in AUDIENCES:
            self.audience_combo.addItem(labels.word(audience), audience)
        self.audience_combo.setCurrentIndex(
            max(0, self.audience_combo.findData(settings.export_audience))
        )

        # --- signing identity
        self.fingerprint_edit = QLineEdit()
        self.fingerprint_edit.setReadOnly(True)
        self.fingerprint_edit.setAccessibleName(self.tr("Signer fingerprint"))
        self.fingerprint_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_button = QPushButton(self.tr("Cop&y"))
        self.copy_button.setAccessibleName(self.tr("Copy the signer fingerprint"))
        self.copy_button.setToolTip(self.tr("Copy the fingerprint to give it to a lawyer"))
        self.copy_button.clicked.connect(self.copy_fingerprint)
        signer_help = QLabel(
            self.tr(
                "This store signs every bundle it exports. Give this fingerprint to the people "
                "who receive them (in person, or by a second channel) so they can check that a "
                "bundle comes from you."
            )
        )
        signer_help.setWordWrap(True)

        # Wrapped help text goes below each group's form, not into it: a
        # QFormLayout row does not grow with a wrapped label and cuts it off.
        security, security_form = _group(self.tr("Security"), lock_help)
        security_form.addRow(
            self._label(self.tr("&Lock after:"), self.auto_lock_spin), self.auto_lock_spin
        )
        interface, interface_form = _group(self.tr("Interface"), self.restart_label)
        interface_form.addRow(
            self._label(self.tr("Lan&guage:"), self.language_combo), self.language_combo
        )
        export, export_form = _group(self.tr("Export"), None)
        export_form.addRow(
            self._label(self.tr("Default &audience:"), self.audience_combo), self.audience_combo
        )

        signing = QGroupBox(self.tr("Signing identity"))
        signing_layout = QVBoxLayout(signing)
        line = QHBoxLayout()
        line.addWidget(self._label(self.tr("&Fingerprint:"), self.fingerprint_edit))
        line.addWidget(self.fingerprint_edit, 1)
        line.addWidget(self.copy_button)
        signing_layout.addLayout(line)
        signing_layout.addWidget(signer_help)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for group in (security, interface, export, signing):
            layout.addWidget(group)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._show_signer(store)

    def showEvent(self, event: QShowEvent) -> None:
        # A dialog does not grow to fit wrapped text (Qt applies
        # height-for-width inside layouts, not to windows): once the labels
        # have their width, give each the height its lines need.
        super().showEvent(event)
        for label in self.findChildren(QLabel):
            if label.wordWrap() and label.width() > 0:
                label.setMinimumHeight(label.heightForWidth(label.width()))
        layout = self.layout()
        if layout is not None:
            layout.activate()
            self.resize(self.width(), max(self.height(), layout.minimumSize().height()))

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # --- signing identity -------------------------------------------------------------

    def _show_signer(self, store: Store | None) -> None:
        self.copy_button.setEnabled(False)
        if store is None:
            self.fingerprint_edit.setText(self.tr("Unlock the store to see it"))
            return
        self.fingerprint_edit.setText("…")

        def done(fingerprint: str | None, error: BaseException | None) -> None:
            if error is not None or not fingerprint:
                self.fingerprint_edit.setText(self.tr("unknown"))
                return
            self.fingerprint_edit.setText(fingerprint)
            self.fingerprint_edit.setCursorPosition(0)
            self.copy_button.setEnabled(True)

        run_task(lambda: stores.signer_info(store).fingerprint, done, owner=self)

    @property
    def fingerprint(self) -> str:
        return self.fingerprint_edit.text() if self.copy_button.isEnabled() else ""

    def copy_fingerprint(self) -> None:
        """The fingerprint is public (it is printed in every bundle): a plain
        copy, not cleared like case text."""
        if self.fingerprint:
            QGuiApplication.clipboard().setText(self.fingerprint)
            self.copy_button.setText(self.tr("Copied"))

    # --- values -----------------------------------------------------------------------

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData() or "")

    def accept(self) -> None:
        self.settings.auto_lock_seconds = self.auto_lock_spin.value() * 60
        self.settings.language = self.language
        self.settings.export_audience = str(self.audience_combo.currentData())
        super().accept()


def _group(title: str, help_label: QLabel | None) -> tuple[QGroupBox, QFormLayout]:
    group = QGroupBox(title)
    layout = QVBoxLayout(group)
    form = QFormLayout()
    layout.addLayout(form)
    if help_label is not None:
        layout.addWidget(help_label)
    return group, form
