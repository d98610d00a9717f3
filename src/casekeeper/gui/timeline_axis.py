"""A case's events on a time axis, each date drawn as the span it could be.

A date known to the day is a short mark; "July 2025" is a bar over the whole
month, "2018" over the whole year, "22–23 July 2025" over both days. "c. 2018"
is the year's bar with soft ends that fade out over half a year on each side:
the date may lie a little outside. A date the sources disagree on is outlined
in the warning colour. Events with no date are listed apart, under "Date
unknown", so that nothing recorded is missing from the picture.

Hovering an event shows its date, place and participants; a click (or the
arrow keys) selects it, a double-click (or Enter) asks to edit it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from casekeeper.errors import InvalidDate
from casekeeper.fuzzydate import FuzzyDate, parse
from casekeeper.services.views import EventView

from . import labels
from .display import WARN_BORDER, esc

MARGIN = 12  # left and right of the axis
LANE = 26  # height of one row of bars
BAR = 14  # height of a bar
DAY_MARK = 8  # the least width of a bar: one day can be narrower than a pixel
LABEL_MAX = 240  # a title wider than this is elided
AXIS_HEIGHT = 34  # the ticks and their labels
UNKNOWN_WIDTH = 220  # the "Date unknown" column
CIRCA_DAYS = 182  # how far the soft ends of "c. …" reach


@dataclass
class Item:
    """One event as placed on the axis (or in the "Date unknown" column)."""

    event: EventView
    date: FuzzyDate | None
    disputed: bool
    lane: int = 0
    bar: QRectF | None = None  # the date's own span
    soft: QRectF | None = None  # bar plus the faded ends of a circa date
    label: QRectF | None = None
    label_text: str = ""
    label_inside: bool = False

    @property
    def hit(self) -> QRectF:
        rect = QRectF(self.soft or self.bar or QRectF())
        return rect.united(self.label) if self.label is not None else rect


def _ordinal(day: date) -> float:
    return float(day.toordinal())


class TimelineAxis(QWidget):
    selected = Signal(str)  # event id
    activated = Signal(str)  # event id: edit it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Events on a time axis"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.items: list[Item] = []
        self.selected_id: str | None = None
        self._hover_id: str | None = None
        self._first = 0.0  # the axis' first and last day, as ordinals
        self._last = 1.0
        self._lanes = 0

    # --- what the tab calls ------------------------------------------------------------

    def set_events(self, events: list[EventView], disputed: set[str] | None = None) -> None:
        disputed = disputed or set()
        self.items = []
        for event in events:
            when: FuzzyDate | None = None
            if event.date:
                try:
                    when = parse(event.date)
                except InvalidDate:
                    when = None
            self.items.append(Item(event, when, event.id in disputed))
        if self.selected_id not in {i.event.id for i in self.items}:
            self.selected_id = None
        self._layout()
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self.set_events([])

    def select(self, event_id: str | None) -> None:
        """Select without emitting ``selected`` (the table selected it)."""
        if event_id != self.selected_id:
            self.selected_id = event_id
            self.update()

    def dated(self) -> list[Item]:
        return [i for i in self.items if i.date is not None]

    def undated(self) -> list[Item]:
        return [i for i in self.items if i.date is None]

    def item(self, event_id: str) -> Item | None:
        return next((i for i in self.items if i.event.id == event_id), None)

    def x_of(self, day: date) -> float:
        """Where the start of a day lies on the axis."""
        width = self._axis_right() - MARGIN
        return MARGIN + (_ordinal(day) - self._first) / (self._last - self._first) * width

    # --- layout -------------------------------------------------------------------------

    def _axis_right(self) -> float:
        right = float(self.width() - MARGIN)
        if self.undated():
            right -= UNKNOWN_WIDTH
        return max(right, MARGIN + 50.0)

    def _range(self) -> tuple[float, float]:
        spans: list[tuple[float, float]] = []
        for item in self.dated():
            assert item.date is not None
            first, last = item.date.earliest(), item.date.latest() + timedelta(days=1)
            if item.date.circa:
                first -= timedelta(days=CIRCA_DAYS)
                last += timedelta(days=CIRCA_DAYS)
            spans.append((_ordinal(first), _ordinal(last)))
        if not spans:
            today = _ordinal(date.today())
            return today - 365, today + 1
        start = min(s[0] for s in spans)
        end = max(s[1] for s in spans)
        pad = max((end - start) * 0.03, 15.0)
        return start - pad, end + pad

    def _layout(self) -> None:
        self._first, self._last = self._range()
        metrics = QFontMetrics(self.font())
        lanes_end: list[float] = []  # rightmost pixel taken in each lane
        for item in self.dated():
            assert item.date is not None
            x0 = self.x_of(item.date.earliest())
            x1 = max(self.x_of(item.date.latest() + timedelta(days=1)), x0 + DAY_MARK)
            text = metrics.elidedText(item.event.title, Qt.TextElideMode.ElideRight, LABEL_MAX)
            text_w = float(metrics.horizontalAdvance(text))
            item.label_text = text
            item.label_inside = x1 - x0 >= text_w + 12
            reach = 0.0  # the soft ends of a circa date
            if item.date.circa:
                reach = CIRCA_DAYS * (self._axis_right() - MARGIN) / (self._last - self._first)
            # The title goes inside a long bar, else after it, or before it
            # when there is no room left on the axis after it.
            after = x1 + reach + 6
            label_left = after
            if not item.label_inside and after + text_w > self._axis_right():
                if x0 - reach - 6 - text_w >= 0:
                    label_left = x0 - reach - 6 - text_w
                else:  # no room on either side: cut the title at the axis' end
                    text_w = max(self._axis_right() - after, 20.0)
                    text = metrics.elidedText(
                        item.event.title, Qt.TextElideMode.ElideRight, int(text_w)
                    )
                    item.label_text = text
            start, end = x0 - reach, x1 + reach
            if not item.label_inside:
                start, end = min(start, label_left), max(end, label_left + text_w)
            # The first lane free from the start of this item on.
            lane = next((n for n, taken in enumerate(lanes_end) if taken + 8 < start), None)
            if lane is None:
                lane = len(lanes_end)
                lanes_end.append(end)
            else:
                lanes_end[lane] = end
            item.lane = lane
            top = 8 + lane * LANE + (LANE - BAR) / 2
            item.bar = QRectF(x0, top, x1 - x0, BAR)
            item.soft = QRectF(x0 - reach, top, x1 - x0 + 2 * reach, BAR) if reach else None
            if item.label_inside:
                item.label = QRectF(x0 + 6, top - 2, x1 - x0 - 12, BAR + 4)
            else:
                item.label = QRectF(label_left, top - 2, text_w + 2, BAR + 4)
        self._lanes = len(lanes_end)
        self.setMinimumHeight(self._content_height())
        # The column of undated events, at the right.
        left = self._axis_right() + 16
        height = metrics.height() + 6
        for n, item in enumerate(self.undated()):
            top = 8 + metrics.height() + 8 + n * height
            text = metrics.elidedText(
                item.event.title, Qt.TextElideMode.ElideRight, UNKNOWN_WIDTH - 34
            )
            item.label_text = text
            item.bar = QRectF(left, top + (height - BAR) / 2 - 2, 8, BAR - 4)
            item.label = QRectF(left + 14, top, UNKNOWN_WIDTH - 30, height)
            item.soft = None

    def _content_height(self) -> int:
        metrics = QFontMetrics(self.font())
        axis = 8 + max(self._lanes, 1) * LANE + AXIS_HEIGHT
        unknown = 8 + (len(self.undated()) + 1) * (metrics.height() + 6) + 8
        return int(max(axis, unknown if self.undated() else 0))

    def sizeHint(self) -> QSize:
        return QSize(600, self._content_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(300, self._content_height())

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._layout()

    # --- painting ----------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if not self.items:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No events recorded yet.")
            )
            return
        self._paint_ticks(painter, palette)
        for item in self.dated():
            self._paint_item(painter, palette, item)
        if self.undated():
            self._paint_undated(painter, palette)
        if self.hasFocus() and self.selected_id is None:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))

    def _ticks(self) -> tuple[list[tuple[date, str]], list[date]]:
        """Labelled ticks (years, or months on a short axis) and unlabelled ones."""
        first = date.fromordinal(max(int(self._first), 1))
        last = date.fromordinal(int(self._last))
        width = self._axis_right() - MARGIN
        per_year = width / max((self._last - self._first) / 365.25, 1e-6)
        major: list[tuple[date, str]] = []
        minor: list[date] = []
        if per_year >= 160:  # room to name months
            locale = QLocale()
            step = 1 if per_year >= 480 else 3
            year, month = first.year, first.month
            while date(year, month, 1) <= last:
                day = date(year, month, 1)
                if day >= first:
                    if month == 1:
                        major.append((day, str(year)))
                    elif (month - 1) % step == 0:
                        name = locale.monthName(month, QLocale.FormatType.ShortFormat)
                        major.append((day, name))
                    else:
                        minor.append(day)
                month += 1
                if month == 13:
                    year, month = year + 1, 1
        else:
            step = next(s for s in (1, 2, 5, 10, 20, 50, 100) if per_year * s >= 48)
            for year in range(first.year + 1, last.year + 1):
                day = date(year, 1, 1)
                if year % step == 0:
                    major.append((day, str(year)))
                elif per_year >= 8:
                    minor.append(day)
        return major, minor

    def _paint_ticks(self, painter: QPainter, palette: QPalette) -> None:
        base = 8 + max(self._lanes, 1) * LANE + 4
        right = self._axis_right()
        line = palette.color(QPalette.ColorRole.Mid)
        grid = QColor(line)
        grid.setAlpha(70)
        text = palette.color(QPalette.ColorRole.Text)
        painter.setPen(QPen(line, 1))
        painter.drawLine(QPointF(MARGIN, base), QPointF(right, base))
        major, minor = self._ticks()
        metrics = QFontMetrics(self.font())
        for day in minor:
            x = self.x_of(day)
            painter.setPen(QPen(line, 1))
            painter.drawLine(QPointF(x, base), QPointF(x, base + 4))
        for day, name in major:
            x = self.x_of(day)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, 4), QPointF(x, base))
            painter.setPen(QPen(line, 1))
            painter.drawLine(QPointF(x, base), QPointF(x, base + 7))
            painter.setPen(text)
            w = metrics.horizontalAdvance(name)
            if x - w / 2 >= 0 and x + w / 2 <= right + MARGIN:
                painter.drawText(QPointF(x - w / 2, base + 9 + metrics.ascent()), name)

    def _colours(self, palette: QPalette, item: Item) -> tuple[QColor, QColor]:
        """Fill and text colour of a bar."""
        fill = QColor(palette.color(QPalette.ColorRole.Highlight))
        if item.event.id != self.selected_id:
            fill = fill.lighter(135) if fill.lightness() < 128 else fill
            fill.setAlpha(150 if item.event.id != self._hover_id else 200)
        return fill, palette.color(QPalette.ColorRole.HighlightedText)

    def _paint_item(self, painter: QPainter, palette: QPalette, item: Item) -> None:
        assert item.bar is not None and item.label is not None
        fill, on_fill = self._colours(palette, item)
        bar = item.bar
        if item.soft is not None:  # circa: fade out on both sides
            soft = item.soft
            gradient = QLinearGradient(soft.left(), 0, soft.right(), 0)
            clear = QColor(fill)
            clear.setAlpha(0)
            inner = (bar.left() - soft.left()) / max(soft.width(), 1)
            gradient.setColorAt(0.0, clear)
            gradient.setColorAt(inner, fill)
            gradient.setColorAt(1.0 - inner, fill)
            gradient.setColorAt(1.0, clear)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(gradient))
            painter.drawRoundedRect(soft, 4, 4)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(bar, 4, 4)
        if item.disputed:
            painter.setPen(QPen(QColor(WARN_BORDER), 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(bar.adjusted(-1, -1, 1, 1), 4, 4)
        if item.event.id == self.selected_id:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect((item.soft or bar).adjusted(-2, -2, 2, 2), 5, 5)
        painter.setPen(on_fill if item.label_inside else palette.color(QPalette.ColorRole.Text))
        font = painter.font()
        font.setBold(item.event.id == self.selected_id)
        painter.setFont(font)
        painter.drawText(
            item.label,
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            item.label_text,
        )
        font.setBold(False)
        painter.setFont(font)

    def _paint_undated(self, painter: QPainter, palette: QPalette) -> None:
        left = self._axis_right() + 8
        line = palette.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(line, 1))
        painter.drawLine(QPointF(left, 6), QPointF(left, self.height() - 6))
        metrics = QFontMetrics(self.font())
        heading = QRectF(left + 8, 8, UNKNOWN_WIDTH - 16, metrics.height())
        font = painter.font()
        font.setItalic(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(heading, int(Qt.AlignmentFlag.AlignLeft), self.tr("Date unknown"))
        font.setItalic(False)
        painter.setFont(font)
        for item in self.undated():
            assert item.bar is not None and item.label is not None
            fill, _ = self._colours(palette, item)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawEllipse(item.bar.center(), 4, 4)
            selected = item.event.id == self.selected_id
            font.setBold(selected)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(
                item.label,
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                item.label_text,
            )
        font.setBold(False)
        painter.setFont(font)

    # --- pointer and keys -----------------------------------------------------------------

    def item_at(self, point: QPointF) -> Item | None:
        for item in self.items:
            if item.hit.adjusted(-2, -3, 2, 3).contains(point):
                return item
        return None

    def tooltip(self, item: Item) -> str:
        """Title, date, kind, place and participants, in rich text."""
        event = item.event
        when = event.date_display or self.tr("date unknown")
        lines = [f"<b>{esc(event.title)}</b>", esc(f"{when} · {labels.word(event.kind)}")]
        if item.disputed:
            lines.append(esc(self.tr("⚠ sources disagree on this date")))
        if event.place:
            lines.append(esc(self.tr("Place: {place}").format(place=event.place)))
        for p in event.participants:
            who = f"{p.name} ({labels.word(p.role)})" if p.role else p.name
            lines.append("• " + esc(who))
        return "<br>".join(lines)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            item = self.item_at(QPointF(event.pos()))
            if item is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip(item), self)
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        item = self.item_at(event.position())
        hover = item.event.id if item else None
        if hover != self._hover_id:
            self._hover_id = hover
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if item else Qt.CursorShape.ArrowCursor
            )
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover_id = None
        self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        item = self.item_at(event.position())
        if item is not None and event.button() == Qt.MouseButton.LeftButton:
            self._choose(item.event.id)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.item_at(event.position())
        if item is not None:
            self.activated.emit(item.event.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ids = [i.event.id for i in self.items]  # date order, undated last
        key = event.key()
        if ids and key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            forward = key in (Qt.Key.Key_Right, Qt.Key.Key_Down)
            if self.selected_id not in ids:
                self._choose(ids[0] if forward else ids[-1])
            else:
                n = ids.index(self.selected_id) + (1 if forward else -1)
                self._choose(ids[max(0, min(n, len(ids) - 1))])
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id:
            self.activated.emit(self.selected_id)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def _choose(self, event_id: str) -> None:
        self.select(event_id)
        self.selected.emit(event_id)
