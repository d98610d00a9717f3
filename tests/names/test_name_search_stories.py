"""A caseworker finds people, places and organizations under any spelling."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import func, select, text

from casekeeper.services import names, people, places, search
from casekeeper.services.context import Context
from casekeeper.services.stores import open_store
from casekeeper.store import models as m
from casekeeper.store.migrate import alembic_config
from casekeeper.store.store import Store


def first(store: Store, typed: str) -> search.SearchHit:
    hits = search.search(store, typed)
    assert hits, f"nothing found for {typed!r}"
    return hits[0]


def test_wife_found_under_chinese_transcription(ctx: Context) -> None:
    wife = people.add_person(ctx, ["Guldariya Sherizatkyzy"])
    hit = first(ctx.store, "古丽达尔娅·西力扎提")
    assert (hit.entity, hit.id) == ("person", wife.id)
    assert hit.matched == "Guldariya Sherizatkyzy"
    assert hit.label == "Guldariya Sherizatkyzy"
    assert hit.score >= 0.9


@pytest.mark.parametrize(
    "typed",
    ["Alinur Tulhanbai", "Alimnur Turganbay", "Әлімнұр Тұрғанбай", "ئالىمنۇر تۇرغانباي"],
)
def test_husband_found_under_the_spellings_of_other_reports(ctx: Context, typed: str) -> None:
    husband = people.add_person(ctx, ["Alinur Turhanbay"])
    people.add_person(ctx, ["Alinur Kasymov"])
    assert first(ctx.store, typed).id == husband.id


def test_the_variant_that_matched_is_reported(ctx: Context) -> None:
    person = people.add_person(ctx, ["Alimnur Turganbay", "Әлімнұр Тұрғанбай", "阿力木努尔"])
    hit = first(ctx.store, "Алимнур Турганбаев")
    assert hit.id == person.id
    assert hit.matched == "Әлімнұр Тұрғанбай"
    assert hit.label == "Alimnur Turganbay"


@pytest.mark.parametrize("typed", ["Doralta", "Duralata", "Dulata", "都拉塔", "Дулата"])
def test_border_post_found_under_every_spelling(ctx: Context, typed: str) -> None:
    with ctx.store.writing(ctx.author) as session:
        post = places.find_or_create_place(session, "Dulata").id
    hit = first(ctx.store, typed)
    assert (hit.entity, hit.id) == ("place", post)


def test_organization_found_under_another_romanization(ctx: Context) -> None:
    with ctx.store.writing(ctx.author) as session:
        org = places.find_or_create_organization(session, "Atajurt").id
    hit = first(ctx.store, "Атажұрт")
    assert (hit.entity, hit.id) == ("organization", org)


def test_namesakes_told_apart_by_birth_year(ctx: Context) -> None:
    people.add_person(ctx, ["Alimnur Turganbay"], birth_date="1961")
    younger = people.add_person(ctx, ["Alimnur Turganbay"], birth_date="1990")
    assert first(ctx.store, "Alimnur Turganbay born:1990").id == younger.id
    assert first(ctx.store, "Alimnur Turganbay 1990").id == younger.id


def test_namesakes_told_apart_by_hometown_and_father(ctx: Context) -> None:
    people.add_person(ctx, ["Guldariya Bekkyzy"], hometown="Ghulja")
    meant = people.add_person(ctx, ["Guldariya Sherizatkyzy"], hometown="Tacheng")
    assert first(ctx.store, "Guldariya father:Sherizat").id == meant.id
    assert first(ctx.store, 'Guldariya from:"Tacheng"').id == meant.id


def test_father_recorded_as_a_relative_breaks_the_tie(ctx: Context) -> None:
    people.add_person(ctx, ["Yerzhan Abai"])
    meant = people.add_person(ctx, ["Yerzhan Abai"])
    father = people.add_person(ctx, ["Serik Abai"])
    people.add_relationship(ctx, meant.id, "child", father.id)
    assert first(ctx.store, "Yerzhan Abai father:Серік").id == meant.id


def test_chinese_name_added_later_is_found_in_pinyin(ctx: Context) -> None:
    """Some Uyghurs are given a Chinese name too: it is a name like any other."""
    person = people.add_person(ctx, ["Patigul Tursun"])
    assert not [h for h in search.search(ctx.store, "Wang Xiuying") if h.id == person.id]
    people.add_name(ctx, person.id, "王秀英")
    hit = first(ctx.store, "Wang Xiuying")
    assert (hit.id, hit.matched) == (person.id, "王秀英")


def test_corrected_spelling_replaces_the_old_keys(ctx: Context) -> None:
    person = people.add_person(ctx, ["Nurlan Zhaksylykov"])
    with ctx.store.writing(ctx.author) as session:
        name = session.scalars(
            select(m.PersonName).where(m.PersonName.person_id == person.id)
        ).one()
        name.text = "Yusup Qadir"
    assert not [h for h in search.search(ctx.store, "Zhaksylykov") if h.id == person.id]
    assert first(ctx.store, "Юсуп Кадыров").id == person.id


def test_deleted_names_leave_no_keys(ctx: Context) -> None:
    person = people.add_person(ctx, ["Nurlan Zhaksylykov"])
    with ctx.store.writing(ctx.author) as session:
        session.delete(session.get(m.Person, person.id))
    with ctx.store.reading() as session:
        assert session.scalar(select(func.count()).select_from(m.NameForm)) == 0
        assert session.scalar(select(func.count()).select_from(m.NameKey)) == 0


def test_search_scores_only_names_that_share_a_key(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Blocking keys first: unrelated names are never read, let alone scored."""
    for given in ("Ivan", "Pyotr", "Sergei", "Olga", "Maria", "Boris", "Elena", "Dmitri"):
        people.add_person(ctx, [f"{given} Petrov"])
    wife = people.add_person(ctx, ["Guldariya Sherizatkyzy"])
    scored: list[str] = []
    real = names.score_name

    def counting(query, latin, words, script=""):  # type: ignore[no-untyped-def]
        scored.append(latin)
        return real(query, latin, words, script)

    monkeypatch.setattr(names, "score_name", counting)
    assert first(ctx.store, "Guldaria").id == wife.id
    assert scored == ["guldariya sherizatkyzy"]


def test_names_recorded_before_the_upgrade_get_keys(ctx: Context, recovery_key: str) -> None:
    """Migration 0003 indexes the names a store already held."""
    person = people.add_person(ctx, ["Guldariya Sherizatkyzy"])
    with ctx.store.writing(ctx.author) as session:
        places.find_or_create_place(session, "Dulata")
    store_path = ctx.store.path
    with ctx.store.engine.connect() as conn:
        command.downgrade(alembic_config(conn), "0002")
        conn.commit()
        tables = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
        assert "name_form" not in tables
        conn.rollback()
    ctx.store.close()
    with open_store(store_path, recovery_key=recovery_key) as reopened:
        assert first(reopened, "古丽达尔娅·西力扎提").id == person.id
        assert first(reopened, "Doralta").entity == "place"


def test_reindex_catches_names_written_around_the_orm(ctx: Context) -> None:
    """A bulk import with raw SQL skips the mapper events; reindex repairs it."""
    person = people.add_person(ctx, ["Yusup Qadir"])
    with ctx.store.writing(ctx.author) as session:
        session.execute(
            text(
                "INSERT INTO person_name (id, person_id, text, script, language, kind, position) "
                "VALUES ('raw0000000000000000000000000001', :p, '玉素甫·卡德尔', 'Hani', '', "
                "'legal', 1)"
            ),
            {"p": person.id},
        )
        session.execute(text("DELETE FROM name_form WHERE name_id != 'none'"))
    assert not [h for h in search.search(ctx.store, "Юсуп Кадыров") if h.id == person.id]
    assert names.reindex(ctx.store, ctx.author) == 2
    hit = first(ctx.store, "Юсуп Кадыров")
    assert hit.id == person.id
    assert names.reindex(ctx.store, ctx.author, only_outdated=True) == 0
