"""The main window: search and the case list on the left, the case on the right.

The window starts locked and asks for the passphrase (``UnlockDialog``).
Lock (Ctrl+L) closes the store — every key dropped — and takes every case
off the screen before asking again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casekeeper.crypto.argon2 import Argon2Params
from casekeeper.services import stores
from casekeeper.store.store import Store
from casekeeper.store.vocab import CaseStatus

from . import clipboard_guard, labels, worker
from .case_list_model import PEOPLE, REF, STATUS, TITLE, UPDATED, CaseListModel
from .case_view import CaseView
from .display import plural
from .duplicates_view import DuplicatesView
from .edit_commands import EditSession
from .interview import install_action as install_interview_action
from .passphrase_dialog import PassphraseDialog
from .settings import app_settings
from .settings_dialog import SettingsDialog
from .statistics_view import install_action as install_statistics_action
from .unlock_dialog import UnlockDialog

LOCKED_PAGE, WORKSPACE_PAGE = range(2)


class MainWindow(QMainWindow):
    store_unlocked = Signal(object)  # Store
    store_locked = Signal()
    about_to_lock = Signal()  # the store is still open: last chance to keep a draft

    def __init__(
        self,
        store_path: Path,
        parent: QWidget | None = None,
        *,
        hint: str = "",
        kdf_params: Argon2Params | None = None,
    ) -> None:
        super().__init__(parent)
        self.store_path = Path(store_path)
        self.store: Store | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self._hint = hint
        self._kdf_params = kdf_params
        self._closing = False
        self.setWindowTitle(self.tr("CaseKeeper"))
        self.setAccessibleName(self.tr("CaseKeeper"))
        self.resize(1240, 780)

        self.model = CaseListModel(self)
        self._build_actions()
        self._build_workspace()
        self._build_locked_page()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.locked_page)
        self.pages.addWidget(self.workspace)
        self.setCentralWidget(self.pages)
        self._build_status_bar()
        # Interview mode brings its own action (gui/interview/wizard.py).
        self.interview_action = install_interview_action(self)
        self.statistics_action = install_statistics_action(self)  # statistics_view.py

        self.model.total_changed.connect(self._update_count)
        self.model.loading_changed.connect(self._update_count)
        self.model.refreshed.connect(self._after_refresh)
        self.model.failed.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.case_view.failed.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self._show_locked()
        # Copies of case text leave the clipboard after 30 s (clipboard_guard.py).
        clipboard_guard.protect_all(self.workspace)

    # --- building ----------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setStatusTip(self.tr("Close the store and hide every case until unlocked"))
        self.lock_action.triggered.connect(self.lock)
        self.unlock_action = QAction(self.tr("&Unlock…"), self)
        self.unlock_action.triggered.connect(self.request_unlock)
        self.find_action = QAction(self.tr("&Find"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._focus_search)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.unlock_action)
        file_menu.addAction(self.lock_action)
        self.passphrase_action = file_menu.addAction(self.tr("Change &passphrase…"))
        self.passphrase_action.setEnabled(False)
        self.passphrase_action.triggered.connect(self.change_passphrase)
        self.store_unlocked.connect(lambda _store: self.passphrase_action.setEnabled(True))
        self.store_locked.connect(lambda: self.passphrase_action.setEnabled(False))
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        self.settings_action = edit_menu.addAction(self.tr("&Settings…"))
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.show_settings)
        self._build_edit_actions(edit_menu)

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.lock_action)

    def _build_workspace(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Search names in any script, places, events, sources…")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search cases"))
        self.search_edit.textChanged.connect(self.model.set_filter)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of cases"))

        self.case_table = QTableView()
        self.case_table.setModel(self.model)
        self.case_table.setAccessibleName(self.tr("Case list"))
        self.case_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.case_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.case_table.setAlternatingRowColors(True)
        self.case_table.setWordWrap(False)
        self.case_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.case_table.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.case_table.setShowGrid(False)
        header = self.case_table.horizontalHeader()
        header.setHighlightSections(False)
        for column in (REF, STATUS, UPDATED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PEOPLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PEOPLE, 150)
        self.case_table.selectionModel().currentRowChanged.connect(self._on_current_row)
        # A click on a header sorts (the store sorts: most rows are not fetched yet).
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        self.case_table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(
            lambda column, _order: column == self.model.sort_column
            or header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        )
        self.status_box = QComboBox()
        self.status_box.setAccessibleName(self.tr("Show cases of status"))
        self.status_box.setToolTip(self.tr("Show only the cases of one status"))
        self.status_box.addItem(self.tr("All statuses"), "")
        for status in CaseStatus:
            self.status_box.addItem(labels.word(status.value), status.value)
        self.status_box.currentIndexChanged.connect(
            lambda _i: self.model.set_status(self.status_box.currentData())
        )
        search_line = QHBoxLayout()
        search_line.addWidget(self.search_edit, 1)
        search_line.addWidget(self.status_box)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addLayout(search_line)
        left_layout.addWidget(self.case_table, 1)
        left_layout.addWidget(self.count_label)

        self.case_view = CaseView()
        self.case_view.set_edit_session(self.edits)
        self.workspace = QSplitter(Qt.Orientation.Horizontal)
        self.workspace.setChildrenCollapsible(False)
        self.workspace.addWidget(left)
        self.workspace.addWidget(self.case_view)
        self.workspace.setStretchFactor(0, 4)
        self.workspace.setStretchFactor(1, 6)
        self.workspace.setSizes([560, 680])  # room for every case tab's title

    def _build_locked_page(self) -> None:
        self.locked_page = QWidget()
        self.locked_page.setAccessibleName(self.tr("Locked"))
        message = QLabel(self.tr("CaseKeeper is locked. Nothing of the store is shown."))
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        button = QPushButton(self.tr("Unlock…"))
        button.clicked.connect(self.request_unlock)
        layout = QVBoxLayout(self.locked_page)
        layout.addStretch(1)
        layout.addWidget(message)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)

    def _build_status_bar(self) -> None:
        self.path_label = QLabel()
        self.path_label.setAccessibleName(self.tr("Store location"))
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setAccessibleName(self.tr("Signer fingerprint"))
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar = self.statusBar()
        bar.addPermanentWidget(self.path_label, 1)
        bar.addPermanentWidget(self.fingerprint_label)

    # --- locking and unlocking -------------------------------------------------------------

    def request_unlock(self) -> None:
        """Show the unlock (or create) dialog; the window stays locked until it succeeds."""
        if self.store is not None:
            return
        if self.unlock_dialog is not None and self.unlock_dialog.isVisible():
            self.unlock_dialog.raise_()
            self.unlock_dialog.activateWindow()
            return
        if self.unlock_dialog is not None:
            self.unlock_dialog.deleteLater()
        dialog = UnlockDialog(self.store_path, self, hint=self._hint, kdf_params=self._kdf_params)
        dialog.unlocked.connect(self._on_unlocked)
        self.unlock_dialog = dialog
        dialog.open()

    def _on_unlocked(self, store: Store) -> None:
        if self._closing:  # the key derivation finished after the window closed
            store.close()
            return
        self.store = store
        self.path_label.setText(self.tr("Store: {path}").format(path=store.path))
        self.path_label.setToolTip(str(store.path))
        self.fingerprint_label.setText(self.tr("Signer: …"))
        self.model.set_store(store)
        self.case_view.set_store(store)
        self.pages.setCurrentIndex(WORKSPACE_PAGE)
        self.lock_action.setEnabled(True)
        self.unlock_action.setEnabled(False)
        self.find_action.setEnabled(True)
        self.activateWindow()
        self.search_edit.setFocus()

        def show_signer(fingerprint: str | None, error: BaseException | None) -> None:
            if self.store is not store:
                return  # locked meanwhile
            text = fingerprint if fingerprint else self.tr("unknown")
            self.fingerprint_label.setText(
                self.tr("Signer: {fingerprint}").format(fingerprint=text)
            )
            self.fingerprint_label.setToolTip(
                self.tr("Fingerprint of this store's signing key, printed in every bundle it signs")
            )

        worker.run_task(lambda: stores.signer_info(store).fingerprint, show_signer, owner=self)
        self.store_unlocked.emit(store)

    def lock(self) -> None:
        """Close the store (its keys leave memory), clear the screen, ask again."""
        if self.store is None:
            return
        self.about_to_lock.emit()
        # Off the screen at once, even while running work winds down below.
        self.pages.setCurrentIndex(LOCKED_PAGE)
        self.pages.repaint()
        clipboard_guard.guard().clear_now()
        self._close_store()
        self._show_locked()
        self.store_locked.emit()
        self.request_unlock()

    def _close_store(self) -> None:
        store, self.store = self.store, None
        # Long work (import, export) is cancelled first: it stops at its next
        # chunk and undoes what it began, so nothing is half written when the
        # store closes below.
        cancelled = worker.cancel_running()
        self.model.set_store(None)
        self.case_view.set_store(None)
        for box in (self.search_edit, self.status_box):
            box.blockSignals(True)
        self.search_edit.clear()
        self.status_box.setCurrentIndex(0)
        for box in (self.search_edit, self.status_box):
            box.blockSignals(False)
        # A query still running holds a session on the store: let it end first
        # (its answer is then dropped as stale).
        worker.wait_for_tasks()
        if cancelled:
            self.statusBar().showMessage(
                self.tr("Work that was running when CaseKeeper locked was cancelled and undone.")
            )
        if store is not None:
            store.close()

    def _show_locked(self) -> None:
        self.pages.setCurrentIndex(LOCKED_PAGE)
        self.path_label.setText(self.tr("Locked: {path}").format(path=self.store_path))
        self.fingerprint_label.clear()
        self.count_label.clear()
        self.lock_action.setEnabled(False)
        self.unlock_action.setEnabled(True)
        self.find_action.setEnabled(False)

    def show_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(app_settings(), self.store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def change_passphrase(self) -> PassphraseDialog | None:
        if self.store is None:
            return None
        dialog = PassphraseDialog(self.store_path, self, kdf_params=self._kdf_params)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(
                self.tr("Passphrase changed. The old passphrase no longer opens this store."),
                10_000,
            )
        )
        dialog.open()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        if self.store is not None:
            self._close_store()
        super().closeEvent(event)

    # --- list and case ----------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case_id = self.model.case_id(current.row()) if current.isValid() else None
        if case_id is None:
            return
        if case_id != self.case_view.case_id or self.case_view.detail is None:
            self.case_view.show_case(case_id)

    def _after_refresh(self) -> None:
        """After a new query: keep the shown case selected if it is still listed."""
        shown = self.case_view.case_id
        row = self.model.row_of(shown) if shown else -1
        if row >= 0:
            self.case_table.selectRow(row)
        elif shown is not None:
            self.case_view.clear()

    def _update_count(self) -> None:
        if self.store is None:
            self.count_label.clear()
            return
        n = self.model.total
        if self.model.loading:
            text = self.tr("Searching…") if self.model.filter_text else self.tr("Loading…")
        elif self.model.filter_text or self.model.status_filter:
            text = plural("MainWindow", "%n case(s) found", n)
        else:
            text = plural("MainWindow", "%n case(s)", n)
        self.count_label.setText(text)

    def select_case(self, case_id: str) -> bool:
        """Select a listed case (as a click would); False if it is not listed."""
        row = self.model.row_of(case_id)
        if row < 0:
            return False
        self.case_table.selectRow(row)
        return True

    # --- editing (edit_commands.py, the editors, the duplicates window) ----------------

    def _build_edit_actions(self, edit_menu: QMenu) -> None:
        """Undo/Redo (one stack per open store), new case, new person, duplicates."""
        self.edits = EditSession(self)
        self.edits.failed.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.edits.changed.connect(lambda _case_id: self.model.refresh())
        self.undo_action = self.edits.stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.edits.stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        first = edit_menu.actions()[0]
        edit_menu.insertAction(first, self.undo_action)
        edit_menu.insertAction(first, self.redo_action)
        edit_menu.insertSeparator(first)
        self.new_case_action = QAction(self.tr("&New case…"), self)
        self.new_case_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_case_action.triggered.connect(self.new_case)
        self.new_person_action = QAction(self.tr("New &person in this case…"), self)
        self.new_person_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.new_person_action.triggered.connect(self.new_person)
        self.duplicates_action = QAction(self.tr("Find &duplicates…"), self)
        self.duplicates_action.setStatusTip(self.tr("People probably recorded twice"))
        self.duplicates_action.triggered.connect(self.show_duplicates)
        records_menu = self.menuBar().addMenu(self.tr("&Records"))
        for action in (self.new_case_action, self.new_person_action, self.duplicates_action):
            records_menu.addAction(action)
            action.setEnabled(False)
            self.store_unlocked.connect(lambda _store, a=action: a.setEnabled(True))
            self.store_locked.connect(lambda a=action: a.setEnabled(False))
        self.duplicates_view: DuplicatesView | None = None

    def new_case(self) -> QDialog | None:
        dialog = self.case_view.new_case()
        if dialog is not None:
            saved = dialog.saved  # type: ignore[attr-defined]
            saved.connect(lambda case: self._select_when_listed(case.id))
        return dialog

    def _select_when_listed(self, case_id: str) -> None:
        """After the list is read again, show the case just made."""

        def select() -> None:
            self.model.refreshed.disconnect(select)
            if not self.select_case(case_id) and self.search_edit.text():
                self.model.refreshed.connect(select)
                self.search_edit.clear()  # a search hid it: show it unfiltered

        self.model.refreshed.connect(select)

    def new_person(self) -> QDialog | None:
        dialog = self.case_view.add_person()
        if dialog is None and self.store is not None:
            self.statusBar().showMessage(
                self.tr("Open a case first: people are added to a case."), 5_000
            )
        return dialog

    def show_duplicates(self) -> DuplicatesView | None:
        if self.store is None:
            return None
        if self.duplicates_view is None:
            view = DuplicatesView(self.edits, self)
            self.about_to_lock.connect(view.close)  # no names left on screen when locked
            self.duplicates_view = view
            view.scan()
        self.duplicates_view.show()
        self.duplicates_view.raise_()
        self.duplicates_view.activateWindow()
        return self.duplicates_view
