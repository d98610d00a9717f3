"""``casekeeper self-test`` from the source tree (the packaged binary runs it in
packaging/smoke_test.sh)."""

from __future__ import annotations

from pathlib import Path

import pytest

from casekeeper.cli.main import main as cli_main
from casekeeper.cli.selftest_commands import CHINESE, CYRILLIC, run_self_test
from casekeeper.crypto.argon2 import MINIMUM
from casekeeper.store import migrate


def test_self_test_passes_names_every_step_and_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr("tempfile.tempdir", None)  # re-read TMPDIR
    assert cli_main(["self-test"]) == 0
    assert list(tmp_path.iterdir()) == []
    out = capsys.readouterr().out
    for step in (
        "create an encrypted store",
        "unlock it",
        "add a person named in Cyrillic and Chinese",
        "import a file into the vault",
        "export an evidence bundle",
        "verify the bundle without the store",
    ):
        assert f"ok    {step}" in out
    assert "export a PDF report" in out  # done, or skipped with a line saying so
    assert CYRILLIC in out and CHINESE in out
    assert out.rstrip().endswith("self-test passed")


def test_a_bundle_without_its_migrations_fails_at_the_first_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the self-test is for: an app packaged without its alembic
    scripts cannot make a store, and the failure names the step."""
    empty = tmp_path / "no-migrations"
    empty.mkdir()
    monkeypatch.setattr(migrate, "migrations_dir", lambda: empty)
    migrate._scripts.cache_clear()
    lines: list[str] = []
    try:
        failed = run_self_test(lines.append, kdf_params=MINIMUM)
    finally:
        migrate._scripts.cache_clear()
    assert failed == "create an encrypted store"
    assert lines[-1].startswith("FAIL  create an encrypted store: ")
    assert not any(line.startswith("ok ") for line in lines)
