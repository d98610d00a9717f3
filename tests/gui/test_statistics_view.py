"""View ▸ Statistics: the caseworker sees how many cases are urgent, who is
detained, where events happened and when, drawn as charts; locking takes it
off the screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCharts import (
    QBarSeries,
    QBarSet,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
)
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casekeeper.gui.main_window import MainWindow
from casekeeper.gui.statistics_view import StatisticsView
from casekeeper.services import cases, events
from casekeeper.services.context import Context

pytestmark = pytest.mark.gui

SHOTS = Path("/tmp/shots_interview")


def bars(view: object) -> dict[str, list[tuple[str, float]]]:
    """What each chart draws: bar set name → (category, height) pairs."""
    chart = view.chart()  # type: ignore[attr-defined]
    [series] = chart.series()
    assert isinstance(series, (QBarSeries, QHorizontalBarSeries))
    categories = [axis for axis in chart.axes() if hasattr(axis, "categories")][0].categories()
    out = {}
    for bar_set in series.barSets():
        assert isinstance(bar_set, QBarSet)
        out[bar_set.label()] = list(
            zip(categories, [bar_set.at(i) for i in range(bar_set.count())], strict=True)
        )
    return out


def test_statistics_page_draws_status_place_and_time(qtbot: QtBot, unlocked: MainWindow) -> None:
    win = unlocked
    assert win.store is not None
    ctx = Context.for_store(win.store, "tester")
    [case] = [c for c in cases.list_cases(win.store) if c.status == "urgent"]
    events.add_event(ctx, case.id, "petition", "Letter to the UN", date="2025-08", place="Almaty")

    assert win.statistics_action.isEnabled()
    win.statistics_action.trigger()
    view = win.statistics_view  # type: ignore[attr-defined]
    assert isinstance(view, StatisticsView)
    qtbot.waitUntil(lambda: view.stats is not None, timeout=5000)
    assert view.totals_label.text() == "2 cases · 3 people · 4 events"

    status = dict(bars(view.status_chart)["Cases"])
    assert (status["open"], status["urgent"], status["closed"]) == (1, 1, 0)
    victims = dict(bars(view.victims_chart)["People"])
    assert (victims["detained"], victims["missing"]) == (1, 1)
    places = bars(view.places_chart)["Events"]
    assert sorted(places) == [("Almaty", 1), ("Dulata port", 1)]
    # Over time: one point per month on a time axis; the cases were recorded
    # "now" (the real clock), the events happened in July and August 2025.
    lines = {line.name(): line for line in view.time_chart.chart().series()}
    assert isinstance(lines["Events (when they happened)"], QLineSeries)
    months = [p.period for p in view.stats.over_time]
    heights = [point.y() for point in lines["Events (when they happened)"].points()]
    assert heights[months.index("2025-07")] == 2
    assert heights[months.index("2025-08")] == 1
    assert sum(point.y() for point in lines["Cases recorded"].points()) == 2
    [time_axis] = [a for a in view.time_chart.chart().axes() if isinstance(a, QDateTimeAxis)]
    assert time_axis.format() == "MMM yyyy"
    assert "known only by year" in view.notes_label.text()  # "circa 2018"

    QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SHOTS / "statistics.png"))

    # Locking closes it: no figure of the store stays on screen.
    win.lock()
    qtbot.waitUntil(lambda: not view.isVisible() if _alive(view) else True)
    assert not win.statistics_action.isEnabled()


def _alive(obj: object) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)
