"""“Already recorded?”: people whose names look like the one being typed.

The same search and wording as the person editor's panel
(``services.names.possible_matches``, off the GUI thread a quarter second
after the last key, only the newest answer shown), as a widget of its own
so that a form can say “this is the same person” and use the record.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from casekeeper.names.script import detect_script
from casekeeper.services import names as name_search
from casekeeper.services import people
from casekeeper.services.views import SearchHit
from casekeeper.store.store import Store

from .. import labels
from ..display import fuzzy_date
from ..form_fields import MUTED
from ..person_editor import DEBOUNCE_MS, MATCH_LIMIT, Match
from ..worker import run_task


class MatchesPanel(QFrame):
    chosen = Signal(object)  # PersonView: "this is the same person"

    def __init__(self, parent: QFrame | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(280)
        self.store: Store | None = None
        self.matches: list[Match] = []
        self.query_text = ""
        self._generation = 0
        self._shown_generation = 0
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._look_up)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Already recorded?</b>")))
        self.status = QLabel(self.tr("Type a name to see people recorded under a like one."))
        self.status.setWordWrap(True)
        self.status.setStyleSheet(f"color: {MUTED};")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("People already recorded with a like name"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.currentRowChanged.connect(self._on_row)
        self.use_button = QPushButton(self.tr("This is the same person: &use the record"))
        self.use_button.setEnabled(False)
        self.use_button.clicked.connect(self._use)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.use_button)

    def typed(self, text: str) -> None:
        """A key in a name field: look once typing pauses."""
        self.query_text = text.strip()
        self._generation += 1
        self._debounce.start()

    def _look_up(self) -> None:
        text, generation, store = self.query_text, self._generation, self.store
        if len(text) < 2 or store is None:
            self._show(generation, text, [])
            return
        self.status.setText(self.tr("Looking…"))

        def find() -> list[Match]:
            hits = name_search.possible_matches(store, text, limit=MATCH_LIMIT)
            return [Match(hit, people.get_person(store, hit.id)) for hit in hits]

        def done(found: list[Match] | None, error: BaseException | None) -> None:
            if error is not None:
                if generation == self._generation:
                    self.status.setText(
                        self.tr("Could not look for matches: {error}").format(error=error)
                    )
                return
            self._show(generation, text, found or [])

        run_task(find, done, owner=self)

    def _show(self, generation: int, text: str, found: list[Match]) -> None:
        if generation < self._shown_generation or generation != self._generation:
            return  # an answer for older typing
        self._shown_generation = generation
        self.matches = found
        self.list.clear()
        self.use_button.setEnabled(False)
        if not text:
            self.status.setText(self.tr("Type a name to see people recorded under a like one."))
        elif not found:
            self.status.setText(
                self.tr("No one recorded under a name like “{name}”.").format(name=text)
            )
        else:
            self.status.setText(self.tr("Recorded under a name like “{name}”:").format(name=text))
        for match in found:
            line = self._text(match, text)
            item = QListWidgetItem(line)
            item.setToolTip(line)
            self.list.addItem(item)

    def _text(self, match: Match, typed: str) -> str:
        hit, person = match.hit, match.person
        facts = []
        if person.birth_date:
            facts.append(self.tr("born {date}").format(date=fuzzy_date(person.birth_date)))
        if person.hometown:
            facts.append(self.tr("from {place}").format(place=person.hometown))
        in_cases = [f"{r['case_ref']} ({labels.word(r['kind'])})" for r in person.roles]
        facts.append(
            self.tr("in {cases}").format(cases=", ".join(in_cases))
            if in_cases
            else self.tr("in no case")
        )
        return "\n".join(
            [
                person.display_name,
                self.tr("matched “{name}”: {why}").format(
                    name=hit.matched, why=self._why(hit, typed)
                ),
                " · ".join(facts),
            ]
        )

    def _why(self, hit: SearchHit, typed: str) -> str:
        percent = round(hit.score * 100)
        if hit.matched.casefold() == typed.casefold():
            return self.tr("the same spelling")
        if detect_script(typed) != detect_script(hit.matched):
            return self.tr("the same name written in {script} ({percent}% alike)").format(
                script=labels.script(detect_script(hit.matched)), percent=percent
            )
        return self.tr("another spelling ({percent}% alike)").format(percent=percent)

    def _on_row(self, row: int) -> None:
        self.use_button.setEnabled(0 <= row < len(self.matches))

    def _use(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.matches):
            self.chosen.emit(self.matches[row].person)
