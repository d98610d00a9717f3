"""Entry point of the bundled ``casekeeper-gui`` app (PyInstaller runs this file)."""

import sys

from casekeeper.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
