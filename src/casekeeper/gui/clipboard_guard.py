"""Copies of case text leave the clipboard again after 30 seconds.

Every program on the computer can read the clipboard, and clipboard history
tools keep what passes through it. So a name, a testimony or a passport
number copied out of CaseKeeper is:

- marked as secret for the tools that honour it (as KeePassXC does):
  ``x-kde-passwordManagerHint: secret`` (Klipper, wl-clip-persist, GPaste),
  ``application/x-nspasteboard-concealed-type`` (macOS clipboard managers),
  and on Windows the formats Microsoft documents for clipboard history and
  cloud sync: ExcludeClipboardContentFromMonitorProcessing,
  CanIncludeInClipboardHistory = 0, CanUploadToCloudClipboard = 0;
- cleared after ``CLIPBOARD_CLEAR_SECONDS`` — but only if the clipboard still
  holds that text: what the person copied since, anywhere, is left alone;
- cleared at once when the window locks and when CaseKeeper quits (on X11 Qt
  otherwise hands the clipboard to the clipboard manager at exit).

``protect(widget)`` routes a read-only widget's copying through here: Ctrl+C
and a context menu with Copy on selectable labels, read-only text views and
tables (all cells of the selected rows, tab-separated). ``protect_all(root)``
does it for every such widget under ``root``.

Text copied by Qt's own code paths that do not pass through ``protect`` (an
editable field's Ctrl+C, or X11's mouse selection) is adopted and cleared the
same way where the platform says the clipboard is ours
(``QClipboard.ownsClipboard``: X11, Wayland, Windows, macOS); the offscreen
test platform cannot say, so there only routed copies are guarded.

Not in our hands: a clipboard manager that ignores the hint and keeps its
own history, or restores the text after it was cleared.
"""

from __future__ import annotations

import struct

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from .settings import CLIPBOARD_CLEAR_SECONDS

_HINTS: dict[str, bytes] = {
    "x-kde-passwordManagerHint": b"secret",
    "application/x-nspasteboard-concealed-type": b"",  # filled with the text
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"1",
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': struct.pack("<I", 0),
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': struct.pack("<I", 0),
}


class ClipboardGuard(QObject):
    def __init__(
        self,
        clipboard: QClipboard | None = None,
        seconds: float = CLIPBOARD_CLEAR_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.clipboard = clipboard or QGuiApplication.clipboard()
        self.seconds = seconds
        self._copied: dict[QClipboard.Mode, str] = {}  # mode -> the text we put there
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.clear_now)
        self.clipboard.dataChanged.connect(lambda: self._adopt(QClipboard.Mode.Clipboard))
        if self.clipboard.supportsSelection():
            self.clipboard.selectionChanged.connect(lambda: self._adopt(QClipboard.Mode.Selection))

    @property
    def pending(self) -> bool:
        """True while a copy of ours waits to be cleared."""
        return bool(self._copied)

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard, marked secret; clear it later."""
        if not text:
            return
        mime = QMimeData()
        mime.setText(text)
        for kind, value in _HINTS.items():
            mime.setData(kind, value or text.encode("utf-8"))
        self._copied[QClipboard.Mode.Clipboard] = text
        self.clipboard.setMimeData(mime, QClipboard.Mode.Clipboard)
        self._start()

    def _adopt(self, mode: QClipboard.Mode) -> None:
        """Text our widgets put there by Qt's own paths: guard it too."""
        owns = (
            self.clipboard.ownsClipboard()
            if mode == QClipboard.Mode.Clipboard
            else self.clipboard.ownsSelection()
        )
        text = self.clipboard.text(mode)
        if not owns or not text or self._copied.get(mode) == text:
            return
        self._copied[mode] = text
        self._start()

    def _start(self) -> None:
        self.timer.start(round(self.seconds * 1000))

    def clear_now(self) -> None:
        """Take our copies off the clipboard, unless something else replaced them."""
        self.timer.stop()
        copied, self._copied = self._copied, {}
        for mode, text in copied.items():
            if self.clipboard.text(mode) == text:
                self.clipboard.clear(mode)


_guard: ClipboardGuard | None = None


def guard() -> ClipboardGuard:
    """The application's guard, cleared when the application quits."""
    global _guard
    if _guard is None or not shiboken6.isValid(_guard):
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("the clipboard guard needs a QApplication")
        _guard = ClipboardGuard(parent=app)
        app.aboutToQuit.connect(_guard.clear_now)
    return _guard


# --- routing read-only widgets through the guard ---------------------------------------------


def selected_text(widget: QWidget) -> str:
    """What Copy takes from ``widget``: the selection, or '' if nothing is selected."""
    if isinstance(widget, QLabel):
        return widget.selectedText()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return widget.textCursor().selection().toPlainText()
    if isinstance(widget, QAbstractItemView):
        return _selected_cells(widget)
    return ""


def _selected_cells(view: QAbstractItemView) -> str:
    model = view.model()
    selection = view.selectionModel()
    if model is None or selection is None:
        return ""
    indexes = selection.selectedIndexes()
    if not indexes and view.currentIndex().isValid():
        indexes = [view.currentIndex()]
    rows: dict[int, dict[int, str]] = {}
    for index in indexes:
        value = model.data(index, Qt.ItemDataRole.DisplayRole)
        rows.setdefault(index.row(), {})[index.column()] = "" if value is None else str(value)
    lines = []
    for row in sorted(rows):
        cells = rows[row]
        lines.append("\t".join(cells[c] for c in sorted(cells)))
    return "\n".join(lines)


def _whole_text(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        if widget.textFormat() == Qt.TextFormat.PlainText or not Qt.mightBeRichText(widget.text()):
            return widget.text()
        from PySide6.QtGui import QTextDocumentFragment

        return QTextDocumentFragment.fromHtml(widget.text()).toPlainText()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return widget.toPlainText()
    return ""


class _CopyRoute(QObject):
    """Event filter on one widget (and its viewport): Copy goes to the guard."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Copy):
                event.accept()  # a window shortcut on Ctrl+C must not take it
                return True
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Copy):
                guard().copy(selected_text(self.widget))
                return True
        elif kind == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            if self.widget.contextMenuPolicy() != Qt.ContextMenuPolicy.DefaultContextMenu:
                return False  # the widget has its own menu (its owner adds Copy there)
            self._menu(event)
            return True
        return False

    def _menu(self, event: QContextMenuEvent) -> None:
        widget = self.widget
        menu = QMenu(widget)
        selected = selected_text(widget)
        copy = menu.addAction(QCoreApplication.translate("ClipboardGuard", "&Copy"))
        copy.setEnabled(bool(selected))
        copy.triggered.connect(lambda: guard().copy(selected))
        whole = _whole_text(widget)
        if whole and whole != selected:
            copy_all = menu.addAction(QCoreApplication.translate("ClipboardGuard", "Copy &all"))
            copy_all.triggered.connect(lambda: guard().copy(whole))
        if isinstance(widget, (QTextEdit, QPlainTextEdit)):
            menu.addSeparator()
            menu.addAction(
                QCoreApplication.translate("ClipboardGuard", "Select &all"), widget.selectAll
            )
        elif isinstance(widget, QAbstractItemView):
            menu.addSeparator()
            menu.addAction(
                QCoreApplication.translate("ClipboardGuard", "Select &all"), widget.selectAll
            )
        menu.addSeparator()
        note = menu.addAction(
            QCoreApplication.translate(
                "ClipboardGuard", "Copies leave the clipboard after {n} seconds"
            ).format(n=round(guard().seconds))
        )
        note.setEnabled(False)
        menu.exec(event.globalPos())
        menu.deleteLater()


def protect(widget: QWidget) -> None:
    """Route ``widget``'s Copy (keyboard and context menu) through the guard."""
    if widget.property("casekeeper_clipboard_guarded"):
        return
    widget.setProperty("casekeeper_clipboard_guarded", True)
    route = _CopyRoute(widget)
    widget.installEventFilter(route)
    if isinstance(widget, QAbstractScrollArea):
        # Mouse and context-menu events of a scroll area go to its viewport.
        widget.viewport().installEventFilter(route)


def _copies_text(widget: QWidget) -> bool:
    if isinstance(widget, QLabel):
        return bool(widget.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse)
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return widget.isReadOnly()
    return isinstance(widget, QAbstractItemView)


def protect_all(root: QWidget) -> int:
    """``protect`` every read-only widget under ``root`` that can copy text;
    returns how many."""
    count = 0
    for widget in root.findChildren(QWidget):
        if _copies_text(widget) and not widget.property("casekeeper_clipboard_guarded"):
            protect(widget)
            count += 1
    return count
