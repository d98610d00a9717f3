"""The one redaction function: sensitivity, field rules, consent, scrubbing.

Two kinds of test: a real case recorded through the services (the kit in
test_bundle_casekit.py) redacted for each audience, and small hand-made
documents that pin one consent rule each.
"""

from __future__ import annotations

import copy
import json
import unicodedata
from typing import Any

import pytest
from test_bundle_casekit import (
    ALIMNUR,
    ALIMNUR_ADDRESS,
    ALIMNUR_PHONE,
    CONDITION,
    GULDARIYA,
    GULDARIYA_CONTACT,
    INTERNAL_NOTE,
    PASSPORT,
    SERIK,
    SERIK_INFLECTED,
    SERIK_TESTIMONY,
    CaseKit,
    shared_case,
)

from casekeeper.errors import AudienceNotAllowed, InvalidValue
from casekeeper.export import interchange as ix
from casekeeper.export.redaction import marker, redact
from casekeeper.services import interchange


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> tuple[CaseKit, dict[str, Any]]:
    shared = shared_case(tmp_path_factory)
    return shared.kit, interchange.export_case(shared.store, shared.kit.ref)


def _text(doc: dict[str, Any]) -> str:
    return ix.dumps(doc)


def _person(doc: dict[str, Any], pid: str) -> dict[str, Any]:
    return next(p for p in doc["people"] if p["id"] == pid)


def _words(variant: str) -> list[str]:
    return [w for w in variant.replace("·", " ").split() if len(w) > 2]


# --- the recorded case ---------------------------------------------------------------------


def test_internal_sees_everything(recorded: tuple[CaseKit, dict[str, Any]]) -> None:
    kit, doc = recorded
    red = redact(doc, "internal")
    assert red.withheld == () and red.left_out == {}
    assert {k: v for k, v in red.document.items() if k != "redaction"} == doc
    assert set(red.evidence_files) == {kit.photo, kit.statement, kit.internal_doc, kit.gps_photo}
    text = _text(red.document)
    for value in (*SERIK, ALIMNUR_PHONE, PASSPORT, INTERNAL_NOTE, SERIK_TESTIMONY):
        assert value in text


@pytest.mark.parametrize("audience", ["public", "partners"])
def test_a_person_without_consent_appears_nowhere(
    recorded: tuple[CaseKit, dict[str, Any]], audience: str
) -> None:
    kit, doc = recorded
    red = redact(doc, audience)
    text = _text(red.document).casefold()
    for variant in (*SERIK, *SERIK_INFLECTED):
        assert variant.casefold() not in text, variant
        for word in _words(variant):
            assert word.casefold() not in text, word
    serik = _person(red.document, kit.serik)
    assert {n["text"] for n in serik["names"]} == {marker("no consent")}
    assert serik["notes"] == marker("no consent")
    # His testimony: its content is his story, withheld without consent.
    source = next(s for s in red.document["sources"] if s["author"] == marker("no consent"))
    assert source["content"] == marker("no consent")
    assert SERIK_TESTIMONY.casefold() not in text
    # And the reader is told.
    assert any(w.id == kit.serik and w.field == "names" for w in red.withheld)
    assert red.document["redaction"]["audience"] == audience
    assert "[withheld: no consent]" in _text(red.document)


def test_conditional_consent_is_not_a_grant(recorded: tuple[CaseKit, dict[str, Any]]) -> None:
    kit, doc = recorded
    red = redact(doc, "public")
    alimnur = _person(red.document, kit.alimnur)
    expected = marker(f"consent conditional: {CONDITION}")
    assert expected == "[withheld: consent conditional: only if he is arrested]"
    assert {n["text"] for n in alimnur["names"]} == {expected}
    text = _text(red.document).casefold()
    for variant in ALIMNUR:
        assert variant.casefold() not in text, variant
    # The case summary named him: scrubbed, with the same marker.
    assert expected in red.document["case"]["summary"]
    # Guldariya refused public: her names are gone, and the family name she
    # shares with him with them.
    assert all(v.casefold() not in text for v in GULDARIYA)
    # Partners were granted: his names stay for them.
    partners = _person(redact(doc, "partners").document, kit.alimnur)
    assert [n["text"] for n in partners["names"]] == list(ALIMNUR)


def test_contact_details_need_their_own_grant(recorded: tuple[CaseKit, dict[str, Any]]) -> None:
    kit, doc = recorded
    red = redact(doc, "partners")
    text = _text(red.document)
    alimnur = _person(red.document, kit.alimnur)
    # `all` granted for partners, but not contact or identity document numbers.
    assert alimnur["contact"] == marker("no consent")
    assert alimnur["documents"][0]["number"] == marker("no consent")
    assert alimnur["documents"][0]["status"] == "confiscated"  # the story is covered by `all`
    for value in (ALIMNUR_PHONE, "701 555 12 34", "7015551234", ALIMNUR_ADDRESS, PASSPORT):
        assert value not in text, value
    # A claim that stated the phone number is withheld with it.
    claim = next(c for c in red.document["claims"] if c["field"] == "contact")
    assert claim["value"] == marker("no consent")
    # Guldariya granted contact to partners: shown.
    assert _person(red.document, kit.guldariya)["contact"] == GULDARIYA_CONTACT


def test_record_sensitivity_leaves_records_out(recorded: tuple[CaseKit, dict[str, Any]]) -> None:
    kit, doc = recorded
    partners = redact(doc, "partners")
    assert {e["id"] for e in partners.document["events"]} == {kit.public_event}
    assert INTERNAL_NOTE not in _text(partners.document)
    assert partners.left_out["events"] == 1
    assert kit.internal_doc not in {e["id"] for e in partners.document["evidence"]}
    assert set(partners.evidence_files) == {kit.photo, kit.statement}
    assert partners.evidence_left_out == 1
    # The market photo may be seen, but its position may not, and its file carries it.
    gps = next(e for e in partners.document["evidence"] if e["id"] == kit.gps_photo)
    assert gps["gps_latitude"] is None and gps["gps_longitude"] is None
    assert "GPS" in partners.files_withheld[kit.gps_photo]

    public = redact(doc, "public")
    assert set(public.evidence_files) == {kit.statement}  # the photo is for partners
    assert public.evidence_left_out == 2
    assert public.document["tasks"] == [] and public.document["people"][0]["consents"] == []
    for e in public.document["evidence"]:
        assert e["blob_id"] == "" and e["dedup_tag"] == ""


def test_unknown_audience_is_refused(recorded: tuple[CaseKit, dict[str, Any]]) -> None:
    with pytest.raises(InvalidValue, match="public, partners or internal"):
        redact(recorded[1], "press")


def test_the_input_document_is_not_changed(recorded: tuple[CaseKit, dict[str, Any]]) -> None:
    doc = recorded[1]
    before = copy.deepcopy(doc)
    redact(doc, "public")
    redact(doc, "partners")
    assert doc == before


# --- one rule at a time, on hand-made documents ----------------------------------------------


def _consent(audience: str, decision: str, *, scope: str = "all", at: int = 1,
             withdrawn: bool = False, conditions: str = "") -> dict[str, Any]:
    when = f"2025-07-{at:02d}T10:00:00Z"
    return {
        "id": f"c{audience[:3]}{scope[:4]}{at}{decision[:3]}", "case_id": None,
        "audience": audience, "scope": scope, "decision": decision, "conditions": conditions,
        "recorded_by": "Aigerim", "recorded_on": when,
        "withdrawn_at": "2025-07-28T10:00:00Z" if withdrawn else None, "withdrawal_note": "",
        "created_at": when, "updated_at": when,
    }


def _doc(consents: list[dict[str, Any]], *, names: tuple[str, ...] = ("Zhanar Omarova",),
         contact: str = "+7 777 123 45 67", summary: str = "", sensitivity: str = "public",
         **extra: Any) -> dict[str, Any]:
    person = {
        "id": "p1", "gender": "female", "birth_date": "1990", "birthplace": "Taraz",
        "hometown": "Almaty", "ethnicity": "Kazakh", "occupation": "teacher",
        "status": "missing", "contact": contact, "notes": "", "sensitivity": sensitivity,
        "created_at": "2025-07-01T00:00:00Z", "updated_at": "2025-07-01T00:00:00Z",
        "names": [{"id": f"n{i}", "text": t, "script": "", "language": "", "kind": "legal",
                   "position": i} for i, t in enumerate(names)],
        "citizenships": [{"id": "z1", "country": "Kazakhstan", "acquired": "2018", "lost": None,
                          "note": ""}],
        "documents": [{"id": "d1", "kind": "passport", "number": "N7654321", "issuer": "KZ",
                       "issued": None, "expires": None, "status": "valid", "note": "",
                       "sensitivity": "public"}],
        "consents": consents,
    }
    doc = {
        "format": "casekeeper-case", "version": 1,
        "case": {"id": "k1", "ref": "CK-2025-0009", "title": "A case", "status": "open",
                 "summary": summary, "sensitivity": "public",
                 "created_at": "2025-07-01T00:00:00Z", "updated_at": "2025-07-01T00:00:00Z"},
        "people": [person],
        "roles": [{"id": "r1", "person_id": "p1", "kind": "victim", "note": ""}],
        "relationships": [], "places": [], "organizations": [], "events": [], "sources": [],
        "claims": [], "evidence": [], "tasks": [], "field_sensitivity": [],
    }
    doc.update(extra)
    return doc


def _names(red: Any) -> list[str]:
    return [n["text"] for n in red.document["people"][0]["names"]]


def test_no_consent_recorded_withholds_for_public_and_partners() -> None:
    doc = _doc([])
    for audience in ("public", "partners"):
        red = redact(doc, audience)
        assert _names(red) == [marker("no consent")]
        assert red.document["roles"] == []  # the role is part of the story
        assert red.document["people"][0]["citizenships"] == []
        assert red.document["people"][0]["documents"] == []
    assert _names(redact(doc, "internal")) == ["Zhanar Omarova"]


def test_newest_active_decision_wins() -> None:
    doc = _doc([_consent("public", "granted", at=1), _consent("public", "refused", at=2)])
    assert _names(redact(doc, "public")) == [marker("consent refused")]
    doc = _doc([_consent("public", "refused", at=1), _consent("public", "granted", at=2)])
    assert _names(redact(doc, "public")) == ["Zhanar Omarova"]
    # A withdrawn grant no longer counts; the older refusal is what remains.
    doc = _doc([_consent("public", "refused", at=1),
                _consent("public", "granted", at=2, withdrawn=True)])
    assert _names(redact(doc, "public")) == [marker("consent refused")]
    doc = _doc([_consent("public", "granted", at=2, withdrawn=True)])
    assert _names(redact(doc, "public")) == [marker("consent withdrawn")]


def test_a_public_grant_implies_partners_unless_partners_was_decided() -> None:
    doc = _doc([_consent("public", "granted")])
    assert _names(redact(doc, "partners")) == ["Zhanar Omarova"]
    doc = _doc([_consent("public", "granted", at=2), _consent("partners", "refused", at=1)])
    assert _names(redact(doc, "partners")) == [marker("consent refused")]
    # A partners grant says nothing about public.
    doc = _doc([_consent("partners", "granted")])
    assert _names(redact(doc, "public")) == [marker("no consent")]


def test_a_decision_about_one_scope_beats_all() -> None:
    doc = _doc([_consent("partners", "granted", at=1),
                _consent("partners", "refused", scope="name", at=2)])
    red = redact(doc, "partners")
    assert _names(red) == [marker("consent refused")]
    person = red.document["people"][0]
    # Anonymous but told: the story stays (a witness who asked not to be named).
    assert person["occupation"] == "teacher" and person["status"] == "missing"
    assert red.document["roles"][0]["kind"] == "victim"
    doc = _doc([_consent("partners", "refused", at=1),
                _consent("partners", "granted", scope="name", at=2)])
    red = redact(doc, "partners")
    assert _names(red) == ["Zhanar Omarova"]
    assert red.document["people"][0]["occupation"] == marker("consent refused")
    assert red.document["roles"] == []


def test_all_does_not_cover_contact_or_document_numbers() -> None:
    doc = _doc([_consent("partners", "granted")])
    person = redact(doc, "partners").document["people"][0]
    assert person["contact"] == marker("no consent")
    assert person["documents"][0]["number"] == marker("no consent")
    assert person["hometown"] == "Almaty"  # location is covered by all
    doc = _doc([_consent("partners", "granted"),
                _consent("partners", "granted", scope="contact"),
                _consent("partners", "granted", scope="identity_documents")])
    person = redact(doc, "partners").document["people"][0]
    assert person["contact"] == "+7 777 123 45 67"
    assert person["documents"][0]["number"] == "N7654321"


def test_conditional_marker_carries_the_condition() -> None:
    doc = _doc([_consent("partners", "conditional", conditions="only if she is  charged")])
    red = redact(doc, "partners")
    assert _names(red) == ["[withheld: consent conditional: only if she is charged]"]


def test_field_sensitivity_narrows_a_field() -> None:
    event = {"id": "e1", "kind": "detention", "title": "Detained", "description": "In a van.",
             "date": "2025-07", "place_id": None, "amount": "", "sensitivity": "public",
             "created_at": "2025-07-01T00:00:00Z", "updated_at": "2025-07-01T00:00:00Z",
             "participants": []}
    rule = {"id": "f1", "entity": "event", "entity_id": "e1", "field": "description",
            "level": "partners"}
    doc = _doc([_consent("public", "granted")], events=[event], field_sensitivity=[rule])
    assert redact(doc, "public").document["events"][0]["description"] == marker("partners only")
    assert redact(doc, "partners").document["events"][0]["description"] == "In a van."
    # A rule never widens: an internal event stays out whatever its fields say.
    internal = {**event, "sensitivity": "internal"}
    doc = _doc([], events=[internal],
               field_sensitivity=[{**rule, "level": "public"}])
    assert redact(doc, "partners").document["events"] == []


def test_a_case_the_audience_may_not_see_is_not_exported() -> None:
    doc = _doc([])
    doc["case"]["sensitivity"] = "internal"
    with pytest.raises(AudienceNotAllowed, match="marked internal"):
        redact(doc, "partners")


def test_names_are_scrubbed_in_every_form() -> None:
    names = ("Zhanél Omarova", "Жанель Омарова", "扎奈尔", "جانەل ئومارova")
    summary = " | ".join([
        "ZHANÉL OMAROVA spoke",
        unicodedata.normalize("NFD", "Zhanél") + " again",  # decomposed accent
        "Жанельдің ағасы",  # Kazakh genitive
        "Омаровой сказали",  # Russian case ending
        "Zhanél_Omarova.jpg",
        "扎奈尔说",  # Chinese: no spaces
        "Omarova's phone",
    ])
    doc = _doc([], names=names, summary=summary)
    text = redact(doc, "public").document["case"]["summary"]
    for word in ("zhanél", "zhanel", "omarova", "жанель", "омаров", "扎奈尔", "جانەل"):
        assert word not in unicodedata.normalize("NFC", text).casefold(), (word, text)
    assert ".jpg" in text and "spoke" in text and "сказали" in text


def test_a_shared_family_name_stays_in_the_shown_relatives_name() -> None:
    doc = _doc([], names=("Alimnur Turganbay",), summary="Alimnur Turganbay and Guldariya.")
    wife = copy.deepcopy(doc["people"][0])
    wife.update(id="p2", consents=[_consent("public", "granted")])
    wife["names"] = [{"id": "w1", "text": "Guldariya Turganbay", "script": "", "language": "",
                      "kind": "legal", "position": 0}]
    doc["people"].append(wife)
    red = redact(doc, "public")
    assert red.document["people"][1]["names"][0]["text"] == "Guldariya Turganbay"
    assert "Alimnur" not in _text(red.document)
    assert red.document["case"]["summary"].endswith("and Guldariya.")


def test_contact_and_numbers_are_scrubbed_from_free_text() -> None:
    summary = "Call 8 777 123 45 67 or +77771234567; passport N 7654321; lives at Abay 10, kv 5."
    doc = _doc([_consent("public", "granted")], summary=summary,
               contact="+7 777 123 45 67\nAlmaty, Abay 10, kv 5")
    text = redact(doc, "public").document["case"]["summary"]
    for value in ("777 123 45 67", "77771234567", "7654321", "Abay 10"):
        assert value not in text, text


def test_unknown_keys_are_dropped_outside_internal() -> None:
    doc = _doc([_consent("public", "granted")])
    doc["people"][0]["secret_field"] = "do not leak"
    doc["case"]["future"] = "do not leak"
    doc["future_list"] = [{"x": "do not leak"}]
    assert "do not leak" not in json.dumps(redact(doc, "public").document)
    assert "do not leak" in json.dumps(redact(doc, "internal").document)


def test_a_file_carrying_a_withheld_position_is_not_shipped() -> None:
    item = {"id": "v1", "blob_id": "b", "original_name": "IMG_1.jpg", "media_type": "image/jpeg",
            "size": 10, "sha256": "", "acquired_by": "", "acquired_from": "", "acquired_at": None,
            "acquired_where": "", "description": "", "source_id": None, "dedup_tag": "t",
            "file_modified": None, "captured_at": "", "camera": "", "gps_latitude": 43.2,
            "gps_longitude": 76.9, "duration_seconds": None, "removed_at": None,
            "removed_by": "", "sensitivity": "public", "created_at": "2025-07-01T00:00:00Z",
            "updated_at": "2025-07-01T00:00:00Z", "custody": []}
    rule = {"id": "f1", "entity": "evidence", "entity_id": "v1", "field": "gps_latitude",
            "level": "internal"}
    doc = _doc([], evidence=[item], field_sensitivity=[rule])
    red = redact(doc, "partners")
    e = red.document["evidence"][0]
    assert e["gps_latitude"] is None and e["gps_longitude"] is None
    assert red.evidence_files == () and "GPS" in red.files_withheld["v1"]
    assert redact(_doc([], evidence=[item]), "partners").evidence_files == ("v1",)


def test_withheld_list_never_holds_values(recorded: tuple[CaseKit, dict[str, Any]]) -> None:
    red = redact(recorded[1], "partners")
    listed = json.dumps([w.as_json() for w in red.withheld], ensure_ascii=False)
    for value in (*SERIK, ALIMNUR_PHONE, PASSPORT):
        assert value not in listed
    assert all(isinstance(line, str) for line in red.summary_lines())
