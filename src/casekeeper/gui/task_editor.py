"""A follow-up task: what, by when (one day), who, and whether it is done."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from casekeeper.services import tasks
from casekeeper.services.views import TaskView

from .edit_commands import ChangeRecord, CreateRecord, EditSession, ServiceCommand
from .form_fields import EditorDialog, FuzzyDateField, RequiredText, form_row


class TaskEditor(EditorDialog):
    def __init__(
        self,
        session: EditSession,
        case_id: str,
        task: TaskView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("TaskEditor", "Edit task")
            if task
            else QCoreApplication.translate("TaskEditor", "New task"),
            parent,
        )
        self.case_id = case_id
        self.task = task
        self.title_field = RequiredText(self.tr("What to do"))
        self.title_field.edit.setPlaceholderText(self.tr("e.g. File petition with the consulate"))
        form_row(self.form, self.tr("&Task:"), self.title_field, self.title_field.edit)
        self.due_field = FuzzyDateField(day_only=True, accessible=self.tr("Due date"))
        form_row(self.form, self.tr("&Due:"), self.due_field, self.due_field.edit)
        self.assignee_edit = QLineEdit(task.assignee if task else "")
        form_row(self.form, self.tr("&Assigned to:"), self.assignee_edit)
        self.note_edit = QLineEdit(task.note if task else "")
        form_row(self.form, self.tr("&Note:"), self.note_edit)
        self.done_box = QCheckBox(self.tr("Done"))
        if task:
            self.title_field.setText(task.title)
            self.due_field.set_value(task.due)
            self.done_box.setChecked(task.status == "done")
            form_row(self.form, self.tr("Status:"), self.done_box)
        self.finish_layout()
        self.resize(520, 300)
        self.watch(self.title_field.changed, self.due_field.changed)
        self.title_field.edit.setFocus()

    def insist(self) -> None:
        self.title_field.insist()

    def problems(self) -> list[str]:
        out = []
        if not self.title_field.valid:
            out.append(self.tr("Say what is to be done."))
        if not self.due_field.valid:
            out.append(self.due_field.error)
        return out

    def values(self) -> dict[str, str | None]:
        return {
            "title": self.title_field.text(),
            "due": self.due_field.iso_day(),
            "assignee": self.assignee_edit.text().strip(),
            "note": self.note_edit.text().strip(),
        }

    def command(self) -> ServiceCommand | None:
        after = self.values()
        case_id = self.case_id
        if self.task is None:
            return CreateRecord(
                self.session,
                self.tr("Add task “{title}”").format(title=after["title"]),
                "task",
                lambda ctx: tasks.add_task(
                    ctx,
                    case_id,
                    after["title"] or "",
                    due=after["due"],
                    assignee=after["assignee"] or "",
                    note=after["note"] or "",
                ),
                case_id,
            )
        t = self.task
        after["status"] = "done" if self.done_box.isChecked() else "open"
        before: dict[str, str | None] = {
            "title": t.title,
            "due": t.due,
            "assignee": t.assignee,
            "note": t.note,
            "status": t.status,
        }
        forward = {k: v for k, v in after.items() if v != before[k]}
        if not forward:
            return None
        back = {k: before[k] for k in forward}
        return ChangeRecord(
            self.session,
            self.tr("Edit task “{title}”").format(title=after["title"]),
            lambda ctx: tasks.edit_task(ctx, t.id, **forward),
            lambda ctx: tasks.edit_task(ctx, t.id, **back),
            case_id,
        )
