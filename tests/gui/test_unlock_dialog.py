"""The unlock / create dialog: every failure said in words, in place."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from gui_sample_case import SampleStore
from pytestqt.qtbot import QtBot

from casekeeper.crypto.argon2 import MINIMUM
from casekeeper.gui.unlock_dialog import UnlockDialog
from casekeeper.services import stores
from casekeeper.store.store import Store

pytestmark = pytest.mark.gui


def make_dialog(qtbot: QtBot, path: Path) -> UnlockDialog:
    dialog = UnlockDialog(path, kdf_params=MINIMUM)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_first_run_creates_a_store_and_shows_the_recovery_key_once(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "new-store"
    dialog = make_dialog(qtbot, path)
    assert dialog.mode == "create"
    assert str(path) in dialog.path_label.text()

    dialog.new_passphrase_edit.setText("short")
    dialog.confirm_edit.setText("short")
    assert "at least 8 characters" in dialog.create_message.text()
    dialog.new_passphrase_edit.setText("три слова пароль")  # non-ASCII passphrases work
    dialog.confirm_edit.setText("три слова парол")
    assert "do not match" in dialog.create_message.text()
    dialog.ok_button.click()
    assert dialog.mode == "create" and not dialog.busy  # refused before any work

    dialog.confirm_edit.setText("три слова пароль")
    assert dialog.create_message.text() == ""
    received: list[Store] = []
    dialog.unlocked.connect(received.append)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.mode == "recovery-key", timeout=10_000)

    key = dialog.recovery_page.key_label.text()
    assert len(re.findall(r"\b[A-Z0-9]{4}\b", key)) == 14
    assert not dialog.ok_button.isEnabled()  # not before "I have written it down"
    dialog.reject()  # Escape does not skip the recovery key either
    assert dialog.isVisible()
    dialog.recovery_page.written_down_box.setChecked(True)
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()

    assert received and received[0] is dialog.store
    assert dialog.result() == UnlockDialog.DialogCode.Accepted
    assert dialog.recovery_page.key_label.text() == ""
    received[0].close()
    # the key that was shown really opens the store
    stores.open_store(path, recovery_key=key).close()
    stores.open_store(path, passphrase="три слова пароль").close()


def test_store_open_elsewhere_is_reported_in_words(qtbot: QtBot, sample_store: SampleStore) -> None:
    held = stores.open_store(sample_store.path, passphrase=sample_store.passphrase)
    try:
        dialog = make_dialog(qtbot, sample_store.path)
        dialog.passphrase_edit.setText(sample_store.passphrase)
        dialog.ok_button.click()
        assert dialog.busy and not dialog.ok_button.isEnabled()
        qtbot.waitUntil(lambda: "open in another CaseKeeper" in dialog.error_text)
        assert not dialog.busy
        assert dialog.passphrase_edit.text() == ""
        assert dialog.isVisible()
    finally:
        held.close()


def test_damaged_key_file_is_reported_in_words(qtbot: QtBot, sample_store: SampleStore) -> None:
    (sample_store.path / "keyslots.json").write_text("{ not json")
    dialog = make_dialog(qtbot, sample_store.path)
    dialog.passphrase_edit.setText(sample_store.passphrase)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "damaged" in dialog.error_text)
    assert "Traceback" not in dialog.error_text


def test_a_mistyped_recovery_key_is_explained(qtbot: QtBot, sample_store: SampleStore) -> None:
    dialog = make_dialog(qtbot, sample_store.path)
    dialog.use_recovery_box.setChecked(True)
    dialog.recovery_edit.setText("AAAA-BBBB")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "not a valid recovery key" in dialog.error_text)
    assert dialog.recovery_edit.text() == "AAAA-BBBB"  # kept to correct the typo


def test_empty_passphrase_asks_for_one_without_working(
    qtbot: QtBot, sample_store: SampleStore
) -> None:
    dialog = make_dialog(qtbot, sample_store.path)
    dialog.ok_button.click()
    assert dialog.error_text == "Type the passphrase."
    assert not dialog.busy
