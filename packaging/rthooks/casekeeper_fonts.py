"""PyInstaller runtime hook: the report's fonts are looked up in the bundle first.

casekeeper.export.report.fonts searches ``$CASEKEEPER_FONT_DIR`` (a path
list) before the system's font folders; the bundled fonts go in front of
whatever the user set there.
"""

import os
import sys

_bundled = os.path.join(sys._MEIPASS, "casekeeper", "_fonts")  # type: ignore[attr-defined]
if os.path.isdir(_bundled):
    _rest = os.environ.get("CASEKEEPER_FONT_DIR", "")
    os.environ["CASEKEEPER_FONT_DIR"] = os.pathsep.join(p for p in (_bundled, _rest) if p)
