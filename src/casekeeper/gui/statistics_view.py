"""The statistics page: cases by status, the people cases are about by their
status, where events happened, and cases and events over time, as charts.

The figures come from ``services.statistics`` (SQL aggregates) on a worker
thread; the charts are Qt Charts (PySide6-Addons, a dependency of the GUI).
The window closes when CaseKeeper locks, so no figure stays on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QMargins, Qt, QTime, QTimeZone
from PySide6.QtGui import QAction, QColor, QPainter
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casekeeper.services.statistics import Statistics, statistics
from casekeeper.store.store import Store

from . import labels
from .display import plural
from .edit_commands import error_text
from .form_fields import MUTED
from .worker import run_task

if TYPE_CHECKING:
    from .main_window import MainWindow

CASES_COLOUR = QColor("#3465a4")
EVENTS_COLOUR = QColor("#c4641c")
STATUS_COLOUR = QColor("#4e7d3a")
PEOPLE_COLOUR = QColor("#8a1020")


class StatisticsView(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.store = store
        self.stats: Statistics | None = None
        self.setWindowTitle(self.tr("Statistics"))
        self.setAccessibleName(self.tr("Statistics"))
        self.resize(1100, 760)
        self._generation = 0

        self.totals_label = QLabel()
        self.totals_label.setAccessibleName(self.tr("Totals"))
        font = self.totals_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.totals_label.setFont(font)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet(f"color: {MUTED};")
        self.refresh_button = QPushButton(self.tr("&Count again"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.totals_label, 1)
        top.addWidget(self.refresh_button)

        self.status_chart = self._chart_view(self.tr("Cases by status"))
        self.victims_chart = self._chart_view(self.tr("People the cases are about, by status"))
        self.places_chart = self._chart_view(self.tr("Where events happened"))
        self.time_chart = self._chart_view(self.tr("Over time"))
        grid = QGridLayout()
        grid.addWidget(self.status_chart, 0, 0)
        grid.addWidget(self.victims_chart, 0, 1)
        grid.addWidget(self.places_chart, 1, 0)
        grid.addWidget(self.time_chart, 1, 1)
        for i in range(2):
            grid.setColumnStretch(i, 1)
            grid.setRowStretch(i, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        layout.addWidget(self.notes_label)

    def _chart_view(self, title: str) -> QChartView:
        chart = QChart()
        chart.setTitle(title)
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setAccessibleName(title)
        view.setMinimumSize(360, 260)
        return view

    # --- counting --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Count again off the GUI thread; only the newest answer is shown."""
        self._generation += 1
        generation, store = self._generation, self.store
        self.refresh_button.setEnabled(False)
        self.totals_label.setText(self.tr("Counting…"))

        def done(stats: Statistics | None, error: BaseException | None) -> None:
            if generation != self._generation:
                return
            self.refresh_button.setEnabled(True)
            if error is not None or stats is None:
                self.totals_label.setText(
                    self.tr("Could not count: {error}").format(error=error_text(error))
                    if error
                    else ""
                )
                return
            self.show_statistics(stats)

        run_task(lambda: statistics(store), done, owner=self)

    # --- drawing ---------------------------------------------------------------------------

    def show_statistics(self, stats: Statistics) -> None:
        self.stats = stats
        self.totals_label.setText(
            " · ".join(
                (
                    plural("StatisticsView", "%n case(s)", stats.cases),
                    # English has no "(s)" for person; Qt's plural forms serve translations.
                    QCoreApplication.translate(
                        "StatisticsView", "%n person(s)", None, stats.people
                    ).replace("person(s)", "person" if stats.people == 1 else "people"),
                    plural("StatisticsView", "%n event(s)", stats.events),
                )
            )
        )
        # Statuses as horizontal bars, first at the top: their names stay whole.
        by_status = list(reversed(stats.cases_by_status))
        _bars(
            self.status_chart.chart(),
            [labels.word(w) for w, _ in by_status],
            {self.tr("Cases"): ([n for _, n in by_status], STATUS_COLOUR)},
            horizontal=True,
        )
        victims = list(reversed(stats.victims_by_status))
        _bars(
            self.victims_chart.chart(),
            [labels.word(w) for w, _ in victims],
            {self.tr("People"): ([n for _, n in victims], PEOPLE_COLOUR)},
            horizontal=True,
        )
        places = list(reversed(stats.events_by_place))  # most events at the top
        _bars(
            self.places_chart.chart(),
            [p.place for p in places],
            {self.tr("Events"): ([p.events for p in places], EVENTS_COLOUR)},
            horizontal=True,
            empty=self.tr("No event has a place yet."),
        )
        _over_time(
            self.time_chart.chart(),
            stats,
            {
                "cases": self.tr("Cases recorded"),
                "events": self.tr("Events (when they happened)"),
            },
        )
        self.time_chart.chart().setTitle(
            self.tr("Over time, by month")
            if stats.period == "month"
            else self.tr("Over time, by year")
        )
        notes = []
        if stats.events_without_place:
            notes.append(
                plural("StatisticsView", "%n event(s) without a place", stats.events_without_place)
            )
        if stats.events_undated:
            notes.append(
                plural("StatisticsView", "%n event(s) without a date", stats.events_undated)
            )
        if stats.events_year_only:
            notes.append(
                plural(
                    "StatisticsView",
                    "%n event(s) known only by year, not in the months",
                    stats.events_year_only,
                )
            )
        self.notes_label.setText(
            self.tr("Not in the charts: {what}.").format(what="; ".join(notes)) if notes else ""
        )


def _bars(
    chart: QChart,
    categories: list[str],
    sets: dict[str, tuple[list[int], QColor]],
    *,
    horizontal: bool = False,
    legend: bool = False,
    empty: str = "",
) -> None:
    """Replace the chart's series with one bar set per entry of ``sets``."""
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    top = 0
    for name, (values, colour) in sets.items():
        bar_set = QBarSet(name)
        bar_set.append([float(v) for v in values])
        bar_set.setColor(colour)
        bar_set.setBorderColor(colour)
        bar_set.setLabelColor(QColor("#222222"))  # the default white vanishes outside the bar
        series.append(bar_set)
        top = max([top, *values])
    series.setLabelsVisible(True)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsPrecision(6)
    chart.addSeries(series)
    category_axis = QBarCategoryAxis()
    category_axis.append(categories or [empty or "—"])
    value_axis = _count_axis(top)
    if horizontal:
        chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)

    series.attachAxis(category_axis)
    series.attachAxis(value_axis)
    chart.legend().setVisible(legend)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)


def _over_time(chart: QChart, stats: Statistics, names: dict[str, str]) -> None:
    """Cases recorded and events, one point per month (or year), on a time
    axis: its labels are whole dates however many months there are."""
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    top = 0
    lines = []
    for key, colour in (("cases", CASES_COLOUR), ("events", EVENTS_COLOUR)):
        line = QLineSeries()
        line.setName(names[key])
        line.setColor(colour)
        line.setPointsVisible(True)
        pen = line.pen()
        pen.setWidthF(2.5)
        line.setPen(pen)
        for point in stats.over_time:
            value = getattr(point, key)
            line.append(float(_moment(point.period).toMSecsSinceEpoch()), float(value))
            top = max(top, value)
        chart.addSeries(line)
        lines.append(line)
    time_axis = QDateTimeAxis()
    time_axis.setFormat("MMM yyyy" if stats.period == "month" else "yyyy")
    if stats.over_time:
        first = _moment(stats.over_time[0].period)
        last = _moment(stats.over_time[-1].period)
        if first == last:  # one period: give the axis some width
            first, last = first.addMonths(-1), last.addMonths(1)
        time_axis.setRange(first, last)
    time_axis.setTickCount(min(max(len(stats.over_time), 2), 6))
    value_axis = _count_axis(top)
    chart.addAxis(time_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
    for line in lines:
        line.attachAxis(time_axis)
        line.attachAxis(value_axis)
    chart.legend().setVisible(True)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)


def _count_axis(top: int) -> QValueAxis:
    """Whole numbers only, with room above the highest bar for its label."""
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    if top <= 5:
        axis.setRange(0, top + 1)
        axis.setTickCount(top + 2)
    else:
        axis.setRange(0, top * 1.1)
        axis.applyNiceNumbers()
    return axis


def _moment(period: str) -> QDateTime:
    """'2025-07' or '2025' → the first day of it (UTC)."""
    year = int(period[:4])
    month = int(period[5:7]) if len(period) >= 7 else 1
    return QDateTime(QDate(year, month, 1), QTime(0, 0), QTimeZone.utc())


# --- the window's action -------------------------------------------------------------------


def install_action(window: MainWindow) -> QAction:
    """View ▸ Statistics; enabled while a store is open."""
    action = QAction(QCoreApplication.translate("MainWindow", "&Statistics"), window)
    action.setStatusTip(
        QCoreApplication.translate("MainWindow", "Counts by status, by place and over time")
    )
    action.setEnabled(window.store is not None)
    action.triggered.connect(lambda: show_statistics(window))
    window.store_unlocked.connect(lambda _store: action.setEnabled(True))
    window.store_locked.connect(lambda: action.setEnabled(False))
    view_menu = window.findChild(QMenu, "view-menu")
    if view_menu is None:
        view_menu = next(
            (
                menu
                for m in window.menuBar().actions()
                if isinstance(menu := m.menu(), QMenu)
                and m.text() == QCoreApplication.translate("MainWindow", "&View")
            ),
            None,
        )
    if view_menu is None:
        view_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
        view_menu.setObjectName("view-menu")
    view_menu.addAction(action)
    window.statistics_view = None  # type: ignore[attr-defined]
    return action


def show_statistics(window: MainWindow) -> StatisticsView | None:
    if window.store is None:
        return None
    import shiboken6

    view: StatisticsView | None = getattr(window, "statistics_view", None)
    if view is None or not shiboken6.isValid(view) or view.store is not window.store:
        view = StatisticsView(window.store, window)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.about_to_lock.connect(view.close)  # no figures left on screen when locked
        window.statistics_view = view  # type: ignore[attr-defined]
    view.show()
    view.raise_()
    view.activateWindow()
    view.refresh()
    return view
