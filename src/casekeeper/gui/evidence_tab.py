"""The Evidence tab: the case's files in the encrypted vault.

Import by button (files or a whole folder) or by dropping files and folders
on the tab; the import runs on a worker thread with a progress bar (bytes)
and Cancel, which leaves nothing behind. Selecting an item shows it in the
preview pane (decrypted in memory only) and its chain of custody. Extract
writes an unencrypted copy after a warning; Remove erases the encrypted
file and keeps its description and custody record.

All store work goes through ``services.evidence`` on the worker pool; this
widget only shows results. A generation counter makes late answers (for an
item or case no longer shown) harmless: they are dropped, bytes and all.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDir, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casekeeper.services import evidence
from casekeeper.services.context import Context
from casekeeper.services.views import CaseDetail, EvidenceView
from casekeeper.store.store import Store

from .custody_timeline import CustodyTimeline
from .display import ALERT_FG, esc, local_date, local_time, plural
from .evidence_import import ProgressJob, error_text, extract_job, import_job
from .evidence_preview import (
    EvidencePreview,
    Preview,
    data_size,
    duration_text,
    load_preview,
    type_name,
)
from .read_only_table import ReadOnlyTable
from .worker import run_task

NAME, TYPE, SIZE, ACQUIRED, STATE = range(5)
REMOVED_FG, REMOVED_BG = "#6b6b6b", "#eeeeee"
PROGRESS_STEPS = 1000  # QProgressBar holds an int; bytes can pass 2 GiB
PREVIEW_DELAY_MS = 150


class EvidenceTab(QWidget):
    count_changed = Signal(int)  # items still in the vault
    listed = Signal()  # the list was (re)loaded
    preview_shown = Signal()  # a selected item's preview and custody are on screen
    job_finished = Signal()  # an import, extract or remove ended (either way)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Evidence"))
        self.setAcceptDrops(True)
        self._store: Store | None = None
        self.case_id: str | None = None
        self.items: list[EvidenceView] = []
        self._generation = 0  # bumped when the case shown changes
        self._store_generation = 0  # bumped when the store opens or locks
        self.case_ref = ""
        self._selection = 0  # bumped when the selected item changes
        self._job: ProgressJob | None = None
        self._job_kind = ""
        self._busy_remove = False
        self._shown: tuple[str, bool] | None = None  # (id, removed) of the item on screen
        # Arrowing through the list must not decrypt (and log as viewed) every
        # item passed over: the preview loads once the selection rests.
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._load_preview)
        self._pending: EvidenceView | None = None

        # --- buttons
        self.import_files_button = QPushButton(self.tr("&Import files…"))
        self.import_files_button.setAccessibleName(self.tr("Import files"))
        self.import_files_button.setToolTip(
            self.tr("Encrypt copies of files into this case's vault (or drop files on this tab)")
        )
        self.import_files_button.clicked.connect(self.choose_files)
        self.import_folder_button = QPushButton(self.tr("Import fo&lder…"))
        self.import_folder_button.setAccessibleName(self.tr("Import folder"))
        self.import_folder_button.setToolTip(
            self.tr("Encrypt every file inside a folder into this case's vault")
        )
        self.import_folder_button.clicked.connect(self.choose_folder)
        self.drop_hint = QLabel(self.tr("or drop files and folders here"))
        self.drop_hint.setEnabled(False)
        self.extract_button = QPushButton(self.tr("E&xtract…"))
        self.extract_button.setAccessibleName(self.tr("Extract an unencrypted copy"))
        self.extract_button.setToolTip(self.tr("Write an unencrypted copy of the selected file"))
        self.extract_button.clicked.connect(self.ask_extract)
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.setAccessibleName(self.tr("Remove from the vault"))
        self.remove_button.setToolTip(
            self.tr("Erase the selected file; its description and custody record stay")
        )
        self.remove_button.clicked.connect(self.ask_remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_files_button)
        buttons.addWidget(self.import_folder_button)
        buttons.addWidget(self.drop_hint)
        buttons.addStretch(1)
        buttons.addWidget(self.extract_button)
        buttons.addWidget(self.remove_button)

        # --- progress of an import or extraction
        self.progress_label = QLabel()
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_label.setAccessibleName(self.tr("Progress"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, PROGRESS_STEPS)
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.progress_row = QWidget()
        progress_layout = QHBoxLayout(self.progress_row)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        progress_layout.addWidget(self.progress_label, 2)
        progress_layout.addWidget(self.progress_bar, 3)
        progress_layout.addWidget(self.cancel_button)
        self.progress_row.hide()

        # --- inline messages (errors, outcomes)
        self.message_label = QLabel()
        self.message_label.setAccessibleName(self.tr("Evidence message"))
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()

        # --- the list
        self.table = ReadOnlyTable(
            [
                self.tr("Name"),
                self.tr("Type"),
                self.tr("Size"),
                self.tr("Acquired"),
                self.tr("State"),
            ],
            stretch={NAME: 1},
        )
        self.table.setAccessibleName(self.tr("Evidence files"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list, arrows move in it
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.empty_label = QLabel(
            self.tr("No evidence in this case yet. Import files, or drop them here.")
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)
        self.empty_label.hide()
        remove_key = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.ask_remove)

        # --- the selected item: details, preview, custody
        self.details = QLabel()
        self.details.setAccessibleName(self.tr("Evidence details"))
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview = EvidencePreview()
        self.preview.extract_requested.connect(self.ask_extract)
        self.custody = CustodyTimeline()
        custody_title = QLabel(self.tr("Chain of custody (oldest first)"))
        custody_title.setBuddy(self.custody)
        font = custody_title.font()
        font.setBold(True)
        custody_title.setFont(font)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.empty_label, 1)

        details_area = QScrollArea()
        details_area.setWidget(self.details)
        details_area.setWidgetResizable(True)
        details_area.setFrameShape(QFrame.Shape.NoFrame)
        details_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        details_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        details_area.setMinimumWidth(180)
        self.details.setContentsMargins(6, 0, 0, 0)
        self.item_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.item_splitter.setChildrenCollapsible(False)
        self.item_splitter.addWidget(self.preview)
        self.item_splitter.addWidget(details_area)
        self.item_splitter.setStretchFactor(0, 3)
        self.item_splitter.setStretchFactor(1, 2)
        self.item_splitter.setSizes([3000, 2000])  # proportions: preview 3, details 2

        custody_pane = QWidget()
        custody_layout = QVBoxLayout(custody_pane)
        custody_layout.setContentsMargins(0, 0, 0, 0)
        custody_layout.addWidget(custody_title)
        custody_layout.addWidget(self.custody, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.item_splitter)
        self.splitter.addWidget(custody_pane)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([2000, 4000, 2200])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.message_label)
        layout.addWidget(self.splitter, 1)
        self._update_buttons()

    # --- what the case view calls ---------------------------------------------------------

    def set_store(self, store: Store | None) -> None:
        """A new store, or none (locked): work still running is cancelled (the
        service undoes it; the window waits for it before closing the store)."""
        self._store = store
        self._store_generation += 1
        if self._job is not None and self._job.running:
            self._job.cancel()
        self._job = None
        self._job_kind = ""
        self._busy_remove = False
        self.progress_row.hide()
        self.clear()

    def clear(self) -> None:
        """Nothing of the case stays on screen or in memory; the preview's
        bytes are dropped. An import still running goes on (into the case it
        was started for) and says when it ends."""
        self._generation += 1
        self._selection += 1
        self.case_id = None
        self.case_ref = ""
        self.items = []
        self._shown = None
        self._pending = None
        self._preview_timer.stop()
        self.table.set_rows([])
        self.preview.clear()
        self.custody.clear_events()
        self.details.clear()
        self._hide_message()
        self.empty_label.hide()
        self.table.show()
        self._update_buttons()

    def show_detail(self, detail: CaseDetail) -> None:
        case_id = detail.case.id
        if case_id != self.case_id:
            self.clear()
            self.case_id = case_id
        self.case_ref = detail.case.ref
        self.reload()

    def reload(self, select: str | None = None) -> None:
        """List the case's evidence again (removed items too, greyed)."""
        store, case_id = self._store, self.case_id
        if store is None or case_id is None:
            return
        generation = self._generation
        keep = select or self.selected_id()

        def done(items: list[EvidenceView] | None, error: BaseException | None) -> None:
            if generation != self._generation:
                return
            if error is not None or items is None:
                self._show_message(
                    self.tr("The evidence list could not be loaded: {error}").format(
                        error=error_text(error) if error else "?"
                    ),
                    error=True,
                )
                return
            self._show_items(items, keep)

        run_task(
            lambda: evidence.list_evidence(store, case_id, include_removed=True), done, owner=self
        )

    # --- the list ---------------------------------------------------------------------------

    def _show_items(self, items: list[EvidenceView], keep: str | None) -> None:
        # Files imported together share their import time: order them by name.
        items = sorted(items, key=lambda e: (e.acquired_at or "", e.original_name.casefold()))
        self.items = items
        self.table.blockSignals(True)
        self.table.selectionModel().blockSignals(True)
        self.table.set_rows([self._row(e) for e in items])
        for row, e in enumerate(items):
            name = self.table.item(row, NAME)
            if name is not None:
                tip = e.original_name
                if e.description:
                    tip += "\n\n" + e.description
                name.setToolTip(tip)
            if e.removed:
                self.table.mark_row(row, REMOVED_FG, REMOVED_BG)
        self.table.selectionModel().blockSignals(False)
        self.table.blockSignals(False)
        self.table.setVisible(bool(items))
        self.empty_label.setVisible(not items)
        self.count_changed.emit(sum(1 for e in items if not e.removed))
        row = self.row_of(keep) if keep else -1
        if row >= 0:
            self.table.selectionModel().blockSignals(True)
            self.table.selectionModel().setCurrentIndex(
                self.table.model().index(row, NAME),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.selectionModel().blockSignals(False)
            item = items[row]
            if self._shown != (item.id, item.removed):
                # Its state changed (removed): show it again. An unchanged item
                # keeps its preview: decrypting again would log another 'viewed'.
                self._selection += 1
                self._show_item(item)
        else:
            self._drop_selection()
        self._update_buttons()
        self.listed.emit()

    def _row(self, e: EvidenceView) -> list[str]:
        if e.removed:
            state = self.tr("removed {when}").format(when=local_date(e.removed_at))
        else:
            state = self.tr("in vault")
        return [
            e.original_name,
            type_name(e.media_type),
            data_size(e.size),
            local_date(e.acquired_at),
            state,
        ]

    def row_of(self, evidence_id: str | None) -> int:
        for row, e in enumerate(self.items):
            if e.id == evidence_id:
                return row
        return -1

    def names(self) -> list[str]:
        return [e.original_name for e in self.items]

    def selected(self) -> EvidenceView | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def selected_id(self) -> str | None:
        item = self.selected()
        return item.id if item else None

    def select(self, evidence_id: str) -> bool:
        """Select an item as a click would (its preview then loads)."""
        row = self.row_of(evidence_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

    def _on_current_row(self, current: object, _previous: object) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.items):
            self._selection += 1
            self._show_item(self.items[row])
        else:
            self._drop_selection()

    def _drop_selection(self) -> None:
        self._selection += 1
        self._shown = None
        self._pending = None
        self._preview_timer.stop()
        self.preview.clear()
        self.custody.clear_events()
        self.details.clear()
        self._update_buttons()

    # --- the selected item --------------------------------------------------------------

    def _show_item(self, item: EvidenceView) -> None:
        """Details at once; preview and custody from a worker (which decrypts,
        in memory, what the pane can show) once the selection rests."""
        if self._store is None:
            return
        self._shown = (item.id, item.removed)
        self.details.setText(self._details_html(item))
        self.custody.clear_events()
        self.preview.show_loading(item.original_name)
        self._update_buttons()
        self._pending = item
        self._preview_timer.start()

    def _load_preview(self) -> None:
        item, store = self._pending, self._store
        self._pending = None
        if item is None or store is None:
            return
        selection = self._selection
        ctx = Context.for_store(store)

        def done(preview: Preview | None, error: BaseException | None) -> None:
            if selection != self._selection:
                return  # another item (or none) is selected now; drop these bytes
            if error is not None or preview is None:
                self.preview.show_error(
                    self.tr("This file could not be shown: {error}").format(
                        error=error_text(error) if error else "?"
                    )
                )
                self.preview_shown.emit()
                return
            row = self.row_of(preview.view.id)
            if row >= 0:
                self.items[row] = preview.view
            self.details.setText(self._details_html(preview.view))
            self.custody.show_events(preview.view.custody)
            self.preview.show_preview(preview)
            self.preview_shown.emit()

        run_task(lambda: load_preview(ctx, item), done, owner=self)

    def _details_html(self, e: EvidenceView) -> str:
        lines = [f"<b>{esc(e.original_name)}</b>"]
        facts = [type_name(e.media_type), data_size(e.size)]
        if e.duration_seconds is not None:
            facts.append(self.tr("duration {d}").format(d=duration_text(e.duration_seconds)))
        lines.append(esc(" · ".join(facts)))
        acquired = self.tr("Acquired {when} by {who}").format(
            when=local_time(e.acquired_at), who=e.acquired_by or "?"
        )
        if e.acquired_from:
            acquired += " " + self.tr("from {whom}").format(whom=e.acquired_from)
        if e.acquired_where:
            acquired += " " + self.tr("at {place}").format(place=e.acquired_where)
        lines.append(esc(acquired))
        captured = []
        if e.captured_at:
            captured.append(self.tr("taken {when}").format(when=e.captured_at.replace("T", " ")))
        if e.camera:
            captured.append(self.tr("camera: {camera}").format(camera=e.camera))
        if e.gps_latitude is not None and e.gps_longitude is not None:
            captured.append(
                self.tr("GPS {lat:.5f}, {lon:.5f}").format(lat=e.gps_latitude, lon=e.gps_longitude)
            )
        if captured:
            lines.append(esc(" · ".join(captured)))
        if e.description:
            lines.append(f"<i>{esc(e.description)}</i>")
        # In groups, so that the label can wrap it in a narrow pane.
        groups = " ".join(e.sha256[i : i + 16] for i in range(0, len(e.sha256), 16))
        lines.append(f"SHA-256 <tt>{esc(groups)}</tt>")
        if e.removed:
            removed = self.tr("Removed from the vault {when}; only this record remains.").format(
                when=local_time(e.removed_at)
            )
            lines.append(f'<span style="color:{ALERT_FG}"><b>{esc(removed)}</b></span>')
        return "<br>".join(lines)

    # --- importing -----------------------------------------------------------------------

    def choose_files(self) -> None:
        if not self._can_start():
            return
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import files into the case"), QDir.homePath()
        )
        if names:
            self.import_paths([Path(n) for n in names])

    def choose_folder(self) -> None:
        if not self._can_start():
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Import every file in a folder"), QDir.homePath()
        )
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: Sequence[Path]) -> bool:
        """Import files and folders into the shown case, off the GUI thread.
        False if it cannot start now (no case, or other work running)."""
        store, case_id = self._store, self.case_id
        if store is None or case_id is None or not paths or not self._can_start():
            return False
        store_generation, ref = self._store_generation, self.case_ref
        job = import_job(Context.for_store(store), case_id, list(paths), self)
        count = len(paths)

        def finished(result: list[EvidenceView] | None, error: BaseException | None) -> None:
            self._end_job(job)
            if store_generation != self._store_generation:
                return  # locked meanwhile
            if error is not None or result is None:
                if job.cancelled:
                    self._show_message(self.tr("Import cancelled. Nothing was imported."))
                else:
                    # The service's messages say that nothing was imported.
                    self._show_message(error_text(error) if error else "?", error=True)
                return
            if self.case_id != case_id:  # another case is shown now
                self._show_message(
                    plural("EvidenceTab", "Imported %n file(s) into {case}.", len(result)).format(
                        case=ref
                    )
                )
                return
            self._show_message(plural("EvidenceTab", "Imported %n file(s).", len(result)))
            self.reload(select=self.selected_id())

        self._start_job(
            job,
            "import",
            plural("EvidenceTab", "Importing %n item(s)…", count),
            finished,
        )
        return True

    # --- drag and drop ----------------------------------------------------------------------

    def _local_paths(self, event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        urls = mime.urls()
        if not urls or not all(u.isLocalFile() for u in urls):
            return []
        return [Path(u.toLocalFile()) for u in urls]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.case_id is not None and self._local_paths(event) and not self.busy:
            event.acceptProposedAction()
            self._show_message(self.tr("Drop to import into this case."))
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._hide_message()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._local_paths(event)
        if not paths or self.case_id is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self._hide_message()
        self.import_paths(paths)

    # --- extracting ----------------------------------------------------------------------

    def ask_extract(self) -> None:
        item = self.selected()
        if item is None or item.removed or not self._can_start():
            return
        start = str(Path(QDir.homePath()) / item.original_name)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Extract an unencrypted copy"), start)
        if not name:
            return
        if not self.confirm_extract(item, Path(name)):
            return
        self.extract_to(Path(name), overwrite=Path(name).exists())

    def confirm_extract(self, item: EvidenceView, out: Path) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The copy will not be encrypted"),
            self.tr("Write an unencrypted copy of {name}?").format(name=item.original_name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr(
                "The copy at {path} will NOT be encrypted: anyone with access to this computer "
                "or its disk can open it. The extraction is recorded in the chain of custody. "
                "Delete the copy when you no longer need it."
            ).format(path=out)
        )
        box.addButton(self.tr("Write unencrypted copy"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() != QMessageBox.StandardButton.Cancel and (
            box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole
        )

    def extract_to(self, out: Path, *, overwrite: bool = False) -> bool:
        """Decrypt the selected item to ``out`` off the GUI thread (after the
        warning, which ``ask_extract`` shows)."""
        item, store = self.selected(), self._store
        if item is None or store is None or item.removed or not self._can_start():
            return False
        store_generation = self._store_generation
        # overwrite: the file dialog already asked about replacing the file
        job = extract_job(Context.for_store(store), item.id, out, self, overwrite=overwrite)

        def finished(result: EvidenceView | None, error: BaseException | None) -> None:
            self._end_job(job)
            if store_generation != self._store_generation:
                return
            if error is not None or result is None:
                if job.cancelled:
                    self._show_message(self.tr("Extraction cancelled; no copy was written."))
                else:
                    self._show_message(
                        self.tr("No copy was written: {error}").format(
                            error=error_text(error) if error else "?"
                        ),
                        error=True,
                    )
                return
            self._show_message(
                self.tr("Wrote an unencrypted copy to {path}. Delete it when done.").format(
                    path=out
                )
            )
            self._refresh_item(result)

        self._start_job(
            job,
            "extract",
            self.tr("Extracting {name}…").format(name=item.original_name),
            finished,
        )
        return True

    # --- removing --------------------------------------------------------------------------

    def ask_remove(self) -> None:
        item = self.selected()
        if item is None or item.removed or not self._can_start():
            return
        if self.confirm_remove(item):
            self.remove_selected()

    def confirm_remove(self, item: EvidenceView) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove from the vault"),
            self.tr("Remove {name} from the vault?").format(name=item.original_name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr(
                "The encrypted file is erased and cannot be previewed or extracted again. "
                "Its description, hashes and chain of custody stay in the case, with a "
                "'removed' entry."
            )
        )
        box.addButton(self.tr("Remove file"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.DestructiveRole

    def remove_selected(self) -> bool:
        """Remove the selected item (after the confirmation ``ask_remove`` shows)."""
        item, store = self.selected(), self._store
        if item is None or store is None or item.removed or not self._can_start():
            return False
        store_generation, case_id = self._store_generation, self.case_id
        ctx = Context.for_store(store)
        self._busy_remove = True
        self._update_buttons()
        self.preview.clear(self.tr("Removing {name}…").format(name=item.original_name))

        def done(outcome: evidence.RemoveOutcome | None, error: BaseException | None) -> None:
            if store_generation != self._store_generation:
                return
            self._busy_remove = False
            self._update_buttons()
            self.job_finished.emit()
            if error is not None or outcome is None:
                self._show_message(
                    self.tr("The file was not removed: {error}").format(
                        error=error_text(error) if error else "?"
                    ),
                    error=True,
                )
            else:
                self._show_message(outcome.summary())
            if self.case_id == case_id:
                self.reload(select=item.id)

        run_task(lambda: evidence.remove(ctx, item.id), done, owner=self)
        return True

    # --- jobs -------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return (self._job is not None and self._job.running) or self._busy_remove

    def _can_start(self) -> bool:
        return self._store is not None and self.case_id is not None and not self.busy

    def _start_job(self, job: ProgressJob, kind: str, text: str, finished: object) -> None:
        self._job, self._job_kind = job, kind
        job.progressed.connect(self._on_progress)
        job.finished.connect(finished)
        self._hide_message()
        self.progress_label.setText(text)
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat("%p%")
        self.cancel_button.setEnabled(True)
        self.progress_row.show()
        job.start()
        self._update_buttons()
        self.cancel_button.setFocus()

    def _on_progress(self, what: str, done: int, total: int | None) -> None:
        if self._job is None:
            return
        if total:
            self.progress_bar.setValue(min(PROGRESS_STEPS, done * PROGRESS_STEPS // total))
            amount = self.tr("{done} of {total}").format(
                done=data_size(done), total=data_size(total)
            )
        else:
            self.progress_bar.setRange(0, 0)
            amount = data_size(done)
        verb = self.tr("Importing") if self._job_kind == "import" else self.tr("Extracting")
        self.progress_label.setText(f"{verb} {what} — {amount}")

    def cancel(self) -> None:
        if self._job is not None and self._job.running:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelling…"))

    def _end_job(self, job: ProgressJob) -> None:
        if self._job is job:
            self._job = None
            self._job_kind = ""
            self.progress_row.hide()
            self.progress_bar.setRange(0, PROGRESS_STEPS)
            self._update_buttons()
        self.job_finished.emit()

    def _refresh_item(self, view: EvidenceView) -> None:
        row = self.row_of(view.id)
        if row < 0:
            return
        self.items[row] = view
        if self.selected_id() == view.id:
            self.details.setText(self._details_html(view))
            self.custody.show_events(view.custody)

    # --- small things --------------------------------------------------------------------

    def _update_buttons(self) -> None:
        can_start = self._can_start()
        self.import_files_button.setEnabled(can_start)
        self.import_folder_button.setEnabled(can_start)
        item = self.selected()
        usable = can_start and item is not None and not item.removed
        self.extract_button.setEnabled(usable)
        self.remove_button.setEnabled(usable)
        self.preview.message_extract_button.setEnabled(usable)
        self.preview.media_extract_button.setEnabled(usable)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(f"color: {ALERT_FG};" if error else "")
        self.message_label.show()

    def _hide_message(self) -> None:
        self.message_label.clear()
        self.message_label.hide()

    def message(self) -> str:
        return "" if self.message_label.isHidden() else self.message_label.text()
