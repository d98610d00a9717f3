"""A caseworker sets how soon CaseKeeper locks, her language and the default
audience of exports; she copies the store's signing fingerprint for a lawyer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from casekeeper import paths
from casekeeper.gui import clipboard_guard
from casekeeper.gui.main_window import MainWindow
from casekeeper.gui.settings import Settings, app_settings
from casekeeper.gui.settings_dialog import SettingsDialog
from casekeeper.services import stores

pytestmark = pytest.mark.gui


def test_choices_are_kept_for_the_next_start(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    assert settings.auto_lock_seconds == 300  # 5 minutes unless chosen
    assert settings.language == "" and settings.export_audience == "public"
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.auto_lock_spin.value() == 5
    assert not dialog.restart_label.isVisibleTo(dialog)

    dialog.auto_lock_spin.setValue(12)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("kk"))
    assert dialog.restart_label.isVisibleTo(dialog)  # says: from the next start
    dialog.audience_combo.setCurrentIndex(dialog.audience_combo.findData("internal"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    again = Settings(tmp_path / "settings.ini")  # as read at the next start
    assert again.auto_lock_seconds == 12 * 60
    assert again.language == "kk"
    assert again.export_audience == "internal"
    text = (tmp_path / "settings.ini").read_text()
    assert "auto_lock_seconds=720" in text


def test_cancel_keeps_the_old_choices(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.auto_lock_spin.setValue(1)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert Settings(tmp_path / "settings.ini").auto_lock_seconds == 300


def test_hand_edited_nonsense_reads_as_the_default(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text(
        "[security]\nauto_lock_seconds=-5\n[interface]\nlanguage=klingon\n"
        "[export]\ndefault_audience=everyone\n"
    )
    settings = Settings(path)
    assert settings.auto_lock_seconds == 300
    assert settings.language == ""
    assert settings.export_audience == "public"


def test_the_app_keeps_its_settings_in_the_casekeeper_config_folder() -> None:
    # tests/conftest.py points CASEKEEPER_CONFIG_DIR at a temporary folder.
    assert app_settings().path == paths.config_dir() / "settings.ini"
    assert "casekeeper-home" in str(app_settings().path)


def test_signing_fingerprint_shown_and_copied_for_a_lawyer(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    store = unlocked.store
    assert store is not None
    expected = stores.signer_info(store).fingerprint
    dialog = unlocked.show_settings()
    qtbot.waitUntil(lambda: dialog.fingerprint != "", timeout=5_000)
    assert dialog.fingerprint_edit.text() == expected
    assert dialog.isVisible()

    dialog.copy_button.click()

    assert QGuiApplication.clipboard().text() == expected
    # A public fingerprint: not taken back after 30 s like case text.
    assert not clipboard_guard.guard().pending
    dialog.reject()


def test_locked_window_shows_no_fingerprint(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.show_settings()
    assert dialog.fingerprint == ""
    assert not dialog.copy_button.isEnabled()
    dialog.reject()


def test_settings_and_lock_are_reachable_by_keyboard(qtbot: QtBot, unlocked: MainWindow) -> None:
    assert unlocked.lock_action.shortcut() == QKeySequence("Ctrl+L")
    assert unlocked.settings_action.shortcut() == QKeySequence("Ctrl+,")
    menus = {a.text(): a.menu() for a in unlocked.menuBar().actions()}
    assert unlocked.settings_action in menus["&Edit"].actions()
    assert unlocked.passphrase_action in menus["&File"].actions()

    unlocked.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is unlocked)
    qtbot.keySequence(unlocked, QKeySequence("Ctrl+,"))
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SettingsDialog))
    dialog = QApplication.activeModalWidget()
    assert dialog is not None
    dialog.close()
