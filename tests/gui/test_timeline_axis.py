"""A caseworker reads a case's timeline: partial dates drawn as the spans
they could be, the undated events apart, place and people on pointing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from gui_sample_case import SampleStore
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_person_editor import open_case

from casekeeper.gui.case_view import TIMELINE_TAB
from casekeeper.gui.case_view_timeline import WHEN
from casekeeper.gui.main_window import MainWindow
from casekeeper.gui.timeline_axis import DAY_MARK, TimelineAxis
from casekeeper.services import cases, events
from casekeeper.services.context import Context

pytestmark = pytest.mark.gui

SHOTS = Path("/tmp/shots_timeline")


def test_year_month_day_and_circa_are_drawn_as_their_spans(
    qtbot: QtBot, unlocked: MainWindow, sample_store: SampleStore
) -> None:
    win, view = unlocked, unlocked.case_view
    assert win.store is not None
    ctx = Context.for_store(win.store, "tester")
    case_id = cases.get_case(win.store, sample_store.case_ref).case.id
    events.add_event(ctx, case_id, "other", "Moved to Kazakhstan", date="2017")
    events.add_event(ctx, case_id, "other", "Phone taken at a checkpoint")  # no date
    open_case(qtbot, win, sample_store.case_ref)
    view.tabs.setCurrentIndex(TIMELINE_TAB)
    win.resize(1400, 900)
    QApplication.processEvents()
    tab = view.timeline_tab
    axis = tab.axis
    by_title = {i.event.title: i for i in axis.items}

    year = by_title["Moved to Kazakhstan"]
    month = by_title["Family appeals to the Foreign Ministry"]  # July 2025
    day = by_title["Detention at Dulata"]  # 22 July 2025, disputed
    circa = by_title["Kazakh citizenship"]  # c. 2018
    undated = by_title["Phone taken at a checkpoint"]
    assert year.bar and month.bar and day.bar and circa.bar and undated.bar

    # A year's bar runs from 1 January to 31 December, a month's over the month.
    assert year.bar.left() == pytest.approx(axis.x_of(date(2017, 1, 1)))
    assert year.bar.right() == pytest.approx(axis.x_of(date(2018, 1, 1)))
    assert month.bar.left() == pytest.approx(axis.x_of(date(2025, 7, 1)))
    assert month.bar.right() == pytest.approx(
        max(axis.x_of(date(2025, 8, 1)), month.bar.left() + DAY_MARK)
    )
    assert year.bar.width() > 8 * month.bar.width() or month.bar.width() == DAY_MARK
    assert day.bar.width() == pytest.approx(DAY_MARK)  # one day: the least mark
    # "c. 2018": the year with soft ends reaching beyond it, the only one so drawn.
    assert circa.soft is not None and circa.soft.contains(circa.bar)
    assert circa.soft.left() < axis.x_of(date(2018, 1, 1)) < circa.bar.right()
    assert all(i.soft is None for i in (year, month, day, undated))
    # Disagreeing sources mark the date; the undated event sits apart, right of the axis.
    assert day.disputed and not month.disputed
    assert undated.date is None and undated.bar.left() > axis.x_of(date(2025, 12, 31))
    # Bars never overlap within a lane.
    for a in axis.dated():
        for b in axis.dated():
            if a is not b and a.lane == b.lane:
                assert not a.hit.intersects(b.hit)

    # Pointing at the detention: its date, place and people.
    tip = axis.tooltip(day)
    assert "Dulata port" in tip and "Alimnur Turganbay" in tip and "disagree" in tip
    assert axis.item_at(day.bar.center()) is day

    # A click selects it in the list below too, and its place shows between them.
    qtbot.mouseClick(axis, Qt.MouseButton.LeftButton, pos=day.bar.center().toPoint())
    assert tab.current_event() == day.event.id
    assert "Dulata port" in tab.detail_label.text()
    row = tab.current_event() and tab._ids.index(day.event.id)
    assert "sources disagree" in tab.table.cell_text(row or 0, WHEN)
    # The list gives the undated event last, said in words.
    last = tab.table.rowCount() - 1
    assert tab.table.cell_text(last, WHEN) == "date unknown"
    # Keys walk the events in date order.
    axis.setFocus()
    qtbot.keyClick(axis, Qt.Key.Key_Right)
    assert tab.current_event() == tab._ids[tab._ids.index(day.event.id) + 1]
    SHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()
    win.grab().save(str(SHOTS / "timeline.png"))
    axis.grab().save(str(SHOTS / "axis.png"))

    # Selecting in the list selects on the axis.
    tab.table.selectRow(0)
    assert axis.selected_id == tab._ids[0]


def test_an_empty_case_draws_no_axis_but_says_so(qtbot: QtBot) -> None:
    axis = TimelineAxis()
    qtbot.addWidget(axis)
    axis.resize(500, 120)
    axis.set_events([])
    assert axis.items == [] and axis.item_at(QPoint(250, 40).toPointF()) is None
    image = axis.grab().toImage()
    assert not image.isNull()
