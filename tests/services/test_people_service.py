"""People: names in every script, roles in cases, relatives, and typed words checked."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from casekeeper import errors
from casekeeper.services import cases, claims, consent, events, history, people
from casekeeper.services.context import Context
from casekeeper.services.people import NameInput
from casekeeper.services.stores import open_store
from casekeeper.store.store import Store


@pytest.fixture
def case_ref(ctx: Context) -> str:
    return cases.new_case(ctx, "Detention of Alimnur Turganbay").ref


def test_person_keeps_every_spelling_of_the_name_with_its_script(
    store: Store, ctx: Context, case_ref: str
) -> None:
    person = people.add_person(
        ctx,
        [
            "Alimnur Turganbay",
            NameInput("Әлімнұр Тұрғанбай", language="kk"),
            NameInput.parse("阿力木努尔|transliteration|zh"),  # as typed on the command line
        ],
        case=case_ref,
        status="detained",
    )
    assert person.display_name == "Alimnur Turganbay"
    assert [(n.text, n.script, n.kind, n.language) for n in person.names] == [
        ("Alimnur Turganbay", "Latn", "legal", ""),
        ("Әлімнұр Тұрғанбай", "Cyrl", "legal", "kk"),
        ("阿力木努尔", "Hani", "transliteration", "zh"),
    ]
    assert person.roles == [
        {"case_id": person.roles[0]["case_id"], "case_ref": case_ref, "kind": "victim"}
    ]
    assert cases.get_case(store, case_ref).case.people == ["Alimnur Turganbay"]


def test_wife_and_husband_relationship_shows_on_both_and_in_the_case(
    store: Store, ctx: Context, case_ref: str
) -> None:
    him = people.add_person(ctx, ["Alimnur Turganbay"], case=case_ref)
    her = people.add_person(ctx, ["Guldariya Turganbay"], case=case_ref, roles=["relative"])

    rel = people.add_relationship(ctx, her.id, "spouse", him.id, note="married 2010")

    assert (rel.person_name, rel.kind, rel.relative_name) == (
        "Guldariya Turganbay",
        "spouse",
        "Alimnur Turganbay",
    )
    assert [r.id for r in people.get_person(store, him.id).relations] == [rel.id]
    assert [r.id for r in people.get_person(store, her.id).relations] == [rel.id]
    detail = cases.get_case(store, case_ref)
    assert [(r.person_name, r.kind, r.relative_name) for r in detail.relations] == [
        ("Guldariya Turganbay", "spouse", "Alimnur Turganbay")
    ]
    assert {(r["person_name"], r["kind"]) for r in detail.roles} == {
        ("Alimnur Turganbay", "victim"),
        ("Guldariya Turganbay", "relative"),
    }


def test_person_cannot_be_their_own_relative(ctx: Context) -> None:
    him = people.add_person(ctx, ["Alimnur Turganbay"])
    with pytest.raises(errors.InvalidValue, match="own relative"):
        people.add_relationship(ctx, him.id, "sibling", him.id)


def test_recording_the_same_relationship_twice_is_refused_in_words(
    store: Store, ctx: Context
) -> None:
    him = people.add_person(ctx, ["Alimnur Turganbay"])
    her = people.add_person(ctx, ["Guldariya Turganbay"])
    first = people.add_relationship(ctx, her.id, "spouse", him.id)
    with pytest.raises(errors.InvalidValue, match="already recorded as spouse"):
        people.add_relationship(ctx, her.id, "Spouse", him.id)
    assert [r.id for r in people.get_person(store, him.id).relations] == [first.id]


def test_repeated_role_when_adding_a_person_is_harmless(
    store: Store, ctx: Context, case_ref: str
) -> None:
    person = people.add_person(
        ctx, ["Alimnur Turganbay"], case=case_ref, roles=["victim", "victim"]
    )
    assert [r["kind"] for r in person.roles] == ["victim"]


def test_same_role_added_twice_is_recorded_once(ctx: Context, case_ref: str) -> None:
    her = people.add_person(ctx, ["Guldariya Turganbay"], case=case_ref, roles=["relative"])
    again = people.add_role(ctx, case_ref, her.id, "relative")
    assert [r["kind"] for r in again.roles] == ["relative"]


def test_person_needs_a_name(ctx: Context) -> None:
    with pytest.raises(errors.InvalidValue, match="at least one name"):
        people.add_person(ctx, [])


def test_role_without_a_case_is_refused(ctx: Context) -> None:
    with pytest.raises(errors.InvalidValue, match="needs a case"):
        people.add_person(ctx, ["Alimnur"], roles=["witness"])


@dataclass(frozen=True)
class Scene:
    store: Store
    ctx: Context
    case: str
    him: str
    her: str


@pytest.fixture(scope="module")
def scene(
    _blank_store: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Scene]:
    """One case with two people, shared by the refusal tests (a refusal writes nothing)."""
    folder = tmp_path_factory.mktemp("refusals") / "store"
    shutil.copytree(_blank_store[0], folder)
    store = open_store(folder, recovery_key=_blank_store[1])
    ctx = Context.for_store(store, "caseworker-a")
    case = cases.new_case(ctx, "Detention of Alimnur Turganbay").ref
    him = people.add_person(ctx, ["Alimnur Turganbay"], case=case).id
    her = people.add_person(ctx, ["Guldariya Turganbay"]).id
    yield Scene(store, ctx, case, him, her)
    store.close()


def _attempts(s: Scene) -> dict[str, Callable[[str], object]]:
    ctx, case_ref, him, her = s.ctx, s.case, s.him, s.her
    return {
        "case status": lambda bad: cases.new_case(ctx, "x", status=bad),
        "sensitivity": lambda bad: cases.new_case(ctx, "x", sensitivity=bad),
        "person status": lambda bad: people.edit_person(ctx, him, status=bad),
        "name kind": lambda bad: people.add_name(ctx, him, NameInput("Alim", kind=bad)),
        "role": lambda bad: people.add_role(ctx, case_ref, her, bad),
        "relationship": lambda bad: people.add_relationship(ctx, her, bad, him),
        "document kind": lambda bad: people.add_document(ctx, him, bad),
        "document status": lambda bad: people.add_document(ctx, him, "passport", status=bad),
        "event kind": lambda bad: events.add_event(ctx, case_ref, bad, "x"),
        "source kind": lambda bad: claims.add_source(ctx, case_ref, bad, "x"),
        "reliability": lambda bad: claims.add_source(
            ctx, case_ref, "testimony", "x", reliability=bad
        ),
        "audience": lambda bad: consent.set_consent(ctx, him, bad, "granted"),
        "consent decision": lambda bad: consent.set_consent(ctx, him, "public", bad),
        "consent scope": lambda bad: consent.set_consent(ctx, him, "public", "granted", scope=bad),
    }


CHOICES = {
    "case status": ["open", "urgent", "monitoring", "resolved", "closed"],
    "sensitivity": ["public", "partners", "internal"],
    "person status": ["missing", "detained", "sentenced", "released", "deceased", "safe"],
    "name kind": ["legal", "alias", "transliteration", "patronymic"],
    "role": ["victim", "relative", "witness", "informant", "official"],
    "relationship": ["spouse", "parent", "child", "sibling"],
    "document kind": ["passport", "id_card", "citizenship_certificate"],
    "document status": ["valid", "confiscated", "lost"],
    "event kind": [
        "detention",
        "disappearance",
        "arrest",
        "protest",
        "fine",
        "house_arrest",
        "sentencing",
        "release",
        "petition",
        "border_crossing",
    ],
    "source kind": [
        "testimony",
        "interview",
        "news_article",
        "official_document",
        "social_media_post",
    ],
    "reliability": ["confirmed", "probable", "possible", "doubtful", "unknown"],
    "audience": ["public", "partners", "internal"],
    "consent decision": ["granted", "refused", "conditional"],
    "consent scope": ["all", "name", "photo", "testimony"],
}


@pytest.mark.parametrize("what", list(CHOICES))
def test_unknown_word_is_refused_with_the_choices_listed(scene: Scene, what: str) -> None:
    before = history.check(scene.store).entries
    with pytest.raises(errors.InvalidValue) as info:
        _attempts(scene)[what]("banana")
    message = str(info.value)
    assert f"'banana' is not a known {what}" in message
    for word in CHOICES[what]:
        assert word in message
    assert history.check(scene.store).entries == before  # nothing was written


def test_choices_are_forgiving_about_case_spaces_and_dashes(ctx: Context, case_ref: str) -> None:
    event = events.add_event(ctx, case_ref, "Border Crossing", "Crossed at Khorgos")
    assert event.kind == "border_crossing"
    source = claims.add_source(ctx, case_ref, "news-article", "RFA")
    assert source.kind == "news_article"
