"""The report's text styles and the small building blocks every section uses."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from .fonts import FontSet
from .textblock import Outline, TextBlock, TextStyle

INK = "#1a1a1a"
MUTED = "#555555"
RULE = colors.HexColor("#c8c8c8")
SHADE = colors.HexColor("#f1f1f1")
LABEL_WIDTH = 34 * mm


@dataclass(frozen=True)
class Styles:
    title: TextStyle = TextStyle(size=22, leading=30, bold=True, space_after=6)
    h1: TextStyle = TextStyle(size=15, leading=21, bold=True, space_before=12, space_after=5,
                              keep_with_next=True)
    h2: TextStyle = TextStyle(size=11, leading=16, bold=True, space_before=8, space_after=2,
                              keep_with_next=True)
    body: TextStyle = TextStyle(size=9.5, leading=14, space_after=4)
    cell: TextStyle = TextStyle(size=8.5, leading=12.5, align="left")
    names: TextStyle = TextStyle(size=8.5, leading=12.5, align="left", direction="L")
    label: TextStyle = TextStyle(size=8.5, leading=12.5, bold=True, color=MUTED)
    note: TextStyle = TextStyle(size=8.5, leading=12.5, color=MUTED, space_after=4)


class Blocks:
    """Text blocks and fact tables in the report's fonts and styles."""

    def __init__(self, fonts: FontSet, styles: Styles | None = None) -> None:
        self.fonts = fonts
        self.s = styles or Styles()

    def text(self, text: Any, style: TextStyle | None = None,
             outline: Outline | None = None) -> TextBlock:
        return TextBlock("" if text is None else str(text), self.fonts, style or self.s.body,
                         outline=outline)

    def h1(self, text: str, bookmark: bool = True) -> TextBlock:
        return self.text(text, self.s.h1, Outline(text, 0) if bookmark else None)

    def h2(self, text: str, bookmark: bool = False) -> TextBlock:
        return self.text(text, self.s.h2, Outline(text, 1) if bookmark else None)

    def note(self, text: str) -> TextBlock:
        return self.text(text, self.s.note)

    def facts(self, rows: Sequence[tuple[str, Any]], width: float) -> Facts | None:
        """Label and value, one row each; rows with no value are left out."""
        cells = [
            (self.text(label, self.s.label),
             value if isinstance(value, TextBlock) else self.text(value, self.s.cell))
            for label, value in rows
            if value not in (None, "", [])
        ]
        return Facts(cells) if cells else None

    def grid(self, header: Sequence[str], rows: Sequence[Sequence[Any]],
             widths: Sequence[float]) -> Table:
        """A table with a shaded header row that repeats on every page."""
        cells = [[self.text(h, self.s.label) for h in header]]
        cells += [[self.text(v, self.s.cell) for v in row] for row in rows]
        table = Table(cells, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.latin.name),  # else Helvetica, unembedded
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]))
        return table


class Facts(Flowable):  # type: ignore[misc]
    """Rows of label and value with a rule under each: a fact sheet.

    Drawn directly rather than as a platypus Table (a report has hundreds
    of these; Tables measured several times slower). Splits between rows
    across pages, and inside a row's value when one row is taller than
    the space left."""

    PAD = 1.5

    def __init__(self, rows: list[tuple[TextBlock, TextBlock]]) -> None:
        super().__init__()
        self.rows = rows
        self._heights: list[float] = []
        self.width = self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._heights = []
        for label, value in self.rows:
            _, lh = label.wrap(LABEL_WIDTH - 6, availHeight)
            _, vh = value.wrap(availWidth - LABEL_WIDTH, availHeight)
            self._heights.append(max(lh, vh) + 2 * self.PAD)
        self.width, self.height = availWidth, sum(self._heights)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        used, fit = 0.0, 0
        for h in self._heights:
            if used + h > availHeight:
                break
            used += h
            fit += 1
        if fit == len(self.rows):
            return [self]
        if fit:
            return [Facts(self.rows[:fit]), Facts(self.rows[fit:])]
        label, value = self.rows[0]
        parts = value.split(availWidth - LABEL_WIDTH, availHeight - 2 * self.PAD)
        if len(parts) < 2:
            return []
        rest_label = TextBlock("", label.fonts, label.style)
        return [Facts([(label, parts[0])]), Facts([(rest_label, parts[1]), *self.rows[1:]])]

    def draw(self) -> None:
        canvas = self.canv
        top = self.height
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.25)
        for (label, value), h in zip(self.rows, self._heights, strict=True):
            label.drawOn(canvas, 0, top - self.PAD - label.height)
            value.drawOn(canvas, LABEL_WIDTH, top - self.PAD - value.height)
            top -= h
            canvas.line(0, top, self.width, top)
        canvas.restoreState()
