"""The same stories at the command line: search --json, duplicates, merge, unmerge.

``names_commands`` is registered in cli/main.py by the maintainer; until then
this test adds it to the command groups itself.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casekeeper.cli import main as cli_main
from casekeeper.cli import names_commands

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def ck(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    if names_commands not in cli_main.GROUPS:
        monkeypatch.setattr(cli_main, "GROUPS", (*cli_main.GROUPS, names_commands))
    monkeypatch.setenv("CASEKEEPER_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CASEKEEPER_AUTHOR", "caseworker-a")
    store = tmp_path / "store"

    def run(*argv: str) -> tuple[int, str, str]:
        code = cli_main.main(["--store", str(store), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("init", "--kdf", "minimum")[0] == 0
    return run


def data(result: tuple[int, str, str]):  # type: ignore[no-untyped-def]
    code, out, err = result
    assert code == 0, err
    return json.loads(out)


def add(ck, *names: str, extra: tuple[str, ...] = ()) -> str:  # type: ignore[no-untyped-def]
    argv = ["person", "add", *[a for n in names for a in ("--name", n)], *extra, "--json"]
    return str(data(ck(*argv))["id"])


def test_search_json_ranks_the_wife_first_with_score_and_matched_variant(ck) -> None:  # type: ignore[no-untyped-def]
    wife = add(ck, "Guldariya Sherizatkyzy", "Гүлдария Шеризатқызы")
    sister = add(ck, "Guldana Sherizatkyzy")
    hits = data(ck("search", "Gulidarriya", "Xilizati", "--json"))
    people = [h for h in hits if h["entity"] == "person"]
    assert [h["id"] for h in people][:2] == [wife, sister]
    assert people[0]["matched"] == "Guldariya Sherizatkyzy"
    assert people[0]["label"] == "Guldariya Sherizatkyzy"
    assert people[0]["score"] > people[1]["score"]


def test_duplicates_merge_and_unmerge_at_the_command_line(ck) -> None:  # type: ignore[no-untyped-def]
    first = add(ck, "Alinur Turhanbay", extra=("--birth-date", "1975"))
    second = add(ck, "阿力木努尔·吐尔汗拜", extra=("--birth-date", "circa 1975"))
    pairs = data(ck("duplicates", "--json"))
    assert [{p["person_id"], p["other_id"]} for p in pairs] == [{first, second}]
    assert pairs[0]["names"][0]["score"] > 0.8
    assert [f["field"] for f in pairs[0]["agree"]] == ["birth_date"]

    code, out, _ = ck("duplicates")
    assert code == 0 and "Alinur Turhanbay" in out and "agrees  birth_date" in out

    merged = data(ck("merge", first, second, "--json"))
    assert merged["moved"] == {"person_name": 1}
    assert data(ck("duplicates", "--json")) == []
    shown = data(ck("person", "show", first, "--json"))
    assert [n["text"] for n in shown["names"]] == ["Alinur Turhanbay", "阿力木努尔·吐尔汗拜"]

    undone = data(ck("unmerge", merged["id"], "--json"))
    assert undone["undone_by"] == "caseworker-a"
    assert len(data(ck("duplicates", "--json"))) == 1

    code, _out, _err = ck("not-same", first, second)
    assert code == 0
    assert data(ck("duplicates", "--json")) == []
    code, _out, err = ck("merge", first, second)
    assert code == 1 and "different people" in err


def test_names_keys_explains_a_name(ck) -> None:  # type: ignore[no-untyped-def]
    keys = data(ck("names", "keys", "古丽达尔娅·西力扎提", "--json"))
    assert keys["script"] == "Hani"
    assert keys["latin"] == "gulidarya shilijati"
    assert data(ck("names", "reindex", "--json")) == {"names": 0}
