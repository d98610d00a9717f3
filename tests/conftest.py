"""Test-wide set-up shared by every test module.

Qt must run offscreen (no display in CI), and no test may touch a real
CaseKeeper data, config or cache folder.
"""

from __future__ import annotations

import os

# Before anything imports Qt (pytest-qt, the GUI modules): no display needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app picks its language from the system locale: tests expect English
# texts whatever the developer's own locale (the translation tests choose
# their language through the app's settings).
for _name in ("LC_ALL", "LC_MESSAGES", "LANG"):
    os.environ[_name] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_casekeeper_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point CaseKeeper's data/config/cache folders at fresh temporary folders.

    The folders do not exist yet (the app creates what it needs, as on a first
    run); they sit apart from the test's own ``tmp_path``, which stays empty.
    """
    home = tmp_path_factory.mktemp("casekeeper-home")
    for name in ("DATA", "CONFIG", "CACHE"):
        monkeypatch.setenv(f"CASEKEEPER_{name}_DIR", str(home / name.lower()))
    # A developer's own CASEKEEPER_STORE must never leak into a test.
    monkeypatch.delenv("CASEKEEPER_STORE", raising=False)
