"""Records → Find duplicates…: the same man recorded twice is merged (and the
merge undone); a woman who only shares a name is marked "not the same"."""

from __future__ import annotations

import pytest
from gui_sample_case import SampleStore
from pytestqt.qtbot import QtBot
from test_person_editor import SHOTS, record_second_alinur, shoot

from casekeeper.errors import NotFound
from casekeeper.gui.duplicates_view import DuplicatesView
from casekeeper.gui.main_window import MainWindow
from casekeeper.services import cases, duplicates, people
from casekeeper.services.context import Context
from casekeeper.services.duplicates import DuplicatePair
from casekeeper.services.people import NameInput

pytestmark = pytest.mark.gui


def pair_of(view: DuplicatesView, a: str, b: str) -> DuplicatePair | None:
    return next((p for p in view.pairs if {p.person_id, p.other_id} == {a, b}), None)


def select(view: DuplicatesView, pair: DuplicatePair) -> None:
    view.table.selectRow(view.pairs.index(pair))


def test_merge_the_same_man_and_undo_then_mark_a_namesake_not_the_same(
    qtbot: QtBot, unlocked: MainWindow, sample_store: SampleStore
) -> None:
    store = unlocked.store
    assert store is not None
    second_alinur = record_second_alinur(unlocked, sample_store)
    detail = cases.get_case(store, sample_store.case_ref)
    alimnur = next(p.id for p in detail.people if p.display_name == "Alimnur Turganbay")
    guldariya = next(p.id for p in detail.people if p.display_name == "Guldariya Sherizatkyzy")
    other = cases.get_case(store, sample_store.other_ref).case.id
    namesake = people.add_person(
        Context.for_store(store, "tester"),
        [NameInput("Guldariya Sherizatkyzy")],
        case=other,
        roles=["witness"],
        birth_date="2001",
    ).id

    unlocked.duplicates_action.trigger()
    view = unlocked.duplicates_view
    assert view is not None
    qtbot.waitUntil(lambda: not view.running and bool(view.pairs), timeout=10_000)
    same_man = pair_of(view, alimnur, second_alinur)
    same_name = pair_of(view, guldariya, namesake)
    assert same_man is not None and same_name is not None
    assert [p.score for p in view.pairs] == [p.score for p in duplicates.find_duplicates(store)]

    select(view, same_man)
    evidence = view.evidence.toPlainText()
    assert "Alinur Turhanbay" in evidence and "Names that matched" in evidence
    assert "Alimnur Turganbay" in evidence
    shoot(view, "duplicates-window")

    # Merge, keeping the record in the first case.
    box = view.ask_merge()
    assert box is not None and "Merge “" in box.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    box.grab().save(str(SHOTS / "duplicates-merge-confirm.png"))
    keep = view.keep_first if same_man.person_id == alimnur else view.keep_second
    keep.click()
    qtbot.waitUntil(lambda: pair_of(view, alimnur, second_alinur) is None, timeout=5000)
    with pytest.raises(NotFound):
        people.get_person(store, second_alinur)
    merged = people.get_person(store, alimnur)
    assert sample_store.other_ref in {r["case_ref"] for r in merged.roles}  # his role moved

    unlocked.undo_action.trigger()  # the merge is undone: two records again

    qtbot.waitUntil(lambda: not unlocked.edits.busy)
    assert people.get_person(store, second_alinur).display_name == "Alinur Turhanbay"
    assert sample_store.other_ref not in {
        r["case_ref"] for r in people.get_person(store, alimnur).roles
    }
    qtbot.waitUntil(
        lambda: not view.running and pair_of(view, alimnur, second_alinur) is not None,
        timeout=10_000,
    )

    # The namesake born in 2001 is someone else: not suggested again.
    pair = pair_of(view, guldariya, namesake)
    assert pair is not None
    select(view, pair)
    view.not_same_button.click()
    qtbot.waitUntil(lambda: pair_of(view, guldariya, namesake) is None, timeout=5000)
    assert not any(
        {p.person_id, p.other_id} == {guldariya, namesake}
        for p in duplicates.find_duplicates(store)
    )
    unlocked.undo_action.trigger()
    qtbot.waitUntil(lambda: not unlocked.edits.busy)
    assert any(
        {p.person_id, p.other_id} == {guldariya, namesake}
        for p in duplicates.find_duplicates(store)
    )
    qtbot.waitUntil(
        lambda: not view.running and pair_of(view, guldariya, namesake) is not None, timeout=10_000
    )

    unlocked.lock()  # nothing of the store stays on screen
    assert not view.isVisible()
