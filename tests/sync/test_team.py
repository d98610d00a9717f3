"""The team: a signed, linked roster; joining after a fingerprint check; removal."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from sync_testkit import A, B, C, make_team

from casekeeper import errors
from casekeeper.crypto.age import AgeWriter
from casekeeper.sync.keys import DeviceCard, DeviceKeys
from casekeeper.sync.layout import SyncFolder, publish_bytes
from casekeeper.sync.team import (
    MEMBER,
    Roster,
    add_device,
    blob_identity,
    create_team,
    remove_device,
    team_fingerprint,
    unwrap_epoch_keys,
    verify_rosters,
    wrap_epoch_keys,
)


def test_device_card_travels_as_text_and_shows_the_same_fingerprint() -> None:
    keys = DeviceKeys.generate(B)
    card = keys.card("Bakyt's laptop")
    received = DeviceCard.from_text(card.to_text())
    assert received == card
    assert received.fingerprint() == card.fingerprint()
    groups = card.fingerprint().split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)


def test_a_card_swapped_in_transit_shows_another_fingerprint() -> None:
    real = DeviceKeys.generate(B).card("Bakyt")
    swapped = replace(real, wrap_public=DeviceKeys.generate(B).card("x").wrap_public)
    assert swapped.fingerprint() != real.fingerprint()


@pytest.mark.parametrize(
    "text",
    [
        "",
        "casekeeper-device:1:abc",
        "hello",
        "casekeeper-device:1:" + "a" * 32 + ":AAAA:age1qqq:AA",
    ],
)
def test_damaged_card_text_is_refused_clearly(text: str) -> None:
    with pytest.raises(errors.SyncDeviceCardInvalid):
        DeviceCard.from_text(text)


def test_device_keys_round_trip_through_bytes_and_can_be_wiped() -> None:
    keys = DeviceKeys.generate(A)
    raw = keys.to_bytes()
    again = DeviceKeys.from_bytes(raw)
    assert again.card("n") == keys.card("n")
    assert "DeviceKeys" in repr(again) and raw.hex() not in repr(again)
    again.wipe()
    assert again.card("n") != keys.card("n")  # the secrets are zeros now
    with pytest.raises(ValueError):
        DeviceKeys.from_bytes(raw[:-1])


def test_roster_chain_verifies_from_genesis_and_is_canonical(tmp_path: Path) -> None:
    team = make_team()
    folder = SyncFolder(tmp_path)
    for roster in team.rosters:
        publish_bytes(folder.roster_path(roster.epoch), roster.to_bytes())
    read = [
        Roster.from_bytes(folder.roster_path(e).read_bytes(), e) for e in folder.roster_epochs()
    ]
    newest = verify_rosters(read, genesis_hash=team.rosters[0].hash())
    assert newest.epoch == 2
    assert {m.device_id for m in newest.active_members()} == {A, B, C}
    assert newest.member(B).role == MEMBER and newest.is_admin(A)


def test_roster_from_another_team_is_refused_by_the_pinned_genesis() -> None:
    team, other = make_team(), make_team()
    with pytest.raises(errors.SyncRosterInvalid, match="not the team this device joined"):
        verify_rosters(other.rosters, genesis_hash=team.rosters[0].hash())


def test_edited_roster_is_refused() -> None:
    team = make_team()
    data = team.rosters[1].to_bytes().replace(b'"member"', b'"admin"')
    edited = Roster.from_bytes(data, 1)
    with pytest.raises(errors.SyncRosterInvalid, match="signature does not match"):
        verify_rosters([team.rosters[0], edited, team.rosters[2]])


def test_roster_signed_by_a_member_who_is_not_admin_is_refused() -> None:
    team = make_team()
    with pytest.raises(errors.SyncNotAdmin):
        add_device(team.roster, team.keys[B], DeviceKeys.generate("d4" * 16).card("D"))
    # Forged by hand: B signs a roster adding a device.
    forged, _ = add_device(team.roster, team.keys[A], DeviceKeys.generate("d4" * 16).card("D"))
    unsigned = replace(forged, signer=B, signature=b"")
    forged = replace(unsigned, signature=team.keys[B].sign(unsigned.signed_message()))
    with pytest.raises(errors.SyncRosterInvalid, match="not signed by an admin"):
        verify_rosters([*team.rosters, forged])


def test_roster_that_drops_a_member_or_skips_an_epoch_is_refused() -> None:
    team = make_team()
    with pytest.raises(errors.SyncRosterInvalid, match="missing"):
        verify_rosters([team.rosters[0], team.rosters[2]])
    roster, _ = add_device(team.roster, team.keys[A], DeviceKeys.generate("d4" * 16).card("D"))
    dropped = replace(
        roster, members=tuple(m for m in roster.members if m.device_id != C), signature=b""
    )
    dropped = replace(dropped, signature=team.keys[A].sign(dropped.signed_message()))
    with pytest.raises(errors.SyncRosterInvalid, match="disappeared"):
        verify_rosters([*team.rosters, dropped])


def test_joining_device_opens_every_epoch_key_and_a_forged_key_file_is_refused() -> None:
    team = make_team()
    rosters = {r.epoch: r for r in team.rosters}
    wrapped = wrap_epoch_keys(team.epoch_keys, team.keys[C].card("C"))
    keys = unwrap_epoch_keys(wrapped, team.keys[C], rosters, team.epoch)
    assert keys == team.epoch_keys
    # Someone with write access to the folder wraps a key of their own to C.
    from casekeeper.crypto.secrets import random_key

    planted = wrap_epoch_keys({**team.epoch_keys, 2: random_key()}, team.keys[C].card("C"))
    with pytest.raises(errors.SyncTeamKeyInvalid, match="does not match"):
        unwrap_epoch_keys(planted, team.keys[C], rosters, team.epoch)
    with pytest.raises(errors.SyncTeamKeyInvalid, match="cannot open"):
        unwrap_epoch_keys(wrapped, team.keys[B], rosters, team.epoch)


def test_removal_starts_an_epoch_whose_key_the_removed_device_cannot_open() -> None:
    team = make_team()
    roster, key = remove_device(team.roster, team.keys[A], C, last_seq=7)
    rosters = {r.epoch: r for r in [*team.rosters, roster]}
    verify_rosters(list(rosters.values()))
    member = roster.member(C)
    assert member is not None and not member.active and member.last_seq == 7
    assert [m.device_id for m in roster.active_members()] == sorted([A, B])
    keys = {**team.epoch_keys, roster.epoch: key}
    for_b = wrap_epoch_keys(keys, team.keys[B].card("B"))
    assert unwrap_epoch_keys(for_b, team.keys[B], rosters, roster.epoch)[roster.epoch] == key
    # A removed device stays removed.
    with pytest.raises(errors.SyncRosterInvalid, match="cannot come back"):
        add_device(roster, team.keys[A], team.keys[C].card("C again"))
    with pytest.raises(errors.SyncRosterInvalid, match="no admin left"):
        remove_device(roster, team.keys[A], A, last_seq=0)


def test_team_fingerprint_differs_between_teams_and_blobs_open_with_stock_age(
    tmp_path: Path,
) -> None:
    admin = DeviceKeys.generate(A)
    one, key = create_team(admin, "A")
    two, _ = create_team(admin, "A")
    assert team_fingerprint(one) != team_fingerprint(two)
    identity = blob_identity(key)
    assert identity == blob_identity(bytes(key))
    blob = io.BytesIO()
    with AgeWriter(blob, [identity.recipient()]) as writer:
        writer.write(b"scan of the passport")
    if shutil.which("age") is None:
        pytest.skip("the age command is not installed (Debian: apt install age)")
    key_file = tmp_path / "team.key"
    key_file.write_text(identity.to_string() + "\n")
    opened = subprocess.run(
        ["age", "-d", "-i", str(key_file)], input=blob.getvalue(), capture_output=True, check=True
    )
    assert opened.stdout == b"scan of the passport"


def test_ack_is_signed_and_a_forged_one_is_ignored() -> None:
    from casekeeper.sync.acks import Ack, read_ack, safe_to_clean, write_ack

    team = make_team()
    acks = {}
    for device, seen in ((B, {A: 5, C: 2}), (C, {A: 3, B: 1})):
        data = write_ack(
            Ack(team.team_id, device, seen, "001753347600000.00000"), team.keys[device]
        )
        ack = read_ack(data, team.roster, device)
        assert ack is not None and ack.applied == seen
        acks[device] = ack
    assert safe_to_clean(acks, team.roster, A) == 3  # C has applied A's batches up to 3
    # B's key signing C's ack file: ignored, so nothing is cleaned early.
    forged = write_ack(Ack(team.team_id, B, {A: 99}, "x"), team.keys[B])
    assert read_ack(forged, team.roster, C) is None
    assert read_ack(forged.replace(b"99", b"98"), team.roster, B) is None  # edited after signing
