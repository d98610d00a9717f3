"""Unlocking a store: the passphrase, the printed recovery key, and typos in either.

A refused attempt must leave the store exactly as it was: no file written,
not even touched (same bytes, same modification time).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from store_testkit import PASSPHRASE, describe_changes, snapshot

from casekeeper import errors
from casekeeper.crypto.recovery import new_recovery_key
from casekeeper.services import cases, history
from casekeeper.services.context import Context
from casekeeper.services.stores import open_store


@pytest.fixture
def locked_store(store_copy: tuple[Path, str]) -> tuple[Path, str]:
    """A store holding one case, closed: (folder, recovery key)."""
    folder, recovery = store_copy
    with open_store(folder, recovery_key=recovery) as store:
        cases.new_case(Context.for_store(store, "caseworker-a"), "Detention at Khorgos")
    time.sleep(0.01)  # so that any write would show in the modification times
    return folder, recovery


def _refused_without_a_trace(
    folder: Path, error: type[errors.CaseKeeperError], **secret: str
) -> str:
    before = snapshot(folder)
    with pytest.raises(errors.CaseKeeperError) as info:
        open_store(folder, **secret).close()
    assert type(info.value) is error
    assert describe_changes(before, snapshot(folder)) == []
    return str(info.value)


def test_wrong_passphrase_is_refused_and_nothing_on_disk_changes(
    locked_store: tuple[Path, str],
) -> None:
    message = _refused_without_a_trace(
        locked_store[0], errors.WrongPassphrase, passphrase="correct horse battery stapler"
    )
    assert "Wrong passphrase" in message and "nothing was changed" in message


def test_empty_passphrase_is_refused_like_a_wrong_one(locked_store: tuple[Path, str]) -> None:
    _refused_without_a_trace(locked_store[0], errors.WrongPassphrase, passphrase="")


def test_right_passphrase_opens_and_shows_the_case(locked_store: tuple[Path, str]) -> None:
    with open_store(locked_store[0], passphrase=PASSPHRASE) as store:
        assert [c.title for c in cases.list_cases(store)] == ["Detention at Khorgos"]


def test_printed_recovery_key_opens_the_store_when_the_passphrase_is_forgotten(
    locked_store: tuple[Path, str],
) -> None:
    folder, recovery = locked_store
    with open_store(folder, recovery_key=recovery) as store:
        assert [c.title for c in cases.list_cases(store)] == ["Detention at Khorgos"]
        assert history.check(store).entries == 1


def test_recovery_key_typed_back_by_hand_opens_the_store(locked_store: tuple[Path, str]) -> None:
    """Lower case, spaces instead of dashes, a line break in the middle."""
    folder, recovery = locked_store
    groups = recovery.lower().split("-")
    typed = " ".join(groups[:7]) + "\n" + " ".join(groups[7:])
    with open_store(folder, recovery_key=typed) as store:
        assert len(cases.list_cases(store)) == 1


def test_recovery_key_of_another_store_is_refused_without_a_trace(
    locked_store: tuple[Path, str],
) -> None:
    message = _refused_without_a_trace(
        locked_store[0], errors.WrongRecoveryKey, recovery_key=new_recovery_key()
    )
    assert "Wrong recovery key" in message


@pytest.mark.parametrize(
    "typed",
    ["ABCD-EFGH", "", "not a recovery key at all", "recovery key with a typo"],
)
def test_malformed_recovery_key_is_reported_as_a_typo(
    locked_store: tuple[Path, str], typed: str
) -> None:
    message = _refused_without_a_trace(
        locked_store[0], errors.MalformedRecoveryKey, recovery_key=typed
    )
    assert "14 groups of 4" in message


def test_one_mistyped_character_in_the_recovery_key_is_caught_as_a_typo(
    locked_store: tuple[Path, str],
) -> None:
    folder, recovery = locked_store
    first = recovery[0]
    typo = ("B" if first != "B" else "C") + recovery[1:]
    _refused_without_a_trace(folder, errors.MalformedRecoveryKey, recovery_key=typo)
