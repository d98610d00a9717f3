"""A case for the redaction and bundle tests (imported by them; no tests here).

Three people, recorded as a caseworker would, with every kind of value an
export must handle:

- Alimnur (victim): consent for partners (all), conditional for public
  ("only if he is arrested"); a contact line (phone, address) and a
  passport number with no grant of their own.
- Guldariya (his wife, witness): consent for partners, contact included;
  public refused.
- Serik (witness): no consent at all. His names, in four scripts, are
  written into free text all over the case (summary, events, sources,
  claims, evidence names and descriptions, custody notes): they must
  appear nowhere outside ``internal``.
"""

from __future__ import annotations

import atexit
import io
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from casekeeper.clock import FakeClock
from casekeeper.crypto.argon2 import MINIMUM
from casekeeper.services import cases, claims, consent, events, people, sensitivity
from casekeeper.services import evidence as ev
from casekeeper.services.context import Context
from casekeeper.services.people import NameInput
from casekeeper.services.stores import create_store
from casekeeper.store.store import Store

SERIK = ("Serik Bekov", "Серік Беков", "赛里克·别克夫", "سېرىك بېكوۋ")
SERIK_INFLECTED = ("Серіктің", "Serik's", "SERIK BEKOV")
ALIMNUR = ("Alimnur Turganbay", "Әлімнұр Тұрғанбай", "阿力木努尔·吐尔汗拜", "ئالىمنۇر تۇرغانباي")
GULDARIYA = ("Guldariya Turganbay", "Гүлдария Тұрғанбай")
ALIMNUR_PHONE = "+7 701 555 12 34"
ALIMNUR_ADDRESS = "Abay street 10, apt 5"
ALIMNUR_CONTACT = f"{ALIMNUR_PHONE}; Almaty, {ALIMNUR_ADDRESS}"
GULDARIYA_CONTACT = "+7 702 111 22 33"
PASSPORT = "N1234567"
CONDITION = "only if he is arrested"
GPS_TEXT = ("43.258", "76.92")  # the position in gps.jpg's EXIF, as stored
SERIK_TESTIMONY = (
    "I saw the officers take him from the cab of his lorry at about nine in the morning."
)
INTERNAL_NOTE = "Informant inside the bureau says the file was sent to Urumqi."


@dataclass
class CaseKit:
    ref: str
    case_id: str
    alimnur: str
    guldariya: str
    serik: str
    public_event: str
    internal_event: str
    photo: str  # partners; description and name mention Serik
    statement: str  # public; a text file
    internal_doc: str  # internal: left out of partners and public bundles
    gps_photo: str  # public, but its GPS position is internal: the file never travels
    photo_bytes: bytes
    statement_bytes: bytes


def jpeg_bytes(seed: int = 1) -> bytes:
    image = Image.new("RGB", (64, 48), (seed * 40 % 256, 90, 160))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def gps_jpeg_bytes() -> bytes:
    image = Image.new("RGB", (32, 32), (10, 120, 30))
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (43.0, 15.0, 30.0), 3: "E", 4: (76.0, 55.0, 12.0)}
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def build_case(ctx: Context, clock: FakeClock, folder: Path) -> CaseKit:
    def tick() -> None:
        clock.advance(minutes=3)

    case = cases.new_case(
        ctx,
        "Truck driver detained at the Dulata border post",
        summary=(
            "Alimnur Turganbay was taken at Dulata. Serik Bekov, a fellow driver, saw it; "
            "Серік Бековтың айтуынша he was beaten."
        ),
        status="urgent",
        sensitivity="public",
    )
    tick()
    alimnur = people.add_person(
        ctx,
        [
            NameInput(ALIMNUR[0]),
            NameInput(ALIMNUR[1], "legal", "kk"),
            NameInput(ALIMNUR[2], "transliteration", "zh"),
            NameInput(ALIMNUR[3], "transliteration", "ug"),
        ],
        case=case.ref,
        roles=["victim"],
        status="detained",
        contact=ALIMNUR_CONTACT,
        birthplace="Ghulja",
        sensitivity="public",
    )
    people.add_document(ctx, alimnur.id, "passport", number=PASSPORT, issuer="Kazakhstan",
                        status="confiscated", sensitivity="public")
    tick()
    guldariya = people.add_person(
        ctx,
        [NameInput(GULDARIYA[0]), NameInput(GULDARIYA[1], "legal", "kk")],
        case=case.ref,
        roles=["relative", "witness"],
        contact=GULDARIYA_CONTACT,
        sensitivity="public",
    )
    tick()
    serik = people.add_person(
        ctx,
        [
            NameInput(SERIK[0]),
            NameInput(SERIK[1], "legal", "kk"),
            NameInput(SERIK[2], "transliteration", "zh"),
            NameInput(SERIK[3], "transliteration", "ug"),
        ],
        case=case.ref,
        roles=["witness"],
        notes="Drives for the same firm.",
        sensitivity="public",
    )
    tick()
    people.add_relationship(ctx, guldariya.id, "spouse", alimnur.id)
    people.add_relationship(ctx, serik.id, "colleague", alimnur.id, note="Serik's lorry")
    tick()
    public_event = events.add_event(
        ctx, case.ref, "detention", "Detention at Dulata",
        date="2025-07-22",
        description="Seen by serik bekov and by 赛里克 from the next lorry; Серікті де сұрады.",
        people=[(alimnur.id, "subject"), (serik.id, "witness")],
        sensitivity="public",
    )
    tick()
    internal_event = events.add_event(
        ctx, case.ref, "interrogation", "Informant report", description=INTERNAL_NOTE,
        sensitivity="internal",
    )
    tick()
    testimony = claims.add_source(
        ctx, case.ref, "testimony", "Statement of Serik_Bekov", author="Serik Bekov",
        content=SERIK_TESTIMONY, sensitivity="public",
    )
    wife = claims.add_source(
        ctx, case.ref, "testimony", "Statement of his wife", author=GULDARIYA[0],
        content="He called me from the border at noon.", sensitivity="public",
    )
    claims.add_claim(ctx, testimony.id, "event", public_event.id, "date", "2025-07-22",
                     note="سېرىك بېكوۋ remembers the day")
    claims.add_claim(ctx, wife.id, "person", alimnur.id, "contact", ALIMNUR_PHONE)
    tick()

    consent.set_consent(ctx, alimnur.id, "partners", "granted", case=case.ref)
    tick()
    consent.set_consent(ctx, alimnur.id, "public", "conditional", conditions=CONDITION)
    tick()
    consent.set_consent(ctx, guldariya.id, "partners", "granted")
    consent.set_consent(ctx, guldariya.id, "partners", "granted", scope="contact")
    tick()
    consent.set_consent(ctx, guldariya.id, "public", "refused")
    tick()

    photo_bytes = jpeg_bytes()
    # Files travel byte for byte (their hashes are the point): their content
    # is judged by the item's sensitivity, so these name nobody.
    statement_bytes = ("Statement typed from the witness's words.\n" * 20).encode("utf-8")
    serik_folder = folder / "Серік-Беков"
    serik_folder.mkdir(parents=True)
    photo_path = serik_folder / "Serik_Bekov_lorry.jpg"
    photo_path.write_bytes(photo_bytes)
    statement_path = folder / "statement.txt"
    statement_path.write_bytes(statement_bytes)
    internal_path = folder / "informant.txt"
    internal_path.write_bytes(b"internal informant notes\n")
    (photo,) = ev.add_evidence(
        ctx, case.ref, [photo_path], acquired_from="Serik Bekov",
        description="The lorry, photographed by 赛里克", sensitivity="partners",
    )
    tick()
    (statement,) = ev.add_evidence(ctx, case.ref, [statement_path], sensitivity="public",
                                   description="Typed statement")
    tick()
    (internal_doc,) = ev.add_evidence(ctx, case.ref, [internal_path], sensitivity="internal")
    tick()
    gps_path = folder / "market.jpg"
    gps_path.write_bytes(gps_jpeg_bytes())
    (gps_photo,) = ev.add_evidence(ctx, case.ref, [gps_path], sensitivity="public",
                                   description="The market where he was seen")
    assert gps_photo.gps_latitude is not None
    sensitivity.set_field_sensitivity(ctx, "evidence", gps_photo.id, "gps_latitude", "internal")
    sensitivity.set_field_sensitivity(ctx, "evidence", gps_photo.id, "gps_longitude", "internal")
    sensitivity.set_field_sensitivity(ctx, "person", guldariya.id, "birthplace", "internal")
    tick()
    return CaseKit(
        ref=case.ref, case_id=case.id, alimnur=alimnur.id, guldariya=guldariya.id,
        serik=serik.id, public_event=public_event.id, internal_event=internal_event.id,
        photo=photo.id, statement=statement.id, internal_doc=internal_doc.id,
        gps_photo=gps_photo.id,
        photo_bytes=photo_bytes, statement_bytes=statement_bytes,
    )


@dataclass
class Shared:
    store: Store
    ctx: Context
    clock: FakeClock
    kit: CaseKit
    folder: Path


_SHARED: list[Shared] = []


def shared_case(tmp_path_factory: pytest.TempPathFactory) -> Shared:
    """One recorded case per test process, shared by the redaction and bundle
    modules (recording it costs seconds). Tests may add custody events (by
    exporting) but change nothing else."""
    if not _SHARED:
        folder = tmp_path_factory.mktemp("casekit")
        clock = FakeClock(datetime(2025, 7, 24, 9, 0, tzinfo=UTC))
        store = create_store(folder / "store", "correct horse battery staple",
                             kdf_params=MINIMUM, clock=clock).store
        atexit.register(store.close)
        ctx = Context(store, "Aigerim")
        _SHARED.append(Shared(store, ctx, clock, build_case(ctx, clock, folder / "files"),
                              folder))
    return _SHARED[0]
