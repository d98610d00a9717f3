"""Every failure a user can meet, one class each.

Services and lower layers raise these; only the edges (CLI, GUI) turn them
into text for a person. Each class carries a default message written for a
caseworker, not a developer, and ``exit_code`` says what the CLI returns.
"""

from __future__ import annotations

from pathlib import Path


class CaseKeeperError(Exception):
    """Base of every expected failure. ``str(err)`` is the one-line message."""

    default_message = "CaseKeeper could not complete the operation."
    exit_code = 1

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)

    @property
    def message(self) -> str:
        return str(self)


class VerificationFailed(CaseKeeperError):
    """Integrity checks found something changed or broken (exit code 2)."""

    default_message = "Verification failed."
    exit_code = 2


# --- opening and unlocking a store ------------------------------------------


class StoreNotFound(CaseKeeperError):
    default_message = "No CaseKeeper store here."

    def __init__(self, path: Path) -> None:
        super().__init__(f"No CaseKeeper store at {path} (run 'casekeeper init' to create one).")
        self.path = path


class StoreDatabaseMissing(StoreNotFound):
    """The key file is there but the database is gone: restore, don't re-create."""

    def __init__(self, path: Path) -> None:
        CaseKeeperError.__init__(
            self,
            f"The database {path} is missing; restore it from a backup "
            "(its key file is still there, so a new store is not made here).",
        )
        self.path = path


class StoreExists(CaseKeeperError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"A store already exists at {path}; refusing to overwrite it.")
        self.path = path


class WrongPassphrase(CaseKeeperError):
    default_message = "Wrong passphrase: the store was not opened and nothing was changed."


class WrongRecoveryKey(CaseKeeperError):
    default_message = "Wrong recovery key: the store was not opened and nothing was changed."


class MalformedRecoveryKey(CaseKeeperError):
    default_message = (
        "That is not a valid recovery key "
        "(check for a typo: it is 14 groups of 4 letters and digits)."
    )


class KeySlotsMissing(CaseKeeperError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The key file {path} is missing: without it the store cannot be opened "
            "(was it erased with 'panic'? restore it from a backup)."
        )
        self.path = path


class KeySlotsCorrupt(CaseKeeperError):
    def __init__(self, path: Path, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        super().__init__(f"The key file {path} is damaged and cannot be read{extra}.")
        self.path = path


class StoreCorrupt(CaseKeeperError):
    def __init__(self, path: Path, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"The database {path} is damaged or is not a CaseKeeper store{extra}; "
            "it was not changed."
        )
        self.path = path


class StoreLocked(CaseKeeperError):
    """Another process holds the store's lock file."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The store at {path} is open in another CaseKeeper; close it there first."
        )
        self.path = path


class StoreTooNew(CaseKeeperError):
    def __init__(self, revision: str) -> None:
        super().__init__(
            f"This store was written by a newer CaseKeeper (schema {revision}); update CaseKeeper."
        )


class StoreClosed(CaseKeeperError):
    default_message = "The store is locked; unlock it first."


class WeakPassphrase(CaseKeeperError):
    default_message = "The passphrase is too short: use at least 8 characters."


class PassphraseRequired(CaseKeeperError):
    default_message = (
        "A passphrase is needed: use --passphrase-file, CASEKEEPER_PASSPHRASE, "
        "or type it when asked."
    )


# --- records -------------------------------------------------------------------


class NotFound(CaseKeeperError):
    def __init__(self, kind: str, ident: str) -> None:
        super().__init__(f"No {kind} '{ident}'.")
        self.kind = kind
        self.ident = ident


class Ambiguous(CaseKeeperError):
    def __init__(self, kind: str, ident: str, count: int) -> None:
        super().__init__(f"'{ident}' matches {count} {kind} records; give more of the id.")


class InvalidValue(CaseKeeperError):
    """A value a person typed that cannot be stored; the message says what would work."""


class InvalidDate(InvalidValue):
    def __init__(self, text: str) -> None:
        super().__init__(
            f"'{text}' is not a date CaseKeeper understands. Examples: 2025, 2025-07, "
            "2025-07-23, July 2025, 23 July 2025, 23.07.2025 (day first), "
            "2025-07-22/2025-07-23, '22 or 23 July 2025', 'circa 2018'."
        )
        self.text = text


class DraftUnreadable(CaseKeeperError):
    """A paused draft (kept encrypted in the store) that this CaseKeeper cannot read back."""

    def __init__(self, name: str, why: str) -> None:
        super().__init__(
            f"The paused {name} draft cannot be read ({why}); start again or discard it."
        )
        self.name = name


class ChangeLogBroken(VerificationFailed):
    def __init__(self, seq: int, reason: str) -> None:
        super().__init__(f"The change log is broken at entry {seq}: {reason}.")
        self.seq = seq
        self.reason = reason


# --- interchange ------------------------------------------------------------------


class InterchangeInvalid(CaseKeeperError):
    def __init__(self, source: str, detail: str) -> None:
        super().__init__(f"{source} is not a valid CaseKeeper case document: {detail}.")


class InterchangeTooNew(CaseKeeperError):
    def __init__(self, version: int) -> None:
        super().__init__(
            f"This case document is format version {version}, newer than this CaseKeeper reads."
        )


class Cancelled(CaseKeeperError):
    default_message = "Cancelled; nothing was changed."


class KeyMismatch(CaseKeeperError):
    """A key offered to rewrite a key slot is not the master key of that key file."""

    default_message = "That key does not belong to this store's key file; nothing was changed."


# --- age files (evidence vault blobs, encrypted bundles) ------------------------


class AgeKeyInvalid(InvalidValue):
    """A string offered as an age key (``age1…`` / ``AGE-SECRET-KEY-1…``) is not one.

    The message never repeats the string: it may be a secret key with a typo.
    """

    default_message = "That is not a valid age key (check for a typo or a missing part)."


class AgeError(VerificationFailed):
    """An age-encrypted file could not be opened or failed its integrity checks.

    ``detail`` says, for logs and support, exactly which check failed; the
    message is written for the person looking at the screen.
    """

    default_message = "The encrypted file could not be opened"

    def __init__(self, detail: str = "", message: str | None = None) -> None:
        text = message or self.default_message
        super().__init__(f"{text} ({detail})." if detail else f"{text}.")
        self.detail = detail


class AgeHeaderInvalid(AgeError):
    default_message = (
        "The encrypted file is damaged or is not an age file: its beginning (header) cannot be read"
    )


class AgeUnsupported(AgeError):
    default_message = (
        "The encrypted file is protected in a way CaseKeeper does not open "
        "(for example with a passphrase); use the 'age' command to open it"
    )


class AgeNoMatchingKey(AgeError):
    default_message = (
        "None of CaseKeeper's keys can open this encrypted file: "
        "it was encrypted for someone else, or its key list was damaged"
    )


class AgeHeaderMacInvalid(AgeError):
    default_message = (
        "The encrypted file's header was changed after it was written, "
        "so its contents cannot be trusted"
    )


class AgePayloadCorrupt(AgeError):
    default_message = (
        "The encrypted file was changed or cut short: its contents cannot be "
        "trusted; discard anything already read from it"
    )


# --- the evidence vault -------------------------------------------------------------


class EvidenceUnreadable(CaseKeeperError):
    def __init__(self, path: Path, why: str) -> None:
        super().__init__(f"Cannot read {path}: {why}. Nothing was imported.")
        self.path = path


class EvidenceNotAFile(CaseKeeperError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} is not a regular file (a socket, pipe or device?); nothing was imported."
        )
        self.path = path


class EvidenceFileChanged(CaseKeeperError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} changed while it was being read (is it still being copied or recorded?). "
            "Nothing was imported; try again once the file is complete."
        )
        self.path = path


class VaultDiskFull(CaseKeeperError):
    def __init__(self, path: Path, size: int) -> None:
        super().__init__(
            f"Not enough disk space to import {path} ({size / 1e6:.1f} MB needed plus a margin). "
            "Nothing was imported; free some space and try again."
        )
        self.path = path


class EvidenceDamaged(VerificationFailed):
    """A blob that no longer decrypts to the file that was imported."""

    def __init__(self, evidence_id: str, name: str, why: str) -> None:
        super().__init__(f"Evidence {evidence_id[:8]} ({name}) is damaged: {why}.")
        self.evidence_id = evidence_id


class EvidenceRemoved(CaseKeeperError):
    def __init__(self, evidence_id: str, name: str) -> None:
        super().__init__(
            f"Evidence {evidence_id[:8]} ({name}) was removed from the vault; only its "
            "description and custody record remain."
        )


class EvidenceLinkedFolder(EvidenceNotAFile):
    """A link to a folder given as a file: links are not followed into folders."""

    def __init__(self, path: Path) -> None:
        CaseKeeperError.__init__(
            self, f"{path} is a link to a folder; links are not followed. "
            "Import the folder itself. Nothing was imported."
        )
        self.path = path


class VaultWriteFailed(CaseKeeperError):
    """Writing into the vault folder failed for a reason other than space."""

    def __init__(self, vault: Path, why: str) -> None:
        super().__init__(
            f"Could not write to the vault folder {vault}: {why}. Nothing was imported."
        )
        self.path = vault


class ExtractFailed(CaseKeeperError):
    """The decrypted copy could not be written where the person asked."""

    def __init__(self, out: Path, why: str) -> None:
        super().__init__(f"Could not write {out}: {why}. No copy was left there.")
        self.path = out


# --- exports: redaction, evidence bundles, verification --------------------------


class AudienceNotAllowed(InvalidValue):
    """The case itself may not reach the audience an export was asked for."""

    def __init__(self, ref: str, level: str, audience: str) -> None:
        super().__init__(
            f"Case {ref} is marked {level}: it cannot be exported for {audience}. "
            "Nothing was written."
        )
        self.ref = ref
        self.level = level
        self.audience = audience


class BundleUnreadable(VerificationFailed):
    """A file given to verify is not a bundle that can be read at all (exit code 2)."""

    def __init__(self, path: Path | str, why: str) -> None:
        super().__init__(f"Cannot verify {path}: {why}.")
        self.path = path


class ExportToolMissing(CaseKeeperError):
    """A library an export needs is not installed."""

    def __init__(self, what: str, package: str) -> None:
        super().__init__(
            f"{what} needs the Python package '{package}', which is not installed "
            f"(pip install {package}). Nothing was written."
        )


class ReportFontMissing(CaseKeeperError):
    """A font the PDF report needs for one script is not among the system's fonts."""

    def __init__(self, font: str, script: str, package: str) -> None:
        super().__init__(
            f"The PDF report needs the font '{font}' for {script} text, and it is not "
            f"installed (Debian: apt install {package}). Nothing was written."
        )
        self.font = font
        self.package = package


class ReportWriteFailed(CaseKeeperError):
    """The PDF report could not be written (no permission, disk full)."""

    def __init__(self, path: Path, why: str) -> None:
        super().__init__(f"Could not write {path} ({why}); no report was left behind.")
        self.path = path


class BundleWriteFailed(CaseKeeperError):
    """The bundle file could not be written (no permission, disk full)."""

    def __init__(self, path: Path, why: str) -> None:
        super().__init__(f"Could not write {path} ({why}); no bundle was left behind.")
        self.path = path


# --- sync through a shared folder --------------------------------------------------


class SyncError(CaseKeeperError):
    """Base of every sync failure."""

    default_message = "Sync could not complete."


class SyncFolderInvalid(SyncError):
    """The folder is not a CaseKeeper sync folder, or its FORMAT file is unreadable."""

    def __init__(self, path: Path | str, why: str) -> None:
        super().__init__(f"{path} is not a usable CaseKeeper sync folder: {why}.")
        self.path = path


class SyncFolderTooNew(SyncError):
    def __init__(self, version: int) -> None:
        super().__init__(
            f"The sync folder uses format version {version}, newer than this CaseKeeper "
            "understands; update CaseKeeper. Nothing was read or written."
        )
        self.version = version


class SyncFileExists(SyncError):
    """A file that is written once already exists: never overwrite a published file."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            f"{path} already exists in the sync folder; it was not overwritten "
            "(is another device using this device's identity?)."
        )
        self.path = path


class SyncBatchRefused(VerificationFailed):
    """A batch in the sync folder that must not be applied. ``path`` names it,
    ``detail`` says which check failed (for logs and support)."""

    default_message = "A batch of changes in the sync folder was refused"

    def __init__(self, path: Path | str, detail: str = "", message: str | None = None) -> None:
        text = message or self.default_message
        super().__init__(f"{text}: {path}" + (f" ({detail})." if detail else "."))
        self.path = path
        self.detail = detail


class SyncBatchTruncated(SyncBatchRefused):
    default_message = (
        "A batch of changes is incomplete (cut short while copying?); it was not applied"
    )


class SyncBatchDamaged(SyncBatchRefused):
    default_message = (
        "A batch of changes was altered or damaged after it was written; it was not applied"
    )


class SyncBatchWrongSigner(SyncBatchRefused):
    default_message = (
        "A batch of changes is not signed by the device whose folder it is in; it was not applied"
    )


class SyncBatchMisplaced(SyncBatchRefused):
    default_message = (
        "A batch of changes was copied to a place it does not belong "
        "(another device's folder or another number); it was not applied"
    )


class SyncBatchFromRemovedDevice(SyncBatchRefused):
    default_message = (
        "A batch of changes comes from a device removed from the team; it was not applied"
    )


class SyncBatchUnknownEpoch(SyncBatchRefused):
    default_message = (
        "A batch of changes uses a team key this device does not have; it was not applied"
    )


class SyncBatchTooNew(SyncError):
    """Not damage: a newer CaseKeeper wrote it. Kept aside, applied after an update."""

    def __init__(self, path: Path | str, version: int) -> None:
        super().__init__(
            f"A batch of changes ({path}) was written by a newer CaseKeeper (format "
            f"{version}); it is kept and will be applied once CaseKeeper is updated."
        )
        self.path = path
        self.version = version


class SyncRosterInvalid(VerificationFailed):
    """The team's member list is unsigned, signed by a non-admin, or not linked to the one before."""

    def __init__(self, epoch: int, why: str) -> None:
        super().__init__(f"The team member list for epoch {epoch} cannot be trusted: {why}.")
        self.epoch = epoch


class SyncTeamKeyInvalid(VerificationFailed):
    """A wrapped team key cannot be opened by this device or does not match the roster."""

    def __init__(self, epoch: int, why: str) -> None:
        super().__init__(f"The team key for epoch {epoch} cannot be used: {why}.")
        self.epoch = epoch


class SyncDeviceCardInvalid(InvalidValue):
    default_message = (
        "That is not a CaseKeeper device card (check it was copied whole, "
        "or scan the QR code again)."
    )


class SyncNotAdmin(SyncError):
    default_message = "Only a team admin can add or remove devices."
