"""The People tab: everyone in the case, with every name in every script.

A relative searching for her husband may know him only as 阿力木努尔 or as
Әлімнұр: every recorded name is shown, with its script, language and kind,
then the person's role, status and relatives in plain words. Above them, a
small graph (``relationship_graph.py``) shows who is related to whom.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casekeeper.services.views import CaseDetail, PersonView

from . import labels
from .display import ALERT_BG, ALERT_FG, badge, esc, fuzzy_date, language_name
from .form_fields import button_bar
from .relationship_graph import RelationshipGraph

# Person statuses that call for attention in the header of a person.
_ALARMING = {"missing", "detained", "sentenced", "house_arrest", "deceased"}


class PeopleTab(QWidget):
    add_requested = Signal()
    edit_requested = Signal(str)  # person id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("People in this case"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("People (double-click to edit)"))
        self.list.currentRowChanged.connect(self._scroll_to)
        self.list.itemActivated.connect(lambda _item: self._edit_current())
        self.list.itemDoubleClicked.connect(lambda _item: self._edit_current())
        self.add_button = QPushButton(self.tr("Add person…"))
        self.add_button.setToolTip(self.tr("Add a person to this case (Ctrl+Shift+P)"))
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button = QPushButton(self.tr("Edit person…"))
        self.edit_button.clicked.connect(self._edit_current)
        self.edit_button.setEnabled(False)
        self.graph = RelationshipGraph()
        self.graph.selected.connect(self.select_person)
        self.graph.activated.connect(self.edit_requested)
        self.graph_area = QScrollArea()
        self.graph_area.setWidget(self.graph)
        self.graph_area.setWidgetResizable(True)
        self.graph_area.setFrameShape(QFrame.Shape.StyledPanel)
        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        right.addWidget(self.graph_area)
        right.addWidget(self.browser)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([170, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(button_bar(self.add_button, self.edit_button))
        layout.addWidget(splitter)
        self._ids: list[str] = []

    def clear(self) -> None:
        self.browser.clear()
        self.list.clear()
        self.graph.clear()
        self.graph_area.hide()
        self._ids = []
        self.edit_button.setEnabled(False)

    def text(self) -> str:
        return self.browser.toPlainText()

    def current_person(self) -> str | None:
        row = self.list.currentRow()
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def select_person(self, person_id: str) -> bool:
        if person_id in self._ids:
            self.list.setCurrentRow(self._ids.index(person_id))
            return True
        return False

    def _edit_current(self) -> None:
        person = self.current_person()
        if person:
            self.edit_requested.emit(person)

    def _scroll_to(self, row: int) -> None:
        self.edit_button.setEnabled(0 <= row < len(self._ids))
        self.graph.select(self._ids[row] if 0 <= row < len(self._ids) else None)
        if 0 <= row < len(self._ids):
            self.browser.scrollToAnchor(f"person-{self._ids[row]}")

    def show_detail(self, detail: CaseDetail) -> None:
        kept = self.current_person()
        self.list.clear()
        self._ids = [p.id for p in detail.people]
        self.graph.set_detail(detail)
        self.graph_area.setVisible(bool(detail.people))
        # No taller than the graph: the names below get the rest.
        frame = 2 * self.graph_area.frameWidth()
        self.graph_area.setMaximumHeight(self.graph.minimumHeight() + frame + 16)
        self.graph_area.setMinimumHeight(min(self.graph.minimumHeight() + frame, 300))
        for p in detail.people:
            item = QListWidgetItem(p.display_name)
            item.setToolTip("\n".join(n.text for n in p.names))
            self.list.addItem(item)
        if kept:
            self.select_person(kept)
        self.edit_button.setEnabled(self.current_person() is not None)
        if not detail.people:
            self.browser.setHtml(
                f"<p><i>{esc(self.tr('No people recorded in this case yet.'))}</i></p>"
            )
            return
        roles: dict[str, list[str]] = {}
        for role in detail.roles:
            roles.setdefault(role["person_id"], []).append(role["kind"])
        parts = [self._person_html(p, roles.get(p.id, []), detail.case.id) for p in detail.people]
        self.browser.setHtml("<hr>".join(parts))

    def _person_html(self, person: PersonView, roles: list[str], case_id: str) -> str:
        status = labels.word(person.status)
        status_html = (
            badge(status, ALERT_FG, ALERT_BG) if person.status in _ALARMING else esc(status)
        )
        facts = [
            self.tr("Status: {status}").format(status=status_html),
        ]
        if roles:
            facts.append(
                esc(
                    self.tr("In this case: {roles}").format(
                        roles=", ".join(labels.word(r) for r in roles)
                    )
                )
            )
        lines = [
            f'<a name="person-{person.id}"></a><h3>{esc(person.display_name)}</h3>',
            f"<p>{' &nbsp;·&nbsp; '.join(facts)}</p>",
        ]
        lines.append(self._names_html(person))
        if person.relations:
            sentences = [
                esc(labels.relation_sentence(r.person_name, r.kind, r.relative_name))
                for r in person.relations
            ]
            lines.append(f"<p><b>{esc(self.tr('Relatives'))}</b><br>{'<br>'.join(sentences)}</p>")
        details = self._details(person, case_id)
        if details:
            lines.append("<p>" + "<br>".join(details) + "</p>")
        return "\n".join(lines)

    def _names_html(self, person: PersonView) -> str:
        head = "".join(
            f'<th align="left">{esc(h)}</th>'
            for h in (self.tr("Name"), self.tr("Script"), self.tr("Language"), self.tr("Kind"))
        )
        rows = "".join(
            "<tr>"
            f'<td style="font-size:large">{esc(n.text)}</td>'
            f"<td>{esc(labels.script(n.script))}</td>"
            f"<td>{esc(language_name(n.language))}</td>"
            f"<td>{esc(labels.word(n.kind))}</td>"
            "</tr>"
            for n in person.names
        )
        return f'<table cellspacing="0" cellpadding="4"><tr>{head}</tr>{rows}</table>'

    def _details(self, person: PersonView, case_id: str) -> list[str]:
        out: list[str] = []

        def add(label: str, value: str) -> None:
            if value:
                out.append(f"<b>{esc(label)}</b> {esc(value)}")

        add(self.tr("Born:"), person.birth_date_display)
        add(self.tr("Birthplace:"), person.birthplace)
        add(self.tr("Hometown:"), person.hometown)
        add(self.tr("Gender:"), person.gender)
        add(self.tr("Ethnicity:"), person.ethnicity)
        add(self.tr("Occupation:"), person.occupation)
        for c in person.citizenships:
            since = fuzzy_date(c.acquired)
            until = fuzzy_date(c.lost)
            span = (
                f" ({since}–{until})"
                if until
                else (f" ({self.tr('since')} {since})" if since else "")
            )
            add(self.tr("Citizenship:"), f"{c.country}{span}")
        for d in person.documents:
            number = f" {d.number}" if d.number else ""
            add(
                self.tr("Document:"),
                f"{labels.word(d.kind)}{number} — {labels.word(d.status)}",
            )
        others = [
            f"{r['case_ref']} ({labels.word(r['kind'])})"
            for r in person.roles
            if r["case_id"] != case_id
        ]
        add(self.tr("Also in:"), ", ".join(others))
        add(self.tr("Contact:"), person.contact)
        add(self.tr("Notes:"), person.notes)
        return out
