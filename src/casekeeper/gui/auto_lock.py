"""Lock the window when nobody uses it, and when the computer sleeps or its
screen locks.

Idle: an application-wide event filter notes the time of every key press,
mouse click, mouse move, wheel and touch in any CaseKeeper window. A single
timer wakes at the earliest moment the idle time could have run out and
compares (rather than restarting a timer on every mouse move); after the
time set in Settings (default 5 minutes) without input the window locks,
exactly as Lock (Ctrl+L) does: ``MainWindow.lock``.

System events, where the platform tells Qt:
- Linux and other freedesktop systems, through QtDBus:
  - ``org.freedesktop.login1.Manager.PrepareForSleep(true)`` on the system
    bus (systemd-logind, also elogind): suspend and hibernate;
  - ``org.freedesktop.login1.Session.Lock`` on the system bus: ``loginctl
    lock-session`` and desktops that lock through logind (GNOME, KDE);
  - ``org.freedesktop.ScreenSaver.ActiveChanged(true)`` (KDE, Xfce, LXQt,
    Cinnamon) and ``org.gnome.ScreenSaver.ActiveChanged(true)`` (GNOME) on
    the session bus.
  No bus (a bare X server, a container): these are skipped, the idle lock
  remains.
- Windows: ``WM_WTSSESSION_CHANGE``/``WTS_SESSION_LOCK`` (after
  ``WTSRegisterSessionNotification``) and ``WM_POWERBROADCAST``/
  ``PBT_APMSUSPEND``, read by a native event filter.
- macOS: the screen-lock and sleep notifications come from NSWorkspace and
  the distributed notification centre, which Qt does not expose and which
  would need PyObjC; not done — the idle lock applies.
- Every platform: ``Qt.ApplicationState.ApplicationSuspended`` (Qt reports it
  on mobile systems). ``ApplicationInactive`` is NOT a lock: it only means
  another window has the focus.

Before locking, dialogs open over the window (a confirmation, a file
chooser that Qt draws itself) are closed as if cancelled, because they show
case data; what they were about to do does not happen. Long work running on
the worker pool (an import, an export) is cancelled by ``MainWindow.lock``
and waited for: its service stops at its next chunk and undoes what it
began, so nothing is left half written (see ``worker.cancel_running``).
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

from .settings import Settings

try:
    from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage

    HAVE_DBUS = True
except ImportError:  # a Qt built without D-Bus
    HAVE_DBUS = False

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)

# Events that mean a person is at the keyboard or mouse.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)

Clock = Callable[[], float]

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"


class AutoLock(QObject):
    """Locks ``window`` after ``settings.auto_lock_seconds`` without input,
    and on system sleep or screen lock."""

    locking = Signal(str)  # why: "idle", "sleep", "screen-lock", "suspended"

    def __init__(
        self,
        window: MainWindow,
        settings: Settings,
        *,
        clock: Clock = time.monotonic,
        system_bus: QDBusConnection | None = None,
        session_bus: QDBusConnection | None = None,
        watch_system: bool = True,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self._clock = clock
        self.last_input = clock()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        self.watching: list[str] = []  # the system signals connected, for the log and tests

        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("AutoLock needs a QApplication")
        app.installEventFilter(self)
        window.store_unlocked.connect(self._arm)
        window.store_locked.connect(self.timer.stop)
        settings.changed.connect(self._on_setting)
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._on_state)
        self._native: _WindowsSessionFilter | None = None
        self._session_path = ""
        if watch_system:
            self._watch_dbus(system_bus, session_bus)
            self._watch_windows()
        if window.store is not None:
            self._arm()

    # --- idle ---------------------------------------------------------------------------

    @property
    def timeout(self) -> float:
        return self.settings.auto_lock_seconds

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.last_input = self._clock()
        return False

    def _arm(self, *_args: object) -> None:
        self.last_input = self._clock()
        self.timer.start(_ms(self.timeout))

    def _on_setting(self, key: str) -> None:
        if self.window.store is not None and self.timer.isActive():
            self.check()  # a shorter time may already have run out

    def check(self) -> None:
        """Lock if the idle time has run out, else wake again when it could."""
        if self.window.store is None:
            return
        idle = self._clock() - self.last_input
        if idle >= self.timeout:
            self.lock_now("idle")
        else:
            self.timer.start(_ms(self.timeout - idle))

    def lock_now(self, reason: str) -> None:
        """Close what shows case data over the window, then lock it."""
        if not shiboken6.isValid(self.window) or self.window.store is None:
            return
        log.info("locking: %s", reason)
        self.locking.emit(reason)
        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible() or widget is self.window:
                continue
            if widget is self.window.unlock_dialog or not _belongs_to(widget, self.window):
                continue
            if isinstance(widget, QDialog):
                widget.reject()
            elif isinstance(widget, QMenu):
                widget.close()
        self.window.lock()

    # --- system events ----------------------------------------------------------------------

    def _on_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_now("suspended")

    def _watch_dbus(
        self, system_bus: QDBusConnection | None, session_bus: QDBusConnection | None
    ) -> None:
        if not HAVE_DBUS:
            return
        system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        if system.isConnected():
            self._connect(
                system,
                "",
                LOGIN1_PATH,
                LOGIN1 + ".Manager",
                "PrepareForSleep",
                "on_prepare_for_sleep(QDBusMessage)",
            )
            self._session_path = _login1_session_path(system)
            # Lock is sent on the session's own path; an unknown session
            # (none found) listens to every session's Lock: an extra lock
            # is harmless, a missed one is not.
            self._connect(
                system,
                "",
                self._session_path,
                LOGIN1 + ".Session",
                "Lock",
                "on_session_lock(QDBusMessage)",
            )
        if session.isConnected():
            for interface in ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"):
                self._connect(
                    session, "", "", interface, "ActiveChanged", "on_screensaver(QDBusMessage)"
                )

    def _connect(
        self, bus: QDBusConnection, service: str, path: str, interface: str, name: str, slot: str
    ) -> None:
        if bus.connect(service, path, interface, name, self, SLOT(slot)):
            self.watching.append(f"{interface}.{name}")
        else:
            log.info("cannot watch %s.%s: %s", interface, name, bus.lastError().message())

    @Slot(QDBusMessage)
    def on_prepare_for_sleep(self, message: QDBusMessage) -> None:
        if _first_bool(message):
            self.lock_now("sleep")

    @Slot(QDBusMessage)
    def on_session_lock(self, message: QDBusMessage) -> None:
        self.lock_now("screen-lock")

    @Slot(QDBusMessage)
    def on_screensaver(self, message: QDBusMessage) -> None:
        if _first_bool(message):
            self.lock_now("screen-lock")

    def _watch_windows(self) -> None:
        if sys.platform != "win32":
            return
        try:
            self._native = _WindowsSessionFilter(lambda: self.lock_now("screen-lock"))
            app = QCoreApplication.instance()
            assert app is not None
            app.installNativeEventFilter(self._native)
            # Session-change messages go only to windows that register.
            wtsapi = ctypes.windll.wtsapi32  # type: ignore[attr-defined]
            if wtsapi.WTSRegisterSessionNotification(int(self.window.winId()), 0):
                self.watching.append("WTS_SESSION_LOCK")
            self.watching.append("PBT_APMSUSPEND")
        except (OSError, AttributeError) as exc:
            log.info("cannot watch Windows session changes: %s", exc)


def _ms(seconds: float) -> int:
    return max(1, round(seconds * 1000))


def _belongs_to(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False


def _first_bool(message: QDBusMessage) -> bool:
    args = message.arguments()
    return bool(args) and args[0] is True


def _login1_session_path(bus: QDBusConnection) -> str:
    """This login session's logind object, or '' if none is found. logind
    takes "auto" for the caller's own session (systemd 243 and later)."""
    call = QDBusMessage.createMethodCall(LOGIN1, LOGIN1_PATH, LOGIN1 + ".Manager", "GetSession")
    call.setArguments([os.environ.get("XDG_SESSION_ID") or "auto"])
    reply = bus.call(call, QDBus.CallMode.Block, 500)
    if reply.type() == QDBusMessage.MessageType.ReplyMessage and reply.arguments():
        path = reply.arguments()[0]
        return str(path.path() if hasattr(path, "path") else path)
    return ""


class _WindowsSessionFilter(QAbstractNativeEventFilter):
    """Windows messages for a locked session and for suspend."""

    WM_WTSSESSION_CHANGE = 0x02B1
    WTS_SESSION_LOCK = 0x7
    WM_POWERBROADCAST = 0x0218
    PBT_APMSUSPEND = 0x4

    def __init__(self, on_lock: Callable[[], None]) -> None:
        super().__init__()
        self._on_lock = on_lock

    def nativeEventFilter(self, event_type: object, message: object) -> tuple[bool, int]:
        if bytes(event_type) != b"windows_generic_MSG":  # type: ignore[call-overload]
            return False, 0
        from ctypes import wintypes

        msg = wintypes.MSG.from_address(int(message))  # type: ignore[call-overload]
        if (msg.message == self.WM_WTSSESSION_CHANGE and msg.wParam == self.WTS_SESSION_LOCK) or (
            msg.message == self.WM_POWERBROADCAST and msg.wParam == self.PBT_APMSUSPEND
        ):
            # Not inside the native dispatch: lock from the event loop.
            QTimer.singleShot(0, self._on_lock)
        return False, 0
