"""The report document: pages, footer with page numbers, outline, metadata.

:func:`render` lays out the sections (``sections.py``) of a redacted case
document with platypus and returns the PDF bytes. The metadata (title,
subject) name only the case reference and the audience, never a person;
the outline holds the section headings, people's names and evidence file
names as the redacted document gives them. Every page shows the case
reference, the audience and "page N of M" in the footer.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from casekeeper import __version__
from casekeeper.progress import CancelToken, Progress, no_progress

from .content import Content
from .fonts import FontSet
from .sections import Extras, build_sections
from .styles import MUTED, Blocks

MARGIN = 18 * mm

# Binary streams, not ASCII85: without reportlab's C accelerator its pure-Python
# ASCII85 encoder took 0.6 s per photo (and made streams 25 % larger).
rl_config.useA85 = 0


def _canvas_maker(fonts: FontSet, footer: str, cancel: CancelToken) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Keeps each page until the end, so the footer can say "of M"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self.showOutline()  # a reader opens the report with its bookmarks shown

        def showPage(self) -> None:
            cancel.check()
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            number = self._pageNumber
            self.saveState()
            self.setFillColor(MUTED)
            self.setFont(fonts.latin.name, 7.5)
            width = A4[0]
            self.drawString(MARGIN, 10 * mm, footer)
            self.drawRightString(width - MARGIN, 10 * mm, f"page {number} of {total}")
            self.setStrokeColor(MUTED)
            self.setLineWidth(0.3)
            self.line(MARGIN, 13 * mm, width - MARGIN, 13 * mm)
            self.restoreState()

    return NumberedCanvas


def render(
    document: dict[str, Any],
    extras: Extras,
    fonts: FontSet,
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> bytes:
    """The PDF of the redacted ``document`` (see module docstring)."""
    cancel = cancel or CancelToken()
    content = Content(document)
    ref = str(content.case.get("ref") or "")
    out = io.BytesIO()
    template = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=f"Case report {ref}",
        author="CaseKeeper",
        subject=f"Case report {ref} for {content.audience}",
        creator=f"CaseKeeper {__version__}",
        keywords="",
        initialFontName=fonts.latin.name,
        initialFontSize=9.5,
        lang="en",
    )
    flow = build_sections(content, extras, Blocks(fonts), template.width)
    cancel.check()
    footer = f"CaseKeeper · {ref} · for {content.audience}"
    progress("Laying out the report", 0, 1)
    template.build(list(flow), canvasmaker=_canvas_maker(fonts, footer, cancel))
    progress("Laying out the report", 1, 1)
    return out.getvalue()
