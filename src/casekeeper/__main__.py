"""``python -m casekeeper`` opens the desktop app (the CLI is ``casekeeper``)."""

from __future__ import annotations

if __name__ == "__main__":
    # Imported here, not at the top: importing this module must not pull in Qt.
    from casekeeper.gui.app import main

    raise SystemExit(main())
