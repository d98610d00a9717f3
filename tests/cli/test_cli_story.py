"""A caseworker records the Turganbay case from the seed reports at the command line."""

from __future__ import annotations

import json
import sqlite3  # noqa: F401  (documents that the raw file is not plain SQLite)
from pathlib import Path

import pytest

from casekeeper.cli.main import main

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def ck(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """Run `casekeeper --store <tmp> ...` in-process; returns (exit code, stdout, stderr)."""
    store = tmp_path / "store"
    monkeypatch.setenv("CASEKEEPER_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CASEKEEPER_AUTHOR", "caseworker-a")

    def run(*argv: str, store_dir: Path = store) -> tuple[int, str, str]:
        code = main(["--store", str(store_dir), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    run.store = store  # type: ignore[attr-defined]
    assert run("init", "--kdf", "minimum")[0] == 0
    return run


def data(result: tuple[int, str, str]) -> dict:
    code, out, err = result
    assert code == 0, err
    return json.loads(out)


def record_turganbay_case(ck) -> dict[str, str]:
    case = data(
        ck(
            "case",
            "new",
            "--title",
            "Truck driver detained at the Dulata border post",
            "--summary",
            "Kazakh citizen taken by Chinese security officers",
            "--json",
        )
    )
    ref = case["ref"]
    husband = data(
        ck(
            "person",
            "add",
            "--case",
            ref,
            "--role",
            "victim",
            "--status",
            "detained",
            "--name",
            "Alimnur Turganbay",
            "--name",
            "Alinur Tulhanbai|transliteration|en",
            "--name",
            "Әлімнұр Тұрғанбай|legal|kk",
            "--name",
            "阿力木努尔|transliteration|zh",
            "--name",
            "ئالىمنۇر تۇرغانباي|transliteration|ug",
            "--birth-date",
            "circa 1975",
            "--json",
        )
    )["id"]
    wife = data(
        ck(
            "person",
            "add",
            "--case",
            ref,
            "--role",
            "relative",
            "--role",
            "witness",
            "--name",
            "Guldariya Sherizatkyzy",
            "--name",
            "Гүлдария Шеризатқызы|legal|kk",
            "--status",
            "house_arrest",
            "--json",
        )
    )["id"]
    daughter = data(
        ck("person", "add", "--case", ref, "--role", "relative", "--name", "Peiyile", "--json")
    )["id"]
    assert ck("relationship", "add", wife, "spouse", husband)[0] == 0
    assert ck("relationship", "add", daughter, "child", husband)[0] == 0
    assert ck("person", "citizenship", husband, "Kazakhstan", "--acquired", "~2018")[0] == 0
    detention = data(
        ck(
            "event",
            "add",
            "--case",
            ref,
            "--kind",
            "detention",
            "--title",
            "Taken at the border",
            "--date",
            "22 or 23 July 2025",
            "--place",
            "Dulata",
            "--place-alias",
            "Doralta",
            "--person",
            f"{husband}:detained",
            "--organization",
            "Ili state security:perpetrator",
            "--json",
        )
    )["id"]
    assert (
        ck(
            "event",
            "add",
            "--case",
            ref,
            "--kind",
            "fine",
            "--title",
            "Wife fined",
            "--date",
            "July 2025",
            "--amount",
            "700000 KZT",
            "--person",
            wife,
        )[0]
        == 0
    )
    first = data(
        ck(
            "source",
            "add",
            "--case",
            ref,
            "--kind",
            "news_article",
            "--title",
            "July report",
            "--date",
            "2025-07",
            "--json",
        )
    )["id"]
    second = data(
        ck(
            "source",
            "add",
            "--case",
            ref,
            "--kind",
            "news_article",
            "--title",
            "November report",
            "--json",
            "--content",
            "He was detained while driving through the crossing",
        )
    )["id"]
    for source, value in ((first, "2025-07-22"), (second, "2025-07-23")):
        assert (
            ck(
                "claim",
                "add",
                "--source",
                source,
                "--subject-type",
                "event",
                "--subject",
                detention,
                "--field",
                "date",
                "--value",
                value,
            )[0]
            == 0
        )
    assert (
        ck(
            "consent",
            "set",
            "--person",
            wife,
            "--audience",
            "public",
            "--decision",
            "granted",
            "--scope",
            "name",
            "--case",
            ref,
        )[0]
        == 0
    )
    assert (
        ck(
            "consent",
            "set",
            "--person",
            daughter,
            "--audience",
            "public",
            "--decision",
            "conditional",
            "--conditions",
            "only if he is arrested",
        )[0]
        == 0
    )
    assert (
        ck("task", "add", "--case", ref, "--title", "Appeal to the UN WGAD", "--due", "2025-12-01")[
            0
        ]
        == 0
    )
    return {"ref": ref, "husband": husband, "wife": wife, "detention": detention}


def test_caseworker_records_the_case_and_finds_it_under_other_scripts(ck) -> None:
    ids = record_turganbay_case(ck)
    for query in ("Tulhanbai", "тұрғанбай", "阿力木", "Doralta", "crossing"):
        hits = data(ck("search", query, "--json"))
        assert any(ids["ref"] in hit["case_refs"] for hit in hits), query
    listed = data(ck("case", "list", "--search", "Шеризатқызы", "--json"))
    assert [c["ref"] for c in listed] == [ids["ref"]]


def test_case_show_puts_the_disagreeing_sources_side_by_side(ck) -> None:
    ids = record_turganbay_case(ck)
    detail = data(ck("case", "show", ids["ref"], "--json"))
    assert {n["text"] for p in detail["people"] for n in p["names"]} >= {
        "Alimnur Turganbay",
        "Әлімнұр Тұрғанбай",
        "阿力木努尔",
        "ئالىمنۇر تۇرغانباي",
    }
    [disagreement] = detail["disagreements"]
    assert sorted(c["value"] for c in disagreement["claims"]) == ["2025-07-22", "2025-07-23"]
    detention = next(e for e in detail["events"] if e["id"] == ids["detention"])
    assert detention["date"] == "2025-07-22/2025-07-23"
    assert detention["date_display"] == "22–23 July 2025"
    text = ck("case", "show", ids["ref"])[1]
    assert "SOURCES DISAGREE" in text and "Guldariya Sherizatkyzy is spouse of Alimnur" in text


def test_log_and_check_show_an_intact_history(ck) -> None:
    ids = record_turganbay_case(ck)
    log = data(ck("log", ids["ref"], "--json"))
    assert {e["author"] for e in log} == {"caseworker-a"}
    assert any(e["entity"] == "person_name" for e in log)
    code, out, _ = ck("check")
    assert code == 0 and "intact" in out


def test_wrong_passphrase_is_one_line_and_exit_1(ck, monkeypatch) -> None:
    monkeypatch.setenv("CASEKEEPER_PASSPHRASE", "not the passphrase")
    code, out, err = ck("case", "list")
    assert code == 1 and out == ""
    assert err.strip().count("\n") == 0 and "Wrong passphrase" in err


def test_tampered_change_log_fails_check_with_exit_2(ck) -> None:
    record_turganbay_case(ck)
    from casekeeper.services.stores import open_store

    store = open_store(ck.store, passphrase=PASSPHRASE)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE change_log SET author = 'someone else' WHERE seq = 4")
    store.close()
    code, _, err = ck("check")
    assert code == 2 and "entry 4" in err


def test_nonsense_date_is_refused_with_a_hint(ck) -> None:
    ref = data(ck("case", "new", "--title", "x", "--json"))["ref"]
    code, _, err = ck(
        "event",
        "add",
        "--case",
        ref,
        "--kind",
        "arrest",
        "--title",
        "t",
        "--date",
        "the day after the protest",
    )
    assert code == 1 and "July 2025" in err


def test_unknown_case_is_a_clear_error(ck) -> None:
    code, _, err = ck("case", "show", "CK-1999-0042")
    assert code == 1 and "No case" in err


def test_panic_needs_confirmation_then_nothing_opens(ck) -> None:
    code, _, err = ck("panic")
    assert code == 1 and "--confirm ERASE" in err
    assert ck("panic", "--confirm", "ERASE")[0] == 0
    code, _, err = ck("case", "list")
    assert code == 1 and "keyslots.json" in err


def test_json_export_import_round_trip_between_two_stores(ck, tmp_path: Path) -> None:
    ids = record_turganbay_case(ck)
    first = tmp_path / "case.json"
    assert ck("export", "json", ids["ref"], "--out", str(first))[0] == 0
    other = tmp_path / "other-store"
    assert ck("init", "--kdf", "minimum", store_dir=other)[0] == 0
    code, out, err = ck("import", "json", str(first), store_dir=other)
    assert code == 0, err
    second = tmp_path / "again.json"
    assert ck("export", "json", ids["ref"], "--out", str(second), store_dir=other)[0] == 0
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
    a.pop("exported_at"), b.pop("exported_at")
    assert a == b
    assert "阿力木努尔" in first.read_text(encoding="utf-8")
    code, _, err = ck("import", "json", str(first), store_dir=other)
    assert code == 1 and "already in the store" in err
