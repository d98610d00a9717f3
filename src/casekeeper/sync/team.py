"""The team: who may write to the sync folder, and the keys they share.

Roster (``team/roster-<epoch>.json``). Every change of membership starts a
new epoch with a fresh 256-bit epoch key and a new roster file, so a
published roster is never rewritten. A roster lists every device ever in the
team (device id, name, Ed25519 and X25519 public keys, role admin/member,
the epoch it was added in and, once removed, the epoch of its removal and
the last batch number accepted from it). It is canonical JSON signed with
Ed25519 by an admin of the *previous* roster, over
``"casekeeper/v1/sync-roster\\0" || canonical JSON without "sig"``, and
names the SHA-256 of the previous roster file (``prev``): a chain that
starts at the genesis roster (epoch 0), signed by the admin who created the
team. A joining device anchors its trust in that genesis: its person
compares :func:`team_fingerprint` with the admin's screen.

The roster also carries ``key_check`` = HMAC-SHA256(epoch key,
``"casekeeper/v1/epoch-key-check" || team id || epoch``): a key file that
someone with write access to the folder replaced (to make a device encrypt
to a key they know) fails this check.

Epoch keys (``team/keys/<epoch>/<device>``): an age v1 file (X25519
recipient stanza, ChaCha20-Poly1305 payload; our ``crypto.age``) encrypted
to the device's X25519 key, holding the keys of *all* epochs up to this
one, so a device that joins late can read the team's whole history. A
removed device gets no key file for the new epoch: it cannot read what is
written after its removal, and batches it signs with a later epoch, or
numbered past the last one accepted at its removal, are refused.

Blobs for the team are age files too, to an X25519 identity derived from the
epoch key (HKDF-SHA256, info ``casekeeper/v1/sync-blob-identity``), so any
member can open one with the stock ``age`` tool in an emergency.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casekeeper.crypto.age import AgeIdentity, AgeReader, AgeWriter, parse_recipient
from casekeeper.crypto.secrets import random_key
from casekeeper.errors import AgeError, SyncNotAdmin, SyncRosterInvalid, SyncTeamKeyInvalid

from .keys import DeviceCard, DeviceKeys, crockford32, verify_signature

ROSTER_FORMAT = 1
ADMIN = "admin"
MEMBER = "member"
_SIG_LABEL = b"casekeeper/v1/sync-roster\x00"
_KEY_CHECK_LABEL = b"casekeeper/v1/epoch-key-check"
_BLOB_INFO = b"casekeeper/v1/sync-blob-identity"
_TEAM_FP_LABEL = b"casekeeper/v1/team-fingerprint"
_MAX_ROSTER_BYTES = 4 << 20


def _canonical(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def key_check(epoch_key: bytes | bytearray, team_id: str, epoch: int) -> str:
    message = _KEY_CHECK_LABEL + bytes.fromhex(team_id) + epoch.to_bytes(8, "big")
    return hmac.new(bytes(epoch_key), message, hashlib.sha256).hexdigest()


def blob_identity(epoch_key: bytes | bytearray) -> AgeIdentity:
    """The age identity whose recipient the team's blobs of this epoch are encrypted to."""
    secret = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_BLOB_INFO).derive(
        bytes(epoch_key)
    )
    return AgeIdentity.from_private_bytes(secret)


@dataclass(frozen=True)
class Member:
    card: DeviceCard
    role: str
    added_epoch: int
    removed_epoch: int | None = None
    last_seq: int | None = None  # the last batch accepted from it, fixed at removal

    @property
    def device_id(self) -> str:
        return self.card.device_id

    @property
    def active(self) -> bool:
        return self.removed_epoch is None

    def to_json(self) -> dict[str, object]:
        return {
            "device": self.card.device_id,
            "name": self.card.name,
            "ed25519": _b64(self.card.sign_public),
            "x25519": self.card.recipient.to_string(),
            "role": self.role,
            "added": self.added_epoch,
            "removed": self.removed_epoch,
            "last_seq": self.last_seq,
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, object]) -> Member:
        card = DeviceCard(
            str(raw["device"]),
            str(raw["name"]),
            base64.b64decode(str(raw["ed25519"]), validate=True),
            parse_recipient(str(raw["x25519"])).public_bytes,
        )
        role = str(raw["role"])
        if role not in (ADMIN, MEMBER):
            raise ValueError(f"unknown role {role!r}")
        removed, last_seq = raw.get("removed"), raw.get("last_seq")
        return cls(
            card,
            role,
            int(raw["added"]),  # type: ignore[call-overload]
            None if removed is None else int(removed),  # type: ignore[call-overload]
            None if last_seq is None else int(last_seq),  # type: ignore[call-overload]
        )


@dataclass(frozen=True)
class Roster:
    team_id: str
    epoch: int
    prev: str  # SHA-256 hex of the previous roster file, "" for the genesis
    key_check: str
    members: tuple[Member, ...]
    signer: str
    signature: bytes = field(default=b"", repr=False)

    def body(self) -> dict[str, object]:
        return {
            "format": ROSTER_FORMAT,
            "team": self.team_id,
            "epoch": self.epoch,
            "prev": self.prev,
            "key_check": self.key_check,
            "signer": self.signer,
            "members": [m.to_json() for m in sorted(self.members, key=lambda m: m.device_id)],
        }

    def signed_message(self) -> bytes:
        return _SIG_LABEL + _canonical(self.body())

    def to_bytes(self) -> bytes:
        return _canonical({**self.body(), "sig": _b64(self.signature)}) + b"\n"

    def hash(self) -> str:
        return hashlib.sha256(self.to_bytes()).hexdigest()

    def member(self, device_id: str) -> Member | None:
        for m in self.members:
            if m.device_id == device_id:
                return m
        return None

    def active_members(self) -> list[Member]:
        return [m for m in self.members if m.active]

    def is_admin(self, device_id: str) -> bool:
        m = self.member(device_id)
        return m is not None and m.active and m.role == ADMIN

    @classmethod
    def from_bytes(cls, data: bytes, epoch_hint: int = -1) -> Roster:
        if len(data) > _MAX_ROSTER_BYTES:
            raise SyncRosterInvalid(epoch_hint, "the file is far too large")
        try:
            raw = json.loads(data)
            if raw.get("format") != ROSTER_FORMAT:
                raise ValueError(f"unknown roster format {raw.get('format')!r}")
            roster = cls(
                str(raw["team"]),
                int(raw["epoch"]),
                str(raw["prev"]),
                str(raw["key_check"]),
                tuple(Member.from_json(m) for m in raw["members"]),
                str(raw["signer"]),
                base64.b64decode(str(raw["sig"]), validate=True),
            )
        except SyncRosterInvalid:
            raise
        except Exception as exc:  # any malformed field: one clear refusal
            raise SyncRosterInvalid(epoch_hint, f"it cannot be read ({exc})") from None
        if roster.to_bytes() != data:
            raise SyncRosterInvalid(roster.epoch, "it is not in canonical form (edited by hand?)")
        return roster


def _sign(roster: Roster, admin: DeviceKeys) -> Roster:
    unsigned = replace(roster, signer=admin.device_id, signature=b"")
    return replace(unsigned, signature=admin.sign(unsigned.signed_message()))


def create_team(admin: DeviceKeys, admin_name: str) -> tuple[Roster, bytearray]:
    """A new team with this device as its first admin: the genesis roster and epoch key 0."""
    team_id = secrets.token_hex(16)
    key = random_key()
    genesis = Roster(
        team_id, 0, "", key_check(key, team_id, 0), (Member(admin.card(admin_name), ADMIN, 0),), ""
    )
    return _sign(genesis, admin), key


def _next(
    current: Roster, admin: DeviceKeys, members: Iterable[Member]
) -> tuple[Roster, bytearray]:
    if not current.is_admin(admin.device_id):
        raise SyncNotAdmin()
    epoch = current.epoch + 1
    key = random_key()
    roster = Roster(
        current.team_id,
        epoch,
        current.hash(),
        key_check(key, current.team_id, epoch),
        tuple(members),
        "",
    )
    return _sign(roster, admin), key


def add_device(
    current: Roster, admin: DeviceKeys, card: DeviceCard, *, role: str = MEMBER
) -> tuple[Roster, bytearray]:
    """Add a device whose fingerprint the admin has checked: a new epoch and key.

    The caller must have compared ``card.fingerprint()`` with the new
    device's screen; this function cannot see the two people.
    """
    if role not in (ADMIN, MEMBER):
        raise ValueError(f"unknown role {role!r}")
    existing = current.member(card.device_id)
    if existing is not None:
        raise SyncRosterInvalid(
            current.epoch + 1,
            "that device is already listed"
            + (
                " (removed devices cannot come back: make a new store)"
                if not existing.active
                else ""
            ),
        )
    return _next(current, admin, (*current.members, Member(card, role, current.epoch + 1)))


def remove_device(
    current: Roster, admin: DeviceKeys, device_id: str, last_seq: int | None
) -> tuple[Roster, bytearray]:
    """Remove a device: a new epoch whose key it never gets.

    ``last_seq`` is the last batch of that device this admin accepted; later
    numbers are refused everywhere, whatever epoch they claim.
    """
    target = current.member(device_id)
    if target is None or not target.active:
        raise SyncRosterInvalid(current.epoch + 1, "that device is not an active member")
    epoch = current.epoch + 1
    members = [
        replace(m, removed_epoch=epoch, last_seq=last_seq) if m.device_id == device_id else m
        for m in current.members
    ]
    if not any(m.active and m.role == ADMIN for m in members):
        raise SyncRosterInvalid(epoch, "the team would have no admin left")
    return _next(current, admin, members)


def verify_rosters(rosters: list[Roster], genesis_hash: str | None = None) -> Roster:
    """Check the whole chain from epoch 0 and return the newest roster.

    ``genesis_hash`` (kept by the store since joining) pins the genesis; a
    folder whose genesis differs belongs to another team or was forged.
    """
    if not rosters:
        raise SyncRosterInvalid(0, "there is no member list")
    rosters = sorted(rosters, key=lambda r: r.epoch)
    genesis = rosters[0]
    if genesis.epoch != 0 or genesis.prev:
        raise SyncRosterInvalid(genesis.epoch, "the chain does not start at epoch 0")
    if genesis_hash is not None and not hmac.compare_digest(genesis.hash(), genesis_hash):
        raise SyncRosterInvalid(0, "it is not the team this device joined")
    _check_signature(genesis, genesis)
    for before, after in zip(rosters, rosters[1:], strict=False):
        _check_link(before, after)
    return rosters[-1]


def _check_signature(roster: Roster, signed_by: Roster) -> None:
    if not signed_by.is_admin(roster.signer):
        raise SyncRosterInvalid(roster.epoch, "it is not signed by an admin of the team")
    signer = signed_by.member(roster.signer)
    assert signer is not None
    if not verify_signature(signer.card.sign_public, roster.signature, roster.signed_message()):
        raise SyncRosterInvalid(roster.epoch, "its signature does not match (altered or forged)")


def _check_link(before: Roster, after: Roster) -> None:
    epoch = after.epoch
    if epoch != before.epoch + 1:
        raise SyncRosterInvalid(before.epoch + 1, "a member list is missing")
    if after.team_id != before.team_id:
        raise SyncRosterInvalid(epoch, "it belongs to another team")
    if not hmac.compare_digest(after.prev, before.hash()):
        raise SyncRosterInvalid(epoch, "it does not follow the member list before it")
    _check_signature(after, before)
    after_ids = {m.device_id: m for m in after.members}
    for old in before.members:
        new = after_ids.get(old.device_id)
        if new is None:
            raise SyncRosterInvalid(epoch, f"device {old.device_id[:8]} disappeared from the list")
        if new.card != old.card or new.added_epoch != old.added_epoch:
            raise SyncRosterInvalid(epoch, f"the keys of device {old.device_id[:8]} were changed")
        if not old.active and (new.removed_epoch, new.last_seq) != (
            old.removed_epoch,
            old.last_seq,
        ):
            raise SyncRosterInvalid(epoch, f"removed device {old.device_id[:8]} came back")
        if old.active and not new.active and new.removed_epoch != epoch:
            raise SyncRosterInvalid(epoch, "a removal is dated to another epoch")
    for new in after.members:
        if new.device_id not in {m.device_id for m in before.members} and (
            new.added_epoch != epoch or not new.active
        ):
            raise SyncRosterInvalid(epoch, "a new device is dated to another epoch")


def batch_allowed(roster: Roster, device_id: str, epoch: int, seq: int) -> str | None:
    """None if ``roster`` (the newest verified) lets the device publish this batch,
    else the reason it is refused."""
    member = roster.member(device_id)
    if member is None:
        return "the device is not in the team"
    if epoch < member.added_epoch:
        return "the batch is older than the device's membership"
    if member.removed_epoch is not None:
        if epoch >= member.removed_epoch:
            return f"the device was removed in epoch {member.removed_epoch}"
        if member.last_seq is not None and seq > member.last_seq:
            return f"the device was removed after batch {member.last_seq}"
    return None


def team_fingerprint(genesis: Roster) -> str:
    """What a joining person compares with the admin's screen (8 groups of 4)."""
    digest = hashlib.sha256(_TEAM_FP_LABEL + bytes.fromhex(genesis.hash())).digest()
    text = crockford32(digest[:20])
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


# --- epoch keys, wrapped to each device --------------------------------------------


def wrap_epoch_keys(keys: Mapping[int, bytes | bytearray], card: DeviceCard) -> bytes:
    """An age file for ``card`` holding the keys of every epoch in ``keys``."""
    plain = bytearray(_canonical({str(e): bytes(k).hex() for e, k in sorted(keys.items())}))
    out = io.BytesIO()
    try:
        with AgeWriter(out, [card.recipient]) as writer:
            writer.write(plain)
    finally:
        plain[:] = bytes(len(plain))
    return out.getvalue()


def unwrap_epoch_keys(
    data: bytes, device: DeviceKeys, rosters: Mapping[int, Roster], epoch: int
) -> dict[int, bytearray]:
    """Open this device's key file of ``epoch``; each key must match its roster's check."""
    try:
        with AgeReader(io.BytesIO(data), [device.wrap_identity]) as reader:
            plain = bytearray(reader.read())
    except AgeError as exc:
        raise SyncTeamKeyInvalid(
            epoch, f"this device cannot open its key file ({exc.detail})"
        ) from None
    try:
        raw = json.loads(plain)
        keys = {int(e): bytearray(bytes.fromhex(k)) for e, k in raw.items()}
    except (ValueError, AttributeError):
        raise SyncTeamKeyInvalid(epoch, "the key file is not readable") from None
    finally:
        plain[:] = bytes(len(plain))
    if epoch not in keys:
        raise SyncTeamKeyInvalid(epoch, "the key file lacks this epoch's key")
    for e, key in keys.items():
        roster = rosters.get(e)
        if roster is None:
            raise SyncTeamKeyInvalid(e, "there is no member list for it")
        if len(key) != 32 or not hmac.compare_digest(
            key_check(key, roster.team_id, e), roster.key_check
        ):
            raise SyncTeamKeyInvalid(e, "it does not match the admin-signed member list")
    return keys
