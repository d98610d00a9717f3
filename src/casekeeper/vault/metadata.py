"""What a file says about itself: media type, camera clock, place, length.

Read from the first block of the import pass (already in memory) where
that suffices (media type, EXIF of JPEG/PNG/TIFF/WebP), and for audio and
video from the file's own index via mutagen, which reads a few headers and
never the whole file. Nothing is written anywhere; results live only in
the encrypted database.
"""

from __future__ import annotations

import io
import mimetypes
from dataclasses import dataclass
from pathlib import Path

# (magic prefix, offset, media type): enough to tell what a caseworker imports
# when the name has no or a wrong extension.
_MAGIC: list[tuple[bytes, int, str]] = [
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"GIF8", 0, "image/gif"),
    (b"%PDF-", 0, "application/pdf"),
    (b"RIFF", 0, "application/x-riff"),
    (b"ftyp", 4, "video/mp4"),
    (b"ID3", 0, "audio/mpeg"),
    (b"OggS", 0, "audio/ogg"),
    (b"fLaC", 0, "audio/flac"),
    (b"\x1aE\xdf\xa3", 0, "video/webm"),
    (b"PK\x03\x04", 0, "application/zip"),
    (b"II*\x00", 0, "image/tiff"),
    (b"MM\x00*", 0, "image/tiff"),
]


@dataclass(frozen=True)
class FileFacts:
    media_type: str = "application/octet-stream"
    captured_at: str = ""
    camera: str = ""
    gps_latitude: float | None = None
    gps_longitude: float | None = None
    duration_seconds: float | None = None


def media_type(name: str, head: bytes) -> str:
    guessed, _ = mimetypes.guess_type(name)
    for magic, offset, kind in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            if kind == "application/x-riff":
                return _riff_kind(head) or guessed or "application/octet-stream"
            if kind == "video/mp4" and guessed and guessed.split("/")[0] in {"audio", "video"}:
                return guessed  # .m4a / .mov share the ftyp box
            if kind == "application/zip" and guessed:
                return guessed  # docx, odt… are zips
            return kind
    if guessed:
        return guessed
    if _looks_like_text(head):
        return "text/plain"
    return "application/octet-stream"


def _riff_kind(head: bytes) -> str | None:
    return {b"WAVE": "audio/wav", b"AVI ": "video/x-msvideo", b"WEBP": "image/webp"}.get(head[8:12])


def _looks_like_text(head: bytes) -> bool:
    if not head or b"\x00" in head[:4096]:
        return False
    try:
        head[:4096].decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start > 4090  # a character cut at the block's end
    return True


def facts(path: Path, name: str, head: bytes) -> FileFacts:
    kind = media_type(name, head)
    if kind.startswith("image/"):
        return FileFacts(kind, **_exif(head))  # type: ignore[arg-type]
    if kind.startswith(("audio/", "video/")):
        return FileFacts(kind, duration_seconds=_duration(path))
    return FileFacts(kind)


def _exif(head: bytes) -> dict[str, object]:
    try:
        from PIL import Image

        with Image.open(io.BytesIO(head)) as image:
            exif = image.getexif()
    except Exception:  # a damaged or partial image still imports; it just has no EXIF
        return {}
    out: dict[str, object] = {}
    detail = exif.get_ifd(0x8769)  # Exif IFD
    when = detail.get(0x9003) or exif.get(0x0132)  # DateTimeOriginal, DateTime
    if isinstance(when, str) and len(when) >= 19:
        out["captured_at"] = when[:10].replace(":", "-") + "T" + when[11:19]
    camera = " ".join(str(exif.get(tag, "")).strip("\x00 ") for tag in (0x010F, 0x0110))
    if camera.strip():
        out["camera"] = camera.strip()
    gps = exif.get_ifd(0x8825)
    lat, lon = _coordinate(gps.get(2), gps.get(1)), _coordinate(gps.get(4), gps.get(3))
    if lat is not None and lon is not None:
        out["gps_latitude"], out["gps_longitude"] = lat, lon
    return out


def _coordinate(value: object, ref: object) -> float | None:
    try:
        degrees, minutes, seconds = (float(part) for part in value)  # type: ignore[attr-defined,union-attr]
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    result = degrees + minutes / 60 + seconds / 3600
    return round(-result if ref in ("S", "W") else result, 7)


def _duration(path: Path) -> float | None:
    try:
        import mutagen

        found = mutagen.File(path)
    except Exception:  # unreadable or unknown container: no duration, still imported
        return None
    length = getattr(getattr(found, "info", None), "length", None)
    return round(float(length), 3) if length else None
