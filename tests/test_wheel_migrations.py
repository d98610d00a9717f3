"""An installed CaseKeeper (a wheel, not the source tree) still migrates its stores."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        pytest.skip(
            f"cannot build a wheel here (no network for the build backend?): "
            f"{result.stderr.strip()[-300:]}"
        )
    return next(out.glob("casekeeper-*.whl"))


def test_wheel_ships_the_migrations(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "casekeeper/_migrations/env.py" in names
    assert any(n.startswith("casekeeper/_migrations/versions/0001_") for n in names)


def test_installed_wheel_creates_and_migrates_a_store(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    script = (
        "import casekeeper.paths as p, pathlib, sys\n"
        "assert str(p.migrations_dir()).startswith(sys.argv[1]), p.migrations_dir()\n"
        "from casekeeper.services.stores import create_store\n"
        "from casekeeper.crypto.argon2 import MINIMUM\n"
        "s = create_store(pathlib.Path(sys.argv[2]), 'correct horse battery', kdf_params=MINIMUM)\n"
        "from casekeeper.store.migrate import current_revision, head_revision\n"
        "with s.store.engine.connect() as c: assert current_revision(c) == head_revision()\n"
        "s.store.close()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run(
        [sys.executable, "-c", script, str(target), str(tmp_path / "store")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
