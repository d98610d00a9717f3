"""Finding what is new in the sync folder, cheaply.

A round with nothing new must cost almost nothing however large the folder
grows (bench: < 100 ms on a store of 100k records). So the scan keeps a
memo of each folder's modification time: a folder whose mtime did not change
since it was last listed cannot hold a new name (adding or renaming an entry
always updates the folder's mtime on POSIX file systems, NTFS and FAT), and
is not listed again. A round with nothing new is then one ``stat`` of
``log/`` plus one per device. A device folder that did change is listed once
and only names above the device's cursor (the highest sequence number
already applied or kept aside) are returned.

Coarse clocks: FAT stores mtimes in 2-second steps and some network file
systems cache them, so a folder listed within ``_SETTLE_NS`` of its mtime is
not memoised (it is listed again next round): a file renamed into place in
the same tick as the listing would otherwise be missed.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .layout import (
    BATCH_RE,
    DEVICE_RE,
    ConflictCopy,
    NameKind,
    SyncFolder,
    classify,
    conflict_copy_original,
    parse_batch_name,
)

_SETTLE_NS = 3_000_000_000


@dataclass(frozen=True, order=True)
class BatchRef:
    """A batch file found in a device's log folder (not yet opened or trusted)."""

    device_id: str
    seq: int
    path: Path = field(compare=False)


@dataclass
class ScanMemo:
    """Folder mtimes from the last listing; JSON-serialisable through to_json/from_json."""

    log_dir_mtime: int = 0
    device_mtimes: dict[str, int] = field(default_factory=dict)
    devices: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {"log": self.log_dir_mtime, "devices": self.devices, "mtimes": self.device_mtimes}

    @classmethod
    def from_json(cls, raw: Mapping[str, object] | None) -> ScanMemo:
        if not raw:
            return cls()
        mtimes = raw.get("mtimes") or {}
        devices = raw.get("devices") or []
        return cls(
            int(raw.get("log", 0)),  # type: ignore[call-overload]
            {str(k): int(v) for k, v in dict(mtimes).items()},  # type: ignore[call-overload]
            [str(d) for d in list(devices)],  # type: ignore[call-overload]
        )


@dataclass
class ScanResult:
    batches: dict[str, list[BatchRef]] = field(default_factory=dict)
    conflict_copies: list[ConflictCopy] = field(default_factory=list)
    skipped: Counter[NameKind] = field(default_factory=Counter)
    # Numbers missing below a batch that is present: not yet arrived (out of order).
    gaps: dict[str, list[int]] = field(default_factory=dict)
    listed_devices: list[str] = field(default_factory=list)

    def new_batches(self) -> list[BatchRef]:
        return sorted(ref for refs in self.batches.values() for ref in refs)


def _mtime(path: Path) -> int | None:
    try:
        return os.stat(path).st_mtime_ns
    except FileNotFoundError:
        return None


def scan_logs(
    folder: SyncFolder,
    cursors: Mapping[str, int],
    memo: ScanMemo,
    *,
    now_ns: Callable[[], int] = time.time_ns,
) -> tuple[ScanResult, ScanMemo]:
    """What batches are new since ``cursors`` (device -> highest seq already handled).

    Returns the result and the memo to keep for the next round. A device
    whose cursor moved back (the store was restored from a backup) must be
    scanned with a fresh ``ScanMemo()``.
    """
    result = ScanResult()
    new_memo = ScanMemo(memo.log_dir_mtime, dict(memo.device_mtimes), list(memo.devices))
    log_mtime = _mtime(folder.log_dir)
    if log_mtime is None:
        return result, ScanMemo()
    if log_mtime != memo.log_dir_mtime or not memo.devices:
        new_memo.devices = folder.devices_with_logs()
        settled = now_ns() - log_mtime > _SETTLE_NS
        new_memo.log_dir_mtime = log_mtime if settled else 0
    for device in new_memo.devices:
        path = folder.device_log(device)
        mtime = _mtime(path)
        if mtime is None:
            new_memo.device_mtimes.pop(device, None)
            continue
        if mtime == memo.device_mtimes.get(device) and device in memo.devices:
            continue
        _list_device(path, device, cursors.get(device, 0), result)
        result.listed_devices.append(device)
        new_memo.device_mtimes[device] = mtime if now_ns() - mtime > _SETTLE_NS else 0
    return result, new_memo


def _list_device(path: Path, device: str, cursor: int, result: ScanResult) -> None:
    found: list[BatchRef] = []
    try:
        entries = list(os.scandir(path))
    except FileNotFoundError:
        return
    for entry in entries:
        name = entry.name
        kind = classify(name, BATCH_RE)
        if kind is NameKind.VALID:
            seq = parse_batch_name(name)
            if seq is None:
                result.skipped[NameKind.UNKNOWN] += 1
                continue
            if seq <= cursor:
                continue
            try:
                if not entry.is_file(follow_symlinks=False) or entry.stat().st_size == 0:
                    result.skipped[NameKind.EMPTY] += 1
                    continue
            except FileNotFoundError:
                continue
            found.append(BatchRef(device, seq, Path(entry.path)))
        elif kind is NameKind.CONFLICT_COPY:
            original = conflict_copy_original(name) or ""
            if parse_batch_name(original) is not None:
                result.conflict_copies.append(ConflictCopy(Path(entry.path), original))
            else:
                result.skipped[NameKind.UNKNOWN] += 1
        else:
            result.skipped[kind] += 1
    if not found:
        return
    found.sort()
    result.batches[device] = found
    present = {ref.seq for ref in found}
    missing = [seq for seq in range(cursor + 1, found[-1].seq) if seq not in present]
    if missing:
        result.gaps[device] = missing


def is_device_name(name: str) -> bool:
    return bool(DEVICE_RE.fullmatch(name))
