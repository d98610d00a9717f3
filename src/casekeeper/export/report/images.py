"""Photos for the report, made from bytes decrypted in memory.

For ``public`` (and any audience but partners and internal) a photo is
re-encoded: turned upright by its EXIF orientation, scaled down to
:data:`MAX_SIDE` pixels and written as a fresh JPEG with no EXIF, XMP, ICC
or comment, so no GPS position, camera serial or timestamp travels with
it and the report stays small enough to e-mail. ``partners`` (lawyers, UN
bodies) and ``internal`` receive the original image bytes, metadata and
all: the report is then an exhibit. Nothing is written to disk.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageOps

MAX_SIDE = 750  # pixels; about 210 dpi at the report's 90 mm
QUALITY = 72
KEEP_ORIGINAL = frozenset({"partners", "internal"})


@dataclass(frozen=True)
class Photo:
    data: bytes  # an image file reportlab can draw (JPEG or PNG)
    width: int
    height: int
    original: bool  # the original bytes, metadata included


def prepare(data: bytes, audience: str) -> Photo | None:
    """The photo as ``audience`` receives it in the report; None when the
    bytes are not an image this report can show."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            fmt = image.format
            if audience in KEEP_ORIGINAL and fmt in ("JPEG", "PNG"):
                width, height = image.size
                return Photo(data, width, height, True)
            if fmt == "JPEG":  # decode at 1/2, 1/4 or 1/8 of the size: most of the speed
                scale = MAX_SIDE / max(image.size)
                image.draft("RGB", (int(image.width * scale), int(image.height * scale)))
            upright = ImageOps.exif_transpose(image)
            if upright.mode not in ("RGB", "L"):
                upright = upright.convert("RGB")
            upright.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.BICUBIC)
            out = io.BytesIO()
            upright.save(out, "JPEG", quality=QUALITY)
            return Photo(out.getvalue(), upright.width, upright.height, False)
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
