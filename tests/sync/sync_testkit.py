"""A small team of three devices for the sync tests: keys, rosters, a folder."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from casekeeper.clock import HLC
from casekeeper.sync.batch import SealedBatch, seal_batch
from casekeeper.sync.entries import CREATE, UPDATE, Entry, Stamp
from casekeeper.sync.keys import DeviceKeys
from casekeeper.sync.layout import SyncFolder, publish_bytes
from casekeeper.sync.team import Roster, add_device, create_team

A = "a1" * 16
B = "b2" * 16
C = "c3" * 16
T0 = 1_753_347_600_000  # 2025-07-24 09:00 UTC, FakeClock's default, in ms


@dataclass
class Team:
    keys: dict[str, DeviceKeys]
    rosters: list[Roster]
    epoch_keys: dict[int, bytearray]
    chains: dict[str, list[SealedBatch]] = field(default_factory=dict)

    @property
    def roster(self) -> Roster:
        return self.rosters[-1]

    @property
    def team_id(self) -> str:
        return self.roster.team_id

    @property
    def epoch(self) -> int:
        return self.roster.epoch

    def seal(self, device: str, entries: list[Entry], *, epoch: int | None = None) -> SealedBatch:
        """The device's next batch in its chain (not written anywhere)."""
        chain = self.chains.setdefault(device, [])
        epoch = self.epoch if epoch is None else epoch
        sealed = seal_batch(
            entries,
            device=self.keys[device],
            team_id=self.team_id,
            epoch=epoch,
            epoch_key=self.epoch_keys[epoch],
            seq=len(chain) + 1,
            prev=chain[-1].hash if chain else "",
        )
        chain.append(sealed)
        return sealed

    def publish(self, folder: SyncFolder, device: str, entries: list[Entry]) -> Path:
        sealed = self.seal(device, entries)
        path = folder.batch_path(device, sealed.header.seq)
        publish_bytes(path, sealed.data)
        return path


def make_team() -> Team:
    keys = {d: DeviceKeys.generate(d) for d in (A, B, C)}
    roster, key0 = create_team(keys[A], "Aigerim's laptop")
    rosters, epoch_keys = [roster], {0: key0}
    for device, name in ((B, "Bakyt's laptop"), (C, "Cholpon's laptop")):
        roster, key = add_device(rosters[-1], keys[A], keys[device].card(name))
        rosters.append(roster)
        epoch_keys[roster.epoch] = key
    return Team(keys, rosters, epoch_keys)


def entry(
    device: str,
    wall_ms: int,
    op: str = UPDATE,
    *,
    entity: str = "case_file",
    entity_id: str = "k1",
    field: str | None = "title",
    value: object = "x",
    base: tuple[Stamp, ...] = (),
    counter: int = 0,
) -> Entry:
    if op == CREATE:
        field = None
    return Entry(
        Stamp(HLC(wall_ms, counter), device),
        "tester",
        entity,
        entity_id,
        None,
        op,
        field,
        value,
        base,
    )
