"""The page that shows a new store's recovery key, once.

The key is the only way in if the passphrase is forgotten, and CaseKeeper
keeps no copy: the person must say they wrote it down before going on.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget


class RecoveryKeyPage(QWidget):
    confirmed_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        explain = QLabel(
            self.tr(
                "If the passphrase is ever forgotten, this key is the only way into the "
                "store. Write it down on paper now and keep it somewhere safe, away from "
                "this computer. It is shown only once: CaseKeeper keeps no copy."
            )
        )
        explain.setWordWrap(True)
        # No copy button on purpose: the clipboard is readable by every program.
        self.key_label = QLabel()
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.key_label.setFont(font)
        self.key_label.setStyleSheet(
            "padding: 10px; border: 1px solid palette(mid); background: palette(base);"
        )
        self.written_down_box = QCheckBox(self.tr("I have written it down"))
        self.written_down_box.toggled.connect(self.confirmed_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        for widget in (explain, self.key_label, self.written_down_box):
            layout.addWidget(widget)

    def show_key(self, key: str) -> None:
        self.written_down_box.setChecked(False)
        self.key_label.setText(_two_lines(key))

    def clear(self) -> None:
        """The key leaves the screen once confirmed."""
        self.key_label.clear()

    @property
    def confirmed(self) -> bool:
        return self.written_down_box.isChecked()


def _two_lines(key: str) -> str:
    """14 groups as two lines of 7, easier to copy onto paper than one long
    line broken wherever the label wraps (line breaks are accepted when typed)."""
    groups = key.split("-")
    half = (len(groups) + 1) // 2
    return "-".join(groups[:half]) + "\n" + "-".join(groups[half:])
