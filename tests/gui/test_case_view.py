"""A caseworker opens a case and reads it: people in every script, the
timeline with fuzzy dates, and where the sources disagree."""

from __future__ import annotations

import pytest
from gui_sample_case import SampleStore
from pytestqt.qtbot import QtBot

from casekeeper.gui.case_list_model import REF
from casekeeper.gui.case_view import CLAIMS_TAB, TASKS_TAB
from casekeeper.gui.case_view_timeline import WHEN
from casekeeper.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


def open_case(qtbot: QtBot, win: MainWindow, ref: str) -> None:
    row = next(r for r in range(win.model.rowCount()) if win.model.index(r, REF).data() == ref)
    win.case_table.selectRow(row)
    qtbot.waitUntil(
        lambda: win.case_view.detail is not None and win.case_view.detail.case.ref == ref
    )


def test_wife_and_husband_shown_with_every_name_and_their_relationship(
    qtbot: QtBot, unlocked: MainWindow, sample_store: SampleStore
) -> None:
    open_case(qtbot, unlocked, sample_store.case_ref)
    view = unlocked.case_view
    assert view.ref_label.text().endswith(f"{sample_store.case_ref}</b>")
    assert "Dulata" in view.title_label.text()
    assert "truck driver" in view.summary_label.text()
    assert "urgent" in view.status_label.text()

    people = view.people_tab.text()
    for name in (
        "Alimnur Turganbay",
        "Әлімнұр Тұрғанбай",
        "阿力木努尔·吐尔干拜",
        "Alinur Turhanbay",
        "Guldariya Sherizatkyzy",
        "Гүлдария Шеризатқызы",
        "古丽达尔娅·谢力扎提",
    ):
        assert name in people
    for script in ("Latin", "Cyrillic", "Chinese"):
        assert script in people
    assert "Guldariya Sherizatkyzy — spouse of — Alimnur Turganbay" in people
    assert "detained" in people and "victim" in people and "relative" in people


def test_sources_that_disagree_are_marked_with_both_values_and_sources(
    qtbot: QtBot, unlocked: MainWindow, sample_store: SampleStore
) -> None:
    open_case(qtbot, unlocked, sample_store.case_ref)
    view = unlocked.case_view
    claims = view.claims_tab
    assert not claims.disagreement_banner.isHidden()
    assert "Sources disagree on 1 fact of this case" in claims.disagreement_banner.text()
    text = claims.text()
    assert "Sources disagree" in text
    assert "22 July 2025" in text and "23 July 2025" in text
    assert "Testimony of Guldariya Sherizatkyzy" in text and "Epoch Times report" in text
    assert "Sources disagree" in view.tabs.tabToolTip(CLAIMS_TAB)
    assert view.tabs.tabText(CLAIMS_TAB).startswith("⚠")

    # the timeline says it too, on the disputed date
    table = view.timeline_tab.table
    dates = [table.cell_text(r, WHEN) for r in range(table.rowCount())]
    assert dates == ["c. 2018", "July 2025", "22 July 2025\n⚠ sources disagree"]
    assert "23 July 2025" in table.item(2, WHEN).toolTip()


def test_overdue_task_stands_out_and_consent_is_listed(
    qtbot: QtBot, unlocked: MainWindow, sample_store: SampleStore
) -> None:
    open_case(qtbot, unlocked, sample_store.case_ref)
    view = unlocked.case_view
    tasks = view.tasks_tab.table
    assert tasks.rowCount() == 2
    assert tasks.cell_text(0, 2) == "overdue"
    assert tasks.item(0, 1).font().bold()
    assert tasks.cell_text(1, 2) == "open"
    assert "1 overdue" in view.tabs.tabText(TASKS_TAB)

    consent = view.consent_tab.table
    rows = [
        [consent.cell_text(r, c) for c in range(consent.columnCount())]
        for r in range(consent.rowCount())
    ]
    assert len(rows) == 3
    assert any("only if he is sentenced" in row for row in rows)
    withdrawn = [row for row in rows if "withdrawn" in row[3]]
    assert len(withdrawn) == 1 and "after threats to her relatives" in withdrawn[0][3]


def test_filtering_away_the_shown_case_clears_the_view(
    qtbot: QtBot, unlocked: MainWindow, sample_store: SampleStore
) -> None:
    open_case(qtbot, unlocked, sample_store.case_ref)
    unlocked.search_edit.setText("努尔兰")
    qtbot.waitUntil(lambda: unlocked.case_view.detail is None)
    assert unlocked.case_view.people_tab.text() == ""
