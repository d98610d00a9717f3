"""Entry point of the bundled ``casekeeper`` command (PyInstaller runs this file)."""

import sys

from casekeeper.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
