"""One change as it travels between devices.

A sync entry is a change-log entry (ARCHITECTURE.md section 5) plus what the
merge needs to tell a later write from a concurrent one:

- ``stamp``: (HLC, device id). Totally ordered: HLC first, device id
  breaks ties. Unique, because one device's HLC only ever increases.
- ``base`` (updates): the stamps of the values of that field the writer
  replaced (its "heads" when it wrote; usually one, several when a person
  resolved a conflict, none if the field had no value yet).
- ``seen`` (deletes): the writer's version vector, device -> highest HLC of
  that device it had applied, so that edits it had not seen are kept.

``value`` is the decoded JSON value: a dict of columns for ``create``, the
field's new value for ``update``, None for ``delete``.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

from casekeeper.clock import HLC

CREATE = "create"
UPDATE = "update"
DELETE = "delete"
OPS = (CREATE, UPDATE, DELETE)
_HLC_RE = re.compile(r"[0-9]{15}\.[0-9]{5}")
_DEVICE_RE = re.compile(r"[0-9a-f]{32}")
_IDENT_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,59}")


@functools.lru_cache(maxsize=256)
def _is_ident(name: object) -> bool:
    # Entity and field names repeat in every entry: check each once.
    return isinstance(name, str) and _IDENT_RE.fullmatch(name) is not None


def parse_hlc(text: str) -> HLC:
    if not isinstance(text, str) or not _HLC_RE.fullmatch(text):
        raise ValueError(f"not an HLC timestamp: {text!r}")
    return HLC.parse(text)


@dataclass(frozen=True, order=True)
class Stamp:
    hlc: HLC
    device: str

    def __str__(self) -> str:
        return f"{self.hlc}@{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        hlc, sep, device = str(text).partition("@")
        if not sep or not _DEVICE_RE.fullmatch(device):
            raise ValueError(f"not a stamp: {text!r}")
        return cls(parse_hlc(hlc), device)


@dataclass(frozen=True)
class Entry:
    stamp: Stamp
    author: str
    entity: str
    entity_id: str
    case_id: str | None
    op: str
    field: str | None
    value: Any
    base: tuple[Stamp, ...] = ()
    seen: Mapping[str, HLC] | None = dc_field(default=None, hash=False)

    def __post_init__(self) -> None:
        if self.op not in OPS:
            raise ValueError(f"unknown operation {self.op!r}")
        if not _is_ident(self.entity):
            raise ValueError(f"not an entity name: {self.entity!r}")
        if self.op == UPDATE and not _is_ident(self.field):
            raise ValueError("an update names the field it changes")
        if self.op == CREATE and not isinstance(self.value, dict):
            raise ValueError("a create carries the new record's columns")
        if self.op == DELETE and self.seen is None:
            raise ValueError("a delete carries what its writer had seen")

    @property
    def device(self) -> str:
        return self.stamp.device

    @property
    def record(self) -> tuple[str, str]:
        return (self.entity, self.entity_id)

    def to_wire(self) -> list[Any]:
        return [
            str(self.stamp.hlc),
            self.author,
            self.entity,
            self.entity_id,
            self.case_id,
            self.op,
            self.field,
            json.dumps(self.value, ensure_ascii=False, separators=(",", ":"), sort_keys=True),
            [str(s) for s in self.base],
            None if self.seen is None else {d: str(h) for d, h in sorted(self.seen.items())},
        ]

    @classmethod
    def from_wire(cls, device: str, raw: Any) -> Entry:
        """Parse one entry of ``device``'s batch; raises ValueError on anything malformed."""
        if not isinstance(raw, list) or len(raw) != 10:
            raise ValueError("an entry is a list of 10 items")
        hlc, author, entity, entity_id, case_id, op, fld, value, base, seen = raw
        for name, item in (("author", author), ("entity id", entity_id)):
            if not isinstance(item, str):
                raise ValueError(f"the {name} is not text")
        if case_id is not None and not isinstance(case_id, str):
            raise ValueError("the case id is not text")
        if not isinstance(value, str) or not isinstance(base, list):
            raise ValueError("malformed value or base")
        if seen is not None:
            if not isinstance(seen, dict) or not all(_DEVICE_RE.fullmatch(d) for d in seen):
                raise ValueError("malformed version vector")
            seen = {d: parse_hlc(h) for d, h in seen.items()}
        return cls(
            Stamp(parse_hlc(hlc), device),
            author,
            entity,
            entity_id,
            case_id,
            op,
            fld,
            json.loads(value),
            tuple(Stamp.parse(s) for s in base),
            seen,
        )
