"""People probably recorded twice: the list ``casekeeper duplicates`` prints,
with the evidence for each pair, and what to do about it.

The whole store is compared off the GUI thread (services.duplicates), with
progress and Cancel. For each pair: the names that matched, and the other
fields that agree or conflict. "Merge…" asks which record to keep, then
merges through the undoable edit session (Edit ▸ Undo separates them
again); "Not the same person" is remembered, so the pair is not suggested
again (also undoable).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casekeeper.errors import Cancelled
from casekeeper.progress import CancelToken
from casekeeper.services import duplicates
from casekeeper.services.duplicates import DuplicatePair, FieldComparison

from .display import ALERT_FG, esc, fuzzy_date, plural
from .edit_commands import ChangeRecord, EditSession, MergePeople, error_text
from .worker import run_task

SCORE, PERSON, OTHER = range(3)
RESCAN_DELAY_MS = 400


class _ProgressRelay(QObject):
    """Carries a worker's progress to the GUI thread (a queued signal)."""

    moved = Signal(str, int, int)


class DuplicatesView(QDialog):
    scanned = Signal(int)  # pairs found

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.setAccessibleName(self.tr("Possible duplicates"))
        self.setWindowFlag(Qt.WindowType.Window)
        self.session = session
        self.pairs: list[DuplicatePair] = []
        self.running = False
        self.confirm_box: QMessageBox | None = None
        self._token: CancelToken | None = None
        self._generation = 0

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress of the comparison"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.rescan_button = QPushButton(self.tr("Search &again"))
        self.rescan_button.clicked.connect(self.scan)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        top.addWidget(self.rescan_button)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Alike"), self.tr("Person"), self.tr("Probably also")]
        )
        self.table.setAccessibleName(self.tr("Pairs of records that may be one person"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SCORE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PERSON, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OTHER, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_current)
        self.evidence = QTextBrowser()
        self.evidence.setAccessibleName(self.tr("Why they may be one person"))
        self.evidence.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.evidence)
        splitter.setSizes([430, 470])

        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setToolTip(
            self.tr("Make the two records one person; Edit ▸ Undo separates them again")
        )
        self.merge_button.clicked.connect(self.ask_merge)
        self.not_same_button = QPushButton(self.tr("&Not the same person"))
        self.not_same_button.setToolTip(
            self.tr("Remember they differ: the pair is not suggested again")
        )
        self.not_same_button.clicked.connect(self.not_same)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.merge_button)
        bottom.addWidget(self.not_same_button)
        bottom.addStretch(1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(960, 560)

        self._relay = _ProgressRelay(self)
        self._relay.moved.connect(self._moved)
        self._rescan = QTimer(self)
        self._rescan.setSingleShot(True)
        self._rescan.setInterval(RESCAN_DELAY_MS)
        self._rescan.timeout.connect(self.scan)
        session.changed.connect(lambda _case: self._rescan.start())
        self._set_running(False)
        self._show_current()

    # --- scanning ---------------------------------------------------------------------

    def scan(self) -> None:
        if not self.session.is_open:
            return
        if self.running and self._token is not None:
            self._token.cancel()  # the newer scan wins
        store = self.session.ctx.store
        token = CancelToken()
        self._token = token
        self._generation += 1
        generation = self._generation
        relay = self._relay
        self._set_running(True)
        self.summary.setText(self.tr("Comparing everyone recorded…"))
        self.progress.setRange(0, 0)

        def report(what: str, done: int, total: int | None) -> None:
            relay.moved.emit(what, done, total if total is not None else -1)

        def finished(pairs: list[DuplicatePair] | None, error: BaseException | None) -> None:
            if generation != self._generation:
                return
            self._set_running(False)
            if isinstance(error, Cancelled):
                self.summary.setText(self.tr("Cancelled. Search again to see the list."))
                return
            if error is not None:
                self.summary.setText(
                    self.tr("The comparison failed: {error}").format(error=error_text(error))
                )
                return
            self.show_pairs(pairs or [])

        run_task(
            lambda: duplicates.find_duplicates(store, progress=report, cancel=token),
            finished,
            owner=self,
            cancel=token,
        )

    def cancel(self) -> None:
        if self._token is not None:
            self._token.cancel()

    def _moved(self, what: str, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        else:
            self.progress.setRange(0, 0)

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.rescan_button.setEnabled(not running)

    def show_pairs(self, pairs: list[DuplicatePair]) -> None:
        kept = self.current_pair()
        self.pairs = pairs
        self.table.setRowCount(len(pairs))
        for row, pair in enumerate(pairs):
            for column, text in (
                (SCORE, f"{round(pair.score * 100)}%"),
                (PERSON, pair.person_label),
                (OTHER, pair.other_label),
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        if pairs:
            self.summary.setText(
                plural(
                    "DuplicatesView", "%n pair(s) of records may be one person each.", len(pairs)
                )
            )
            again = next(
                (
                    r
                    for r, p in enumerate(pairs)
                    if kept and {p.person_id, p.other_id} == {kept.person_id, kept.other_id}
                ),
                0,
            )
            self.table.selectRow(again)
        else:
            self.summary.setText(self.tr("No likely duplicates: everyone seems recorded once."))
        self._show_current()
        self.scanned.emit(len(pairs))

    # --- one pair ---------------------------------------------------------------------

    def current_pair(self) -> DuplicatePair | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        row = rows[0].row()
        return self.pairs[row] if 0 <= row < len(self.pairs) else None

    def _show_current(self) -> None:
        pair = self.current_pair()
        for button in (self.merge_button, self.not_same_button):
            button.setEnabled(pair is not None and not self.session.busy)
        if pair is None:
            self.evidence.setHtml(
                f"<p><i>{esc(self.tr('Choose a pair to see why they may be one person.'))}</i></p>"
            )
            return
        self.evidence.setHtml(self.evidence_html(pair))

    def evidence_html(self, pair: DuplicatePair) -> str:
        out = [
            f"<h3>{esc(pair.person_label)} ⇄ {esc(pair.other_label)}</h3>",
            "<p>"
            + esc(
                self.tr("{score}% alike (names alone: {names}%)").format(
                    score=round(pair.score * 100), names=round(pair.name_score * 100)
                )
            )
            + "</p>",
            f"<p><b>{esc(self.tr('Names that matched'))}</b></p><ul>",
        ]
        for match in pair.names:
            out.append(
                f"<li><span style='font-size:large'>{esc(match.name)}</span> — "
                f"<span style='font-size:large'>{esc(match.other_name)}</span> "
                f"({round(match.score * 100)}%)</li>"
            )
        out.append("</ul>")
        if pair.agree:
            out.append(f"<p><b>{esc(self.tr('Agree'))}</b></p><ul>")
            out += [f"<li>{self._comparison(c)}</li>" for c in pair.agree]
            out.append("</ul>")
        if pair.conflict:
            out.append(f"<p><b style='color:{ALERT_FG}'>{esc(self.tr('Conflict'))}</b></p><ul>")
            out += [f"<li>{self._comparison(c)}</li>" for c in pair.conflict]
            out.append("</ul>")
        if not pair.agree and not pair.conflict:
            out.append(f"<p><i>{esc(self.tr('Nothing else recorded to compare.'))}</i></p>")
        return "".join(out)

    def _comparison(self, c: FieldComparison) -> str:
        names = {
            "birth_date": self.tr("birth date"),
            "gender": self.tr("gender"),
            "hometown": self.tr("hometown"),
            "birthplace": self.tr("birthplace"),
            "father": self.tr("father's name"),
            "case": self.tr("cases"),
        }
        field = names.get(c.field, c.field.replace("_", " "))
        if c.field == "birth_date":
            value, other = fuzzy_date(c.value), fuzzy_date(c.other_value)
        else:
            value, other = c.value, c.other_value
        if value == other:
            return f"{esc(field)}: {esc(value)}"
        return f"{esc(field)}: {esc(value)} / {esc(other)}"

    # --- decisions --------------------------------------------------------------------

    def ask_merge(self) -> QMessageBox | None:
        pair = self.current_pair()
        if pair is None:
            return None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Merge two records"))
        box.setText(
            self.tr("Merge “{a}” and “{b}” into one person?").format(
                a=pair.person_label, b=pair.other_label
            )
        )
        box.setInformativeText(
            self.tr(
                "Every name, role, relationship, claim and consent record is kept on the "
                "person you keep; differing details go into its notes. Edit ▸ Undo "
                "separates them again."
            )
        )
        self.keep_first = box.addButton(
            self.tr("Keep “{name}”").format(name=pair.person_label),
            QMessageBox.ButtonRole.AcceptRole,
        )
        self.keep_second = box.addButton(
            self.tr("Keep “{name}”").format(name=pair.other_label),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self._merge_answer(pair, button))
        self.confirm_box = box
        box.open()
        return box

    def _merge_answer(self, pair: DuplicatePair, button: object) -> None:
        self.confirm_box = None
        if button is self.keep_first:
            survivor, merged, label = pair.person_id, pair.other_id, pair.person_label
        elif button is self.keep_second:
            survivor, merged, label = pair.other_id, pair.person_id, pair.other_label
        else:
            return
        command = MergePeople(
            self.session, self.tr("Merge into {name}").format(name=label), survivor, merged
        )
        self._decide(command, lambda p: merged in (p.person_id, p.other_id))

    def not_same(self) -> None:
        pair = self.current_pair()
        if pair is None:
            return
        a, b = pair.person_id, pair.other_id
        command = ChangeRecord(
            self.session,
            self.tr("Not the same: {a} and {b}").format(a=pair.person_label, b=pair.other_label),
            lambda ctx: duplicates.mark_not_same(ctx, a, b),
            lambda ctx: duplicates.forget_not_same(ctx, a, b),
        )
        self._decide(command, lambda p: {p.person_id, p.other_id} == {a, b})

    def _decide(self, command: object, gone: object) -> None:
        self.merge_button.setEnabled(False)
        self.not_same_button.setEnabled(False)

        def done(_result: object, error: BaseException | None) -> None:
            if error is not None:
                self.summary.setText(self.tr("Not done: {error}").format(error=error_text(error)))
                self._show_current()
                return
            # At once on screen; the rescan that follows the change confirms it.
            self.show_pairs([p for p in self.pairs if not gone(p)])  # type: ignore[operator]

        self.session.submit(command, done, owner=self)  # type: ignore[arg-type]

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.cancel()
        self._rescan.stop()
        super().closeEvent(event)
