"""A caseworker sees at a glance who is related to the detained man: his
wife beside him, his son (recorded in Uyghur, Arabic script) below him."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_sample_case import SampleStore
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_person_editor import open_case

from casekeeper.gui.main_window import MainWindow
from casekeeper.gui.relationship_graph import GAP_X, NODE_W, is_rtl
from casekeeper.services import cases, people
from casekeeper.services.context import Context
from casekeeper.services.people import NameInput

pytestmark = pytest.mark.gui

SHOTS = Path("/tmp/shots_graph")
SON = "ئەلىمنۇر تۇرغانباي"  # Uyghur, Arabic script


def test_victim_in_the_middle_wife_beside_son_below_in_arabic_script(
    qtbot: QtBot, unlocked: MainWindow, sample_store: SampleStore
) -> None:
    win, view = unlocked, unlocked.case_view
    assert win.store is not None
    ctx = Context.for_store(win.store, "tester")
    detail = cases.get_case(win.store, sample_store.case_ref)
    victim = next(p for p in detail.people if p.display_name == "Alimnur Turganbay")
    son = people.add_person(
        ctx, [NameInput(SON, "legal", "ug")], case=detail.case.id, roles=["relative"]
    )
    people.add_relationship(ctx, son.id, "child", victim.id)
    open_case(qtbot, win, sample_store.case_ref)
    win.resize(1400, 900)
    QApplication.processEvents()
    graph = view.people_tab.graph

    nodes = {n.name: n for n in graph.nodes}
    husband, wife, boy = (
        nodes["Alimnur Turganbay"],
        nodes["Guldariya Sherizatkyzy"],
        nodes[SON],
    )
    assert husband.victim and not wife.victim
    assert husband.row == wife.row and boy.row == husband.row + 1
    assert boy.rect.top() > husband.rect.bottom()
    # The victim stands at the centre of the graph's width (half a box off
    # when a partner shares the row).
    assert abs(husband.rect.center().x() - graph.width() / 2) <= (NODE_W + GAP_X) / 2 + 1
    assert not husband.rect.intersects(wife.rect)
    kinds = sorted(e.label for e in graph.edges)
    assert kinds == ["child of", "spouse of"]
    assert boy.rtl and is_rtl(SON) and not is_rtl("Гүлдария")
    assert SON in graph.tooltip(boy) and "child of" in graph.tooltip(boy)

    # A click on the son selects him in the list and scrolls to his names.
    qtbot.mouseClick(graph, Qt.MouseButton.LeftButton, pos=boy.rect.center().toPoint())
    assert view.people_tab.current_person() == son.id
    assert graph.selected_id == son.id
    SHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()
    win.grab().save(str(SHOTS / "people.png"))
