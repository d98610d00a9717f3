"""The user's preferences: auto-lock time, language, default export audience.

Kept in a QSettings INI file in CaseKeeper's config folder
(``paths.config_dir()``, so ``CASEKEEPER_CONFIG_DIR`` moves it and tests get
their own). QSettings writes plain text, which is acceptable here because
these are preferences only: a number of minutes, a language code and an
audience word. No case data, no names, no store path, no key or key material
ever goes into this file; everything about cases stays in the encrypted store.

Typed and versioned in the manner of picard's declared options: each setting
has a default and a check, and ``FORMAT`` with ``_UPGRADES`` carries an older
file forward. A value that does not pass its check (a hand-edited file) reads
as the default.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from casekeeper import paths

FILE_NAME = "settings.ini"
FORMAT = 1

LANGUAGES = ("en", "ru", "kk")  # "" = the system's language
AUDIENCES = ("public", "partners", "internal")

DEFAULT_AUTO_LOCK_SECONDS = 5 * 60
# Longest idle time the dialog offers (8 hours: a working day).
MAX_AUTO_LOCK_MINUTES = 8 * 60
# The most redacted audience: an export that leaves with the default shows
# the least.
DEFAULT_AUDIENCE = "public"
CLIPBOARD_CLEAR_SECONDS = 30

_AUTO_LOCK = "security/auto_lock_seconds"
_LANGUAGE = "interface/language"
_AUDIENCE = "export/default_audience"
_FORMAT = "format"

# Steps from one FORMAT to the next: {old format: function(QSettings)}.
_UPGRADES: dict[int, Callable[[QSettings], None]] = {}


def settings_file() -> Path:
    return paths.config_dir() / FILE_NAME


class Settings(QObject):
    """One settings file. ``changed(key)`` after each change, so that the
    auto-lock picks up a new time at once."""

    changed = Signal(str)

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path) if path is not None else settings_file()
        self._q = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._upgrade()

    def _upgrade(self) -> None:
        version = _int(self._q.value(_FORMAT), FORMAT)
        while version < FORMAT and version in _UPGRADES:
            _UPGRADES[version](self._q)
            version += 1
        if self._q.allKeys() and version != _int(self._q.value(_FORMAT), -1):
            self._q.setValue(_FORMAT, version)

    def _set(self, key: str, value: object) -> None:
        if self._q.value(key) == value:
            return
        self._q.setValue(_FORMAT, FORMAT)
        self._q.setValue(key, value)
        self._q.sync()  # on disk now: a crash must not lose the choice
        self.changed.emit(key)

    # --- auto-lock ------------------------------------------------------------------

    @property
    def auto_lock_seconds(self) -> float:
        """Idle time before the window locks. Whole minutes in the dialog;
        fractions of a second are accepted for tests."""
        value = _float(self._q.value(_AUTO_LOCK), DEFAULT_AUTO_LOCK_SECONDS)
        if not 0 < value <= MAX_AUTO_LOCK_MINUTES * 60:
            return DEFAULT_AUTO_LOCK_SECONDS
        return value

    @auto_lock_seconds.setter
    def auto_lock_seconds(self, seconds: float) -> None:
        if not 0 < seconds <= MAX_AUTO_LOCK_MINUTES * 60:
            raise ValueError(f"auto-lock time out of range: {seconds}")
        self._set(_AUTO_LOCK, float(seconds))

    @property
    def auto_lock_minutes(self) -> int:
        return max(1, round(self.auto_lock_seconds / 60))

    # --- language ---------------------------------------------------------------------

    @property
    def language(self) -> str:
        """ "en", "ru", "kk", or "" for the system's language."""
        value = str(self._q.value(_LANGUAGE, "") or "")
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, code: str) -> None:
        if code and code not in LANGUAGES:
            raise ValueError(f"unknown language: {code}")
        self._set(_LANGUAGE, code)

    # --- export -----------------------------------------------------------------------

    @property
    def export_audience(self) -> str:
        value = str(self._q.value(_AUDIENCE, DEFAULT_AUDIENCE) or "")
        return value if value in AUDIENCES else DEFAULT_AUDIENCE

    @export_audience.setter
    def export_audience(self, audience: str) -> None:
        if audience not in AUDIENCES:
            raise ValueError(f"unknown audience: {audience}")
        self._set(_AUDIENCE, audience)


def _int(value: object, default: int) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default


def _float(value: object, default: float) -> float:
    try:
        return float(str(value))
    except (TypeError, ValueError):
        return default


_shared: Settings | None = None


def app_settings() -> Settings:
    """The settings the running app uses (one object per settings file, so
    every widget sees the same ``changed`` signal)."""
    global _shared
    path = settings_file()
    if _shared is None or _shared.path != path:
        _shared = Settings(path)
    return _shared
