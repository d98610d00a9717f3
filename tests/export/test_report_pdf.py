"""The PDF report, read back with poppler (pdftotext, pdffonts) as a
journalist's tools would: names in every script, Arabic right to left in
the right word order also across a wrapped line, embedded fonts,
bookmarks, page numbers, fuzzy dates, photos stripped for the public,
the PAdES signature, atomic writes, and the CLI.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image
from test_report_probe import (
    POPPLER,
    pdffonts,
    pdftotext,
    read_right_to_left,
    streams,
    words,
)

from casekeeper.clock import FakeClock
from casekeeper.crypto.argon2 import MINIMUM
from casekeeper.errors import Cancelled, InvalidValue, ReportFontMissing
from casekeeper.export.report.fonts import report_fonts
from casekeeper.progress import CancelToken
from casekeeper.services import cases, claims, consent, events, exports, people
from casekeeper.services import evidence as ev
from casekeeper.services.context import Context
from casekeeper.services.people import NameInput
from casekeeper.services.stores import create_store
from casekeeper.store.store import Store

pytestmark = pytest.mark.skipif(not POPPLER, reason="needs poppler-utils (Debian)")

LATIN = "Zhanar Ömirzaqqyzy-Núñez"
KAZAKH = "Әлімнұр Тұрғанбай"  # ә ұ ғ
KAZAKH_2 = "Өңірбек Һасанұлы Қүміс"  # ө ң і һ қ ү
CHINESE = "阿力木努尔·吐尔汗拜"
UYGHUR = "ئالىمنۇر تۇرغانباي"
KAZAKH_ARABIC = "ٴالىمنۇر تۇرعانباي"
# Long enough to wrap; Arabic-letter words only, so each can be read back letter by letter.
UYGHUR_PARAGRAPH = (
    "ئالىمنۇر تۇرغانباي دۇلاتا ئېغىزىدا تۇتۇلدى ئۇنىڭ ئايالى ئالمۇتا ۋە ئاستانادا كۆپ "
    "قېتىم نامايىش قىلدى جەرىمانە قويۇلدى ۋە ئۆيدە نەزەربەند قىلىندى ئائىلىسى ھېچقانداق "
    "رەسمىي خەۋەر ئالمىدى"
)
PHOTO_SIZE = (2400, 1600)


def photo_with_gps() -> bytes:
    image = Image.radial_gradient("L").resize(PHOTO_SIZE).convert("RGB")
    exif = Image.Exif()
    exif[0x010F] = "CameraMaker"
    exif[0x8825] = {1: "N", 2: (43.0, 15.0, 30.0), 3: "E", 4: (76.0, 55.0, 12.0)}
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92, exif=exif.tobytes())
    return out.getvalue()


@dataclass
class Made:
    store: Store
    ctx: Context
    ref: str
    folder: Path
    public: Path
    partners: Path
    photo: bytes


def _record(ctx: Context, clock: FakeClock, folder: Path) -> tuple[str, bytes]:
    ref = cases.new_case(ctx, "Detained at the Dulata border post",
                         summary="A driver was taken at the border; his family protested.",
                         status="urgent", sensitivity="public").ref
    main = people.add_person(ctx, [
        NameInput(LATIN), NameInput(KAZAKH, "legal", "kk"), NameInput(KAZAKH_2, "alias", "kk"),
        NameInput(CHINESE, "transliteration", "zh"), NameInput(UYGHUR, "transliteration", "ug"),
        NameInput(KAZAKH_ARABIC, "transliteration", "kk"),
    ], case=ref, roles=["victim"], status="detained", sensitivity="public").id
    wife = people.add_person(ctx, [NameInput("Guldariya Sherizatkyzy")], case=ref,
                             roles=["relative"], sensitivity="public").id
    people.add_relationship(ctx, wife, "spouse", main)
    for pid in (main, wife):
        consent.set_consent(ctx, pid, "public", "granted")
    taken = events.add_event(ctx, ref, "detention", "Taken at Dulata", date="2025-07-22/2025-07-23",
                             description=UYGHUR_PARAGRAPH, people=[(main, "detained")],
                             sensitivity="public")
    events.add_event(ctx, ref, "other", "Gave up Chinese citizenship", date="~2018",
                     sensitivity="public")
    events.add_event(ctx, ref, "other", "Appeals to the consulate", date="2025-07",
                     sensitivity="public")
    a = claims.add_source(ctx, ref, "news_article", "Report of late July", date="2025-07",
                          sensitivity="public")
    b = claims.add_source(ctx, ref, "testimony", "His wife's account", author="Guldariya",
                          content="He called me from the border at noon.", sensitivity="public")
    claims.add_claim(ctx, a.id, "event", taken.id, "date", "2025-07-22")
    claims.add_claim(ctx, b.id, "event", taken.id, "date", "2025-06-30")
    photo = photo_with_gps()
    path = folder / "lorry.jpg"
    path.write_bytes(photo)
    ev.add_evidence(ctx, ref, [path], description="The lorry at the border", sensitivity="public")
    clock.advance(minutes=5)
    return ref, photo


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Made:
    folder = tmp_path_factory.mktemp("report")
    clock = FakeClock(datetime(2025, 7, 24, 9, 0, tzinfo=UTC))
    store = create_store(folder / "store", "correct horse battery staple", kdf_params=MINIMUM,
                         clock=clock).store
    ctx = Context(store, "Aigerim")
    ref, photo = _record(ctx, clock, folder)
    public = exports.export_report(ctx, ref, folder / "public.pdf", audience="public").path
    partners = exports.export_report(ctx, ref, folder / "partners.pdf", audience="partners").path
    yield Made(store, ctx, ref, folder, public, partners, photo)
    store.close()


def test_names_in_every_script_come_back_as_text(made: Made) -> None:
    text = pdftotext(made.public)
    for name in (LATIN, KAZAKH, KAZAKH_2, CHINESE, UYGHUR, KAZAKH_ARABIC):
        assert name in text, name
    # Everyone here consented: "[withheld" only in the cover's explanation.
    assert text.count("[withheld") == 1 and "0 value(s) withheld" in text


def test_arabic_reads_right_to_left_in_order_across_a_wrapped_paragraph(made: Made) -> None:
    expected = UYGHUR_PARAGRAPH.split()
    arabic = [w for w in words(made.public)
              if w.text and all("\u0600" <= ch <= "\u06ff" for ch in w.text)]
    # The words as drawn, read from the right edge of each line, letters back in order.
    drawn = read_right_to_left(arabic)
    texts = [w.text for w in drawn]
    starts = [i for i in range(len(texts)) if texts[i:i + len(expected)] == expected]
    assert starts, texts
    paragraph = drawn[starts[0]:starts[0] + len(expected)]
    rights: dict[float, float] = {}
    for w in paragraph:
        rights[w.y] = max(rights.get(w.y, 0.0), w.x1)
    assert len(rights) >= 2  # it did wrap, and the next line goes on with the next word
    # Right-aligned: each line starts (on its right) at the same edge.
    assert max(rights.values()) - min(rights.values()) < 2.0


def test_every_font_is_embedded_and_each_script_has_its_own(made: Made) -> None:
    fonts = pdffonts(made.public)
    assert fonts and all(f["emb"] == "yes" for f in fonts), fonts
    families = " ".join(f["name"] for f in fonts)
    for family in ("NotoSans-Regular", "NotoSans-Bold", "NotoNaskhArabic", "WenQuanYiMicroHei"):
        assert family in families, families


def test_bookmarks_page_numbers_and_fuzzy_dates(made: Made) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader

    with open(made.public, "rb") as handle:
        reader = PdfFileReader(handle)
        titles = []
        item = reader.root["/Outlines"].get("/First")
        stack = [item] if item is not None else []
        while stack:
            node = stack.pop().get_object()
            titles.append(str(node["/Title"]))
            for key in ("/Next", "/First"):
                if key in node:
                    stack.append(node[key])
        pages = len(reader.root["/Pages"]["/Kids"])
        info = reader.trailer["/Info"]
        assert str(info["/Title"]) == f"Case report {made.ref}"
    for section in ("Summary", "People", "Timeline", "Where sources disagree", "Sources",
                    "Evidence", LATIN, "Guldariya Sherizatkyzy", "E1 lorry.jpg"):
        assert section in titles, titles
    text = pdftotext(made.public)
    for n in range(1, pages + 1):
        assert f"page {n} of {pages}" in text
    for shown in ("22–23 July 2025", "c. 2018", "July 2025"):
        assert shown in text, shown
    # The two sources disagree about the date, and the report says so.
    part = text.split("Where sources disagree", 2)[-1]
    assert "2025-07-22" in part and "2025-06-30" in part
    assert "Guldariya Sherizatkyzy" in text and "spouse" in text


def _images(pdf: bytes) -> list[bytes]:
    return [data for head, data in streams(pdf) if b"/Subtype /Image" in head
            and b"DCTDecode" in head]


def test_photos_are_scaled_and_stripped_for_the_public_only(made: Made) -> None:
    (public,) = _images(made.public.read_bytes())
    with Image.open(io.BytesIO(public)) as image:
        assert max(image.size) <= 900
        assert not image.getexif() and "exif" not in image.info
    assert b"Exif" not in public and b"CameraMaker" not in public
    assert made.public.stat().st_size < len(made.photo)
    (partners,) = _images(made.partners.read_bytes())
    assert partners == made.photo  # the original, metadata and all
    text = pdftotext(made.public)
    assert "43.25833, 76.92000" in text  # its position was not withheld: listed, as recorded
    custody = ev.show_evidence(made.store, ev.list_evidence(made.store, made.ref)[0].id)
    assert any(c.action == "exported" and "PDF report" in c.detail for c in custody.custody)


def test_cancel_or_an_existing_file_leaves_nothing(made: Made, tmp_path: Path) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        exports.export_report(made.ctx, made.ref, tmp_path / "r.pdf", cancel=token)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(InvalidValue, match="already exists"):
        exports.export_report(made.ctx, made.ref, made.public)
    with pytest.raises(InvalidValue, match="is a folder"):
        exports.export_report(made.ctx, made.ref, tmp_path)


def test_a_missing_font_is_named_with_its_package(tmp_path: Path) -> None:
    with pytest.raises(ReportFontMissing, match="Noto Sans.*fonts-noto-core"):
        report_fonts([tmp_path])


def test_a_signed_report_validates_and_shows_its_certificate(made: Made, tmp_path: Path) -> None:
    pytest.importorskip("pyhanko")
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    result = exports.export_report(made.ctx, made.ref, tmp_path / "signed.pdf",
                                   audience="public", sign=True)
    fp = result.certificate_fingerprint.replace(" ", "")
    assert re.fullmatch(r"[0-9a-f]{64}", fp)
    with open(result.path, "rb") as handle:
        (sig,) = PdfFileReader(handle).embedded_signatures
        cert = sig.signer_cert
        status = validate_pdf_signature(sig, ValidationContext(trust_roots=[cert]))
        assert status.intact and status.valid and status.coverage.name == "ENTIRE_FILE"
        assert cert.sha256.hex() == fp
        assert "non_repudiation" in cert.key_usage_value.native
    assert result.certificate_fingerprint in " ".join(pdftotext(result.path).split())
    tool = shutil.which("pyhanko")
    if tool:
        out = subprocess.run([tool, "sign", "validate", str(result.path)],
                             capture_output=True, text=True).stdout
        assert f"{fp}:INTACT" in out


def test_cli_writes_the_report_and_refuses_in_one_line(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from casekeeper.cli import export_commands
    from casekeeper.cli import main as cli_main

    if export_commands not in cli_main.GROUPS:
        monkeypatch.setattr(cli_main, "GROUPS", (*cli_main.GROUPS, export_commands))
    monkeypatch.setenv("CASEKEEPER_PASSPHRASE", "correct horse battery staple")
    monkeypatch.setenv("CASEKEEPER_AUTHOR", "caseworker-a")
    store = tmp_path / "store"

    def call(*argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli_main.main(["--store", str(store), *argv])
        return code, out.getvalue(), err.getvalue()

    assert call("init", "--kdf", "minimum")[0] == 0
    code, out, err = call("case", "new", "--title", "Detained at Dulata", "--sensitivity",
                          "public", "--json")
    assert code == 0, err
    ref = json.loads(out)["ref"]
    code, out, err = call("person", "add", "--case", ref, "--name", f"{KAZAKH}|legal|kk",
                          "--json")
    assert code == 0, err
    target = tmp_path / "cli.pdf"
    code, out, err = call("export", "report", ref, "--audience", "internal", "--out",
                          str(target), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["path"] == str(target) and data["size"] == target.stat().st_size
    assert KAZAKH in pdftotext(target)
    code, out, err = call("export", "report", ref, "--audience", "internal", "--out",
                          str(target))
    assert code == 1 and "already exists" in err and len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cli.pdf", "store"]
