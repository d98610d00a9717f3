"""Add or edit a person: names in any script, birth date as well as known,
hometown, citizenships, papers, and the person's part in the case.

While a name is typed, the panel on the right lists people already recorded
under a name like it, in any script ("Alimnur Turganbay" finds the record
of "Alinur Turhanbay", and "Әлімнұр Тұрғанбай"), each with the name that
matched and why. The search runs off the GUI thread a quarter second after
the last key, and only the newest answer is shown. Choosing a match offers
to add that person to the case instead of recording them a second time.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casekeeper.names.script import detect_script
from casekeeper.services import names as name_search
from casekeeper.services import people
from casekeeper.services.people import (
    CitizenshipInput,
    DocumentInput,
    NameInput,
    PersonInput,
)
from casekeeper.services.views import PersonView, SearchHit
from casekeeper.store.vocab import DocumentKind, DocumentStatus, NameKind, PersonStatus, RoleKind

from . import labels
from .display import fuzzy_date, language_name
from .edit_commands import AddToCase, ChangeRecord, CreateRecord, EditSession, ServiceCommand
from .form_fields import (
    MUTED,
    EditorDialog,
    FuzzyDateField,
    combo_value,
    form_row,
    hint_label,
    set_combo,
    show_hint,
    vocab_combo,
)
from .worker import run_task

DEBOUNCE_MS = 250
MATCH_LIMIT = 6
# Languages names arrive in most often (BCP 47); others recorded are kept.
LANGUAGES = ("", "kk", "ru", "zh", "ug", "ky", "uz", "en", "tr", "ar")


@dataclass(frozen=True)
class Match:
    hit: SearchHit
    person: PersonView


class NameRow:
    """One name: its text, the script seen in it, its language and kind."""

    def __init__(self, editor: PersonEditor, name: NameInput | None) -> None:
        self.id = name.id if name else ""
        self.text = QLineEdit(name.text if name else "")
        self.text.setAccessibleName(QCoreApplication.translate("PersonEditor", "Name"))
        self.text.setPlaceholderText(
            QCoreApplication.translate("PersonEditor", "A name, in any script")
        )
        self.text.setMinimumWidth(220)
        self.script = QLabel()
        self.script.setMinimumWidth(80)
        self.script.setAccessibleName(QCoreApplication.translate("PersonEditor", "Script"))
        self.language = QComboBox()
        self.language.setAccessibleName(QCoreApplication.translate("PersonEditor", "Language"))
        codes = list(LANGUAGES)
        if name and name.language and name.language not in codes:
            codes.append(name.language)
        for code in codes:
            self.language.addItem(
                f"{language_name(code)} ({code})"
                if code
                else QCoreApplication.translate("PersonEditor", "—"),
                code,
            )
        if name:
            set_combo(self.language, name.language)
        self.kind = vocab_combo(
            NameKind,
            name.kind if name else "legal",
            accessible=QCoreApplication.translate("PersonEditor", "Kind"),
        )
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setToolTip(QCoreApplication.translate("PersonEditor", "Remove this name"))
        self.remove.setAccessibleName(
            QCoreApplication.translate("PersonEditor", "Remove this name")
        )
        self.text.textChanged.connect(self.show_script)
        self.show_script()

    def widgets(self) -> list[QWidget]:
        return [self.text, self.script, self.language, self.kind, self.remove]

    def show_script(self) -> None:
        text = self.text.text().strip()
        self.script.setText(labels.script(detect_script(text)) if text else "")

    def value(self) -> NameInput:
        text = self.text.text().strip()
        return NameInput(
            text, combo_value(self.kind), combo_value(self.language), detect_script(text), self.id
        )


class DocumentRow:
    def __init__(self, editor: PersonEditor, doc: DocumentInput | None) -> None:
        self.id = doc.id if doc else ""
        self.keep = doc  # issuer, dates and note are kept as they are
        self.kind = vocab_combo(
            DocumentKind,
            doc.kind if doc else "passport",
            accessible=QCoreApplication.translate("PersonEditor", "Document kind"),
        )
        self.number = QLineEdit(doc.number if doc else "")
        self.number.setAccessibleName(QCoreApplication.translate("PersonEditor", "Document number"))
        self.number.setPlaceholderText(QCoreApplication.translate("PersonEditor", "number"))
        self.status = vocab_combo(
            DocumentStatus,
            doc.status if doc else "valid",
            accessible=QCoreApplication.translate("PersonEditor", "Document status"),
        )
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setToolTip(QCoreApplication.translate("PersonEditor", "Remove this document"))
        self.remove.setAccessibleName(
            QCoreApplication.translate("PersonEditor", "Remove this document")
        )

    def widgets(self) -> list[QWidget]:
        return [self.kind, self.number, self.status, self.remove]

    def value(self) -> DocumentInput:
        k = self.keep
        return DocumentInput(
            combo_value(self.kind),
            self.number.text().strip(),
            k.issuer if k else "",
            k.issued if k else None,
            k.expires if k else None,
            combo_value(self.status),
            k.note if k else "",
            self.id,
        )


class PersonEditor(EditorDialog):
    def __init__(
        self,
        session: EditSession,
        *,
        case_id: str | None = None,
        person: PersonView | None = None,
        roles: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("PersonEditor", "Edit {name}").format(
                name=person.display_name
            )
            if person
            else QCoreApplication.translate("PersonEditor", "Add a person")
        )
        super().__init__(session, title, parent)
        self.case_id = case_id
        self.person = person
        self.roles_before = list(roles or [])
        self.before: PersonInput | None = people.person_input(person) if person else None
        self.name_rows: list[NameRow] = []
        self.document_rows: list[DocumentRow] = []
        self.matches: list[Match] = []
        self.query_text = ""
        self.added_existing: str | None = None  # the person added instead of a new one
        self._generation = 0
        self._shown_generation = 0
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._look_up)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self._build_names())
        left.addLayout(self.form)
        columns.addLayout(left, 3)
        columns.addWidget(self._build_matches(), 2)
        self._build_fields()
        self.finish_layout(columns)
        self.resize(980, 580)
        self.watch(self.birth_field.changed)

        for name in self.before.names if self.before else (NameInput("", "legal"),):
            self.add_name_row(name)
        for doc in self.before.documents if self.before else ():
            self.add_document_row(doc)
        self.name_rows[0].text.setFocus()

    # --- building ---------------------------------------------------------------------

    def _build_names(self) -> QWidget:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(box)
        heading = QLabel(self.tr("<b>Names</b> — every spelling and script you know"))
        outer.addWidget(heading)
        self.names_grid = QGridLayout()
        self.names_grid.setColumnStretch(0, 1)
        for column, text in enumerate(
            (self.tr("Name"), self.tr("Script"), self.tr("Language"), self.tr("Kind"))
        ):
            label = QLabel(f"<span style='color:{MUTED}'>{text}</span>")
            self.names_grid.addWidget(label, 0, column)
        outer.addLayout(self.names_grid)
        self.add_name_button = QPushButton(self.tr("Add &another name"))
        self.add_name_button.clicked.connect(lambda: self.add_name_row(None, focus=True))
        self.names_hint = hint_label()
        row = QHBoxLayout()
        row.addWidget(self.add_name_button)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addWidget(self.names_hint)
        return box

    def _build_matches(self) -> QWidget:
        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setMinimumWidth(300)
        layout = QVBoxLayout(panel)
        layout.addWidget(QLabel(self.tr("<b>Already recorded?</b>")))
        self.match_status = QLabel(self.tr("Type a name to see people recorded under a like one."))
        self.match_status.setWordWrap(True)
        self.match_status.setStyleSheet(f"color: {MUTED};")
        self.match_list = QListWidget()
        self.match_list.setAccessibleName(self.tr("People already recorded with a like name"))
        self.match_list.setWordWrap(True)
        self.match_list.setAlternatingRowColors(True)
        self.match_list.currentRowChanged.connect(self._on_match_chosen)
        self.offer_label = QLabel()
        self.offer_label.setWordWrap(True)
        self.offer_label.setTextFormat(Qt.TextFormat.PlainText)
        self.use_existing_button = QPushButton(self.tr("Add this person to the &case instead"))
        self.use_existing_button.clicked.connect(self.use_existing)
        self.offer_label.hide()
        self.use_existing_button.hide()
        layout.addWidget(self.match_status)
        layout.addWidget(self.match_list, 1)
        layout.addWidget(self.offer_label)
        layout.addWidget(self.use_existing_button)
        return panel

    def _build_fields(self) -> None:
        fields = self.before.fields if self.before else {}
        self.status_combo = vocab_combo(PersonStatus, fields.get("status") or "unknown")
        form_row(self.form, self.tr("&Status:"), self.status_combo)
        self.birth_field = FuzzyDateField(accessible=self.tr("Birth date"))
        self.birth_field.set_value(fields.get("birth_date"))
        form_row(self.form, self.tr("&Born:"), self.birth_field, self.birth_field.edit)
        self.hometown_edit = QLineEdit(fields.get("hometown") or "")
        self.hometown_edit.setPlaceholderText(self.tr("town or county, in any script"))
        form_row(self.form, self.tr("&Hometown:"), self.hometown_edit)
        self.gender_combo = QComboBox()
        self.gender_combo.setEditable(True)
        for text in ("", self.tr("female"), self.tr("male")):
            self.gender_combo.addItem(text)
        self.gender_combo.setCurrentText(fields.get("gender") or "")
        self.gender_combo.setMinimumWidth(160)
        form_row(self.form, self.tr("&Gender:"), self.gender_combo)
        kept = self.before.citizenships if self.before else ()
        self.citizenship_edit = QLineEdit(", ".join(c.country for c in kept))
        self.citizenship_edit.setPlaceholderText(self.tr("e.g. Kazakhstan, China"))
        form_row(self.form, self.tr("&Citizenships:"), self.citizenship_edit)

        docs = QWidget()
        docs_layout = QVBoxLayout(docs)
        docs_layout.setContentsMargins(0, 0, 0, 0)
        self.documents_grid = QGridLayout()
        self.documents_grid.setColumnStretch(1, 1)
        docs_layout.addLayout(self.documents_grid)
        self.add_document_button = QPushButton(self.tr("Add &document"))
        self.add_document_button.clicked.connect(lambda: self.add_document_row(None))
        row = QHBoxLayout()
        row.addWidget(self.add_document_button)
        row.addStretch(1)
        docs_layout.addLayout(row)
        form_row(self.form, self.tr("Documents:"), docs, self.add_document_button)

        self.role_combo = vocab_combo(
            RoleKind, self.roles_before[0] if self.roles_before else "victim"
        )
        if self.case_id:
            form_row(self.form, self.tr("&Role in this case:"), self.role_combo)
        else:
            self.role_combo.hide()
        self.notes_edit = QPlainTextEdit(fields.get("notes") or "")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        form_row(self.form, self.tr("&Notes:"), self.notes_edit)

    # --- names ------------------------------------------------------------------------

    def add_name_row(self, name: NameInput | None, *, focus: bool = False) -> NameRow:
        row = NameRow(self, name)
        self.name_rows.append(row)
        grid_row = len(self.name_rows)
        for column, widget in enumerate(row.widgets()):
            self.names_grid.addWidget(widget, grid_row, column)
        row.text.textEdited.connect(lambda text: self.name_typed(text))
        row.text.textChanged.connect(self._check_names)
        row.text.textChanged.connect(self.revalidate)
        row.remove.clicked.connect(lambda: self.remove_name_row(row))
        self._check_names()
        if focus:
            row.text.setFocus()
        return row

    def remove_name_row(self, row: NameRow) -> None:
        if len(self.name_rows) == 1:
            row.text.clear()
            return
        self.name_rows.remove(row)
        for widget in row.widgets():
            self.names_grid.removeWidget(widget)
            widget.deleteLater()
        # Close the gap: re-place the remaining rows.
        for index, other in enumerate(self.name_rows, start=1):
            for column, widget in enumerate(other.widgets()):
                self.names_grid.addWidget(widget, index, column)
        self._check_names()

    def _check_names(self) -> None:
        if not any(r.text.text().strip() for r in self.name_rows):
            show_hint(
                self.names_hint,
                self.tr("At least one name is needed (it can be a description: “unknown driver”)."),
                error=True,
            )
        else:
            show_hint(self.names_hint, "", error=False)

    def name_typed(self, text: str) -> None:
        """A key in a name field: look for recorded people once typing pauses."""
        self.query_text = text.strip()
        self._generation += 1
        self._debounce.start()

    # --- documents --------------------------------------------------------------------

    def add_document_row(self, doc: DocumentInput | None) -> DocumentRow:
        row = DocumentRow(self, doc)
        self.document_rows.append(row)
        index = len(self.document_rows) - 1
        for column, widget in enumerate(row.widgets()):
            self.documents_grid.addWidget(widget, index, column)
        row.remove.clicked.connect(lambda: self._remove_document_row(row))
        return row

    def _remove_document_row(self, row: DocumentRow) -> None:
        self.document_rows.remove(row)
        for widget in row.widgets():
            self.documents_grid.removeWidget(widget)
            widget.deleteLater()
        for index, other in enumerate(self.document_rows):
            for column, widget in enumerate(other.widgets()):
                self.documents_grid.addWidget(widget, index, column)

    # --- possible matches -------------------------------------------------------------

    def _look_up(self) -> None:
        text = self.query_text
        generation = self._generation
        if len(text) < 2:
            self._show_matches(generation, text, [])
            return
        store = self.session.ctx.store
        own = self.person.id if self.person else None
        self.match_status.setText(self.tr("Looking…"))

        def find() -> list[Match]:
            hits = name_search.possible_matches(store, text, limit=MATCH_LIMIT + 1)
            return [Match(hit, people.get_person(store, hit.id)) for hit in hits if hit.id != own][
                :MATCH_LIMIT
            ]

        def done(found: list[Match] | None, error: BaseException | None) -> None:
            if error is not None:
                if generation == self._generation:
                    self.match_status.setText(
                        self.tr("Could not look for matches: {error}").format(error=error)
                    )
                return
            self._show_matches(generation, text, found or [])

        run_task(find, done, owner=self)

    def _show_matches(self, generation: int, text: str, found: list[Match]) -> None:
        # Newest wins: an answer for older typing that arrives late is dropped.
        if generation < self._shown_generation or generation != self._generation:
            return
        self._shown_generation = generation
        self.matches = found
        self.match_list.clear()
        self.offer_label.hide()
        self.use_existing_button.hide()
        if not text:
            self.match_status.setText(
                self.tr("Type a name to see people recorded under a like one.")
            )
            return
        if not found:
            self.match_status.setText(
                self.tr("No one recorded under a name like “{name}”.").format(name=text)
            )
            return
        self.match_status.setText(self.tr("Recorded under a name like “{name}”:").format(name=text))
        for match in found:
            item = QListWidgetItem(self._match_text(match, text))
            item.setToolTip(self._match_text(match, text))
            self.match_list.addItem(item)

    def _match_text(self, match: Match, typed: str) -> str:
        hit, person = match.hit, match.person
        facts = []
        if person.birth_date:
            facts.append(self.tr("born {date}").format(date=fuzzy_date(person.birth_date)))
        if person.hometown:
            facts.append(self.tr("from {place}").format(place=person.hometown))
        cases = [f"{r['case_ref']} ({labels.word(r['kind'])})" for r in person.roles]
        if cases:
            facts.append(self.tr("in {cases}").format(cases=", ".join(cases)))
        else:
            facts.append(self.tr("in no case"))
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
        typed_script, matched_script = detect_script(typed), detect_script(hit.matched)
        if typed_script != matched_script:
            return self.tr("the same name written in {script} ({percent}% alike)").format(
                script=labels.script(matched_script), percent=percent
            )
        return self.tr("another spelling ({percent}% alike)").format(percent=percent)

    def _on_match_chosen(self, row: int) -> None:
        if not (0 <= row < len(self.matches)) or self.person is not None or not self.case_id:
            self.offer_label.hide()
            self.use_existing_button.hide()
            return
        match = self.matches[row]
        in_case = [r["kind"] for r in match.person.roles if r["case_id"] == self.case_id]
        role = labels.word(combo_value(self.role_combo))
        if in_case:
            text = self.tr("{name} is already in this case ({roles}).").format(
                name=match.person.display_name, roles=", ".join(labels.word(k) for k in in_case)
            )
        else:
            text = self.tr(
                "If this is the same person, add {name} to this case as {role} "
                "instead of recording them again."
            ).format(name=match.person.display_name, role=role)
        self.offer_label.setText(text)
        self.offer_label.show()
        self.use_existing_button.setVisible(combo_value(self.role_combo) not in in_case)

    def use_existing(self) -> None:
        row = self.match_list.currentRow()
        if not (0 <= row < len(self.matches)) or not self.case_id or self.busy:
            return
        person = self.matches[row].person
        role = combo_value(self.role_combo)
        command = AddToCase(
            self.session,
            self.tr("Add {name} to the case").format(name=person.display_name),
            self.case_id,
            person.id,
            role,
        )
        self.added_existing = person.id
        self._set_busy(True)
        self.session.submit(command, self._saved, owner=self)

    # --- saving -----------------------------------------------------------------------

    def insist(self) -> None:
        self._check_names()

    def problems(self) -> list[str]:
        out = []
        if not any(r.text.text().strip() for r in self.name_rows):
            out.append(self.tr("Give at least one name."))
        if not self.birth_field.valid:
            out.append(self.tr("The birth date is not understood."))
        return out

    def form_value(self) -> PersonInput:
        fields = dict(self.before.fields) if self.before else {}
        fields.update(
            {
                "status": combo_value(self.status_combo),
                "birth_date": self.birth_field.value(),
                "hometown": self.hometown_edit.text().strip(),
                "gender": self.gender_combo.currentText().strip(),
                "notes": self.notes_edit.toPlainText().strip(),
            }
        )
        old = {c.country.casefold(): c for c in (self.before.citizenships if self.before else ())}
        countries = [c.strip() for c in self.citizenship_edit.text().split(",") if c.strip()]
        citizenships = tuple(
            old.get(country.casefold()) or CitizenshipInput(country)
            for country in dict.fromkeys(countries)
        )
        return PersonInput(
            names=tuple(r.value() for r in self.name_rows if r.text.text().strip()),
            fields=fields,
            citizenships=citizenships,
            documents=tuple(r.value() for r in self.document_rows),
        )

    def roles_after(self) -> list[str]:
        chosen = combo_value(self.role_combo)
        if not self.roles_before:
            return [chosen]
        return list(dict.fromkeys([chosen, *self.roles_before[1:]]))

    def command(self) -> ServiceCommand | None:
        form = self.form_value()
        case_id = self.case_id or ""
        if self.person is None:
            roles = [combo_value(self.role_combo)] if self.case_id else []
            label = form.names[0].text
            return CreateRecord(
                self.session,
                self.tr("Add {name}").format(name=label),
                "person",
                lambda ctx: people.create_person(ctx, form, case=self.case_id, roles=roles),
                case_id,
            )
        before, person_id = self.before, self.person.id
        assert before is not None
        roles_before, roles_after = self.roles_before, self.roles_after()
        if form == before and (not self.case_id or roles_after == roles_before):
            return None

        def forward(ctx):  # type: ignore[no-untyped-def]
            view = people.update_person(ctx, person_id, form)
            if self.case_id and roles_after != roles_before:
                view = people.set_roles(ctx, case_id, person_id, roles_after)
            return view

        def back(ctx):  # type: ignore[no-untyped-def]
            people.update_person(ctx, person_id, before)
            if self.case_id and roles_after != roles_before:
                people.set_roles(ctx, case_id, person_id, roles_before)

        return ChangeRecord(
            self.session,
            self.tr("Edit {name}").format(name=form.names[0].text),
            forward,
            back,
            case_id,
        )
