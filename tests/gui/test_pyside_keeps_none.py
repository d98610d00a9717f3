"""The Qt binding we pin must not leak references to None.

PySide6 6.12.0 lost one reference to None per void Qt call, which on Python
3.11 aborts the app after a few thousand calls ("deallocating None").
pyproject.toml keeps it out; this test fails if a bad binding comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_many_qt_calls_do_not_eat_references_to_none(qapp: QApplication) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("Alimnur Turganbay")
    assert before - sys.getrefcount(None) < 50
