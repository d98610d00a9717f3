"""``data/report.pdf`` of an evidence bundle: a short, plain summary.

The case, the audience, the signer, and every carried file with its
original name, size and both hashes, plus how to verify. Made only from
the redacted document, like everything in a bundle; its title and
metadata name the case reference, never a person. The full PDF report
(``export report``) will take its place.

Text is drawn in a TrueType font found among the system's fonts (DejaVu
Sans, Noto Sans) so that Latin and Cyrillic names show; a string with a
character that font lacks (Chinese, for one) is shown by its bundle file
name instead, with a pointer to case.json, rather than as empty boxes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from casekeeper.errors import ExportToolMissing

if TYPE_CHECKING:
    from casekeeper.export.bundle import CarriedItem

FONT_NAME = "CaseKeeperSans"
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/arial.ttf",
)


def _font() -> tuple[str, set[int] | None]:
    """The registered font name and the code points it covers (None: Latin-1 only)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for candidate in FONT_CANDIDATES:
        if Path(candidate).is_file():
            try:
                if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(FONT_NAME, candidate))
                font = pdfmetrics.getFont(FONT_NAME)
                return FONT_NAME, set(font.face.charToGlyph)  # type: ignore[attr-defined]
            except Exception:  # a damaged font file: try the next one
                continue
    return "Helvetica", None


def _drawable(text: str, covered: set[int] | None) -> bool:
    if covered is None:
        return all(ord(ch) < 256 for ch in text)
    return all(ord(ch) in covered or ch in "\n\t " for ch in text)


def summary_pdf(
    doc: dict[str, Any], items: Sequence[CarriedItem], signer: str, created: datetime
) -> bytes:
    try:
        from reportlab.lib import colors
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    except ImportError:
        raise ExportToolMissing("The bundle's report.pdf", "reportlab") from None

    font, covered = _font()
    body = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=12.5)
    small = ParagraphStyle("small", parent=body, fontSize=7, leading=8.5)
    h1 = ParagraphStyle("h1", parent=body, fontSize=16, leading=20, spaceAfter=6)
    h2 = ParagraphStyle("h2", parent=body, fontSize=12, leading=15, spaceBefore=10, spaceAfter=4)

    def para(text: Any, style: ParagraphStyle = body, fallback: str = "") -> Paragraph:
        value = "" if text is None else str(text)
        if not _drawable(value, covered):
            value = fallback or "(see case.json: this text uses a script this summary cannot draw)"
        return Paragraph(escape(value).replace("\n", "<br/>"), style)

    case = doc["case"]
    ref = str(case.get("ref", ""))
    audience = str(doc.get("redaction", {}).get("audience", ""))
    red = doc.get("redaction", {})
    when = created.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")

    flow: list[Any] = [
        para(f"Evidence bundle: case {ref}", h1, fallback="Evidence bundle"),
        para(case.get("title"), body),
        Spacer(1, 4 * mm),
        para(f"Prepared for: {audience}"),
        para(f"Made: {when}"),
        para(f"Signed by the CaseKeeper key with fingerprint {signer}"),
        para(f"Case status: {case.get('status', '')}"),
    ]
    withheld = len(red.get("withheld", []))
    left_out = red.get("left_out", {})
    if withheld or left_out:
        counts = ", ".join(f"{n} {k}" for k, n in sorted(left_out.items()))
        flow.append(Spacer(1, 3 * mm))
        flow.append(
            para(
                f"Redacted for {audience}: {withheld} value(s) withheld (shown as [withheld: ...])"
                + (f"; left out: {counts}" if counts else "")
                + ". Nothing withheld was written into this bundle."
            )
        )

    flow.append(para(f"Evidence files ({len(items)})", h2))
    if items:
        rows: list[list[Any]] = [
            [para("#", small), para("File / original name", small), para("Size", small),
             para("SHA-256 and SHA-512", small)]
        ]
        for n, item in enumerate(items, start=1):
            file_name = item.path.removeprefix("data/")
            rows.append([
                para(str(n), small),
                [
                    para(file_name, small),
                    para(item.original_name, small, fallback="(see case.json)"),
                ],
                para(f"{item.size:,} bytes", small),
                [para(item.sha256, small), para(item.sha512, small)],
            ])
        table = Table(rows, colWidths=[8 * mm, 55 * mm, 22 * mm, 95 * mm], repeatRows=1)
        table.setStyle(
            TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ])
        )
        flow.append(table)
    else:
        flow.append(para("This bundle carries no evidence files."))

    flow.append(para("How to verify", h2))
    flow.append(
        para(
            "The bundle is a BagIt bag: bagit.py --validate FOLDER checks every file against "
            "manifest-sha256.txt and manifest-sha512.txt. The tag manifests are signed with "
            "minisign: minisign -Vm FOLDER/tagmanifest-sha256.txt -p "
            "FOLDER/casekeeper-signer.pub checks the signature; confirm the fingerprint "
            f"{signer} with the sender by another channel. READ-ME-FIRST.txt gives the exact "
            "commands; data/custody.jsonl holds each file's chain of custody."
        )
    )

    out = io.BytesIO()
    template = SimpleDocTemplate(
        out,
        pagesize=A4,
        title=f"Evidence bundle {ref}",
        author="CaseKeeper",
        subject=f"Evidence bundle for {audience}",
        creator="CaseKeeper",
        initialFontName=font,
        initialFontSize=9.5,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
    )

    def page_number(canvas: Any, _doc: Any) -> None:
        canvas.setFont(font, 8)
        canvas.drawRightString(A4[0] - 15 * mm, 8 * mm, f"{ref} - page {canvas.getPageNumber()}")

    template.build(flow, onFirstPage=page_number, onLaterPages=page_number)
    return out.getvalue()
