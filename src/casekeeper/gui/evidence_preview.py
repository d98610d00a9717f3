"""The preview pane of the Evidence tab: the selected file, decrypted in memory.

Images, text and (where the QtPdf module is installed) PDFs are decrypted
by ``services.evidence.preview_bytes`` on a worker thread — which records a
'viewed' step in the custody record — and shown from memory only: no
temporary file, no thumbnail cache. Whatever the pane holds is dropped as
soon as another item is selected or the store locks (``clear``).

Audio and video are not decrypted for the preview: without Qt Multimedia
(not part of PySide6-Essentials) the pane shows what is known about them
and offers to extract an (unencrypted) copy to play.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLocale,
    QMimeDatabase,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QImageReader, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casekeeper.services import evidence
from casekeeper.services.context import Context
from casekeeper.services.views import EvidenceView

from . import evidence_player
from .display import WARN_BG, WARN_BORDER, WARN_FG, local_time, plural

try:  # QtPdf ships in PySide6-Addons, not in PySide6-Essentials
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    HAVE_QTPDF = True
except ImportError:  # pragma: no cover - depends on the installed wheels
    HAVE_QTPDF = False

TEXT_LIMIT = 1 << 20  # characters of a text file shown (about 1 MB)
IMAGE_MAX_SIDE = 2560  # decoded images are scaled down to this (memory, not disk)

# What the pane can show, decided from the stored media type.
IMAGE, TEXT, PDF, MEDIA, OTHER = "image", "text", "pdf", "media", "other"

_TEXT_TYPES = {
    "application/json",
    "application/xml",
    "application/x-yaml",
    "application/yaml",
    "application/javascript",
    "application/x-sh",
    "application/csv",
    "application/x-subrip",
}

MESSAGE_PAGE, IMAGE_PAGE, TEXT_PAGE, PDF_PAGE, MEDIA_PAGE, PLAYER_PAGE = range(6)


def preview_kind(media_type: str) -> str:
    kind = media_type.lower().split(";")[0].strip()
    if kind.startswith("image/") and kind != "image/svg+xml":
        return IMAGE
    if kind.startswith("text/") or kind in _TEXT_TYPES or kind.endswith(("+json", "+xml")):
        return TEXT
    if kind == "application/pdf":
        return PDF
    if kind.startswith(("audio/", "video/")):
        return MEDIA
    return OTHER


def type_name(media_type: str) -> str:
    """'image/jpeg' → 'JPEG image' (from Qt's MIME database, in the user's language)."""
    mime = QMimeDatabase().mimeTypeForName(media_type)
    if mime.isValid() and mime.comment():
        return mime.comment()
    return media_type or "?"


def duration_text(seconds: float | None) -> str:
    if seconds is None:
        return ""
    total = int(math.floor(seconds + 0.5))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@dataclass
class Preview:
    """What a worker thread prepared; plain data and a QImage (thread-safe)."""

    view: EvidenceView
    kind: str
    decrypted: bool = False
    image: QImage | None = None
    image_size: QSize | None = None
    text: str = ""
    text_truncated: bool = False
    data: bytes | None = field(default=None, repr=False)  # PDF or recording, in memory only
    problem: str = ""


def can_play(item: EvidenceView) -> bool:
    return evidence_player.HAVE_QTMULTIMEDIA and item.size <= evidence.PREVIEW_LIMIT


def load_preview(ctx: Context, item: EvidenceView) -> Preview:
    """Runs on a worker thread. Decrypts only what the pane can show."""
    kind = preview_kind(item.media_type)
    wanted = (
        kind in (IMAGE, TEXT) or (kind == PDF and HAVE_QTPDF) or (kind == MEDIA and can_play(item))
    )
    if item.removed or not wanted:
        return Preview(evidence.show_evidence(ctx.store, item.id), kind)
    view, data = evidence.preview_bytes(ctx, item.id)
    out = Preview(view, kind, decrypted=True)
    if kind == IMAGE:
        out.image, out.image_size = _decode_image(data)
        if out.image is None:
            out.problem = "image"
    elif kind == TEXT:
        out.text, out.text_truncated = _decode_text(data)
    else:
        out.data = data
    return out


def _decode_image(data: bytes) -> tuple[QImage | None, QSize | None]:
    """Decoded from memory (QImageReader on a QBuffer: like QImage.loadFromData,
    and it also turns phone photos upright by their EXIF orientation)."""
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > IMAGE_MAX_SIDE:
        fit = size.scaled(IMAGE_MAX_SIDE, IMAGE_MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio)
        reader.setScaledSize(fit)
    image = reader.read()
    buffer.close()
    if image.isNull():
        fallback = QImage()
        if not fallback.loadFromData(data):
            return None, None
        image = fallback
    return image, size if size.isValid() else image.size()


def _decode_text(data: bytes) -> tuple[str, bool]:
    truncated = len(data) > TEXT_LIMIT
    head = data[:TEXT_LIMIT]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="replace")
    else:
        text = head.decode("utf-8-sig", errors="replace")
        if truncated:
            text = text.rstrip("\ufffd")  # a character cut at the limit
    return text, truncated


class ScaledImage(QLabel):
    """A picture scaled to fit the space it has, never larger than itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = QPixmap()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(64, 64)

    def set_image(self, image: QImage | None) -> None:
        self._source = QPixmap.fromImage(image) if image is not None else QPixmap()
        self._rescale()

    def source(self) -> QPixmap:
        return self._source

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._source.isNull():
            self.clear()
            return
        room = self.contentsRect().size()
        if (
            self._source.width() <= room.width() and self._source.height() <= room.height()
        ) or room.isEmpty():
            self.setPixmap(self._source)
            return
        ratio = self.devicePixelRatioF()
        scaled = self._source.scaled(
            room * ratio,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        scaled.setDevicePixelRatio(ratio)
        self.setPixmap(scaled)


class EvidencePreview(QWidget):
    """Shows one item; ``extract_requested`` when the user asks for a copy."""

    extract_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Evidence preview"))
        self.preview: Preview | None = None
        self._pdf_bytes: QByteArray | None = None
        self._pdf_buffer: QBuffer | None = None
        self._pdf_document: Any = None

        self.caption = QLabel()
        self.caption.setAccessibleName(self.tr("Preview caption"))
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setWordWrap(True)
        self.caption.setEnabled(False)  # muted: says what is shown (size, truncation)

        # -- message page: nothing selected, loading, no preview, removed
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Preview message"))
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_extract_button = QPushButton(self.tr("Extract a &copy…"))
        self.message_extract_button.setAccessibleName(self.tr("Extract a copy"))
        self.message_extract_button.clicked.connect(self.extract_requested)
        message_page = QWidget()
        message_layout = QVBoxLayout(message_page)
        message_layout.addStretch(1)
        message_layout.addWidget(self.message)
        message_layout.addWidget(self.message_extract_button, 0, Qt.AlignmentFlag.AlignCenter)
        message_layout.addStretch(1)

        # -- image page
        self.image_view = ScaledImage()
        self.image_view.setAccessibleName(self.tr("Image preview"))

        # -- text page
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName(self.tr("Text preview"))
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text_view.setUndoRedoEnabled(False)

        # -- PDF page (QtPdf, when installed)
        self.pdf_view: Any = None
        pdf_page: QWidget
        if HAVE_QTPDF:
            self.pdf_view = QPdfView()
            self.pdf_view.setAccessibleName(self.tr("PDF preview"))
            self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            pdf_page = self.pdf_view
        else:
            pdf_page = QWidget()

        # -- audio / video page
        self.media_facts = QLabel()
        self.media_facts.setAccessibleName(self.tr("Recording details"))
        self.media_facts.setTextFormat(Qt.TextFormat.PlainText)
        self.media_facts.setWordWrap(True)
        self.media_facts.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.media_warning = QLabel()
        self.media_warning.setAccessibleName(self.tr("Warning about unencrypted copies"))
        self.media_warning.setWordWrap(True)
        self.media_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.media_warning.setStyleSheet(
            f"color: {WARN_FG}; background: {WARN_BG}; border: 1px solid {WARN_BORDER};"
            " padding: 6px;"
        )
        self.media_extract_button = QPushButton(self.tr("Extract to pla&y…"))
        self.media_extract_button.setAccessibleName(self.tr("Extract to play"))
        self.media_extract_button.clicked.connect(self.extract_requested)
        media_page = QWidget()
        media_layout = QVBoxLayout(media_page)
        media_layout.addStretch(1)
        media_layout.addWidget(self.media_facts)
        media_layout.addWidget(self.media_warning)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.media_extract_button)
        row.addStretch(1)
        media_layout.addLayout(row)
        media_layout.addStretch(1)

        # -- audio / video played from memory (Qt Multimedia, when installed)
        self.player: evidence_player.MemoryPlayer | None = None
        player_page: QWidget
        if evidence_player.HAVE_QTMULTIMEDIA:
            self.player = evidence_player.MemoryPlayer()
            player_page = self.player
        else:
            player_page = QWidget()

        self.pages = QStackedWidget()
        for page in (
            message_page,
            self.image_view,
            self.text_view,
            pdf_page,
            media_page,
            player_page,
        ):
            self.pages.addWidget(page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.caption)
        self.clear()

    # --- what the tab calls -----------------------------------------------------------

    @property
    def holds_plaintext(self) -> bool:
        """True while decrypted content of a file is held by this pane."""
        return (
            not self.image_view.source().isNull()
            or bool(self.text_view.document().characterCount() > 1)
            or self._pdf_bytes is not None
            or (self.player is not None and self.player.loaded)
            or (self.preview is not None and self.preview.decrypted)
        )

    def clear(self, text: str = "") -> None:
        """Drop everything decrypted and show ``text`` (or the default hint)."""
        self.preview = None
        self.image_view.set_image(None)
        self.text_view.clear()
        self.text_view.document().clearUndoRedoStacks()
        self._drop_pdf()
        if self.player is not None:
            self.player.stop_and_drop()
        self.caption.clear()
        self._show_message(text or self.tr("Select an item to preview it."), extract=False)

    def show_loading(self, name: str) -> None:
        self.clear(self.tr("Decrypting {name} in memory…").format(name=name))

    def show_error(self, text: str) -> None:
        self.clear()
        self._show_message(text, extract=False)

    def show_preview(self, preview: Preview) -> None:
        self.clear()
        self.preview = preview
        view = preview.view
        if view.removed:
            self._show_message(
                self.tr(
                    "This file was removed from the vault on {when}. Its description, "
                    "hashes and custody record are kept."
                ).format(when=local_time(view.removed_at)),
                extract=False,
            )
            return
        if preview.kind == IMAGE and preview.image is not None:
            self.image_view.set_image(preview.image)
            preview.image = None  # the pane's pixmap is the only copy now
            size = preview.image_size
            if size is not None:
                self.caption.setText(
                    self.tr("{w} × {h} pixels, decrypted in memory only").format(
                        w=size.width(), h=size.height()
                    )
                )
            self.pages.setCurrentIndex(IMAGE_PAGE)
        elif preview.kind == IMAGE:
            self._show_message(
                self.tr("This image could not be decoded for a preview."), extract=True
            )
        elif preview.kind == TEXT:
            self.text_view.setPlainText(preview.text)
            preview.text = ""
            if preview.text_truncated:
                self.caption.setText(
                    self.tr("Showing the first {limit} of {size}; extract for the rest.").format(
                        limit=_size(TEXT_LIMIT), size=_size(view.size)
                    )
                )
            else:
                self.caption.setText(self.tr("Decrypted in memory only"))
            self.pages.setCurrentIndex(TEXT_PAGE)
        elif preview.kind == PDF and HAVE_QTPDF and preview.data is not None:
            self._show_pdf(preview.data)
            preview.data = None
        elif preview.kind == PDF:
            self._show_message(self.tr("PDF preview needs QtPdf."), extract=True)
        elif preview.kind == MEDIA and self.player is not None and preview.data is not None:
            self.player.load(
                preview.data,
                self._media_facts(view),
                video=view.media_type.startswith("video/"),
            )
            preview.data = None
            self.caption.setText(self.tr("Played from memory; nothing is written to disk"))
            self.pages.setCurrentIndex(PLAYER_PAGE)
        elif preview.kind == MEDIA:
            self._show_media(view)
        else:
            self._show_message(
                self.tr("No preview for this kind of file ({type}).").format(
                    type=type_name(view.media_type)
                ),
                extract=True,
            )

    def shown_text(self) -> str:
        return self.text_view.toPlainText()

    def current_page(self) -> int:
        return self.pages.currentIndex()

    def message_text(self) -> str:
        return self.message.text()

    # --- pages ---------------------------------------------------------------------------

    def _show_message(self, text: str, *, extract: bool) -> None:
        self.message.setText(text)
        self.message_extract_button.setVisible(extract)
        self.pages.setCurrentIndex(MESSAGE_PAGE)

    def _show_pdf(self, data: bytes) -> None:
        if self._pdf_document is None:
            # One document for the pane's life, loaded and closed per item
            # (QPdfView.setDocument(None) warns).
            self._pdf_document = QPdfDocument(self)
            self.pdf_view.setDocument(self._pdf_document)
        document = self._pdf_document
        self._pdf_bytes = QByteArray(data)
        self._pdf_buffer = QBuffer(self._pdf_bytes)
        self._pdf_buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(self._pdf_buffer)
        if document.status() == QPdfDocument.Status.Error or document.pageCount() == 0:
            self._drop_pdf()
            self._show_message(self.tr("This PDF could not be opened for a preview."), extract=True)
            return
        self.caption.setText(
            plural("EvidencePreview", "%n page(s), decrypted in memory only", document.pageCount())
        )
        self.pages.setCurrentIndex(PDF_PAGE)

    def _drop_pdf(self) -> None:
        if self._pdf_document is not None:
            self._pdf_document.close()  # its pages and rendered images go
        if self._pdf_buffer is not None:
            self._pdf_buffer.close()
            self._pdf_buffer = None
        if self._pdf_bytes is not None:
            self._pdf_bytes.clear()
            self._pdf_bytes = None

    def _media_facts(self, view: EvidenceView) -> str:
        facts = [view.original_name, type_name(view.media_type)]
        if view.duration_seconds is not None:
            facts.append(self.tr("duration {d}").format(d=duration_text(view.duration_seconds)))
        else:
            facts.append(self.tr("duration unknown"))
        facts.append(_size(view.size))
        return "\n".join(facts)

    def _show_media(self, view: EvidenceView) -> None:
        """What is known about a recording that is not played here, and the
        way to play it elsewhere."""
        if not evidence_player.HAVE_QTMULTIMEDIA:
            why = self.tr(
                "This recording cannot be played inside CaseKeeper "
                "(Qt Multimedia is not installed)."
            )
        else:
            why = self.tr("This recording is too large to play from memory.")
        self.media_warning.setText(
            why
            + " "
            + self.tr(
                "To play it, extract a copy — the copy is NOT encrypted: anyone with access "
                "to this computer can open it. Delete it when done."
            )
        )
        self.media_facts.setText(self._media_facts(view))
        self.pages.setCurrentIndex(MEDIA_PAGE)

    def pdf_page_count(self) -> int:
        return self._pdf_document.pageCount() if self._pdf_document is not None else 0


def data_size(n: int) -> str:
    """'1.2 MB', in the user's locale (decimal units, as file managers show)."""
    return QLocale().formattedDataSize(n, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


_size = data_size
