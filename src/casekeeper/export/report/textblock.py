"""A paragraph flowable for text in any script, Arabic included.

reportlab's Paragraph cannot lay out Arabic lines in the right order
(``bidi.py``), so every text of the report is a :class:`TextBlock`:

1. the whole paragraph is shaped (Arabic presentation forms) in logical order;
2. it is cut into words (each Han character is a word of its own: Chinese
   breaks anywhere) and broken into lines greedily in logical order, each
   word measured run by run in the font that will draw it; a word wider
   than the line is cut between characters;
3. each line is reordered for display (bidi) and drawn run by run, each run
   in its own font, right-aligned when the paragraph starts right to left.

It splits between lines across pages and frames, and a heading can carry
a bookmark (PDF outline entry).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from . import bidi
from .fonts import FontSet
from .runs import CJK_TEXT, font_runs, is_cjk

_WORD = re.compile(r"[^\s]+\s*|\s+")
# (text, bold, size, id of the FontSet) -> width: words repeat across a report
_WIDTHS: dict[tuple[str, bool, float, int], float] = {}


@dataclass(frozen=True)
class TextStyle:
    size: float = 9.5
    leading: float = 13.5
    bold: bool = False
    color: str = "#1a1a1a"
    space_before: float = 0
    space_after: float = 0
    align: str = "auto"  # auto: left, or right when the line's direction is right to left
    direction: str = "auto"  # auto: by each line's first strong character; or "L", "R"
    keep_with_next: bool = False

    def but(self, **changes: Any) -> TextStyle:
        return replace(self, **changes)


@dataclass(frozen=True)
class Outline:
    """A bookmark for a heading: its title (plain text) and level (0 = top)."""

    title: str
    level: int = 0


class _Line:
    __slots__ = ("text", "width", "base")

    def __init__(self, text: str, width: float, base: str) -> None:
        self.text = text  # logical order, shaped
        self.width = width
        self.base = base


def _words(text: str) -> list[str]:
    """Break opportunities: after a word and its spaces; around every Han character."""
    out: list[str] = []
    for token in _WORD.findall(text):
        if CJK_TEXT.search(token):
            piece = ""
            for ch in token:
                if is_cjk(ch):
                    if piece:
                        out.append(piece)
                    piece = ch
                else:
                    piece += ch
            if piece:
                out.append(piece)
        else:
            out.append(token)
    return out


class TextBlock(Flowable):  # type: ignore[misc]
    def __init__(
        self,
        text: str,
        fonts: FontSet,
        style: TextStyle,
        *,
        outline: Outline | None = None,
        _lines: list[_Line] | None = None,
        _width: float | None = None,
    ) -> None:
        super().__init__()
        self.text = str(text or "").replace("\r\n", "\n").replace("\t", " ")
        self.fonts = fonts
        self.style = style
        self.outline = outline
        self.keepWithNext = style.keep_with_next
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after
        self._lines = _lines
        self._for_width = _width
        self.width = 0.0
        self.height = 0.0

    def __repr__(self) -> str:  # reportlab prints flowables in its errors
        return f"TextBlock({self.text[:40]!r})"

    # --- measuring -----------------------------------------------------------------

    def _face_name(self, face: Any) -> str:
        return str(face.bold if self.style.bold else face.name)

    def measure(self, text: str) -> float:
        key = (text, self.style.bold, self.style.size, id(self.fonts))
        width = _WIDTHS.get(key)
        if width is None:
            size = self.style.size
            width = sum(
                stringWidth(run.text, self._face_name(run.face), size)
                for run in font_runs(text, self.fonts)
            )
            if len(_WIDTHS) > 50_000:
                _WIDTHS.clear()
            _WIDTHS[key] = width
        return width

    def _break(self, width: float) -> list[_Line]:
        lines: list[_Line] = []
        for hard in (self.text or "").split("\n"):
            shaped = bidi.shape(hard, self.fonts.arabic.covers)
            base = bidi.direction(hard) if self.style.direction == "auto" \
                else self.style.direction
            current, used = "", 0.0
            for word in _words(shaped):
                w = self.measure(word)
                stripped = word.rstrip()
                bare = w if stripped == word else self.measure(stripped)
                if current and used + bare > width:
                    lines.append(self._line(current, base))
                    current, used = "", 0.0
                    if not word.strip():
                        continue
                if not current and bare > width:  # longer than a line: cut it
                    for ch in word:
                        cw = self.measure(ch)
                        if current and used + cw > width and ch != " ":
                            lines.append(self._line(current, base))
                            current, used = "", 0.0
                        current += ch
                        used += cw
                    continue
                current += word
                used += w
            lines.append(self._line(current, base))
        return lines

    def _line(self, text: str, base: str) -> _Line:
        text = text.rstrip()
        return _Line(text, self.measure(text), base)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._lines is None or self._for_width != availWidth:
            self._lines = self._break(max(availWidth, 1.0))
            self._for_width = availWidth
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        assert self._lines is not None
        fit = int(availHeight // self.style.leading)
        if fit <= 0:
            return []
        if fit >= len(self._lines):
            return [self]
        first = TextBlock(self.text, self.fonts, self.style.but(space_after=0),
                          outline=self.outline, _lines=self._lines[:fit], _width=availWidth)
        rest = TextBlock(self.text, self.fonts, self.style.but(space_before=0),
                         _lines=self._lines[fit:], _width=availWidth)
        return [first, rest]

    # --- drawing -------------------------------------------------------------------

    def draw(self) -> None:
        canvas = self.canv
        style = self.style
        if self.outline is not None:
            key = f"ck-{id(self)}"
            canvas.bookmarkPage(key)
            canvas.addOutlineEntry(self.outline.title, key, level=self.outline.level,
                                   closed=self.outline.level > 0)
        canvas.setFillColor(HexColor(style.color))
        text = canvas.beginText()  # one text object per block: far fewer operators
        baseline = self.height - (style.leading + style.size * 0.72) / 2
        for line in self._lines or []:
            align = style.align
            if align == "auto":
                align = "right" if line.base == "R" else "left"
            if align == "right":
                x = self.width - line.width
            elif align == "center":
                x = (self.width - line.width) / 2
            else:
                x = 0.0
            text.setTextOrigin(x, baseline)
            for run in font_runs(bidi.visual(line.text, line.base), self.fonts):
                text.setFont(self._face_name(run.face), style.size)
                text.textOut(run.text)
            baseline -= style.leading
        canvas.drawText(text)
