"""What CaseKeeper checks about where it runs, each time it starts.

1. The program is not in a folder that any user of the computer can change:
   the program's folder, or any folder above it up to the root, writable by
   all users without the sticky bit (which /tmp has: there one cannot
   replace another's files). From such a folder anyone could swap the
   program for one that records the passphrase.
2. The data folder (stores, demo store) is the user's alone (0700). When
   CaseKeeper created it, or it is CaseKeeper's own folder in the user's
   data folder, looser permissions are tightened and the user is told; a
   folder the user chose (CASEKEEPER_DATA_DIR) is left as it is, with a
   warning saying how to fix it.

Both checks are POSIX permission bits; on Windows, where access is governed
by ACLs and programs install under Program Files, they report nothing.
The GUI shows the findings in a message; the CLI prints them on stderr.
"""

from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path

import casekeeper
from casekeeper import paths

OWNER_ONLY = 0o700


# Finding kinds (the GUI words each one in the user's language).
PROGRAM_FOLDER_OPEN = "program-folder-open"  # folder: the one anyone can change
DATA_DIR_OPEN = "data-dir-open"  # a folder the user chose; left as it is
DATA_DIR_TIGHTENED = "data-dir-tightened"  # CaseKeeper's own; now 0700
DATA_DIR_NOT_YOURS = "data-dir-not-yours"
DATA_DIR_PROBLEM = "data-dir-problem"  # cannot create, check or change it


@dataclass(frozen=True)
class Finding:
    warning: bool  # False: something was fixed and the user is only told
    kind: str
    folder: Path  # the folder the finding is about
    message: str  # in English, for the CLI and logs


@dataclass
class StartupReport:
    findings: list[Finding] = field(default_factory=list)

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.warning]

    @property
    def ok(self) -> bool:
        return not self.warnings


def program_folders() -> list[Path]:
    """The folders the running code comes from: the bundle's folder when
    frozen (PyInstaller), else the casekeeper package's folder."""
    if getattr(sys, "frozen", False):
        return [Path(sys.executable).resolve().parent]
    return [Path(casekeeper.__file__).resolve().parent]


def writable_by_anyone(folder: Path) -> Path | None:
    """The first of ``folder`` and its parents that every user may change
    (world-writable, no sticky bit), or None."""
    for item in (folder, *folder.parents):
        try:
            mode = item.stat().st_mode
        except OSError:
            continue
        if mode & stat.S_IWOTH and not mode & stat.S_ISVTX:
            return item
    return None


def check_program_location(folders: list[Path] | None = None) -> list[Finding]:
    found = []
    for folder in folders if folders is not None else program_folders():
        weak = writable_by_anyone(folder)
        if weak is not None:
            found.append(Finding(True, PROGRAM_FOLDER_OPEN, weak, (
                f"CaseKeeper is running from {folder}, and {weak} can be changed by every "
                "user of this computer: someone could replace the program with one that "
                "records your passphrase. Move CaseKeeper to a folder that only you or the "
                "administrators can change, and start it from there."
            )))
    return found


def _is_default_data_dir(folder: Path) -> bool:
    return not os.environ.get("CASEKEEPER_DATA_DIR") and folder == paths.data_dir()


def check_data_dir(folder: Path | None = None, *, ours: bool | None = None) -> list[Finding]:
    """Make sure the data folder exists and is owner-only.

    ``ours``: whether CaseKeeper may tighten an existing folder's permissions
    (default: when it is CaseKeeper's own folder in the user's data folder,
    not one chosen with CASEKEEPER_DATA_DIR). A folder this call creates is
    always made owner-only."""
    folder = folder if folder is not None else paths.data_dir()
    if ours is None:
        ours = _is_default_data_dir(folder)
    if not folder.exists():
        try:
            folder.mkdir(parents=True, mode=OWNER_ONLY)
            folder.chmod(OWNER_ONLY)  # mkdir's mode passes through the umask
        except OSError as exc:
            return [Finding(True, DATA_DIR_PROBLEM, folder,
                            f"Cannot create the data folder {folder}: {exc.strerror}.")]
        return []
    try:
        info = folder.stat()
    except OSError as exc:
        return [Finding(True, DATA_DIR_PROBLEM, folder,
                        f"Cannot check the data folder {folder}: {exc.strerror}.")]
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        return [Finding(True, DATA_DIR_NOT_YOURS, folder, (
            f"The data folder {folder} belongs to another user account; its owner can read "
            "and change your stores. Use a folder of your own (CASEKEEPER_DATA_DIR)."
        ))]
    mode = stat.S_IMODE(info.st_mode)
    if not mode & 0o077:
        return []
    if ours:
        try:
            folder.chmod(mode & ~0o077 | OWNER_ONLY)
        except OSError as exc:
            return [Finding(True, DATA_DIR_PROBLEM, folder,
                            f"Cannot restrict the data folder {folder}: {exc.strerror}.")]
        return [Finding(False, DATA_DIR_TIGHTENED, folder, (
            f"Other users of this computer could open the data folder {folder} "
            f"(permissions {mode:o}); it is now yours alone (700)."
        ))]
    return [Finding(True, DATA_DIR_OPEN, folder, (
        f"Other users of this computer can open the data folder {folder} (permissions "
        f"{mode:o}). Make it yours alone: chmod 700 '{folder}'"
    ))]


def run_startup_checks() -> StartupReport:
    """Both checks, for the app and the CLI to show."""
    if os.name == "nt":
        return StartupReport()
    return StartupReport(check_program_location() + check_data_dir())
