"""Start-up checks: a program folder others can change, a data folder others can open."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from casekeeper.cli.main import main as cli_main
from casekeeper.services import startup_checks as sc

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_program_under_a_world_writable_folder_is_reported(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    program = shared / "apps" / "casekeeper"
    program.mkdir(parents=True)
    shared.chmod(0o777)
    findings = sc.check_program_location([program])
    assert len(findings) == 1
    assert findings[0].warning
    assert findings[0].kind == sc.PROGRAM_FOLDER_OPEN
    assert findings[0].folder == shared
    assert str(shared) in findings[0].message
    assert "passphrase" in findings[0].message


def test_sticky_world_writable_folder_like_tmp_is_fine(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    program = shared / "casekeeper"
    program.mkdir(parents=True)
    shared.chmod(0o777 | stat.S_ISVTX)
    assert sc.writable_by_anyone(program) is None
    assert sc.check_program_location([program]) == []


def test_program_folder_itself_world_writable(tmp_path: Path) -> None:
    program = tmp_path / "casekeeper"
    program.mkdir()
    program.chmod(0o777)
    assert sc.writable_by_anyone(program) == program


def test_the_running_code_is_not_in_a_world_writable_place() -> None:
    assert sc.check_program_location() == []


def test_missing_data_folder_is_created_owner_only(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        folder = tmp_path / "deep" / "CaseKeeper"
        assert sc.check_data_dir(folder, ours=False) == []
    finally:
        os.umask(old)
    assert _mode(folder) == 0o700


def test_our_loose_data_folder_is_tightened_and_said(tmp_path: Path) -> None:
    folder = tmp_path / "CaseKeeper"
    folder.mkdir()
    folder.chmod(0o755)
    (finding,) = sc.check_data_dir(folder, ours=True)
    assert not finding.warning
    assert finding.kind == sc.DATA_DIR_TIGHTENED
    assert "755" in finding.message and "yours alone" in finding.message
    assert _mode(folder) == 0o700


def test_a_chosen_loose_data_folder_is_left_alone_with_a_warning(tmp_path: Path) -> None:
    folder = tmp_path / "portable-data"
    folder.mkdir()
    folder.chmod(0o750)
    (finding,) = sc.check_data_dir(folder, ours=False)
    assert finding.warning
    assert finding.kind == sc.DATA_DIR_OPEN
    assert f"chmod 700 '{folder}'" in finding.message
    assert _mode(folder) == 0o750


def test_owner_only_data_folder_has_nothing_to_say(tmp_path: Path) -> None:
    folder = tmp_path / "ok"
    folder.mkdir(mode=0o700)
    folder.chmod(0o700)
    assert sc.check_data_dir(folder, ours=False) == []


def test_folder_from_the_environment_is_not_ours(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "chosen"
    folder.mkdir()
    folder.chmod(0o755)
    monkeypatch.setenv("CASEKEEPER_DATA_DIR", str(folder))
    report = sc.run_startup_checks()
    assert not report.ok
    assert _mode(folder) == 0o755


def test_cli_prints_the_warning_on_stderr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "chosen"
    folder.mkdir()
    folder.chmod(0o755)
    monkeypatch.setenv("CASEKEEPER_DATA_DIR", str(folder))
    monkeypatch.setenv("CASEKEEPER_PASSPHRASE", "x")
    cli_main(["--store", str(tmp_path / "nostore"), "case", "list"])
    err = capsys.readouterr().err
    assert "casekeeper: warning: Other users of this computer can open the data folder" in err


def test_data_folder_of_another_account_is_reported(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "theirs"
    folder.mkdir(mode=0o700)
    monkeypatch.setattr(os, "getuid", lambda: folder.stat().st_uid + 1)
    (finding,) = sc.check_data_dir(folder, ours=True)
    assert finding.warning and finding.kind == sc.DATA_DIR_NOT_YOURS
