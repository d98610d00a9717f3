"""The sync folder on disk (ARCHITECTURE.md section 8) and how to write to it.

```
<folder>/casekeeper-sync/
  FORMAT                       {"format": 1, "team": "<team id>"}
  team/roster-<epoch>.json     admin-signed member list (see team.py)
  team/keys/<epoch>/<device>   the epoch key, age-encrypted to that device
  log/<device>/<seq>.batch     that device's batches (see batch.py), seq = 12 digits
  blobs/<ab>/<blob id>         evidence for the team, <ab> = first two characters of the id
  acks/<device>.json           what that device has applied (see acks.py)
```

Names are parsed strictly: a name either matches the format exactly or is
skipped. Sync tools leave partial and temporary files beside real ones
(Syncthing ``.syncthing.NAME.tmp`` and ``~syncthing~NAME.tmp``, Nextcloud
``.~NAME``/``.part``, Dropbox ``.dropbox*``, office ``~$NAME``), operating
systems drop ``desktop.ini``, ``.DS_Store``, ``Thumbs.db``, ``._NAME``; none
of them may ever be read as a batch. A zero-byte file is a transfer in
progress (or a failed one) and is skipped too. Conflict copies are special:
every writer owns its files and never rewrites one, so a conflict copy
(Syncthing ``NAME.sync-conflict-YYYYMMDD-HHMMSS-DEVICE.EXT``, Nextcloud/
Dropbox ``NAME (conflicted copy ...)``) can only appear when two machines
publish under one device identity: a cloned or restored device. The scan
reports them; batch.py checks their content.

Writes are atomic: a temporary file in the same folder (named so that every
reader skips it), fsync, then a rename into place and an fsync of the folder,
so a crash or a sync tool never sees half a file under a real name. Files
that are written once (batches, blobs, rosters, keys) are never replaced:
publishing onto an existing name raises :class:`SyncFileExists`. Some cloud
folders (Dropbox on Windows, FAT sticks) do not support hard links, so the
no-overwrite rename falls back to "check, then rename", which is safe here
because only one process writes each device's files (the store lock).
"""

from __future__ import annotations

import contextlib
import enum
import errno
import json
import os
import re
import secrets
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from casekeeper.errors import SyncFileExists, SyncFolderInvalid, SyncFolderTooNew

SYNC_DIR = "casekeeper-sync"
FORMAT_NAME = "FORMAT"
FORMAT_VERSION = 1
TEAM_DIR = "team"
KEYS_DIR = "keys"
LOG_DIR = "log"
BLOBS_DIR = "blobs"
ACKS_DIR = "acks"
SEQ_DIGITS = 12
MAX_SEQ = 10**SEQ_DIGITS - 1
TEMP_PREFIX = ".casekeeper-"
TEMP_SUFFIX = ".tmp"

# A device id is the store's device id: uuid4().hex, 32 lower-case hex digits.
DEVICE_RE = re.compile(r"[0-9a-f]{32}")
TEAM_RE = re.compile(r"[0-9a-f]{32}")
EPOCH_RE = re.compile(r"(0|[1-9][0-9]{0,8})")
BATCH_RE = re.compile(r"([0-9]{" + str(SEQ_DIGITS) + r"})\.batch")
ROSTER_RE = re.compile(r"roster-(0|[1-9][0-9]{0,8})\.json")
ACK_RE = re.compile(r"([0-9a-f]{32})\.json")
BLOB_RE = re.compile(r"[0-9a-f]{32}")
BLOB_DIR_RE = re.compile(r"[0-9a-f]{2}")

# Syncthing: NAME.sync-conflict-20250724-101010-ABCDEF1.EXT (EXT optional).
_SYNCTHING_CONFLICT = re.compile(
    r"^(?P<stem>.+?)\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}(?P<ext>\..*)?$"
)
# Dropbox "NAME (Laptop's conflicted copy 2025-07-24).EXT",
# Nextcloud/ownCloud "NAME (conflicted copy 2025-07-24 101010).EXT".
_CLOUD_CONFLICT = re.compile(r"^(?P<stem>.+?) \([^()]*conflicted copy[^()]*\)(?P<ext>\..*)?$")
_JUNK_NAMES = {"desktop.ini", ".ds_store", "thumbs.db", "icon\r", ".directory"}
_TEMP_PATTERNS = (
    re.compile(r"^\.syncthing\..*\.tmp$"),  # Syncthing (Unix)
    re.compile(r"^~syncthing~.*\.tmp$"),  # Syncthing (Windows)
    re.compile(r"^~"),  # office and editor locks, Syncthing on Windows
    re.compile(r"^\.~"),  # Nextcloud/ownCloud partial downloads
    re.compile(r"\.(part|partial|tmp|temp|crdownload|download)$", re.IGNORECASE),
    re.compile(r"^\.dropbox"),
    re.compile(r"^\._"),  # macOS AppleDouble on FAT/exFAT sticks
    re.compile(r"^" + re.escape(TEMP_PREFIX)),  # our own temporary files
)


class NameKind(enum.Enum):
    VALID = "valid"
    TEMP = "temp"  # a sync tool or editor is still writing it: skip, look again later
    JUNK = "junk"  # operating-system litter: skip forever
    CONFLICT_COPY = "conflict copy"  # two writers of one name: a cloned device
    EMPTY = "empty"  # zero bytes: a transfer in progress or a failed one
    UNKNOWN = "unknown"  # not in the format: skip (a newer CaseKeeper may write it)


@dataclass(frozen=True)
class ConflictCopy:
    """A sync tool's conflict copy of one of our files, and the name it copies."""

    path: Path
    original_name: str


def conflict_copy_original(name: str) -> str | None:
    """The name a conflict copy was made of, or None if ``name`` is not one."""
    for pattern in (_SYNCTHING_CONFLICT, _CLOUD_CONFLICT):
        match = pattern.match(name)
        if match:
            return match.group("stem") + (match.group("ext") or "")
    return None


def classify(name: str, valid: re.Pattern[str], size: int | None = None) -> NameKind:
    """What a directory entry named ``name`` is, against the pattern of valid names.

    ``size`` (when known) lets zero-byte files be skipped even under a valid name.
    """
    if name.lower() in _JUNK_NAMES:
        return NameKind.JUNK
    if conflict_copy_original(name) is not None:
        return NameKind.CONFLICT_COPY
    if any(pattern.search(name) for pattern in _TEMP_PATTERNS):
        return NameKind.TEMP
    if not valid.fullmatch(name):
        return NameKind.UNKNOWN
    if size == 0:
        return NameKind.EMPTY
    return NameKind.VALID


def batch_name(seq: int) -> str:
    if not 1 <= seq <= MAX_SEQ:
        raise ValueError(f"a batch sequence number is 1..{MAX_SEQ}")
    return f"{seq:0{SEQ_DIGITS}d}.batch"


def parse_batch_name(name: str) -> int | None:
    """The sequence number of a batch file name, or None if it is not exactly one."""
    match = BATCH_RE.fullmatch(name)
    if not match:
        return None
    seq = int(match.group(1))
    return seq if seq >= 1 else None


def parse_roster_name(name: str) -> int | None:
    match = ROSTER_RE.fullmatch(name)
    return int(match.group(1)) if match else None


def _check_device(device_id: str) -> str:
    if not DEVICE_RE.fullmatch(device_id):
        raise ValueError("a device id is 32 lower-case hex digits")
    return device_id


def new_blob_id() -> str:
    """A random blob name: never the plaintext hash (ARCHITECTURE.md section 6)."""
    return secrets.token_hex(16)


class SyncFolder:
    """Paths inside ``<folder>/casekeeper-sync`` and the atomic ways to write them."""

    def __init__(self, folder: Path | str) -> None:
        self.folder = Path(folder)
        self.root = self.folder / SYNC_DIR

    # --- paths -------------------------------------------------------------------

    @property
    def log_dir(self) -> Path:
        return self.root / LOG_DIR

    def device_log(self, device_id: str) -> Path:
        return self.root / LOG_DIR / _check_device(device_id)

    def batch_path(self, device_id: str, seq: int) -> Path:
        return self.device_log(device_id) / batch_name(seq)

    def roster_path(self, epoch: int) -> Path:
        return self.root / TEAM_DIR / f"roster-{int(epoch)}.json"

    def key_path(self, epoch: int, device_id: str) -> Path:
        return self.root / TEAM_DIR / KEYS_DIR / str(int(epoch)) / _check_device(device_id)

    def blob_path(self, blob_id: str) -> Path:
        if not BLOB_RE.fullmatch(blob_id):
            raise ValueError("a blob id is 32 lower-case hex digits")
        return self.root / BLOBS_DIR / blob_id[:2] / blob_id

    def ack_path(self, device_id: str) -> Path:
        return self.root / ACKS_DIR / f"{_check_device(device_id)}.json"

    # --- the FORMAT file ---------------------------------------------------------------

    def create(self, team_id: str) -> None:
        """Make the folder structure and its FORMAT file (once per team)."""
        if not TEAM_RE.fullmatch(team_id):
            raise ValueError("a team id is 32 lower-case hex digits")
        for sub in (TEAM_DIR, LOG_DIR, BLOBS_DIR, ACKS_DIR):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        body = json.dumps({"format": FORMAT_VERSION, "team": team_id}, sort_keys=True)
        publish_bytes(self.root / FORMAT_NAME, (body + "\n").encode())

    def read_format(self) -> str:
        """The team id; raises if this is not a sync folder or is too new."""
        path = self.root / FORMAT_NAME
        try:
            raw = json.loads(path.read_bytes())
        except FileNotFoundError:
            raise SyncFolderInvalid(self.folder, f"{SYNC_DIR}/{FORMAT_NAME} is missing") from None
        except (OSError, ValueError) as exc:
            raise SyncFolderInvalid(self.folder, f"{FORMAT_NAME} cannot be read ({exc})") from None
        if not isinstance(raw, dict) or not isinstance(raw.get("format"), int):
            raise SyncFolderInvalid(self.folder, f"{FORMAT_NAME} has no format version")
        if raw["format"] > FORMAT_VERSION:
            raise SyncFolderTooNew(raw["format"])
        team = raw.get("team")
        if not isinstance(team, str) or not TEAM_RE.fullmatch(team):
            raise SyncFolderInvalid(self.folder, f"{FORMAT_NAME} names no valid team")
        return team

    # --- listing -------------------------------------------------------------------------

    def devices_with_logs(self) -> list[str]:
        """Device folders under log/ (only well-formed names)."""
        try:
            entries = list(os.scandir(self.log_dir))
        except FileNotFoundError:
            return []
        return sorted(e.name for e in entries if DEVICE_RE.fullmatch(e.name) and e.is_dir())

    def roster_epochs(self) -> list[int]:
        try:
            names = os.listdir(self.root / TEAM_DIR)
        except FileNotFoundError:
            return []
        epochs = []
        for name in names:
            epoch = parse_roster_name(name)
            if epoch is not None and classify(name, ROSTER_RE) is NameKind.VALID:
                epochs.append(epoch)
        return sorted(epochs)


# --- atomic writes --------------------------------------------------------------------


def fsync_dir(folder: Path) -> None:
    """Make a rename durable. Not every platform can open a folder (Windows): skip there."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _temp_path(folder: Path) -> Path:
    # Same folder (a rename across file systems is a copy); a name every reader skips.
    return folder / f"{TEMP_PREFIX}{secrets.token_hex(8)}{TEMP_SUFFIX}"


def _write_temp(folder: Path, write: Callable[[BinaryIO], object]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    tmp = _temp_path(folder)
    try:
        with open(tmp, "xb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return tmp


def publish(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Write a file that is never changed again: temp, fsync, rename, fsync folder.

    ``write`` gets the open temporary file. Raises :class:`SyncFileExists` if
    ``path`` exists (nothing is replaced) and leaves no temporary file behind.
    """
    tmp = _write_temp(path.parent, write)
    try:
        try:
            # A hard link fails if the name exists: a rename that cannot overwrite.
            os.link(tmp, path)
        except FileExistsError:
            raise SyncFileExists(path) from None
        except OSError as exc:
            if exc.errno not in (
                errno.EPERM,
                errno.ENOTSUP,
                errno.EOPNOTSUPP,
                errno.EXDEV,
                errno.EMLINK,
            ):
                raise
            if path.exists():
                raise SyncFileExists(path) from None
            os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    fsync_dir(path.parent)


def publish_bytes(path: Path, data: bytes) -> None:
    publish(path, lambda handle: handle.write(data))


def replace_bytes(path: Path, data: bytes) -> None:
    """Atomically write or rewrite a file this device alone owns (its acks)."""
    tmp = _write_temp(path.parent, lambda handle: handle.write(data))
    try:
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def read_regular(path: Path, max_size: int) -> bytes | None:
    """The bytes of ``path`` if it is a non-empty regular file of at most ``max_size``.

    None for a zero-byte file (a transfer still running). Links are not
    followed: a sync folder must not lead a reader elsewhere on the disk.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        if info.st_size == 0:
            return None
        if info.st_size > max_size:
            raise OSError(errno.EFBIG, f"larger than {max_size} bytes", str(path))
        chunks = []
        remaining = info.st_size + 1  # one more byte: notice a file that grew meanwhile
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)
