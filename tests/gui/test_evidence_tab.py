"""The Evidence tab: a caseworker imports files into the case (by button or by
dropping them), looks at them decrypted in memory, follows each file's chain
of custody, extracts a copy and removes a file — and Cancel leaves nothing."""

from __future__ import annotations

import io
import os
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_sample_case import SampleStore
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casekeeper.gui import evidence_player, evidence_preview
from casekeeper.gui.case_list_model import REF
from casekeeper.gui.case_view import EVIDENCE_TAB
from casekeeper.gui.evidence_import import ProgressJob
from casekeeper.gui.evidence_preview import (
    IMAGE_PAGE,
    MEDIA_PAGE,
    MESSAGE_PAGE,
    PLAYER_PAGE,
    TEXT_PAGE,
)
from casekeeper.gui.evidence_tab import STATE, EvidenceTab
from casekeeper.gui.main_window import MainWindow
from casekeeper.store.store import VAULT_DIR

pytestmark = pytest.mark.gui

TESTIMONY = (
    "Testimony of Guldariya Sherizatkyzy, 24 July 2025.\n"
    "Мен күйеуімді содан бері көрмедім.\n"
    "我丈夫从那以后就没有消息。\n"
    "MARKER-7f3c9a-plaintext\n"
)


# --- sample files ------------------------------------------------------------------------


def make_jpeg(path: Path, size: tuple[int, int] = (640, 400)) -> Path:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", size, (40, 90, 140))
    draw = ImageDraw.Draw(image)
    draw.rectangle([40, 40, 300, 200], fill=(200, 40, 40))
    exif = Image.Exif()
    exif[0x010F] = "Canon"
    exif[0x0110] = "EOS 80D"
    exif[0x0132] = "2025:07:24 15:30:00"
    image.save(path, "JPEG", quality=85, exif=exif)
    return path


def make_pdf(path: Path, text: str = "Letter from the consulate") -> Path:
    """A one-page PDF written by hand (no PDF library needed)."""
    content = f"BT /F1 24 Tf 72 700 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    path.write_bytes(out.getvalue())
    return path


def make_wav(path: Path, seconds: float = 2.0) -> Path:
    import wave

    rate = 8000
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"\x00\x10" * int(rate * seconds))
    return path


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "files"
    folder.mkdir()
    make_jpeg(folder / "passport-scan.jpg")
    (folder / "testimony.txt").write_text(TESTIMONY, encoding="utf-8")
    return folder


# --- helpers ------------------------------------------------------------------------------


def open_evidence(qtbot: QtBot, win: MainWindow, ref: str) -> EvidenceTab:
    row = next(r for r in range(win.model.rowCount()) if win.model.index(r, REF).data() == ref)
    win.case_table.selectRow(row)
    view = win.case_view
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.case.ref == ref)
    view.tabs.setCurrentIndex(EVIDENCE_TAB)
    tab = view.evidence_tab
    qtbot.waitUntil(lambda: tab.case_id is not None and not tab.empty_label.isHidden())
    return tab


def open_evidence_with_items(qtbot: QtBot, win: MainWindow, ref: str) -> EvidenceTab:
    row = next(r for r in range(win.model.rowCount()) if win.model.index(r, REF).data() == ref)
    tab = win.case_view.evidence_tab
    with qtbot.waitSignal(tab.listed, timeout=10_000):
        win.case_table.selectRow(row)
    return tab


@pytest.fixture
def tab(qtbot: QtBot, unlocked: MainWindow, sample_store: SampleStore) -> EvidenceTab:
    return open_evidence(qtbot, unlocked, sample_store.case_ref)


def import_and_wait(qtbot: QtBot, tab: EvidenceTab, paths: list[Path], count: int) -> None:
    assert tab.import_paths(paths)
    assert tab.busy
    qtbot.waitUntil(lambda: not tab.busy and len(tab.items) == count, timeout=20_000)


def select_and_wait(qtbot: QtBot, tab: EvidenceTab, name: str) -> None:
    evidence_id = next(e.id for e in tab.items if e.original_name == name)
    with qtbot.waitSignal(tab.preview_shown, timeout=10_000):
        assert tab.select(evidence_id)
    assert tab.selected_id() == evidence_id


_report = ProgressJob.report


def report_then_wait_for_cancel(self: ProgressJob, what: str, done: int, total: int | None) -> None:
    """A slow import: each progress report waits (up to 10 s) for Cancel."""
    _report(self, what, done, total)
    end = time.monotonic() + 10
    while not self.cancelled and time.monotonic() < end:
        time.sleep(0.01)


def vault_files(sample_store: SampleStore) -> set[Path]:
    return {p for p in (sample_store.path / VAULT_DIR).rglob("*") if p.is_file()}


# --- importing ----------------------------------------------------------------------------


def test_import_two_files_lists_them_and_keeps_the_rest_of_the_case(
    qtbot: QtBot, unlocked: MainWindow, tab: EvidenceTab, files: Path
) -> None:
    view = unlocked.case_view
    people_before = view.people_tab.text()
    assert view.tabs.tabText(EVIDENCE_TAB) == "E&vidence"

    import_and_wait(qtbot, tab, [files / "passport-scan.jpg", files / "testimony.txt"], 2)

    assert sorted(tab.names()) == ["passport-scan.jpg", "testimony.txt"]
    assert tab.table.isVisible() and tab.empty_label.isHidden()
    assert tab.message() == "Imported 2 files."
    assert tab.progress_row.isHidden()
    assert view.tabs.tabText(EVIDENCE_TAB) == "E&vidence (2)"
    assert [tab.table.cell_text(r, STATE) for r in range(2)] == ["in vault", "in vault"]
    # the case view's other data stays
    assert view.detail is not None and "Dulata" in view.title_label.text()
    assert view.people_tab.text() == people_before


def test_a_folder_dropped_on_the_tab_is_imported(
    qtbot: QtBot, tab: EvidenceTab, files: Path
) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(files))])
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(tab, enter)
    assert enter.isAccepted()
    assert "Drop to import" in tab.message()
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(tab, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: not tab.busy and len(tab.items) == 2, timeout=20_000)
    assert sorted(tab.names()) == ["passport-scan.jpg", "testimony.txt"]


def test_a_drag_of_text_is_refused(tab: EvidenceTab) -> None:
    mime = QMimeData()
    mime.setText("not a file")
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(tab, enter)
    assert not enter.isAccepted()


def test_an_import_error_is_shown_inline_as_its_message(
    qtbot: QtBot, tab: EvidenceTab, tmp_path: Path
) -> None:
    assert tab.import_paths([tmp_path / "missing.jpg"])
    qtbot.waitUntil(lambda: not tab.busy)
    text = tab.message()
    assert "missing.jpg" in text and "does not exist" in text
    assert "Traceback" not in text and "Error(" not in text
    assert tab.items == []


def test_cancel_during_an_import_leaves_no_item_and_no_blob(
    qtbot: QtBot,
    tab: EvidenceTab,
    sample_store: SampleStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    big = tmp_path / "phone-video.mp4"
    big.write_bytes(os.urandom(6 << 20))
    before = vault_files(sample_store)

    # The import waits at its first progress report until Cancel was clicked.
    monkeypatch.setattr(ProgressJob, "report", report_then_wait_for_cancel)
    assert tab.import_paths([big])
    qtbot.waitUntil(lambda: tab.progress_bar.value() > 0, timeout=10_000)
    assert not tab.progress_row.isHidden()
    assert "phone-video.mp4" in tab.progress_label.text()
    assert not tab.import_files_button.isEnabled()
    tab.cancel_button.click()
    qtbot.waitUntil(lambda: not tab.busy, timeout=20_000)

    assert tab.message() == "Import cancelled. Nothing was imported."
    assert tab.progress_row.isHidden()
    assert tab.items == []
    assert vault_files(sample_store) == before
    assert tab.import_files_button.isEnabled()


def test_locking_during_an_import_cancels_it_and_leaves_nothing(
    qtbot: QtBot,
    unlocked: MainWindow,
    tab: EvidenceTab,
    sample_store: SampleStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    big = tmp_path / "phone-video.mp4"
    big.write_bytes(os.urandom(4 << 20))
    before = vault_files(sample_store)
    monkeypatch.setattr(ProgressJob, "report", report_then_wait_for_cancel)
    assert tab.import_paths([big])
    qtbot.waitUntil(lambda: tab.progress_bar.value() > 0, timeout=10_000)
    unlocked.lock()  # waits for the cancelled import to undo itself
    assert not tab.busy and tab.progress_row.isHidden()
    assert vault_files(sample_store) == before
    QApplication.processEvents()
    assert tab.message() == ""


def test_an_import_goes_on_when_another_case_is_opened(
    qtbot: QtBot,
    unlocked: MainWindow,
    tab: EvidenceTab,
    sample_store: SampleStore,
    files: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    go = threading.Event()

    def report_then_wait(self: ProgressJob, what: str, done: int, total: int | None) -> None:
        _report(self, what, done, total)
        go.wait(10)

    monkeypatch.setattr(ProgressJob, "report", report_then_wait)
    assert tab.import_paths([files / "testimony.txt"])
    qtbot.waitUntil(lambda: tab.progress_bar.value() > 0, timeout=10_000)
    other = open_evidence(qtbot, unlocked, sample_store.other_ref)
    assert other is tab and tab.busy and not tab.progress_row.isHidden()
    go.set()
    qtbot.waitUntil(lambda: not tab.busy, timeout=10_000)
    assert tab.message() == f"Imported 1 file into {sample_store.case_ref}."
    assert tab.items == []  # the other case has none
    open_evidence_with_items(qtbot, unlocked, sample_store.case_ref)
    assert tab.names() == ["testimony.txt"]


# --- looking ------------------------------------------------------------------------------


def test_an_image_is_shown_as_a_picture_and_the_view_is_in_the_custody_record(
    qtbot: QtBot, tab: EvidenceTab, files: Path
) -> None:
    import_and_wait(qtbot, tab, [files / "passport-scan.jpg", files / "testimony.txt"], 2)
    select_and_wait(qtbot, tab, "passport-scan.jpg")

    preview = tab.preview
    assert preview.current_page() == IMAGE_PAGE
    pixmap = preview.image_view.pixmap()
    assert not pixmap.isNull() and pixmap.width() > 0
    assert preview.image_view.source().size().width() == 640
    assert "640 × 400" in preview.caption.text()
    assert "Canon EOS 80D" in tab.details.text()
    assert tab.custody.action_names() == ["acquired", "imported", "viewed"]
    assert tab.custody.cell_text(2, 1) == "viewed"
    assert tab.custody.cell_text(1, 3).endswith("…")  # a hash prefix, the whole in the tip
    assert len(tab.custody.item(1, 3).toolTip()) == 64


def test_a_text_file_is_shown_as_text(qtbot: QtBot, tab: EvidenceTab, files: Path) -> None:
    import_and_wait(qtbot, tab, [files / "passport-scan.jpg", files / "testimony.txt"], 2)
    select_and_wait(qtbot, tab, "testimony.txt")
    preview = tab.preview
    assert preview.current_page() == TEXT_PAGE
    assert preview.shown_text() == TESTIMONY
    assert preview.text_view.isReadOnly()
    assert tab.custody.action_names() == ["acquired", "imported", "viewed"]


def test_another_selection_drops_the_last_preview(
    qtbot: QtBot, tab: EvidenceTab, files: Path
) -> None:
    import_and_wait(qtbot, tab, [files / "passport-scan.jpg", files / "testimony.txt"], 2)
    select_and_wait(qtbot, tab, "testimony.txt")
    assert tab.preview.holds_plaintext
    evidence_id = next(e.id for e in tab.items if e.original_name == "passport-scan.jpg")
    tab.select(evidence_id)
    # at once, before the next file is decrypted
    assert tab.preview.shown_text() == ""
    assert tab.preview.current_page() == MESSAGE_PAGE
    qtbot.waitUntil(lambda: tab.preview.current_page() == IMAGE_PAGE, timeout=10_000)


def test_locking_drops_what_was_decrypted(
    qtbot: QtBot, unlocked: MainWindow, tab: EvidenceTab, files: Path
) -> None:
    import_and_wait(qtbot, tab, [files / "testimony.txt"], 1)
    select_and_wait(qtbot, tab, "testimony.txt")
    assert TESTIMONY in tab.preview.shown_text()
    unlocked.lock()
    assert not tab.preview.holds_plaintext
    assert tab.preview.shown_text() == ""
    assert tab.items == [] and tab.table.rowCount() == 0
    assert tab.custody.rowCount() == 0 and tab.details.text() == ""


def test_a_preview_writes_no_plaintext_to_disk(
    qtbot: QtBot,
    tab: EvidenceTab,
    files: Path,
    sample_store: SampleStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    import_and_wait(qtbot, tab, [files / "testimony.txt", files / "passport-scan.jpg"], 2)
    select_and_wait(qtbot, tab, "testimony.txt")
    select_and_wait(qtbot, tab, "passport-scan.jpg")
    marker = b"MARKER-7f3c9a-plaintext"
    red = (files / "passport-scan.jpg").read_bytes()[:4096]
    cache = Path(os.environ["CASEKEEPER_CACHE_DIR"])
    for folder in (sample_store.path, temp, cache):
        for path in folder.rglob("*") if folder.exists() else []:
            if path.is_file():
                data = path.read_bytes()
                assert marker not in data, path
                assert red not in data, path


def test_a_pdf_is_shown_with_qtpdf_or_offered_for_extraction(
    qtbot: QtBot, tab: EvidenceTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = make_pdf(tmp_path / "consulate-letter.pdf")
    import_and_wait(qtbot, tab, [pdf], 1)
    if evidence_preview.HAVE_QTPDF:
        select_and_wait(qtbot, tab, "consulate-letter.pdf")
        assert tab.preview.current_page() == evidence_preview.PDF_PAGE
        assert tab.preview.pdf_page_count() == 1
        assert tab.custody.action_names()[-1] == "viewed"
        tab.table.setCurrentCell(-1, -1)  # nothing selected: the document and its bytes go
        assert tab.preview.pdf_page_count() == 0
        assert not tab.preview.holds_plaintext
    monkeypatch.setattr(evidence_preview, "HAVE_QTPDF", False)
    tab.table.setCurrentCell(-1, -1)
    select_and_wait(qtbot, tab, "consulate-letter.pdf")
    assert tab.preview.current_page() == MESSAGE_PAGE
    assert tab.preview.message_text() == "PDF preview needs QtPdf."
    assert not tab.preview.message_extract_button.isHidden()
    assert tab.preview.message_extract_button.isEnabled()


def test_without_qt_multimedia_a_recording_shows_its_length_and_offers_extract_to_play(
    qtbot: QtBot, tab: EvidenceTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(evidence_player, "HAVE_QTMULTIMEDIA", False)
    wav = make_wav(tmp_path / "interview.wav", seconds=2.0)
    import_and_wait(qtbot, tab, [wav], 1)
    select_and_wait(qtbot, tab, "interview.wav")
    preview = tab.preview
    assert preview.current_page() == MEDIA_PAGE
    assert "duration 0:02" in preview.media_facts.text()
    assert "Qt Multimedia is not installed" in preview.media_warning.text()
    assert "NOT encrypted" in preview.media_warning.text()
    assert preview.media_extract_button.isEnabled()
    # not decrypted for this page, so not recorded as viewed
    assert tab.custody.action_names() == ["acquired", "imported"]


@pytest.mark.skipif(
    not evidence_player.HAVE_QTMULTIMEDIA, reason="Qt Multimedia (PySide6-Addons) not installed"
)
def test_with_qt_multimedia_a_recording_plays_from_memory(
    qtbot: QtBot, tab: EvidenceTab, tmp_path: Path
) -> None:
    wav = make_wav(tmp_path / "interview.wav", seconds=2.0)
    import_and_wait(qtbot, tab, [wav], 1)
    select_and_wait(qtbot, tab, "interview.wav")
    preview = tab.preview
    assert preview.current_page() == PLAYER_PAGE
    player = preview.player
    assert player is not None and player.loaded
    assert player.player.sourceDevice() is not None  # a QBuffer: no file, no URL to open
    qtbot.waitUntil(lambda: player.player.duration() > 1500, timeout=10_000)
    assert tab.custody.action_names() == ["acquired", "imported", "viewed"]
    tab.table.setCurrentCell(-1, -1)  # nothing selected: the recording's bytes go
    assert tab.preview.player is not None and not tab.preview.player.loaded
    assert not tab.preview.holds_plaintext


# --- extracting and removing ---------------------------------------------------------------


def test_extract_writes_the_copy_after_the_warning_and_records_it(
    qtbot: QtBot, tab: EvidenceTab, files: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_and_wait(qtbot, tab, [files / "testimony.txt"], 1)
    select_and_wait(qtbot, tab, "testimony.txt")
    out = tmp_path / "out" / "copy.txt"
    out.parent.mkdir()

    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    warned: list[Path] = []

    def refuse(item: object, path: Path) -> bool:
        warned.append(path)
        return False

    monkeypatch.setattr(tab, "confirm_extract", refuse)
    tab.extract_button.click()
    assert warned == [out] and not out.exists() and tab.progress_row.isHidden()

    monkeypatch.setattr(tab, "confirm_extract", lambda item, path: True)
    tab.extract_button.click()
    assert tab.busy
    qtbot.waitUntil(lambda: not tab.busy, timeout=10_000)
    assert out.read_text(encoding="utf-8") == TESTIMONY
    assert "unencrypted copy" in tab.message() and str(out) in tab.message()
    assert tab.custody.action_names()[-1] == "extracted"


def test_remove_keeps_the_record_and_adds_removed_to_the_custody(
    qtbot: QtBot,
    unlocked: MainWindow,
    tab: EvidenceTab,
    files: Path,
    sample_store: SampleStore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import_and_wait(qtbot, tab, [files / "passport-scan.jpg", files / "testimony.txt"], 2)
    blobs = vault_files(sample_store)
    assert len(blobs) == 2
    select_and_wait(qtbot, tab, "passport-scan.jpg")

    asked: list[str] = []

    def confirm(item: object) -> bool:
        asked.append(getattr(item, "original_name", ""))
        return True

    monkeypatch.setattr(tab, "confirm_remove", confirm)
    with qtbot.waitSignal(tab.preview_shown, timeout=10_000):
        tab.remove_button.click()
        assert asked == ["passport-scan.jpg"]
    qtbot.waitUntil(lambda: not tab.busy)

    row = tab.row_of(tab.selected_id())
    assert tab.items[row].original_name == "passport-scan.jpg" and tab.items[row].removed
    assert tab.table.cell_text(row, STATE).startswith("removed")
    assert "the encrypted file is erased" in tab.message()
    assert "custody record are kept" in tab.message()
    assert tab.custody.action_names() == ["acquired", "imported", "viewed", "removed"]
    assert "removed from the vault" in tab.preview.message_text()
    assert not tab.extract_button.isEnabled() and not tab.remove_button.isEnabled()
    assert len(vault_files(sample_store)) == 1
    assert unlocked.case_view.tabs.tabText(EVIDENCE_TAB) == "E&vidence (1)"


def test_the_delete_key_on_the_list_asks_to_remove_the_item(
    qtbot: QtBot, tab: EvidenceTab, files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_and_wait(qtbot, tab, [files / "testimony.txt"], 1)
    select_and_wait(qtbot, tab, "testimony.txt")
    asked: list[object] = []

    def decline(item: object) -> bool:
        asked.append(item)
        return False

    monkeypatch.setattr(tab, "confirm_remove", decline)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert len(asked) == 1 and not tab.busy
    assert not tab.items[0].removed


def test_the_tab_is_reachable_by_keyboard(tab: EvidenceTab) -> None:
    for widget in (
        tab.import_files_button,
        tab.import_folder_button,
        tab.extract_button,
        tab.remove_button,
        tab.cancel_button,
        tab.table,
        tab.custody,
        tab.preview.text_view,
    ):
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget
        assert widget.accessibleName(), widget


@pytest.fixture(autouse=True)
def _no_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A test that reached a real dialog would hang: fail instead."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    def refuse(*_a: object, **_k: object) -> None:
        raise AssertionError("a modal dialog was opened")

    monkeypatch.setattr(QMessageBox, "exec", refuse)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", refuse)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", refuse)
    yield
