"""The History tab: the case's change log, newest first, as field diffs.

Every change the store recorded (``services.history.case_changes``, the same
entries ``casekeeper log CASE`` prints): when, by whom, which record, which
field, what it was and what it became. The log of a long-running case holds
thousands of entries, so ``HistoryModel`` reads it a page at a time on a
worker thread (``canFetchMore``/``fetchMore``), and only while the tab is
on screen.
"""

from __future__ import annotations

import json
import re
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casekeeper.errors import CaseKeeperError
from casekeeper.services import history
from casekeeper.services.history import ChangeView
from casekeeper.services.views import CaseDetail
from casekeeper.store.store import Store

from . import labels
from .display import claimed_value, local_time
from .worker import run_task

PAGE_SIZE = 100
WHEN, WHO, RECORD, FIELD, BEFORE, AFTER = range(6)
MAX_CELL = 80  # longer values are cut in the cell and shown whole in the tooltip

Index = QModelIndex | QPersistentModelIndex

# Fields that hold a controlled word ("house_arrest"), shown in the user's language.
_VOCABULARY_FIELDS = {"status", "kind", "audience", "scope", "decision", "reliability", "role"}
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")  # a stored moment, not a fuzzy date

# The change log names tables; a person reads what kind of record it was.
_RECORDS: dict[str, object] = {
    "case_file": QT_TRANSLATE_NOOP("HistoryRecord", "case"),
    "person": QT_TRANSLATE_NOOP("HistoryRecord", "person"),
    "person_name": QT_TRANSLATE_NOOP("HistoryRecord", "name"),
    "citizenship": QT_TRANSLATE_NOOP("HistoryRecord", "citizenship"),
    "identity_document": QT_TRANSLATE_NOOP("HistoryRecord", "document"),
    "case_role": QT_TRANSLATE_NOOP("HistoryRecord", "role"),
    "relationship": QT_TRANSLATE_NOOP("HistoryRecord", "relationship"),
    "event": QT_TRANSLATE_NOOP("HistoryRecord", "event"),
    "event_participant": QT_TRANSLATE_NOOP("HistoryRecord", "participant"),
    "source": QT_TRANSLATE_NOOP("HistoryRecord", "source"),
    "claim": QT_TRANSLATE_NOOP("HistoryRecord", "claim"),
    "consent": QT_TRANSLATE_NOOP("HistoryRecord", "consent"),
    "task": QT_TRANSLATE_NOOP("HistoryRecord", "task"),
    "evidence": QT_TRANSLATE_NOOP("HistoryRecord", "evidence"),
    "custody_event": QT_TRANSLATE_NOOP("HistoryRecord", "custody record"),
    "field_sensitivity": QT_TRANSLATE_NOOP("HistoryRecord", "sensitivity"),
}


def record_kind(entity: str) -> str:
    source = _RECORDS.get(entity)
    if source is None:
        return entity.replace("_", " ")
    return QCoreApplication.translate("HistoryRecord", str(source))


def value_text(field: str | None, value: Any) -> str:
    """A logged value as read: dates in words, nothing as a dash."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return QCoreApplication.translate("HistoryModel", "yes" if value else "no")
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and _TIMESTAMP.match(value):
        return local_time(value)
    if isinstance(value, str) and field in _VOCABULARY_FIELDS:
        return labels.word(value)
    return claimed_value(field or "", str(value))


def _cut(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= MAX_CELL else line[: MAX_CELL - 1] + "…"


class HistoryModel(QAbstractTableModel):
    """One case's changes, newest first, read a page at a time."""

    loading_changed = Signal(bool)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store: Store | None = None
        self._case_id: str | None = None
        self._rows: list[ChangeView] = []
        self._complete = True  # every entry is in _rows
        self._fetching = False
        self._generation = 0

    @property
    def case_id(self) -> str | None:
        return self._case_id

    @property
    def loading(self) -> bool:
        return self._fetching

    def change(self, row: int) -> ChangeView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def load(self, store: Store | None, case_id: str | None) -> None:
        """Forget what is shown and read the newest page of ``case_id``."""
        self._generation += 1
        self.beginResetModel()
        self._store, self._case_id = store, case_id
        self._rows = []
        self._complete = store is None or case_id is None
        self._fetching = False
        self.endResetModel()
        self.loading_changed.emit(False)
        if not self._complete:
            self.fetchMore()

    # --- lazy fetching ----------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        store, case_id = self._store, self._case_id
        if parent.isValid() or self._fetching or self._complete:
            return
        assert store is not None and case_id is not None
        self._fetching = True
        self.loading_changed.emit(True)
        generation, offset = self._generation, len(self._rows)

        def page() -> list[ChangeView]:
            return history.case_changes(store, case_id, offset=offset, limit=PAGE_SIZE)

        def done(rows: list[ChangeView] | None, error: BaseException | None) -> None:
            if generation != self._generation:
                return  # another case (or a lock) since
            if error is not None or rows is None:
                self._fetching = False
                self.loading_changed.emit(False)
                self._complete = True
                if isinstance(error, CaseKeeperError):
                    self.failed.emit(error.message)
                else:
                    self.failed.emit(
                        self.tr("The history could not be read: {error}").format(error=error)
                    )
                return
            if len(rows) < PAGE_SIZE:
                self._complete = True
            if rows:
                # Still fetching while the rows go in: a fetchMore from a
                # rowsAboutToBeInserted slot would ask for this page again.
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
            self._fetching = False
            self.loading_changed.emit(False)

        run_task(page, done, owner=self)

    # --- the table ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            WHEN: self.tr("When"),
            WHO: self.tr("By"),
            RECORD: self.tr("Record"),
            FIELD: self.tr("Change"),
            BEFORE: self.tr("Before"),
            AFTER: self.tr("After"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        change = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._text(change, column)
            return _cut(text) if column in (RECORD, BEFORE, AFTER) else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(change, column)
        return None

    def _text(self, change: ChangeView, column: int) -> str:
        entry = change.entry
        if column == WHEN:
            return local_time(entry.when)
        if column == WHO:
            return entry.author or self.tr("(unknown)")
        if column == RECORD:
            kind = record_kind(entry.entity)
            return f"{kind}: {change.record}" if change.record else kind
        if column == FIELD:
            if entry.op == "create":
                return self.tr("added")
            if entry.op == "delete":
                return self.tr("removed")
            return (entry.field or "").replace("_", " ")
        if column == BEFORE:
            return value_text(entry.field, change.old) if entry.op == "update" else ""
        if column == AFTER:
            if entry.op == "update":
                return value_text(entry.field, change.new)
            return ""
        return ""

    def _tooltip(self, change: ChangeView, column: int) -> str:
        entry = change.entry
        if column == WHO:
            return self.tr("{author} on device {device}").format(
                author=entry.author or self.tr("(unknown)"), device=entry.device_id[:8]
            )
        if entry.op == "create" and column in (FIELD, AFTER, RECORD):
            fields = change.new if isinstance(change.new, dict) else {}
            lines = [
                f"{k.replace('_', ' ')}: {value_text(k, v)}"
                for k, v in sorted(fields.items())
                if v not in (None, "", [], {})
            ]
            return "\n".join(lines)
        return self._text(change, column)


class HistoryTab(QWidget):
    """The table of changes; it reads the log only when shown."""

    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: Store | None = None
        self._case_id: str | None = None
        self._stale = False
        self.model = HistoryModel(self)
        self.model.failed.connect(self.failed)
        self.model.loading_changed.connect(self._update_note)
        self.model.modelReset.connect(self._update_note)
        self.model.rowsInserted.connect(self._update_note)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Change history of this case"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for column in (WHEN, WHO, FIELD):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RECORD, QHeaderView.ResizeMode.Stretch)
        for column in (BEFORE, AFTER):  # empty for most rows (added, removed)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 150)
        self.note = QLabel()
        self.note.setEnabled(False)  # muted
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

    def set_store(self, store: Store | None) -> None:
        self._store = store
        self.clear()

    def clear(self) -> None:
        self._case_id = None
        self._stale = False
        self.model.load(None, None)

    def show_detail(self, detail: CaseDetail) -> None:
        """The case changed or was edited: read its log again when on screen."""
        self._case_id = detail.case.id
        self._stale = True
        if self.isVisible():
            self._load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._load()

    def _load(self) -> None:
        self._stale = False
        self.model.load(self._store, self._case_id)

    def _update_note(self) -> None:
        n = self.model.rowCount()
        if self.model.loading:
            self.note.setText(self.tr("Reading the change log…"))
        elif self.model.canFetchMore():
            self.note.setText(self.tr("The newest changes first; scroll down for older ones."))
        elif n == 0 and self._case_id is not None:
            self.note.setText(self.tr("No changes recorded."))
        else:
            self.note.setText("")
