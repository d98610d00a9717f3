"""The headless core never drags in the GUI toolkit (ARCHITECTURE.md section 1)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

IMPORT_WITHOUT_QT = textwrap.dedent(
    """
    import sys
    import casekeeper.services, casekeeper.services.cases, casekeeper.services.search
    import casekeeper.services.stores, casekeeper.services.history, casekeeper.store
    import casekeeper.cli
    try:
        import casekeeper.cli.main
    except ModuleNotFoundError as err:
        if err.name != "casekeeper.cli.main":
            raise  # a real missing dependency, not the not-yet-written CLI
    leaked = sorted(m for m in sys.modules if m.startswith("PySide6"))
    assert not leaked, leaked
    print("no Qt")
    """
)


def test_services_and_cli_import_without_pyside6() -> None:
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_WITHOUT_QT], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "no Qt"
