"""A caseworker keeps evidence files in the vault from the command line.

She imports a phone's photos and a long recording, checks the vault,
extracts a copy for a lawyer, and in an emergency opens a blob with the
stock ``age`` command. Then someone tampers with the vault folder: every
kind of damage is found by ``vault verify`` and refused by ``extract``.
And a laptop that dies mid-import still opens, with no trace of the half file.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casekeeper.cli.main import main
from casekeeper.crypto import keyslots
from casekeeper.crypto.age import CHUNK_SIZE

PASSPHRASE = "correct horse battery staple"
ENCRYPTED_CHUNK = CHUNK_SIZE + 16
AGE = shutil.which("age")


_DERIVED: dict[tuple[str, bytes, str], bytes] = {}


def _remembered(real):  # type: ignore[no-untyped-def]
    """Argon2 runs once per store and passphrase; every later CLI call in the
    test reuses the key (each call still unlocks the store for real)."""

    def derive_key(passphrase: str, salt: bytes, params):  # type: ignore[no-untyped-def]
        key = (passphrase, bytes(salt), repr(params))
        if key not in _DERIVED:
            _DERIVED[key] = bytes(real(passphrase, salt, params))
        return bytearray(_DERIVED[key])  # the caller zeroes its own copy

    return derive_key


@pytest.fixture(scope="session")
def _blank_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("cli-evidence") / "store"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CASEKEEPER_PASSPHRASE", PASSPHRASE)
        assert main(["--store", str(store), "init", "--kdf", "minimum"]) == 0
    return store


@pytest.fixture
def ck(_blank_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
       capsys: pytest.CaptureFixture[str]):
    """Run `casekeeper --store <tmp> ...` in-process; returns (exit code, stdout, stderr)."""
    store = tmp_path / "store"
    shutil.copytree(_blank_store, store)
    monkeypatch.setenv("CASEKEEPER_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CASEKEEPER_AUTHOR", "caseworker-a")
    monkeypatch.setattr(keyslots, "derive_key", _remembered(keyslots.derive_key))
    capsys.readouterr()

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--store", str(store), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    run.store = store  # type: ignore[attr-defined]
    return run


def data(result: tuple[int, str, str]):
    code, out, err = result
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def case(ck) -> str:
    return data(ck("case", "new", "--title", "Truck driver detained at Dulata", "--json"))["ref"]


def pattern(size: int, seed: bytes) -> bytes:
    out = bytearray()
    n = 0
    while len(out) < size:
        out += hashlib.sha256(seed + n.to_bytes(8, "big")).digest()
        n += 1
    return bytes(out[:size])


def blobs(ck) -> set[Path]:
    vault = ck.store / "vault"
    return {p for p in vault.rglob("*") if p.is_file() and not p.name.startswith(".")}


def add_one(ck, case: str, path: Path) -> tuple[dict, Path]:
    """Imports one file; returns its record and the blob it went to."""
    before = blobs(ck)
    [item] = data(ck("evidence", "add", "--case", case, str(path), "--json"))
    [blob] = blobs(ck) - before
    return item, blob


def payload_start(blob: bytes) -> int:
    """Offset of the first sealed chunk: after the header's MAC line and the 16-byte nonce."""
    mac_line = blob.index(b"\n---")
    return blob.index(b"\n", mac_line + 1) + 1 + 16


# --- the happy path ------------------------------------------------------------------------


def test_import_show_extract_and_verify_a_phone_folder(ck, case: str, tmp_path: Path) -> None:
    phone = tmp_path / "phone"
    phone.mkdir()
    (phone / "IMG_0001.jpg").write_bytes(pattern(150_000, b"photo"))
    (phone / "testimony.txt").write_text("He was taken at the border post.\n", encoding="utf-8")
    items = data(ck("evidence", "add", "--case", case, str(phone),
                    "--acquired-from", "Guldariya", "--acquired-at", "2025-07-23",
                    "--acquired-where", "Almaty", "--description", "from her phone", "--json"))
    assert sorted(i["original_name"] for i in items) == ["IMG_0001.jpg", "testimony.txt"]
    text = next(i for i in items if i["original_name"] == "testimony.txt")
    assert text["media_type"] == "text/plain"

    code, out, _ = ck("evidence", "list", "--case", case)
    assert code == 0 and "IMG_0001.jpg" in out and "testimony.txt" in out

    code, out, err = ck("evidence", "extract", text["id"], "--out", str(tmp_path / "copy.txt"))
    assert code == 1 and "NOT encrypted" in err and "--yes" in err
    assert not (tmp_path / "copy.txt").exists()
    code, out, err = ck("evidence", "extract", text["id"][:8], "--out",
                        str(tmp_path / "copy.txt"), "--yes")
    assert code == 0 and "SHA-256 checked" in out and "NOT encrypted" in err
    assert (tmp_path / "copy.txt").read_bytes() == (phone / "testimony.txt").read_bytes()

    code, out, _ = ck("vault", "verify")
    assert code == 0 and "Checked 2 files" in out and "Every file matches" in out

    code, out, _ = ck("evidence", "remove", text["id"], "--reason", "consent withdrawn")
    assert code == 0 and "erased" in out and "custody record are kept" in out
    code, out, _ = ck("evidence", "show", text["id"])
    assert code == 0 and "REMOVED" in out
    for action in ("acquired", "imported", "extracted", "verified", "removed"):
        assert action in out, action
    shown = data(ck("evidence", "show", text["id"], "--json"))
    assert [c["action"] for c in shown["custody"]] == [
        "acquired", "imported", "extracted", "verified", "removed"]
    assert {c["sha256"] for c in shown["custody"]} == {text["sha256"]}
    assert "Guldariya" in shown["custody"][0]["detail"]

    code, out, _ = ck("evidence", "list", "--case", case)
    assert "testimony.txt" not in out
    code, out, _ = ck("evidence", "list", "--case", case, "--all")
    assert "testimony.txt" in out and "removed" in out
    code, out, _ = ck("check")
    assert code == 0 and "intact" in out


def test_bad_input_at_the_command_line_is_one_line_and_records_nothing(
    ck, case: str, tmp_path: Path
) -> None:
    os.mkfifo(tmp_path / "pipe")
    os.symlink("loop", tmp_path / "loop")
    for path, words in ((tmp_path / "pipe", "not a regular file"),
                        (tmp_path / "loop", "points back to itself"),
                        (tmp_path / "missing.jpg", "does not exist")):
        code, out, err = ck("evidence", "add", "--case", case, str(path))
        assert code == 1 and out == "", err
        assert err.startswith("casekeeper: ") and words in err and err.count("\n") == 1
    assert data(ck("evidence", "list", "--case", case, "--all", "--json")) == []
    assert blobs(ck) == set()
    assert ck("check")[0] == 0


def test_export_key_needs_the_confirmation_word(ck) -> None:
    code, out, err = ck("vault", "export-key")
    assert code == 1 and out == "" and "--confirm SHOW" in err
    code, out, _ = ck("vault", "export-key", "--confirm", "SHOW")
    assert code == 0 and out.startswith("AGE-SECRET-KEY-1")


@pytest.mark.skipif(AGE is None, reason="the age command is not installed (Makefile installs it)")
@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE, 3 * CHUNK_SIZE + 7])
def test_the_stock_age_command_opens_a_blob_with_the_exported_key(
    ck, case: str, tmp_path: Path, size: int
) -> None:
    original = pattern(size, b"emergency")
    source = tmp_path / "video.mp4"
    source.write_bytes(original)
    _item, blob = add_one(ck, case, source)

    code, key, _ = ck("vault", "export-key", "--confirm", "SHOW")
    assert code == 0
    keyfile = tmp_path / "key.txt"
    keyfile.write_text(key, encoding="ascii")
    keyfile.chmod(0o600)
    opened = subprocess.run([AGE, "-d", "-i", str(keyfile), str(blob)],
                            capture_output=True, check=False, timeout=30)
    assert opened.returncode == 0, opened.stderr
    assert opened.stdout == original


# --- damage in the vault folder ----------------------------------------------------------


def flip_a_bit(blob: Path) -> None:
    data_ = bytearray(blob.read_bytes())
    data_[payload_start(data_) + ENCRYPTED_CHUNK + 1000] ^= 0x04  # inside chunk 2
    blob.write_bytes(bytes(data_))


def truncate_at_a_chunk_boundary(blob: Path) -> None:
    data_ = blob.read_bytes()
    blob.write_bytes(data_[: payload_start(data_) + 2 * ENCRYPTED_CHUNK])


def swap_two_chunks(blob: Path) -> None:
    data_ = blob.read_bytes()
    start = payload_start(data_)
    one = data_[start : start + ENCRYPTED_CHUNK]
    two = data_[start + ENCRYPTED_CHUNK : start + 2 * ENCRYPTED_CHUNK]
    blob.write_bytes(data_[:start] + two + one + data_[start + 2 * ENCRYPTED_CHUNK :])


def flip_a_header_byte(blob: Path) -> None:
    data_ = bytearray(blob.read_bytes())
    data_[payload_start(data_) - 20] ^= 0x01  # in the nonce / MAC line
    blob.write_bytes(bytes(data_))


DAMAGE = {
    "a flipped bit": (flip_a_bit, "chunk 2"),
    "truncated at a chunk boundary": (truncate_at_a_chunk_boundary, "without its final chunk"),
    "two chunks swapped": (swap_two_chunks, "chunk 1"),
    "a damaged header": (flip_a_header_byte, "(header)"),
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_blob_is_found_by_verify_and_refused_by_extract(
    ck, case: str, tmp_path: Path, damage
) -> None:
    harm, words = damage
    source = tmp_path / "testimony.m4a"
    source.write_bytes(pattern(4 * CHUNK_SIZE + 500, b"testimony"))
    item, blob = add_one(ck, case, source)
    other = tmp_path / "other.txt"
    other.write_text("an untouched file", encoding="utf-8")
    add_one(ck, case, other)
    harm(blob)

    code, out, err = ck("vault", "verify")
    assert code == 2, (out, err)
    [line] = [ln for ln in out.splitlines() if ln.startswith("DAMAGED")]
    assert item["id"] in line and "testimony.m4a" in line and words in line
    assert "Checked 2 files" in out and "1 of 2 files failed verification" in out

    out_file = tmp_path / "lawyer" / "testimony.m4a"
    out_file.parent.mkdir()
    code, out, err = ck("evidence", "extract", item["id"], "--out", str(out_file), "--yes")
    assert code == 2 and out == ""
    assert item["id"][:8] in err and "testimony.m4a" in err and "damaged" in err
    assert list(out_file.parent.iterdir()) == []  # no copy, no partial file

    shown = data(ck("evidence", "show", item["id"], "--json"))
    failed = [c for c in shown["custody"] if c["action"] == "verified"]
    assert failed and failed[-1]["detail"].startswith("FAILED")
    assert ck("check")[0] == 0


def test_one_blob_renamed_over_another_is_found_for_both(ck, case: str, tmp_path: Path) -> None:
    first_file = tmp_path / "passport.jpg"
    first_file.write_bytes(pattern(100_000, b"passport"))
    second_file = tmp_path / "visa.jpg"
    second_file.write_bytes(pattern(100_000, b"visa"))
    first, first_blob = add_one(ck, case, first_file)
    second, second_blob = add_one(ck, case, second_file)
    os.replace(second_blob, first_blob)  # passport's blob now holds the visa; visa's is gone

    code, out, _ = ck("vault", "verify", "--json")
    assert code == 2
    problems = {p["id"]: p for p in json.loads(out)["problems"]}
    assert set(problems) == {first["id"], second["id"]}
    assert problems[first["id"]]["name"] == "passport.jpg"
    assert "no longer matches" in problems[first["id"]]["reason"]
    assert "missing" in problems[second["id"]]["reason"]

    for item in (first, second):
        out_file = tmp_path / f"copy-{item['id']}.jpg"
        code, _, err = ck("evidence", "extract", item["id"], "--out", str(out_file), "--yes")
        assert code == 2 and "damaged" in err and item["original_name"] in err
        assert not out_file.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_blob_swapped_with_one_from_another_store_is_refused(
    ck, case: str, tmp_path: Path
) -> None:
    """Same file name layout, different store: its key does not open it."""
    source = tmp_path / "a.txt"
    source.write_text("statement", encoding="utf-8")
    item, blob = add_one(ck, case, source)
    from casekeeper.crypto.age import encrypt_file, generate_identity

    with open(source, "rb") as src, open(blob, "wb") as dst:
        encrypt_file(src, dst, [generate_identity().recipient()])
    code, out, _ = ck("vault", "verify")
    assert code == 2 and item["id"] in out
    code, _, err = ck("evidence", "extract", item["id"], "--out", str(tmp_path / "x"), "--yes")
    assert code == 2 and not (tmp_path / "x").exists()


# --- a crash in the middle of a large import ----------------------------------------------


def test_kill_9_during_a_large_import_leaves_an_openable_store_without_the_half_file(
    ck, case: str, tmp_path: Path
) -> None:
    big = tmp_path / "phone-backup.mp4"
    with open(big, "wb") as handle:  # 300 MB, sparse: costs no disk, reads as zeros
        handle.truncate(300 * 1024 * 1024)
    small = tmp_path / "note.txt"
    small.write_text("imported before the crash", encoding="utf-8")
    [kept] = data(ck("evidence", "add", "--case", case, str(small), "--json"))

    env = dict(os.environ, CASEKEEPER_PASSPHRASE=PASSPHRASE, CASEKEEPER_AUTHOR="caseworker-a")
    script = "import sys; from casekeeper.cli.main import main; sys.exit(main(sys.argv[1:]))"
    vault = ck.store / "vault"
    process = subprocess.Popen(
        [sys.executable, "-c", script, "--store", str(ck.store), "evidence", "add",
         "--case", case, str(big)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    half: Path | None = None
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and process.poll() is None:
            temps = list(vault.glob(".incoming-*.tmp"))
            if temps:
                try:
                    if temps[0].stat().st_size > 20 * 1024 * 1024:  # well under way
                        half = temps[0]
                        os.kill(process.pid, signal.SIGKILL)
                        break
                except FileNotFoundError:
                    pass
            time.sleep(0.001)
    finally:
        if process.poll() is None and half is None:
            process.kill()
        _out, err = process.communicate(timeout=30)
    assert half is not None, f"the import finished before it could be killed: {err!r}"
    assert process.returncode == -signal.SIGKILL
    assert half.exists()  # the crash left its temp file behind…

    listed = data(ck("evidence", "list", "--case", case, "--all", "--json"))
    assert [i["id"] for i in listed] == [kept["id"]]  # …but no record of it
    assert not half.exists()  # and opening the store cleaned it up
    assert list(vault.glob(".incoming-*")) == []
    assert len(blobs(ck)) == 1
    code, out, _ = ck("check")
    assert code == 0 and "intact" in out
    code, out, _ = ck("vault", "verify")
    assert code == 0 and "Checked 1 file " in out
