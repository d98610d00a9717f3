"""A caseworker changes the store's passphrase: afterwards the old one no
longer opens the store and the new one does."""

from __future__ import annotations

import pytest
from gui_sample_case import SampleStore
from pytestqt.qtbot import QtBot

from casekeeper.crypto.argon2 import MINIMUM
from casekeeper.errors import CaseKeeperError
from casekeeper.gui import worker
from casekeeper.gui.main_window import MainWindow
from casekeeper.gui.passphrase_dialog import PassphraseDialog
from casekeeper.services import stores

pytestmark = pytest.mark.gui

NEW = "зелёный чай в Алматы"


def fill(dialog: PassphraseDialog, old: str, new: str, again: str | None = None) -> None:
    dialog.old_edit.setText(old)
    dialog.new_edit.setText(new)
    dialog.confirm_edit.setText(new if again is None else again)


def test_after_the_change_only_the_new_passphrase_opens_the_store(
    qtbot: QtBot, sample_store: SampleStore
) -> None:
    dialog = PassphraseDialog(sample_store.path, kdf_params=MINIMUM)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, sample_store.passphrase, NEW)

    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
        assert dialog.busy and dialog.busy_bar.isVisible()  # the KDF runs off the GUI thread
        assert not dialog.ok_button.isEnabled()

    assert dialog.changed
    with pytest.raises(CaseKeeperError):
        stores.open_store(sample_store.path, passphrase=sample_store.passphrase)
    store = stores.open_store(sample_store.path, passphrase=NEW)
    store.close()


def test_wrong_current_passphrase_is_refused_and_nothing_changes(
    qtbot: QtBot, sample_store: SampleStore
) -> None:
    dialog = PassphraseDialog(sample_store.path, kdf_params=MINIMUM)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, "not the passphrase", NEW)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)

    assert dialog.error_text
    assert dialog.isVisible() and not dialog.changed
    assert dialog.old_edit.text() == ""
    store = stores.open_store(sample_store.path, passphrase=sample_store.passphrase)
    store.close()


def test_mismatch_and_short_passphrases_are_explained_before_any_work(
    qtbot: QtBot, sample_store: SampleStore
) -> None:
    dialog = PassphraseDialog(sample_store.path, kdf_params=MINIMUM)
    qtbot.addWidget(dialog)
    fill(dialog, sample_store.passphrase, NEW, "something else entirely")
    assert "do not match" in dialog.check_label.text()
    fill(dialog, sample_store.passphrase, "short")
    assert "too short" in dialog.check_label.text()
    before = (sample_store.path / "keyslots.json").read_bytes()
    dialog.ok_button.click()
    assert not dialog.busy
    worker.wait_for_tasks()
    assert (sample_store.path / "keyslots.json").read_bytes() == before


def test_change_passphrase_is_in_the_file_menu_while_unlocked(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    assert unlocked.passphrase_action.isEnabled()
    dialog = unlocked.change_passphrase()
    assert isinstance(dialog, PassphraseDialog) and dialog.isVisible()
    dialog.reject()
    unlocked.lock()
    assert not unlocked.passphrase_action.isEnabled()
    assert unlocked.change_passphrase() is None
