"""The list of cases: a table model over ``services.cases``, filled lazily.

Rows arrive a page at a time (``canFetchMore``/``fetchMore``), so a store of
ten thousand cases opens as fast as one of ten. Every query runs on a worker
thread; ``set_filter`` waits for a pause in typing, then re-queries through
the full-text index. ``set_status`` narrows the list to one status, and
``sort`` (a click on a column header) asks the store for another order: the
store sorts, never the model, because most rows are not fetched yet. Each
query carries a generation number and a result whose generation is no
longer current is dropped, so a slow, older search can never overwrite the
answer to a newer one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont

from casekeeper.errors import CaseKeeperError
from casekeeper.services import cases
from casekeeper.services.views import CaseSummary
from casekeeper.store.store import Store

from . import labels
from .display import local_date, local_time
from .worker import run_task

PAGE_SIZE = 200
DEBOUNCE_MS = 200

REF, TITLE, STATUS, PEOPLE, UPDATED = range(5)

CaseIdRole = Qt.ItemDataRole.UserRole + 1

# Column → the store's sort key in ascending order ("-key" is descending).
# "Updated" ascending is oldest first. People cannot be sorted by the store.
_SORT_KEYS = {REF: "ref", TITLE: "title", STATUS: "status", UPDATED: "-updated"}
SORTABLE = frozenset(_SORT_KEYS)

Index = QModelIndex | QPersistentModelIndex


class CaseListModel(QAbstractTableModel):
    loading_changed = Signal(bool)
    total_changed = Signal(int)
    failed = Signal(str)  # a message for a person
    refreshed = Signal()  # a query's first page is in place

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store: Store | None = None
        self._rows: list[CaseSummary] = []
        self._total = 0
        self._filter = ""
        self._status: str | None = None
        self._sort_column = UPDATED
        self._sort_order = Qt.SortOrder.DescendingOrder  # newest first
        self._generation = 0
        self._fetching = False
        self._loading = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)

    # --- what the window calls ----------------------------------------------------

    def set_store(self, store: Store | None) -> None:
        """A newly unlocked store, or None when locking: every row goes at once."""
        self._debounce.stop()
        self._store = store
        self._filter = ""
        self._status = None
        self._generation += 1  # anything still running belongs to the old store
        self._fetching = False
        self._set_loading(False)
        self.beginResetModel()
        self._rows = []
        self._total = 0
        self.endResetModel()
        self.total_changed.emit(0)
        if store is not None:
            self.refresh()

    def set_filter(self, text: str) -> None:
        """Search as you type: re-query once typing pauses for DEBOUNCE_MS."""
        self._filter = text.strip()
        self._debounce.start()

    @property
    def filter_text(self) -> str:
        return self._filter

    def set_status(self, status: str | None) -> None:
        """Only cases of this status (a ``CaseStatus`` value); None for all."""
        status = status or None
        if status != self._status:
            self._status = status
            self.refresh()

    @property
    def status_filter(self) -> str | None:
        return self._status

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-query in the order of a column; columns the store cannot sort are ignored."""
        if column not in SORTABLE:
            return
        if (column, order) == (self._sort_column, self._sort_order):
            return
        self._sort_column, self._sort_order = column, order
        self.refresh()

    def _sort_key(self) -> str:
        key = _SORT_KEYS[self._sort_column]
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            key = key[1:] if key.startswith("-") else f"-{key}"
        return key

    @property
    def loading(self) -> bool:
        """A query (not a further page) is running."""
        return self._loading

    @property
    def total(self) -> int:
        """How many cases match, including rows not fetched yet."""
        return self._total

    def case_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, case_id: str) -> int:
        for row, case in enumerate(self._rows):
            if case.id == case_id:
                return row
        return -1

    def refresh(self) -> None:
        """Run the current query again from its first page."""
        self._debounce.stop()
        store = self._store
        if store is None:
            return
        self._generation += 1
        generation, text, status = self._generation, self._filter or None, self._status
        sort = self._sort_key()
        self._fetching = True
        self._set_loading(True)

        def query() -> tuple[int, list[CaseSummary]]:
            total = cases.count_cases(store, text=text, status=status)
            rows = cases.list_cases(store, text=text, status=status, sort=sort, limit=PAGE_SIZE)
            return total, rows

        def done(result: tuple[int, list[CaseSummary]] | None, error: BaseException | None) -> None:
            if generation != self._generation:
                return  # a newer query (or a lock) has happened since
            self._fetching = False
            if error is not None or result is None:
                self._set_loading(False)
                self._fail(error)
                return
            total, rows = result
            self.beginResetModel()
            self._rows, self._total = rows, max(total, len(rows))
            self.endResetModel()
            self._set_loading(False)
            self.total_changed.emit(self._total)
            self.refreshed.emit()

        run_task(query, done, owner=self)

    # --- lazy fetching ----------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        store = self._store
        if parent.isValid() or store is None or self._fetching or not self.canFetchMore():
            return
        self._fetching = True
        generation, offset = self._generation, len(self._rows)
        text, status, sort = self._filter or None, self._status, self._sort_key()

        def page() -> list[CaseSummary]:
            return cases.list_cases(
                store, text=text, status=status, sort=sort, limit=PAGE_SIZE, offset=offset
            )

        def done(rows: list[CaseSummary] | None, error: BaseException | None) -> None:
            if generation != self._generation:
                return
            if offset != len(self._rows):
                self._fetching = False
                return
            if error is not None or rows is None:
                self._fetching = False
                self._fail(error)
                return
            if not rows:  # cases were deleted meanwhile: stop asking
                self._fetching = False
                self._total = len(self._rows)
                return
            first = len(self._rows)
            # Still "fetching" while the rows go in: a view (or a model tester)
            # asking for more from a rowsAboutToBeInserted slot must wait.
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
            self._fetching = False

        run_task(page, done, owner=self)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def _fail(self, error: BaseException | None) -> None:
        if isinstance(error, CaseKeeperError):
            self.failed.emit(error.message)
        else:
            self.failed.emit(
                self.tr("The case list could not be read: {error}").format(error=error)
            )

    # --- the table ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            REF: self.tr("Ref"),
            TITLE: self.tr("Title"),
            STATUS: self.tr("Status"),
            PEOPLE: self.tr("People"),
            UPDATED: self.tr("Updated"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        case = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(case, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == PEOPLE:
                return "\n".join(case.people)
            if column == TITLE:
                return f"{case.title}\n\n{case.summary}" if case.summary else case.title
            if column == UPDATED:
                return local_time(case.updated_at)
            return self._display(case, column)
        if role == Qt.ItemDataRole.FontRole and column == STATUS and case.status == "urgent":
            font = QFont()
            font.setBold(True)
            return font
        if role == CaseIdRole:
            return case.id
        return None

    def _display(self, case: CaseSummary, column: int) -> str:
        if column == REF:
            return case.ref
        if column == TITLE:
            return case.title
        if column == STATUS:
            return labels.word(case.status)
        if column == PEOPLE:
            return ", ".join(case.people)
        if column == UPDATED:
            return local_date(case.updated_at)
        return ""
