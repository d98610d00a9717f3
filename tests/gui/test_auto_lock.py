"""A caseworker walks away: the window locks by itself, hides every case and
drops the keys; the computer going to sleep or its screen locking does the
same; work running at that moment is undone, never left half written."""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_sample_case import SampleStore
from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from casekeeper.gui import evidence_import
from casekeeper.gui.auto_lock import AutoLock
from casekeeper.gui.case_list_model import REF
from casekeeper.gui.main_window import LOCKED_PAGE, MainWindow
from casekeeper.gui.settings import Settings
from casekeeper.services import evidence, stores

pytestmark = pytest.mark.gui


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


def open_case(qtbot: QtBot, win: MainWindow, ref: str) -> None:
    row = next(r for r in range(win.model.rowCount()) if win.model.index(r, REF).data() == ref)
    win.case_table.selectRow(row)
    qtbot.waitUntil(lambda: win.case_view.detail is not None)


def assert_locked(win: MainWindow) -> None:
    assert win.store is None
    assert win.pages.currentIndex() == LOCKED_PAGE
    assert win.model.rowCount() == 0
    assert win.case_view.detail is None and win.case_view.title_label.text() == ""
    assert win.case_view.people_tab.text() == ""
    assert win.unlock_dialog is not None and win.unlock_dialog.isVisible()


def test_idle_window_locks_hides_the_case_and_closes_the_store(
    qtbot: QtBot, unlocked: MainWindow, sample_store: SampleStore, settings: Settings
) -> None:
    open_case(qtbot, unlocked, sample_store.case_ref)
    assert "Dulata" in unlocked.case_view.title_label.text()
    store = unlocked.store
    assert store is not None and store.is_open
    settings.auto_lock_seconds = 0.3
    auto = AutoLock(unlocked, settings, watch_system=False)
    reasons: list[str] = []
    auto.locking.connect(reasons.append)

    qtbot.waitUntil(lambda: unlocked.store is None, timeout=5_000)

    assert reasons == ["idle"]
    assert_locked(unlocked)
    assert not store.is_open
    # The keys are gone: only the passphrase opens it again.
    dialog = unlocked.unlock_dialog
    assert dialog is not None
    dialog.passphrase_edit.setText(sample_store.passphrase)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: unlocked.model.rowCount() == 2, timeout=10_000)


def test_typing_and_clicking_reset_the_idle_time(
    qtbot: QtBot, unlocked: MainWindow, settings: Settings
) -> None:
    settings.auto_lock_seconds = 60
    clock = FakeClock()
    auto = AutoLock(unlocked, settings, clock=clock, watch_system=False)

    clock.now += 50
    qtbot.keyClicks(unlocked.search_edit, "x")  # a person types
    clock.now += 50  # 100 s since unlocking, 50 s since the key press
    auto.check()
    assert unlocked.store is not None

    qtbot.mouseClick(unlocked.case_table.viewport(), Qt.MouseButton.LeftButton)
    clock.now += 59
    auto.check()
    assert unlocked.store is not None

    clock.now += 1  # 60 s without input
    auto.check()
    assert_locked(unlocked)


def test_shorter_time_in_settings_applies_at_once(
    qtbot: QtBot, unlocked: MainWindow, settings: Settings
) -> None:
    settings.auto_lock_seconds = 600
    clock = FakeClock()
    AutoLock(unlocked, settings, clock=clock, watch_system=False)
    clock.now += 120
    assert unlocked.store is not None
    settings.auto_lock_seconds = 60  # the Settings dialog's OK
    assert_locked(unlocked)


def test_open_confirmation_is_closed_when_the_window_locks(
    qtbot: QtBot, unlocked: MainWindow, settings: Settings
) -> None:
    """A dialog over the window shows case data: it is cancelled, not left open."""
    clock = FakeClock()
    auto = AutoLock(unlocked, settings, clock=clock, watch_system=False)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Remove",
        "Remove passport.jpg?",
        QMessageBox.StandardButton.Cancel,
        unlocked.case_view,
    )
    box.open()
    assert box.isVisible()
    clock.now += settings.auto_lock_seconds
    auto.check()
    assert not box.isVisible()
    assert_locked(unlocked)


@pytest.fixture
def private_bus() -> Iterator[QDBusConnection]:
    """A D-Bus daemon of our own standing in for the system and session buses."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed")
    proc = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    address = proc.stdout.readline().strip()
    bus = QDBusConnection.connectToBus(address, f"casekeeper-test-{proc.pid}")
    assert bus.isConnected()
    try:
        yield bus
    finally:
        QDBusConnection.disconnectFromBus(bus.name())
        proc.terminate()
        proc.wait(5)


def send_signal(bus: QDBusConnection, path: str, interface: str, name: str, *args: object) -> None:
    message = QDBusMessage.createSignal(path, interface, name)
    message.setArguments(list(args))
    assert bus.send(message)


def test_screen_lock_and_sleep_signals_lock_the_window(
    qtbot: QtBot, unlocked: MainWindow, settings: Settings, private_bus: QDBusConnection
) -> None:
    auto = AutoLock(unlocked, settings, system_bus=private_bus, session_bus=private_bus)
    assert "org.freedesktop.login1.Manager.PrepareForSleep" in auto.watching
    assert "org.freedesktop.ScreenSaver.ActiveChanged" in auto.watching
    assert "org.gnome.ScreenSaver.ActiveChanged" in auto.watching
    reasons: list[str] = []
    auto.locking.connect(reasons.append)

    # The screen saver ending and the computer waking up are no reason to lock.
    send_signal(
        private_bus,
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver",
        "ActiveChanged",
        False,
    )
    send_signal(
        private_bus,
        "/org/freedesktop/login1",
        "org.freedesktop.login1.Manager",
        "PrepareForSleep",
        False,
    )
    send_signal(
        private_bus, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True
    )
    qtbot.waitUntil(lambda: unlocked.store is None, timeout=5_000)
    assert reasons == ["screen-lock"]
    assert_locked(unlocked)


def test_going_to_sleep_locks_the_window(
    qtbot: QtBot, unlocked: MainWindow, settings: Settings, private_bus: QDBusConnection
) -> None:
    auto = AutoLock(unlocked, settings, system_bus=private_bus, session_bus=private_bus)
    reasons: list[str] = []
    auto.locking.connect(reasons.append)
    send_signal(
        private_bus,
        "/org/freedesktop/login1",
        "org.freedesktop.login1.Manager",
        "PrepareForSleep",
        True,
    )
    qtbot.waitUntil(lambda: unlocked.store is None, timeout=5_000)
    assert reasons == ["sleep"]


def test_lock_during_an_import_undoes_it_and_leaves_nothing_half_written(
    qtbot: QtBot,
    unlocked: MainWindow,
    sample_store: SampleStore,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    open_case(qtbot, unlocked, sample_store.case_ref)
    case_id = unlocked.case_view.case_id
    assert case_id is not None
    before = len(unlocked.case_view.detail.evidence)  # type: ignore[union-attr]
    vault = sample_store.path / "vault"
    files_before = sorted(p for p in vault.rglob("*") if p.is_file())
    photo = tmp_path / "passport-scan.bin"
    photo.write_bytes(b"\x89scan" * 300_000)  # 1.5 MB: several chunks

    # Hold the import inside its first chunk until the lock has begun, so the
    # lock surely meets it running (no timing involved).
    reading = threading.Event()
    original = evidence_import.ProgressJob.report

    def report(job: evidence_import.ProgressJob, what: str, done: int, total: int | None) -> None:
        reading.set()
        job.token._event.wait(10)
        original(job, what, done, total)

    monkeypatch.setattr(evidence_import.ProgressJob, "report", report)
    tab = unlocked.case_view.evidence_tab
    assert tab.import_paths([photo])
    qtbot.waitUntil(reading.is_set, timeout=5_000)

    clock = FakeClock()
    auto = AutoLock(unlocked, settings, clock=clock, watch_system=False)
    clock.now += settings.auto_lock_seconds
    auto.check()  # returns once the import has stopped and undone itself

    assert_locked(unlocked)
    assert "cancelled and undone" in unlocked.statusBar().currentMessage()
    store = stores.open_store(sample_store.path, passphrase=sample_store.passphrase)
    try:
        assert len(evidence.list_evidence(store, case_id, include_removed=True)) == before
        # No blob, no temp file: the vault is as it was.
        assert sorted(p for p in vault.rglob("*") if p.is_file()) == files_before
    finally:
        store.close()
