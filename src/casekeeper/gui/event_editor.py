"""An event on the timeline: what kind, when (as well as known), where, who."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from casekeeper.services import events
from casekeeper.services.views import EventView, PersonView
from casekeeper.store.vocab import EventKind

from .edit_commands import ChangeRecord, CreateRecord, EditSession, ServiceCommand
from .form_fields import (
    EditorDialog,
    FuzzyDateField,
    RequiredText,
    combo_value,
    form_row,
    vocab_combo,
)

PERSON, ROLE = range(2)


class EventEditor(EditorDialog):
    def __init__(
        self,
        session: EditSession,
        case_id: str,
        people: list[PersonView],
        event: EventView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("EventEditor", "Edit event")
            if event
            else QCoreApplication.translate("EventEditor", "New event"),
            parent,
        )
        self.case_id = case_id
        self.event = event
        self.people = people
        self.kind_combo = vocab_combo(EventKind, event.kind if event else "detention")
        form_row(self.form, self.tr("&Kind:"), self.kind_combo)
        self.title_field = RequiredText(self.tr("A title"))
        self.title_field.edit.setPlaceholderText(self.tr("e.g. Detention at Dulata"))
        form_row(self.form, self.tr("&What happened:"), self.title_field, self.title_field.edit)
        self.date_field = FuzzyDateField(accessible=self.tr("Date"))
        form_row(self.form, self.tr("&When:"), self.date_field, self.date_field.edit)
        self.place_edit = QLineEdit(event.place if event else "")
        self.place_edit.setPlaceholderText(self.tr("a place, in any script, e.g. Dulata port"))
        form_row(self.form, self.tr("&Where:"), self.place_edit)
        self.description_edit = QPlainTextEdit(event.description if event else "")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        form_row(self.form, self.tr("&Details:"), self.description_edit)

        self.people_table = QTableWidget(len(people), 2)
        self.people_table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Role in it")])
        self.people_table.verticalHeader().hide()
        self.people_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.people_table.horizontalHeader()
        header.setSectionResizeMode(PERSON, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ROLE, QHeaderView.ResizeMode.Stretch)
        taking_part = {
            p.person_id: p.role for p in (event.participants if event else []) if p.person_id
        }
        for row, person in enumerate(people):
            item = QTableWidgetItem(person.display_name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if person.id in taking_part else Qt.CheckState.Unchecked
            )
            self.people_table.setItem(row, PERSON, item)
            role = QTableWidgetItem(taking_part.get(person.id, ""))
            role.setToolTip(self.tr("e.g. detained, witness, petitioner"))
            self.people_table.setItem(row, ROLE, role)
        rows = max(2, min(len(people), 5))
        self.people_table.setFixedHeight(
            header.sizeHint().height()
            + rows * self.people_table.verticalHeader().defaultSectionSize()
            + 4
        )
        if people:
            form_row(self.form, self.tr("&Who:"), self.people_table)
        else:
            self.people_table.hide()
            nobody = QLabel(self.tr("No people in this case yet: add them on the People tab."))
            nobody.setWordWrap(True)
            form_row(self.form, self.tr("Who:"), nobody)
        others = [p.name for p in (event.participants if event else []) if not p.person_id]
        if others:
            also = QLabel(", ".join(others))
            also.setWordWrap(True)
            also.setToolTip(self.tr("Organizations taking part are kept as they are"))
            form_row(self.form, self.tr("Also:"), also)
        if event:
            self.title_field.setText(event.title)
            self.date_field.set_value(event.date)
        self.finish_layout()
        self.resize(640, 560)
        self.watch(self.title_field.changed, self.date_field.changed)
        self.kind_combo.setFocus()

    def set_participant(self, person_id: str, role: str) -> None:
        for row, person in enumerate(self.people):
            if person.id == person_id:
                self.people_table.item(row, PERSON).setCheckState(Qt.CheckState.Checked)
                self.people_table.item(row, ROLE).setText(role)

    def participants(self) -> list[tuple[str, str]]:
        out = []
        for row, person in enumerate(self.people):
            if self.people_table.item(row, PERSON).checkState() == Qt.CheckState.Checked:
                out.append(
                    (person.id, self.people_table.item(row, ROLE).text().strip() or "subject")
                )
        return out

    def insist(self) -> None:
        self.title_field.insist()

    def problems(self) -> list[str]:
        out = []
        if not self.title_field.valid:
            out.append(self.tr("Say in a few words what happened."))
        if not self.date_field.valid:
            out.append(self.tr("The date is not understood."))
        return out

    def values(self) -> dict[str, str | None]:
        return {
            "kind": combo_value(self.kind_combo),
            "title": self.title_field.text(),
            "date": self.date_field.value(),
            "place": self.place_edit.text().strip(),
            "description": self.description_edit.toPlainText().strip(),
        }

    def command(self) -> ServiceCommand | None:
        after = self.values()
        who = self.participants()
        case_id = self.case_id
        if self.event is None:
            return CreateRecord(
                self.session,
                self.tr("Add event “{title}”").format(title=after["title"]),
                "event",
                lambda ctx: events.add_event(
                    ctx,
                    case_id,
                    after["kind"] or "",
                    after["title"] or "",
                    date=after["date"],
                    place=after["place"] or None,
                    description=after["description"] or "",
                    people=who,
                ),
                case_id,
            )
        e = self.event
        before: dict[str, str | None] = {
            "kind": e.kind,
            "title": e.title,
            "date": e.date,
            "place": e.place,
            "description": e.description,
        }
        who_before = [(p.person_id, p.role) for p in e.participants if p.person_id]
        forward = {k: v for k, v in after.items() if v != before[k]}
        back = {k: before[k] for k in forward}
        people_changed = sorted(who) != sorted(who_before)
        if not forward and not people_changed:
            return None

        def apply(fields: dict[str, str | None], people: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
            def run(ctx):  # type: ignore[no-untyped-def]
                view = events.edit_event(ctx, e.id, **fields) if fields else None
                if people_changed:
                    view = events.set_participants(ctx, e.id, people)
                return view

            return run

        return ChangeRecord(
            self.session,
            self.tr("Edit event “{title}”").format(title=after["title"]),
            apply(forward, who),
            apply(back, who_before),  # type: ignore[arg-type]
            case_id,
        )
