"""A caseworker opens a new case, corrects its title, records what happened
and what to do next, changes her mind (undo) and back again (redo)."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_sample_case import SampleStore
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from test_person_editor import open_case

from casekeeper.gui.case_editor import CaseEditor
from casekeeper.gui.case_view_timeline import WHEN
from casekeeper.gui.consent_editor import ConsentEditor
from casekeeper.gui.event_editor import EventEditor
from casekeeper.gui.main_window import MainWindow
from casekeeper.gui.source_editor import SourceEditor
from casekeeper.gui.task_editor import TaskEditor
from casekeeper.services import cases

pytestmark = pytest.mark.gui

SHOTS = Path("/tmp/shots_edit")


def shoot(widget: QDialog | MainWindow, name: str) -> None:
    QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def save(qtbot: QtBot, win: MainWindow, editor: QDialog) -> None:
    editor.save_button.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: win.case_view.editor is None, timeout=5000)


def test_new_case_event_and_task_then_undo_and_redo_everything(
    qtbot: QtBot, unlocked: MainWindow, sample_store: SampleStore
) -> None:
    win, view = unlocked, unlocked.case_view
    store = win.store
    assert store is not None

    # New case (Ctrl+N): a title is needed, and said so under the field.
    win.new_case_action.trigger()
    editor = view.editor
    assert isinstance(editor, CaseEditor)
    editor.save_button.click()
    assert "A title is needed." in editor.title_field.hint.text()
    assert "Give the case a title." in editor.error_label.text()
    qtbot.keyClicks(editor.title_field.edit, "Erlan Bekov missing after visit to Urumqi")
    assert editor.error_label.isHidden()
    editor.summary_edit.setPlainText("Went to visit his mother in July; no news since.")
    shoot(editor, "case-editor-new")
    save(qtbot, win, editor)
    qtbot.waitUntil(lambda: view.detail is not None and "Erlan" in view.detail.case.title)
    assert view.detail is not None
    case_id, ref = view.detail.case.id, view.detail.case.ref
    assert win.model.rowCount() == 3 and win.model.row_of(case_id) >= 0

    # Correct the title.
    editor = view.edit_case()
    assert isinstance(editor, CaseEditor)
    assert editor.title_field.text() == "Erlan Bekov missing after visit to Urumqi"
    editor.title_field.setText("Erlan Bekov missing after a visit to Ürümqi")
    editor.status_combo.setCurrentIndex(editor.status_combo.findData("urgent"))
    save(qtbot, win, editor)
    qtbot.waitUntil(lambda: "Ürümqi" in view.title_label.text())
    assert "urgent" in view.status_label.text()

    # What happened, in July 2025 (a month, not a day).
    editor = view.add_event()
    assert isinstance(editor, EventEditor)
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("disappearance"))
    editor.title_field.setText("Last call with his wife")
    editor.date_field.edit.setText("sometime soonish")
    assert "Not a date CaseKeeper understands" in editor.date_field.hint.text()
    editor.save_button.click()
    assert view.editor is editor and "The date is not understood." in editor.error_label.text()
    shoot(editor, "event-editor-bad-date")
    editor.date_field.edit.setText("July 2025")
    assert editor.date_field.hint.text() == "→ July 2025"
    editor.place_edit.setText("Ürümqi")
    shoot(editor, "event-editor")
    save(qtbot, win, editor)
    qtbot.waitUntil(lambda: view.timeline_tab.table.rowCount() == 1)
    assert view.timeline_tab.table.cell_text(0, WHEN) == "July 2025"

    # The next step, due on one day.
    editor = view.add_task()
    assert isinstance(editor, TaskEditor)
    editor.title_field.setText("Ask the consulate in Ürümqi")
    editor.due_field.edit.setText("August 2025")
    assert "A due date needs one day" in editor.due_field.hint.text()
    editor.due_field.edit.setText("1.8.2025")
    assert editor.due_field.hint.text() == "→ 1 August 2025"
    shoot(editor, "task-editor")
    save(qtbot, win, editor)
    qtbot.waitUntil(lambda: view.tasks_tab.table.rowCount() == 1)
    assert view.tasks_tab.table.cell_text(0, 0) == "1 August 2025"
    assert win.edits.stack.count() == 4

    # Undo all four: the task, the event, the new title, the case itself.
    win.undo_action.trigger()
    qtbot.waitUntil(lambda: not win.edits.busy)
    qtbot.waitUntil(lambda: view.tasks_tab.table.rowCount() == 0)
    win.undo_action.trigger()
    qtbot.waitUntil(lambda: not win.edits.busy)
    qtbot.waitUntil(lambda: view.timeline_tab.table.rowCount() == 0)
    win.undo_action.trigger()
    qtbot.waitUntil(lambda: not win.edits.busy)
    qtbot.waitUntil(lambda: "Urumqi" in view.title_label.text())
    assert cases.get_case(store, case_id).case.status == "open"
    win.undo_action.trigger()
    qtbot.waitUntil(lambda: not win.edits.busy)
    qtbot.waitUntil(lambda: win.model.rowCount() == 2 and view.case_id is None)
    assert cases.count_cases(store) == 2

    # Redo all four at once (queued, run in order off the GUI thread): the
    # same case (same reference), title, event and task.
    for _ in range(4):
        win.redo_action.trigger()
    qtbot.waitUntil(lambda: not win.edits.busy, timeout=10_000)
    detail = cases.get_case(store, case_id)
    assert detail.case.ref == ref and "Ürümqi" in detail.case.title
    assert [e.date_display for e in detail.events] == ["July 2025"]
    assert [t.due for t in detail.tasks] == ["2025-08-01"]
    qtbot.waitUntil(lambda: win.model.rowCount() == 3)
    assert not win.redo_action.isEnabled()


def test_source_with_a_disagreeing_claim_and_a_conditional_consent(
    qtbot: QtBot, unlocked: MainWindow, sample_store: SampleStore
) -> None:
    win, view = unlocked, unlocked.case_view
    open_case(qtbot, win, sample_store.case_ref)
    assert view.detail is not None
    disputes = len(view.detail.disagreements)

    editor = view.add_source()
    assert isinstance(editor, SourceEditor)
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("official_document"))
    editor.title_field.setText("Notice from the Ili police")
    editor.date_field.edit.setText("25.07.2025")
    detention = next(e for e in view.detail.events if e.kind == "detention")
    editor.subject_combo.setCurrentIndex(editor.subject_combo.findData(f"event:{detention.id}"))
    editor.field_combo.setCurrentText("date")
    editor.value_edit.setText("in the summer")
    assert "Not a date" in editor.value_hint.text()
    editor.value_edit.setText("24 July 2025")
    assert editor.value_hint.text() == "→ 24 July 2025"
    shoot(editor, "source-editor")
    save(qtbot, win, editor)
    qtbot.waitUntil(lambda: "Notice from the Ili police" in view.claims_tab.text())
    assert view.detail is not None
    claim = next(c for c in view.detail.claims if c.source_title == "Notice from the Ili police")
    assert claim.value == "2025-07-24"
    assert "24 July 2025" in view.claims_tab.text()

    editor = view.add_consent()
    assert isinstance(editor, ConsentEditor)
    editor.decision_combo.setCurrentIndex(editor.decision_combo.findData("conditional"))
    assert "needs its condition in words" in editor.conditions_hint.text()
    editor.save_button.click()
    assert view.editor is editor
    editor.conditions_edit.setText("only after his trial")
    shoot(editor, "consent-editor")
    save(qtbot, win, editor)
    qtbot.waitUntil(
        lambda: (
            "only after his trial"
            in [
                view.consent_tab.table.cell_text(r, 4)
                for r in range(view.consent_tab.table.rowCount())
            ]
        )
    )

    win.undo_action.trigger()  # the consent

    qtbot.waitUntil(lambda: not win.edits.busy)
    win.undo_action.trigger()  # the source and its claim, together
    qtbot.waitUntil(lambda: not win.edits.busy)
    qtbot.waitUntil(lambda: "Notice from the Ili police" not in view.claims_tab.text())
    assert view.detail is not None and len(view.detail.disagreements) == disputes
