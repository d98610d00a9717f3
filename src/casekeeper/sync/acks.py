"""``acks/<device>.json``: what a device has applied, for status and clean-up.

Each device rewrites only its own ack file (atomically, layout.replace_bytes).
It is signed like a roster (Ed25519 over ``"casekeeper/v1/sync-ack\\0" ||
canonical JSON without "sig"``), because a forged ack could make other
devices believe a batch was applied everywhere and clean it up too early.
Acks carry batch numbers only, never content.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from dataclasses import dataclass

from .keys import DeviceKeys, verify_signature
from .layout import DEVICE_RE
from .team import Roster

_SIG_LABEL = b"casekeeper/v1/sync-ack\x00"
_MAX_ACK_BYTES = 1 << 20


def _canonical(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":"), sort_keys=True).encode()


@dataclass(frozen=True)
class Ack:
    team_id: str
    device_id: str
    applied: Mapping[str, int]  # device -> highest batch applied
    at: str  # the writer's HLC when it wrote the ack

    def body(self) -> dict[str, object]:
        return {
            "team": self.team_id,
            "device": self.device_id,
            "applied": dict(sorted(self.applied.items())),
            "at": self.at,
        }


def write_ack(ack: Ack, keys: DeviceKeys) -> bytes:
    if ack.device_id != keys.device_id:
        raise ValueError("a device writes only its own ack")
    body = ack.body()
    signature = keys.sign(_SIG_LABEL + _canonical(body))
    return _canonical({**body, "sig": base64.b64encode(signature).decode("ascii")}) + b"\n"


def read_ack(data: bytes, roster: Roster, file_device: str) -> Ack | None:
    """The ack if it is well formed, signed by ``file_device`` as the roster knows it; else None.

    A bad ack only affects status and clean-up, so it is skipped, not fatal.
    """
    if len(data) > _MAX_ACK_BYTES:
        return None
    try:
        raw = json.loads(data)
        signature = base64.b64decode(raw.pop("sig"), validate=True)
        ack = Ack(
            str(raw["team"]),
            str(raw["device"]),
            {str(d): int(s) for d, s in dict(raw["applied"]).items()},
            str(raw["at"]),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    if ack.device_id != file_device or ack.team_id != roster.team_id:
        return None
    if not all(DEVICE_RE.fullmatch(d) for d in ack.applied):
        return None
    member = roster.member(file_device)
    if member is None:
        return None
    if not verify_signature(
        member.card.sign_public, signature, _SIG_LABEL + _canonical(ack.body())
    ):
        return None
    return ack


def safe_to_clean(acks: Mapping[str, Ack], roster: Roster, device_id: str) -> int:
    """The highest batch of ``device_id`` every active member has applied (0 if any has not)."""
    lowest = None
    for member in roster.active_members():
        if member.device_id == device_id:
            continue
        ack = acks.get(member.device_id)
        seq = ack.applied.get(device_id, 0) if ack else 0
        lowest = seq if lowest is None else min(lowest, seq)
    return lowest or 0
