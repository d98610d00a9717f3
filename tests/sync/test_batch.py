"""Batches: round trip, and every way a batch in the folder can be wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_testkit import T0, A, B, C, Team, entry, make_team

from casekeeper import errors
from casekeeper.sync.batch import Batch, ChainVerdict, check_chain, open_batch, seal_batch
from casekeeper.sync.entries import CREATE, DELETE, Entry, Stamp
from casekeeper.sync.layout import SyncFolder, publish_bytes
from casekeeper.sync.team import remove_device


@pytest.fixture(scope="module")
def team() -> Team:
    return make_team()


def _open(team: Team, data: bytes, device: str, seq: int, **kw: object) -> Batch:
    args = dict(
        path=f"log/{device[:8]}/{seq}.batch",
        folder_device=device,
        folder_seq=seq,
        team_id=team.team_id,
        roster=team.roster,
        epoch_keys=team.epoch_keys,
    )
    args.update(kw)
    return open_batch(data, **args)  # type: ignore[arg-type]


def _entries(device: str) -> list[Entry]:
    create = entry(
        device, T0, CREATE, value={"title": "Detention at Khorgos", "summary": "Тұрғанбай"}
    )
    edit = entry(device, T0 + 5, value="Detention of Alimnur", base=(create.stamp,))
    gone = Entry(
        Stamp(edit.stamp.hlc.__class__(T0 + 9), device),
        "tester",
        "case_file",
        "k1",
        None,
        DELETE,
        None,
        None,
        (),
        {A: edit.stamp.hlc, device: edit.stamp.hlc},
    )
    return [create, edit, gone]


def test_batch_round_trip_keeps_every_entry(team: Team) -> None:
    entries = _entries(B)
    sealed = seal_batch(
        entries,
        device=team.keys[B],
        team_id=team.team_id,
        epoch=team.epoch,
        epoch_key=team.epoch_keys[team.epoch],
        seq=1,
        prev="",
    )
    batch = _open(team, sealed.data, B, 1)
    assert batch.entries == tuple(entries)
    assert batch.entries[2].seen == entries[2].seen
    assert batch.hash == sealed.hash and batch.header.prev == ""


def test_folder_holds_no_plaintext(team: Team) -> None:
    sealed = seal_batch(
        _entries(B),
        device=team.keys[B],
        team_id=team.team_id,
        epoch=team.epoch,
        epoch_key=team.epoch_keys[team.epoch],
        seq=1,
        prev="",
    )
    assert b"Khorgos" not in sealed.data
    assert "Тұрғанбай".encode() not in sealed.data


def _sealed(team: Team, device: str = B) -> bytes:
    return seal_batch(
        _entries(device),
        device=team.keys[device],
        team_id=team.team_id,
        epoch=team.epoch,
        epoch_key=team.epoch_keys[team.epoch],
        seq=1,
        prev="",
    ).data


@pytest.mark.parametrize("keep", [0, 5, 20, 200, -1, -64])
def test_truncated_batch_is_refused_as_incomplete(team: Team, keep: int) -> None:
    data = _sealed(team)
    with pytest.raises(errors.SyncBatchTruncated):
        _open(team, data[:keep] if keep > 0 else data[: len(data) + keep] if keep else b"", B, 1)


def test_every_flipped_bit_is_refused(team: Team) -> None:
    data = _sealed(team)
    refused, kept_aside = 0, []
    # Every byte of the header and signature, and a sample of the payload.
    positions = (
        list(range(0, 400))
        + list(range(400, len(data) - 64, 37))
        + list(range(len(data) - 64, len(data)))
    )
    for pos in positions:
        flipped = bytearray(data)
        flipped[pos] ^= 0x10
        try:
            _open(team, bytes(flipped), B, 1)
        except errors.SyncBatchRefused:
            refused += 1
        except errors.SyncBatchTooNew:
            kept_aside.append(pos)  # never applied either
    # A flip in the version field reads as a newer format: kept aside, not applied.
    assert kept_aside == [8, 9]
    assert refused == len(positions) - 2


def test_flipped_payload_bit_is_called_damage(team: Team) -> None:
    data = bytearray(_sealed(team))
    data[len(data) - 100] ^= 1
    with pytest.raises(errors.SyncBatchDamaged, match="signature does not match"):
        _open(team, bytes(data), B, 1)


def test_batch_copied_into_another_devices_folder_is_refused(team: Team, tmp_path: Path) -> None:
    folder = SyncFolder(tmp_path)
    data = _sealed(team, B)
    publish_bytes(folder.batch_path(C, 1), data)  # C's folder, C's number 1
    with pytest.raises(errors.SyncBatchMisplaced, match="found in"):
        _open(team, folder.batch_path(C, 1).read_bytes(), C, 1)


def test_batch_renamed_to_another_number_is_refused(team: Team) -> None:
    with pytest.raises(errors.SyncBatchMisplaced, match="named 2"):
        _open(team, _sealed(team), B, 2)


def test_batch_signed_by_another_member_names_the_signer(team: Team) -> None:
    # C signs a batch claiming to be B's: every field fits, only the key differs.
    entries = [e.__class__(**{**e.__dict__}) for e in _entries(B)]
    forged = seal_batch(
        entries,
        device=_impostor(team, as_device=B, real=C),
        team_id=team.team_id,
        epoch=team.epoch,
        epoch_key=team.epoch_keys[team.epoch],
        seq=1,
        prev="",
    )
    with pytest.raises(errors.SyncBatchWrongSigner, match=f"signed by device {C[:8]}"):
        _open(team, forged.data, B, 1)


def _impostor(team: Team, as_device: str, real: str) -> object:
    from casekeeper.sync.keys import DeviceKeys

    raw = team.keys[real].to_bytes()
    raw[5:21] = bytes.fromhex(as_device)  # C's private keys under B's device id
    return DeviceKeys.from_bytes(raw)


def test_batch_from_outside_the_team_is_refused(team: Team) -> None:
    stranger = make_team()  # another team, same device ids
    data = seal_batch(
        _entries(B),
        device=stranger.keys[B],
        team_id=team.team_id,
        epoch=team.epoch,
        epoch_key=team.epoch_keys[team.epoch],
        seq=1,
        prev="",
    ).data
    with pytest.raises(errors.SyncBatchDamaged):
        _open(team, data, B, 1)
    other_team = seal_batch(
        _entries(B),
        device=team.keys[B],
        team_id=stranger.team_id,
        epoch=team.epoch,
        epoch_key=team.epoch_keys[team.epoch],
        seq=1,
        prev="",
    )
    with pytest.raises(errors.SyncBatchMisplaced, match="another team"):
        _open(team, other_team.data, B, 1)


def test_batch_of_a_newer_format_is_kept_aside_not_called_damaged(team: Team) -> None:
    data = bytearray(_sealed(team))
    data[8:10] = (2).to_bytes(2, "big")
    with pytest.raises(errors.SyncBatchTooNew) as caught:
        _open(team, bytes(data), B, 1)
    assert not isinstance(caught.value, errors.SyncBatchRefused)
    assert caught.value.version == 2


def test_batch_under_an_epoch_key_this_device_lacks_is_refused(team: Team) -> None:
    keys = {e: k for e, k in team.epoch_keys.items() if e != team.epoch}
    with pytest.raises(errors.SyncBatchUnknownEpoch):
        _open(team, _sealed(team), B, 1, epoch_keys=keys)


def test_removed_device_cannot_publish_after_its_removal() -> None:
    team = make_team()
    first = team.seal(C, _entries(C)[:1])
    second = team.seal(C, [entry(C, T0 + 50, value="before removal", base=())])
    roster, key = remove_device(team.roster, team.keys[A], C, last_seq=2)
    team.rosters.append(roster)
    team.epoch_keys[roster.epoch] = key
    # What C wrote before its removal still counts...
    assert _open(team, first.data, C, 1).seq == 1
    assert _open(team, second.data, C, 2).seq == 2
    # ...a later batch under the old epoch key, and any under the new epoch, do not.
    late = team.seal(C, [entry(C, T0 + 99, value="after removal")], epoch=roster.epoch - 1)
    with pytest.raises(errors.SyncBatchFromRemovedDevice, match="removed after batch 2"):
        _open(team, late.data, C, 3)
    newer = team.seal(C, [entry(C, T0 + 120, value="stolen key")], epoch=roster.epoch)
    with pytest.raises(errors.SyncBatchFromRemovedDevice, match="removed in epoch"):
        _open(team, newer.data, C, 4)


def test_entries_out_of_clock_order_are_damage(team: Team) -> None:
    entries = [entry(B, T0 + 10, value="later"), entry(B, T0, value="earlier")]
    data = seal_batch(
        entries,
        device=team.keys[B],
        team_id=team.team_id,
        epoch=team.epoch,
        epoch_key=team.epoch_keys[team.epoch],
        seq=1,
        prev="",
    ).data
    with pytest.raises(errors.SyncBatchDamaged, match="clock order"):
        _open(team, data, B, 1)


# --- the chain: replays and clones ------------------------------------------------------


def test_chain_tells_next_replay_clone_and_ahead() -> None:
    team = make_team()
    one = _open(team, team.seal(B, [entry(B, T0, value="1")]).data, B, 1)
    two = _open(team, team.seal(B, [entry(B, T0 + 1, value="2")]).data, B, 2)
    three = _open(team, team.seal(B, [entry(B, T0 + 2, value="3")]).data, B, 3)
    hashes = {1: one.hash, 2: two.hash}
    assert check_chain(one, 0, "", hashes.get) is ChainVerdict.NEXT
    assert check_chain(two, 1, one.hash, hashes.get) is ChainVerdict.NEXT
    assert check_chain(three, 1, one.hash, hashes.get) is ChainVerdict.AHEAD  # 3 before 2
    assert check_chain(one, 2, two.hash, hashes.get) is ChainVerdict.REPLAY
    assert check_chain(two, 2, two.hash, hashes.get) is ChainVerdict.REPLAY
    # A clone: a second machine with B's keys writes its own batch 2.
    clone = make_team()
    clone.keys, clone.rosters, clone.epoch_keys = team.keys, team.rosters, team.epoch_keys
    clone.chains = {B: team.chains[B][:1]}
    other_two = _open(team, clone.seal(B, [entry(B, T0 + 1, value="2 elsewhere")]).data, B, 2)
    assert other_two.hash != two.hash
    assert check_chain(other_two, 2, two.hash, hashes.get) is ChainVerdict.CLONE
    # And its batch 3 does not follow the batch 2 this device applied.
    other_three = _open(team, clone.seal(B, [entry(B, T0 + 3, value="3 elsewhere")]).data, B, 3)
    assert check_chain(other_three, 2, two.hash, hashes.get) is ChainVerdict.CLONE
