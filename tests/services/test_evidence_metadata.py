"""What an imported file says about itself is kept, encrypted, with its record.

A photo of the detention site carries the camera's clock, the camera and
where it was taken; a recorded testimony has a length; a typed note is text.
"""

from __future__ import annotations

import io
import wave
from pathlib import Path

import pytest

from casekeeper.services import cases, evidence
from casekeeper.services.context import Context
from casekeeper.store.store import Store


@pytest.fixture
def case(ctx: Context) -> str:
    return cases.new_case(ctx, "Detention at the Dulata border post").ref


def photo_with_exif() -> bytes:
    from PIL import Image
    from PIL.TiffImagePlugin import IFDRational

    image = Image.new("RGB", (64, 48), (120, 80, 40))
    exif = Image.Exif()
    exif[0x010F] = "Canon"  # Make
    exif[0x0110] = "EOS 80D"  # Model
    exif[0x0132] = "2025:07:24 08:00:00"  # DateTime (when the file was last edited)
    exif.get_ifd(0x8769)[0x9003] = "2025:07:22 14:31:07"  # DateTimeOriginal
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (IFDRational(44), IFDRational(10), IFDRational(30))
    gps[3], gps[4] = "E", (IFDRational(80), IFDRational(15), IFDRational(36))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def test_a_photo_keeps_its_camera_clock_camera_and_place(
    ctx: Context, store: Store, case: str, tmp_path: Path
) -> None:
    photo = tmp_path / "IMG_2041.JPG"
    photo.write_bytes(photo_with_exif())
    [item] = evidence.add_evidence(ctx, case, [photo])
    shown = evidence.show_evidence(store, item.id)
    assert shown.media_type == "image/jpeg"
    assert shown.captured_at == "2025-07-22T14:31:07"  # DateTimeOriginal wins over DateTime
    assert shown.camera == "Canon EOS 80D"
    assert shown.gps_latitude == pytest.approx(44.175)
    assert shown.gps_longitude == pytest.approx(80.26)
    assert shown.file_modified is not None


def test_a_photo_in_the_southern_and_western_hemispheres_gets_negative_coordinates(
    ctx: Context, store: Store, case: str, tmp_path: Path
) -> None:
    from PIL import Image
    from PIL.TiffImagePlugin import IFDRational

    image = Image.new("RGB", (8, 8))
    exif = Image.Exif()
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "S", (IFDRational(34), IFDRational(36), IFDRational(0))
    gps[3], gps[4] = "W", (IFDRational(58), IFDRational(22), IFDRational(48))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    photo = tmp_path / "no-extension"
    photo.write_bytes(buffer.getvalue())
    [item] = evidence.add_evidence(ctx, case, [photo])
    assert item.media_type == "image/jpeg"  # known by its first bytes
    assert (item.gps_latitude, item.gps_longitude) == (pytest.approx(-34.6),
                                                       pytest.approx(-58.38))
    assert item.camera == "" and item.captured_at == ""


def test_a_recorded_testimony_keeps_its_length(
    ctx: Context, store: Store, case: str, tmp_path: Path
) -> None:
    recording = tmp_path / "testimony.wav"
    with wave.open(str(recording), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\x00\x01" * 8000 * 3)  # three seconds
    [item] = evidence.add_evidence(ctx, case, [recording])
    assert item.media_type == "audio/wav"
    assert item.duration_seconds == pytest.approx(3.0, abs=0.01)
    assert evidence.preview_bytes(ctx, item.id)[1] == recording.read_bytes()


def test_a_typed_note_is_text_and_a_damaged_photo_still_imports(
    ctx: Context, store: Store, case: str, tmp_path: Path
) -> None:
    note = tmp_path / "note"
    note.write_text("Гүлдария: he called at 14:30 from the border post.\n", encoding="utf-8")
    broken = tmp_path / "cut-off.jpg"
    broken.write_bytes(photo_with_exif()[:40])
    by_name = {i.original_name: i for i in evidence.add_evidence(ctx, case, [note, broken])}
    assert by_name["note"].media_type == "text/plain"
    assert by_name["cut-off.jpg"].media_type == "image/jpeg"
    assert by_name["cut-off.jpg"].captured_at == ""
