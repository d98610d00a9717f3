"""Two CaseKeepers on one store: the second is told clearly, the first carries on.

The other CaseKeeper is a real separate process (the lock is an OS lock), run
with the project's interpreter.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from store_testkit import PASSPHRASE

from casekeeper import errors
from casekeeper.services import cases, history
from casekeeper.services.context import Context
from casekeeper.services.stores import NewStore, open_store

# What a second CaseKeeper does: open the store, report the failure the way
# the CLI edge does (one line, the error's exit code), or hold it open.
OTHER_CASEKEEPER = textwrap.dedent(
    """
    import os, sys
    from casekeeper import errors
    from casekeeper.services.stores import open_store
    try:
        store = open_store(sys.argv[1], passphrase=os.environ["CK_TEST_PASSPHRASE"])
    except errors.CaseKeeperError as err:
        print(type(err).__name__ + ": " + str(err), file=sys.stderr)
        sys.exit(err.exit_code)
    print("opened", flush=True)
    if sys.argv[2] == "hold":
        sys.stdin.readline()  # keep the store open until told (or killed)
    store.close()
    """
)


def _other_casekeeper(folder: Path, mode: str = "close") -> list[str]:
    return [sys.executable, "-c", OTHER_CASEKEEPER, str(folder), mode]


def _env() -> dict[str, str]:
    return {**os.environ, "CK_TEST_PASSPHRASE": PASSPHRASE}


def test_second_casekeeper_process_is_told_the_store_is_open_elsewhere(
    new_store: NewStore, ctx: Context
) -> None:
    cases.new_case(ctx, "Detention at Khorgos")
    folder = new_store.store.path

    other = subprocess.run(
        _other_casekeeper(folder), env=_env(), capture_output=True, text=True, timeout=60
    )

    assert other.returncode != 0
    assert "opened" not in other.stdout
    assert "StoreLocked" in other.stderr
    assert "open in another CaseKeeper" in other.stderr
    assert "Traceback" not in other.stderr

    # The first CaseKeeper carries on as if nothing happened.
    cases.new_case(ctx, "Disappearance of Serik")
    assert len(cases.list_cases(new_store.store)) == 2
    assert history.check(new_store.store).entries == 2


def test_store_opens_in_another_process_once_the_first_locks_it(new_store: NewStore) -> None:
    folder = new_store.store.path
    new_store.store.close()

    other = subprocess.run(
        _other_casekeeper(folder), env=_env(), capture_output=True, text=True, timeout=60
    )
    assert other.returncode == 0, other.stderr
    assert other.stdout.strip() == "opened"


def test_crashed_casekeeper_never_leaves_the_store_stuck(store_copy: tuple[Path, str]) -> None:
    folder, recovery = store_copy
    holder = subprocess.Popen(
        _other_casekeeper(folder, "hold"),
        env=_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "opened"
        with pytest.raises(errors.StoreLocked, match="open in another CaseKeeper"):
            open_store(folder, recovery_key=recovery)
    finally:
        holder.kill()  # a crash: no close, no clean-up
        holder.communicate(timeout=30)

    with open_store(folder, recovery_key=recovery) as store:
        cases.new_case(Context.for_store(store, "caseworker-a"), "After the crash")
        assert history.check(store).entries == 1


def test_second_open_in_the_same_process_is_refused_and_the_first_keeps_working(
    new_store: NewStore, ctx: Context
) -> None:
    folder = new_store.store.path

    with pytest.raises(errors.StoreLocked) as info:
        open_store(folder, recovery_key=new_store.recovery_key)
    assert "open in another CaseKeeper" in str(info.value)
    assert str(folder) in str(info.value)

    cases.new_case(ctx, "Still writable")
    assert [c.title for c in cases.list_cases(new_store.store)] == ["Still writable"]
    assert history.check(new_store.store).entries == 1

    new_store.store.close()
    with open_store(folder, recovery_key=new_store.recovery_key) as again:
        assert [c.title for c in cases.list_cases(again)] == ["Still writable"]
