"""The JSON case document: lossless round trips between real stores, the
schema, and refusals that leave the target store untouched."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from sqlalchemy import func, select

from casekeeper.clock import FakeClock
from casekeeper.crypto.argon2 import MINIMUM
from casekeeper.errors import InterchangeInvalid, InterchangeTooNew, InvalidValue
from casekeeper.export import interchange as ix
from casekeeper.export.interchange_spec import all_records
from casekeeper.services import cases, claims, consent, events, history, people, tasks
from casekeeper.services import interchange as svc
from casekeeper.services.context import Context
from casekeeper.services.people import NameInput
from casekeeper.services.stores import create_store
from casekeeper.services.views import CaseSummary
from casekeeper.store import models as m
from casekeeper.store.store import Store
from casekeeper.store.vocab import Audience, CaseStatus, PersonStatus, choices

PASSPHRASE = "correct horse battery staple"
REPO = Path(__file__).resolve().parents[2]
SCHEMA_FILE = REPO / "docs" / "case-document.schema.json"

KAZAKH = "Әлімнұр Тұрғанбай"
CHINESE = "阿力木努尔·吐尔汗拜"
UYGHUR = "ئالىمنۇر تۇرغانباي"


def _new_store(path: Path, start: datetime) -> tuple[Store, FakeClock]:
    clock = FakeClock(start)
    return create_store(path, PASSPHRASE, kdf_params=MINIMUM, clock=clock).store, clock


@dataclass
class Source:
    store: Store
    clock: FakeClock
    ctx: Context
    ref: str
    other_ref: str
    ids: dict[str, str]
    doc: dict[str, Any]  # export of ``ref``
    other_doc: dict[str, Any]  # export of ``other_ref``


def _fill(store: Store, clock: FakeClock) -> tuple[str, str, dict[str, str]]:
    """A case as a caseworker would record it, through the services."""
    ctx = Context(store, "Aigerim")

    def tick() -> None:
        clock.advance(minutes=7, microseconds=1234)

    case = cases.new_case(
        ctx,
        "Detention of Alimnur Turganbay",
        summary="Detained in Dulata, July 2025.",
        status="urgent",
    )
    tick()
    alimnur = people.add_person(
        ctx,
        [
            NameInput("Alimnur Turganbay"),
            NameInput(KAZAKH, "legal", "kk"),
            NameInput(CHINESE, "transliteration", "zh"),
            NameInput(UYGHUR, "legal", "ug"),
        ],
        case=case.ref,
        roles=["victim"],
        gender="male",
        birth_date="~1987",
        birthplace="Ghulja",
        status="detained",
        contact="+7 701 000 00 00",
        ethnicity="Kazakh",
    )
    tick()
    guldariya = people.add_person(
        ctx,
        [NameInput("Guldariya Turganbay"), NameInput("Гүлдария Тұрғанбай", "legal", "kk")],
        case=case.ref,
        roles=["relative", "witness"],
        status="safe",
    )
    tick()
    serik = people.add_person(ctx, ["Serik Bekov"], case=case.ref, roles=["witness"])
    tick()
    brother = people.add_person(ctx, ["Nurlan Turganbay"])  # no role: a relative only
    officer = people.add_person(ctx, ["Officer Wang"])  # no role: takes part in an event
    tick()
    people.add_relationship(ctx, guldariya.id, "spouse", alimnur.id)
    people.add_relationship(
        ctx, brother.id, "sibling", alimnur.id, confirmed=False, note="reported by Serik"
    )
    people.add_citizenship(ctx, alimnur.id, "Kazakhstan", acquired="~2018")
    people.add_citizenship(ctx, alimnur.id, "China", lost="2018", note="renounced")
    people.add_document(
        ctx,
        alimnur.id,
        "passport",
        number="N1234567",
        issuer="Kazakhstan",
        issued="2018-05",
        expires="2028-05",
        status="confiscated",
    )
    tick()
    detention = events.add_event(
        ctx,
        case.ref,
        "detention",
        "Detention at Dulata",
        date="2025-07-22/2025-07-23",
        place="Dulata",
        place_aliases=["Doralta", "都拉塔"],
        people=[(alimnur.id, "subject"), (officer.id, "perpetrator")],
        organizations=[("Ili National Security Bureau", "perpetrator")],
        description="Taken from the border post.",
    )
    tick()
    events.add_event(
        ctx,
        case.ref,
        "border_crossing",
        "Crossed into China",
        date="2025-07",
        place="Khorgos",
        people=[(alimnur.id, "subject")],
    )
    events.add_event(
        ctx,
        case.ref,
        "fine",
        "Fine for 'illegal crossing'",
        amount="700000 KZT",
        organizations=[("Ili National Security Bureau", "actor")],
    )
    tick()
    testimony = claims.add_source(
        ctx,
        case.ref,
        "testimony",
        "Testimony of Guldariya Turganbay",
        author="Guldariya",
        date="2025-07-25",
        language="kk",
        content="Оны 22 шілдеде алып кетті.",
        reliability="probable",
    )
    tick()
    article = claims.add_source(
        ctx,
        case.ref,
        "news_article",
        "RFA: Kazakh detained at Dulata",
        url="https://example.org/article",
        date="2025-08",
        sensitivity="public",
    )
    claims.add_claim(ctx, testimony.id, "event", detention.id, "date", "2025-07-22")
    tick()
    claims.add_claim(
        ctx,
        article.id,
        "event",
        detention.id,
        "date",
        "2025-07-23",
        note="the article says Wednesday",
    )
    tick()
    consent.set_consent(ctx, guldariya.id, "public", "granted", scope="name", case=case.ref)
    consent.set_consent(
        ctx, alimnur.id, "public", "conditional", conditions="only if he is arrested", case=case.ref
    )
    tick()
    general = consent.set_consent(ctx, guldariya.id, "partners", "granted")
    tick()
    consent.withdraw_consent(ctx, general.id, "asked us to stop")
    tasks.add_task(ctx, case.ref, "File WGEID petition", due="2025-08-15", assignee="Aigerim")
    tick()
    visit = tasks.add_task(ctx, case.ref, "Consulate visit", note="Ask about the passport")
    tick()
    tasks.complete_task(ctx, visit.id)
    tick()
    people.edit_person(ctx, alimnur.id, occupation="teacher")  # updated_at != created_at

    # What no service writes yet (the vault and field sensitivity are other issues).
    with store.writing("Aigerim") as session:
        case_id = session.scalar(select(m.Case.id).where(m.Case.ref == case.ref))
        evidence = m.Evidence(
            case_id=case_id,
            blob_id="f" * 32,
            original_name="протокол задержания.jpg",
            media_type="image/jpeg",
            size=123456,
            sha256="ab" * 32,
            acquired_by="Aigerim",
            acquired_from="Guldariya",
            acquired_at=datetime(2025, 7, 26, 10, 30, tzinfo=UTC),
            description="Photo of the detention record",
            sensitivity="internal",
        )
        session.add(evidence)
        session.add(
            m.FieldSensitivity(
                entity="person", entity_id=alimnur.id, field="contact", level="internal"
            )
        )
        session.flush()
        session.get(m.Source, testimony.id).archived_evidence_id = evidence.id
        dulata = session.get(m.Place, detention.place_id)
        dulata.latitude, dulata.longitude, dulata.country = 43.85, 80.7, "China"
    tick()

    # A second case sharing Alimnur, with a consent of its own that case 1 must not carry.
    other = cases.new_case(ctx, "Alimnur Turganbay: 2019 fine")
    people.add_role(ctx, other.ref, alimnur.id, "victim")
    consent.set_consent(ctx, alimnur.id, "internal", "refused", case=other.ref)
    tick()
    ids = {
        "case": case.id,
        "alimnur": alimnur.id,
        "guldariya": guldariya.id,
        "serik": serik.id,
        "brother": brother.id,
        "officer": officer.id,
        "detention": detention.id,
        "other_case": other.id,
    }
    return case.ref, other.ref, ids


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Source]:
    store, clock = _new_store(
        tmp_path_factory.mktemp("a") / "a", datetime(2025, 7, 24, 9, 0, tzinfo=UTC)
    )
    try:
        ref, other_ref, ids = _fill(store, clock)
        clock.advance(days=3)
        yield Source(
            store,
            clock,
            Context(store, "Aigerim"),
            ref,
            other_ref,
            ids,
            svc.export_case(store, ref),
            svc.export_case(store, other_ref),
        )
    finally:
        store.close()


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Store]:
    store, _clock = _new_store(tmp_path / "b", datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
    try:
        yield store
    finally:
        store.close()


def _counts(store: Store) -> dict[str, int]:
    with store.reading() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (m.Case, m.Person, m.PersonName, m.Event, m.Consent, m.ChangeLogEntry)
        }


def _person(doc: dict[str, Any], person_id: str) -> dict[str, Any]:
    return next(p for p in doc["people"] if p["id"] == person_id)


# --- round trip ------------------------------------------------------------------------------


def test_export_import_export_gives_the_same_document(source: Source, target: Store) -> None:
    report = svc.import_case(Context(target, "Dana"), source.doc)
    again = svc.export_case(target, source.ref)

    assert svc.dump(ix.comparable(again)) == svc.dump(ix.comparable(source.doc))
    assert isinstance(report, CaseSummary)  # what the case list and the CLI show
    assert (report.ref, report.title) == (source.ref, "Detention of Alimnur Turganbay")
    assert report.people[0] == "Alimnur Turganbay"  # victims first
    assert report.updated_at == "2025-07-24T09:00:00+00:00"
    assert report.created["people"] == 5 and report.created["events"] == 3
    assert report.kept_existing == () and report.ignored_fields == ()
    assert report.warnings() == []


def test_exporting_twice_gives_the_same_bytes(source: Source) -> None:
    source.clock.advance(hours=1)
    again = svc.export_case(source.store, source.ref)
    assert again["exported_at"] != source.doc["exported_at"]
    assert svc.dump(ix.comparable(again)) == svc.dump(ix.comparable(source.doc))


def test_timestamps_survive_the_import(source: Source, target: Store) -> None:
    svc.import_case(Context(target, "Dana"), source.doc)
    again = svc.export_case(target, source.ref)
    alimnur = _person(again, source.ids["alimnur"])
    assert again["case"]["created_at"].startswith("2025-07-24T09:00")
    assert alimnur["updated_at"] == _person(source.doc, source.ids["alimnur"])["updated_at"]
    assert alimnur["updated_at"] != alimnur["created_at"]
    assert not any("2026-03-01" in json.dumps(again[key]) for key in ("case", "people", "events"))


def test_the_document_reads_like_the_case(source: Source) -> None:
    doc = source.doc
    text = svc.dump(doc)
    assert doc["format"] == "casekeeper-case" and doc["version"] == 1
    assert doc["exported_at"].endswith("Z")
    for name in (KAZAKH, CHINESE, UYGHUR):  # readable in a text editor, not \u escapes
        assert name in text
    assert text == json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"

    alimnur = _person(doc, source.ids["alimnur"])
    assert [n["text"] for n in alimnur["names"]] == ["Alimnur Turganbay", KAZAKH, CHINESE, UYGHUR]
    assert [n["script"] for n in alimnur["names"]] == ["Latn", "Cyrl", "Hani", "Arab"]
    assert alimnur["birth_date"] == "~1987"
    assert {c["country"]: c["acquired"] for c in alimnur["citizenships"]} == {
        "China": None,
        "Kazakhstan": "~2018",
    }
    assert alimnur["documents"][0]["status"] == "confiscated"
    assert alimnur["documents"][0]["issued"] == "2018-05"

    # Consents: this case's and the general ones, never another case's.
    conditions = {c["conditions"] for p in doc["people"] for c in p["consents"]}
    assert "only if he is arrested" in conditions
    assert all(
        c["case_id"] in (None, source.ids["case"]) for p in doc["people"] for c in p["consents"]
    )
    assert all(c["audience"] != "internal" for c in alimnur["consents"])
    withdrawn = [c for c in _person(doc, source.ids["guldariya"])["consents"] if c["withdrawn_at"]]
    assert withdrawn[0]["withdrawal_note"] == "asked us to stop"

    # People: roles, event participants, and the other side of relationships.
    assert [p["id"] for p in doc["people"]][:1] == [source.ids["alimnur"]]
    assert {p["id"] for p in doc["people"]} == {
        source.ids[k] for k in ("alimnur", "guldariya", "serik", "brother", "officer")
    }
    assert {r["kind"] for r in doc["relationships"]} == {"spouse", "sibling"}

    assert [e["date"] for e in doc["events"]] == ["2025-07", "2025-07-22/2025-07-23", None]
    detention = next(e for e in doc["events"] if e["id"] == source.ids["detention"])
    place = next(p for p in doc["places"] if p["id"] == detention["place_id"])
    assert [n["text"] for n in place["names"]] == ["Dulata", "Doralta", "都拉塔"]
    assert (place["latitude"], place["longitude"]) == (43.85, 80.7)
    assert [o["names"][0]["text"] for o in doc["organizations"]] == ["Ili National Security Bureau"]
    assert {p["role"] for p in detention["participants"]} == {"subject", "perpetrator"}

    assert {c["value"] for c in doc["claims"]} == {"2025-07-22", "2025-07-23"}  # both kept
    assert doc["evidence"][0]["original_name"] == "протокол задержания.jpg"
    assert doc["sources"][0]["archived_evidence_id"] == doc["evidence"][0]["id"]
    assert [t["status"] for t in doc["tasks"]] == ["open", "done"]
    assert doc["tasks"][1]["done_at"] is not None
    assert doc["field_sensitivity"][0]["field"] == "contact"


# --- schema -------------------------------------------------------------------------------


def test_export_is_valid_against_the_published_schema(source: Source) -> None:
    published = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(published)
    validator = jsonschema.Draft202012Validator(
        published, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    validator.validate(source.doc)
    validator.validate(source.other_doc)


def test_published_schema_matches_the_reader() -> None:
    """docs/case-document.schema.json is generated from the same table the
    reader uses; regenerate it if this fails (see docs/case-document.md)."""
    published = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert published == ix.schema()


def test_schema_vocabularies_are_the_store_vocabularies() -> None:
    defs = ix.schema()["$defs"]
    assert defs["case"]["properties"]["status"]["enum"] == choices(CaseStatus)
    assert defs["person"]["properties"]["status"]["enum"] == choices(PersonStatus)
    assert defs["consent"]["properties"]["audience"]["enum"] == choices(Audience)


def test_every_column_of_every_model_travels() -> None:
    for record in all_records():
        columns = {c.key for c in record.model.__table__.columns}
        carried = {f.name for f in record.fields} | set(record.implied)
        assert columns == carried, record.key


def test_schema_refuses_what_the_reader_refuses(source: Source) -> None:
    validator = jsonschema.Draft202012Validator(ix.schema())
    broken = copy.deepcopy(source.doc)
    del broken["people"][2]["names"][0]["text"]
    assert not validator.is_valid(broken)
    broken = copy.deepcopy(source.doc)
    broken["version"] = 99
    assert not validator.is_valid(broken)


# --- refusals ------------------------------------------------------------------------------


def _missing_name_text(doc: dict[str, Any]) -> None:
    del doc["people"][2]["names"][0]["text"]


def _title_a_number(doc: dict[str, Any]) -> None:
    doc["case"]["title"] = 42


def _bad_date(doc: dict[str, Any]) -> None:
    doc["events"][0]["date"] = "sometime in summer"


def _dangling_role(doc: dict[str, Any]) -> None:
    doc["roles"][0]["person_id"] = "0" * 32


def _unknown_status(doc: dict[str, Any]) -> None:
    doc["people"][0]["status"] = "vanished"


def _naive_time(doc: dict[str, Any]) -> None:
    doc["case"]["created_at"] = "2025-07-24T09:00:00"


def _people_not_a_list(doc: dict[str, Any]) -> None:
    doc["people"] = {"0": doc["people"][0]}


def _no_names(doc: dict[str, Any]) -> None:
    doc["people"][1]["names"] = []


def _duplicate_id(doc: dict[str, Any]) -> None:
    doc["tasks"][1]["id"] = doc["tasks"][0]["id"]


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (_missing_name_text, "people[2].names[0].text: missing"),
        (_title_a_number, "case.title: expected text, got a number"),
        (_bad_date, "events[0].date: 'sometime in summer' is not a date"),
        (_dangling_role, "roles[0].person_id: '" + "0" * 32 + "' is not the id of a person"),
        (_unknown_status, "people[0].status: 'vanished' is not one of: unknown, missing"),
        (
            _naive_time,
            "case.created_at: '2025-07-24T09:00:00' is not a date and time with its zone",
        ),
        (_people_not_a_list, "people: expected a list, got an object"),
        (_no_names, "people[1].names: empty (at least 1 name of a person needed)"),
        (_duplicate_id, "tasks[1].id: '"),
    ],
)
def test_invalid_documents_are_refused_and_change_nothing(
    source: Source, target: Store, damage: Any, expected: str
) -> None:
    doc = copy.deepcopy(source.doc)
    damage(doc)
    before = _counts(target)
    with pytest.raises(InterchangeInvalid) as err:
        svc.import_case(Context(target, "Dana"), doc, source_name="case.json")
    assert expected in str(err.value)
    assert str(err.value).startswith("case.json is not a valid CaseKeeper case document: ")
    assert _counts(target) == before


def test_a_newer_version_is_refused(source: Source, target: Store) -> None:
    doc = copy.deepcopy(source.doc)
    doc["version"] = 99
    doc["people"] = "whatever a later version puts here"
    before = _counts(target)
    with pytest.raises(InterchangeTooNew, match="version 99"):
        svc.import_case(Context(target, "Dana"), doc)
    assert _counts(target) == before


@pytest.mark.parametrize("data", [[], "casekeeper-case", 1, None])
def test_what_is_not_a_json_object_is_refused(target: Store, data: Any) -> None:
    before = _counts(target)
    with pytest.raises(InterchangeInvalid, match="must be a JSON object"):
        svc.import_case(Context(target, "Dana"), data)
    assert _counts(target) == before


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        ({"version": 1, "case": {}}, "format: missing"),
        ({"format": "casekeeper-report", "version": 1}, "format: 'casekeeper-report' is not"),
        ({"format": "casekeeper-case", "version": "1"}, "version: expected a whole number"),
        ({"format": "casekeeper-case", "version": 1}, "case: missing"),
    ],
)
def test_headers_are_checked(target: Store, doc: dict[str, Any], expected: str) -> None:
    with pytest.raises(InterchangeInvalid) as err:
        svc.import_case(Context(target, "Dana"), doc)
    assert expected in str(err.value)


def test_loads_refuses_text_that_is_not_json() -> None:
    with pytest.raises(InterchangeInvalid, match=r"case\.json .* not JSON \(.* line 1"):
        svc.loads("{'format': 1}", source_name="case.json")
    with pytest.raises(InterchangeInvalid, match="must be a JSON object"):
        svc.loads("[1, 2]")
    assert svc.loads('{"format": "casekeeper-case"}') == {"format": "casekeeper-case"}


def test_importing_the_same_case_twice_is_refused(source: Source, target: Store) -> None:
    ctx = Context(target, "Dana")
    svc.import_case(ctx, source.doc)
    before = _counts(target)
    with pytest.raises(InvalidValue, match=rf"This case \({source.ref}\) is already in the store"):
        svc.import_case(ctx, source.doc)
    assert _counts(target) == before
    # Into the store it came from, too.
    with pytest.raises(InvalidValue, match="already in the store; nothing was imported"):
        svc.import_case(source.ctx, source.doc)


def test_a_copy_under_another_id_is_refused_by_reference(source: Source, target: Store) -> None:
    ctx = Context(target, "Dana")
    svc.import_case(ctx, source.doc)
    doc = copy.deepcopy(source.doc)
    doc["case"]["id"] = "1" * 32
    for person in doc["people"]:
        for c in person["consents"]:
            if c["case_id"] == source.ids["case"]:
                c["case_id"] = "1" * 32
    with pytest.raises(InvalidValue, match=f"already has the reference {source.ref}"):
        svc.import_case(ctx, doc)
    doc["case"]["ref"] = "CK-COPY-1"
    before = _counts(target)
    with pytest.raises(InvalidValue, match="was imported before"):  # its events are here
        svc.import_case(ctx, doc)
    assert _counts(target) == before


def test_a_failure_half_way_leaves_nothing_behind(
    source: Source, target: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _counts(target)

    def boom(self: Any) -> None:
        raise RuntimeError("disk full")

    # Fails after every row was flushed (and logged), before the commit.
    monkeypatch.setattr(svc._Importer, "_restore_updated_at", boom)
    with pytest.raises(RuntimeError, match="disk full"):
        svc.import_case(Context(target, "Dana"), source.doc)
    assert _counts(target) == before
    assert cases.count_cases(target) == 0
    history.check(target)  # the chain head was rolled back with the rows


# --- the change log and shared records --------------------------------------------------------


def test_the_import_is_in_the_change_log(source: Source, target: Store) -> None:
    before = history.check(target).entries
    svc.import_case(Context(target, "Dana"), source.doc)
    report = history.check(target)  # every link still verifies
    assert report.entries > before and report.cases == 1 and report.people == 5
    log = history.case_log(target, source.ref)
    assert {e.author for e in log} == {"Dana"}
    assert {e.op for e in log} == {"create"}
    assert any(e.entity == "event" and e.entity_id == source.ids["detention"] for e in log)


def test_shared_people_are_reused_and_never_overwritten(source: Source, target: Store) -> None:
    ctx = Context(target, "Dana")
    svc.import_case(ctx, source.doc)
    # Someone here learns Alimnur's occupation changed; then the other case arrives.
    people.edit_person(ctx, source.ids["alimnur"], occupation="farmer")
    report = svc.import_case(ctx, source.other_doc)

    kept = {(r.entity, r.id): r for r in report.kept_existing}
    assert kept[("person", source.ids["alimnur"])].differences == ("occupation",)
    assert report.warnings() == [
        "Person Alimnur Turganbay: this store's version was kept; "
        "the document's differs in occupation."
    ]
    reused = {(r.entity, r.id) for r in report.reused}
    assert ("person", source.ids["guldariya"]) in reused
    assert report.created["people"] == 0 and report.created["consents"] == 1
    assert people.get_person(target, source.ids["alimnur"]).occupation == "farmer"
    with target.reading() as session:
        assert session.scalar(select(func.count()).select_from(m.Person)) == 5
    assert cases.count_cases(target) == 2

    # Apart from the person kept as it was here, the second case arrived whole.
    again = svc.export_case(target, source.other_ref)
    expected = copy.deepcopy(ix.comparable(source.other_doc))
    _person(expected, source.ids["alimnur"])["occupation"] = "farmer"
    got = ix.comparable(again)
    for p in got["people"]:
        p.pop("updated_at")
    for p in expected["people"]:
        p.pop("updated_at")
    assert got == expected


def test_unknown_keys_from_a_later_writer_are_ignored_and_listed(
    source: Source, target: Store
) -> None:
    doc = copy.deepcopy(source.doc)
    doc["signature"] = "later"
    doc["case"]["priority"] = "high"
    doc["people"][0]["names"][1]["romanization"] = "Älimnūr"
    report = svc.import_case(Context(target, "Dana"), doc)
    assert report.ignored_fields == (
        "signature",
        "case.priority",
        "people[0].names[1].romanization",
    )
    again = svc.export_case(target, source.ref)
    assert ix.comparable(again) == ix.comparable(source.doc)


def test_optional_fields_take_their_defaults(target: Store) -> None:
    """A hand-written document needs only ids and the fields without a default."""
    doc = {
        "format": "casekeeper-case",
        "version": 1,
        "case": {"id": "c1", "ref": "HAND-1", "title": "Written by hand"},
        "people": [{"id": "p1", "names": [{"id": "n1", "text": "Ерлан Қожахмет"}]}],
        "roles": [{"id": "r1", "person_id": "p1", "kind": "victim"}],
        "events": [{"id": "e1", "kind": "arrest", "title": "Arrest", "date": "July 2025"}],
    }
    report = svc.import_case(Context(target, "Dana"), doc)
    assert report.people == ["Ерлан Қожахмет"]
    out = svc.export_case(target, "HAND-1")
    assert out["case"]["sensitivity"] == "internal"  # absent sensitivity: the safest
    assert out["case"]["status"] == "open"
    assert out["events"][0]["date"] == "2025-07"  # stored in canonical form
    assert out["people"][0]["names"][0]["kind"] == "legal"
    assert out["case"]["created_at"].startswith("2026-03-01T12:00")  # the import time
