"""A caseworker adds people to a case: names in any script, a fuzzy birth
date, and a warning when the person is probably recorded already."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_sample_case import SampleStore
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casekeeper.errors import NotFound
from casekeeper.gui.case_list_model import REF
from casekeeper.gui.main_window import MainWindow
from casekeeper.gui.person_editor import PersonEditor
from casekeeper.services import cases, people
from casekeeper.services.context import Context
from casekeeper.services.people import NameInput

pytestmark = pytest.mark.gui

SHOTS = Path("/tmp/shots_edit")


def open_case(qtbot: QtBot, win: MainWindow, ref: str) -> None:
    row = next(r for r in range(win.model.rowCount()) if win.model.index(r, REF).data() == ref)
    win.case_table.selectRow(row)
    qtbot.waitUntil(
        lambda: win.case_view.detail is not None and win.case_view.detail.case.ref == ref
    )


def shoot(widget: object, name: str) -> None:
    QApplication.processEvents()  # rows just added are shown by a queued call
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))  # type: ignore[attr-defined]


def record_second_alinur(win: MainWindow, sample_store: SampleStore) -> str:
    """The same man, recorded again in the other case under another spelling."""
    assert win.store is not None
    ctx = Context.for_store(win.store, "tester")
    other = cases.get_case(win.store, sample_store.other_ref)
    return people.add_person(
        ctx, [NameInput("Alinur Turhanbay")], case=other.case.id, roles=["witness"]
    ).id


def new_person_editor(qtbot: QtBot, win: MainWindow) -> PersonEditor:
    win.new_person_action.trigger()  # Ctrl+Shift+P
    editor = win.case_view.editor
    assert isinstance(editor, PersonEditor)
    qtbot.waitUntil(editor.isVisible)
    return editor


def test_typing_a_name_shows_the_man_recorded_under_another_spelling(
    qtbot: QtBot, unlocked: MainWindow, sample_store: SampleStore
) -> None:
    duplicate = record_second_alinur(unlocked, sample_store)
    open_case(qtbot, unlocked, sample_store.case_ref)
    editor = new_person_editor(qtbot, unlocked)

    qtbot.keyClicks(editor.name_rows[0].text, "Alimnur Turganbay")
    qtbot.waitUntil(lambda: any(m.person.id == duplicate for m in editor.matches), timeout=5000)
    match = next(m for m in editor.matches if m.person.id == duplicate)
    assert match.hit.matched == "Alinur Turhanbay"
    shown = [editor.match_list.item(i).text() for i in range(editor.match_list.count())]
    line = next(t for t in shown if t.startswith("Alinur Turhanbay"))
    assert "matched “Alinur Turhanbay”: another spelling" in line
    assert f"in {sample_store.other_ref} (witness)" in line
    assert editor.name_rows[0].script.text() == "Latin"

    # Choosing the match offers to add him to this case instead of a new record.
    editor.match_list.setCurrentRow(shown.index(line))
    assert editor.use_existing_button.isVisible()
    assert "instead of recording them again" in editor.offer_label.text()
    shoot(editor, "person-editor-matches")
    editor.use_existing_button.click()
    qtbot.waitUntil(lambda: unlocked.case_view.editor is None, timeout=5000)
    store = unlocked.store
    assert store is not None
    qtbot.waitUntil(lambda: "Alinur Turhanbay" in unlocked.case_view.people_tab.text())
    assert people.roles_in_case(store, sample_store.case_ref, duplicate) == ["victim"]

    unlocked.undo_action.trigger()

    qtbot.waitUntil(lambda: not unlocked.edits.busy)
    assert people.roles_in_case(store, sample_store.case_ref, duplicate) == []
    assert people.roles_in_case(store, sample_store.other_ref, duplicate) == ["witness"]


def test_new_person_with_cyrillic_and_chinese_names_then_undo_and_redo(
    qtbot: QtBot, unlocked: MainWindow, sample_store: SampleStore
) -> None:
    open_case(qtbot, unlocked, sample_store.case_ref)
    editor = new_person_editor(qtbot, unlocked)
    # Non-ASCII text is set directly (qtbot.keyClicks aborts on it, PITFALLS.md).
    editor.name_rows[0].text.setText("Нурлан Қадыр")
    second = editor.add_name_row(None)
    second.text.setText("努尔兰·卡德尔")
    editor.name_rows[1].kind.setCurrentIndex(editor.name_rows[1].kind.findData("transliteration"))
    assert [r.script.text() for r in editor.name_rows] == ["Cyrillic", "Chinese"]

    editor.birth_field.edit.setText("the year of the horse")
    assert not editor.birth_field.hint.isHidden()
    assert "Not a date CaseKeeper understands" in editor.birth_field.hint.text()
    editor.save_button.click()
    assert editor.isVisible() and "birth date is not understood" in editor.error_label.text()
    shoot(editor, "person-editor-bad-date")

    editor.birth_field.edit.setText("c. 1979")
    assert editor.birth_field.hint.text() == "→ c. 1979"
    assert editor.error_label.isHidden()  # the refusal goes once the date is fixed
    editor.hometown_edit.setText("Ghulja")
    editor.citizenship_edit.setText("Kazakhstan, China")
    editor.add_document_row(None).number.setText("N0123456")
    editor.role_combo.setCurrentIndex(editor.role_combo.findData("witness"))
    shoot(editor, "person-editor-new")
    editor.save_button.click()
    qtbot.waitUntil(lambda: unlocked.case_view.editor is None, timeout=5000)

    view = unlocked.case_view
    qtbot.waitUntil(lambda: "努尔兰·卡德尔" in view.people_tab.text())
    shoot(unlocked, "case-people-after-add")
    store = unlocked.store
    assert store is not None
    detail = view.detail
    assert detail is not None
    added = next(p for p in detail.people if p.display_name == "Нурлан Қадыр")
    assert [(n.script, n.kind) for n in added.names] == [
        ("Cyrl", "legal"),
        ("Hani", "transliteration"),
    ]
    assert added.birth_date_display == "c. 1979" and added.hometown == "Ghulja"
    assert [c.country for c in added.citizenships] == ["Kazakhstan", "China"]
    assert [d.number for d in added.documents] == ["N0123456"]
    assert {
        "person_id": added.id,
        "person_name": "Нурлан Қадыр",
        "kind": "witness",
        "note": "",
    } in detail.roles
    assert unlocked.undo_action.isEnabled() and "Нурлан Қадыр" in unlocked.undo_action.text()

    unlocked.undo_action.trigger()

    qtbot.waitUntil(lambda: not unlocked.edits.busy)
    with pytest.raises(NotFound):
        people.get_person(store, added.id)
    qtbot.waitUntil(lambda: "努尔兰·卡德尔" not in view.people_tab.text())

    unlocked.redo_action.trigger()

    qtbot.waitUntil(lambda: not unlocked.edits.busy)
    assert people.get_person(store, added.id) == added  # the very same record, same id
    qtbot.waitUntil(lambda: "努尔兰·卡德尔" in view.people_tab.text())


def test_editing_a_person_keeps_names_and_undo_restores_them(
    qtbot: QtBot, unlocked: MainWindow, sample_store: SampleStore
) -> None:
    open_case(qtbot, unlocked, sample_store.case_ref)
    view = unlocked.case_view
    assert view.people_tab.select_person(view.detail.people[0].id)  # type: ignore[union-attr]
    view.people_tab.edit_button.click()
    editor = view.editor
    assert isinstance(editor, PersonEditor)
    person = editor.person
    assert person is not None and person.display_name == "Alimnur Turganbay"
    assert [r.text.text() for r in editor.name_rows] == [n.text for n in person.names]
    editor.remove_name_row(editor.name_rows[3])  # "Alinur Turhanbay"
    editor.birth_field.edit.setText("July 1979")
    shoot(editor, "person-editor-edit")
    editor.save_button.click()
    qtbot.waitUntil(lambda: unlocked.case_view.editor is None, timeout=5000)
    store = unlocked.store
    assert store is not None
    changed = people.get_person(store, person.id)
    assert "Alinur Turhanbay" not in [n.text for n in changed.names]
    assert changed.birth_date_display == "July 1979"
    assert [n.id for n in changed.names] == [n.id for n in person.names[:3]]

    unlocked.undo_action.trigger()

    qtbot.waitUntil(lambda: not unlocked.edits.busy)
    assert people.get_person(store, person.id).names == person.names
    assert people.get_person(store, person.id).birth_date is None
