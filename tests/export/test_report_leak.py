"""The leak test of issue 5, for the PDF report.

The shared corpus case (test_bundle_casekit) holds a withheld value of
every kind: a person's name variants in four scripts and their inflected
forms (no consent), a phone number and an address (contact details with
no grant of their own), a passport number, a testimony paragraph, an
internal-only event, and a photo whose GPS position is internal. For each
audience the report is written by the service and searched: the raw bytes,
every stream inflated, every PDF string decoded (outline titles, metadata),
the text poppler extracts (Arabic presentation forms folded back), the
embedded photos' EXIF. ``internal`` may see everything: there the same
search must FIND the values, which shows the search can see them at all.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from test_bundle_casekit import (
    ALIMNUR_ADDRESS,
    ALIMNUR_PHONE,
    GPS_TEXT,
    INTERNAL_NOTE,
    PASSPORT,
    SERIK,
    SERIK_INFLECTED,
    SERIK_TESTIMONY,
    shared_case,
)
from test_report_probe import POPPLER, pdf_strings, pdftotext, plain, streams

from casekeeper.services import exports

pytestmark = pytest.mark.skipif(not POPPLER, reason="needs poppler-utils (Debian)")

WITHHELD = [*SERIK, *SERIK_INFLECTED, "Серік", "Serik", "Bekov", "赛里克", "سېرىك",
            ALIMNUR_PHONE, ALIMNUR_ADDRESS, PASSPORT, SERIK_TESTIMONY, INTERNAL_NOTE]


def _haystacks(path: Path) -> dict[str, str]:
    pdf = path.read_bytes()
    inflated = [data for _, data in streams(pdf)]
    assert any(b"BT" in data for data in inflated)  # the page content was really inflated
    return {
        "raw bytes (utf-8)": pdf.decode("utf-8", "replace"),
        "raw bytes (utf-16)": pdf.decode("utf-16-be", "replace"),
        "streams (utf-8)": "\n".join(d.decode("utf-8", "replace") for d in inflated),
        "streams (latin-1)": "\n".join(d.decode("latin-1") for d in inflated),
        "PDF strings": plain("\n".join(pdf_strings(pdf))),
        "text": pdftotext(path),
        "file name": path.name,
    }


def _photo_positions(path: Path) -> list[object]:
    found = []
    for head, data in streams(path.read_bytes()):
        if b"/Subtype /Image" in head and b"DCTDecode" in head:
            with Image.open(io.BytesIO(data)) as image:
                found.append(image.getexif().get_ifd(0x8825) or None)
    return found


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    shared = shared_case(tmp_path_factory)
    out = tmp_path_factory.mktemp("leak")
    return {
        audience: exports.export_report(shared.ctx, shared.kit.ref, out / f"{audience}.pdf",
                                        audience=audience).path
        for audience in ("public", "partners", "internal")
    }


@pytest.mark.parametrize("audience", ["public", "partners"])
def test_no_withheld_value_is_anywhere_in_the_report(reports: dict[str, Path],
                                                     audience: str) -> None:
    hay = _haystacks(reports[audience])
    for secret in WITHHELD:
        for where, text in hay.items():
            assert secret.casefold() not in text.casefold(), (secret, where)
    # The photo whose position is withheld is not in the report at all; any
    # photo that is carries no GPS position.
    assert all(gps is None for gps in _photo_positions(reports[audience]))
    for coordinate in GPS_TEXT:
        assert coordinate not in hay["text"]
    # ... and the reader is told that something was withheld, and why.
    assert "[withheld: no consent]" in hay["text"]
    assert "GPS position" in hay["text"] and "[withheld: internal only]" in hay["text"]


def test_the_search_finds_the_values_where_they_may_be(reports: dict[str, Path]) -> None:
    hay = _haystacks(reports["internal"])
    for secret in (SERIK[0], SERIK[1], SERIK[2], SERIK[3], ALIMNUR_PHONE, ALIMNUR_ADDRESS,
                   PASSPORT, SERIK_TESTIMONY, INTERNAL_NOTE, *GPS_TEXT):
        assert secret in " ".join(hay["text"].split()), secret
    assert SERIK[0] in hay["PDF strings"]  # his name is a bookmark (outline title)
    assert any(gps for gps in _photo_positions(reports["internal"]))  # the original photo
