"""A caseworker exports a bundle for a lawyer; the lawyer checks it with
``casekeeper verify``, which needs no store, no passphrase, no CaseKeeper data.

Exit codes: 0 verified, 2 verification failed (naming what failed), 1 a
user error (a missing key file, an encrypted bundle without --identity).
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from casekeeper.cli import export_commands
from casekeeper.cli import main as cli_main
from casekeeper.crypto.signing import minisign_public_key_file, new_signing_identity

PASSPHRASE = "correct horse battery staple"
AGE_KEYGEN = shutil.which("age-keygen")


def _wire(patch: pytest.MonkeyPatch) -> None:
    """`export bundle` and `verify` live in export_commands (cli/main.py lists it
    after json_commands); until it is wired there, wire it for the test."""
    if export_commands not in cli_main.GROUPS:
        patch.setattr(cli_main, "GROUPS", (*cli_main.GROUPS, export_commands))


def _call(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli_main.main(list(argv))
    return code, out.getvalue(), err.getvalue()


@dataclass
class Exported:
    folder: Path
    bundle: Path
    encrypted: Path | None
    age_key: Path | None
    signer: str
    pubkey: Path
    ref: str


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Exported:
    folder = tmp_path_factory.mktemp("cli-verify")
    store = folder / "store"
    with pytest.MonkeyPatch.context() as patch:
        _wire(patch)
        patch.setenv("CASEKEEPER_PASSPHRASE", PASSPHRASE)
        patch.setenv("CASEKEEPER_AUTHOR", "caseworker-a")

        def ck(*argv: str) -> str:
            code, out, err = _call("--store", str(store), *argv)
            assert code == 0, err
            return out

        ck("init", "--kdf", "minimum")
        ref = json.loads(ck("case", "new", "--title", "Detained at Dulata", "--sensitivity",
                            "public", "--json"))["ref"]
        person = json.loads(ck("person", "add", "--case", ref, "--role", "witness", "--name",
                               "Serik Bekov", "--name", "Серік Беков|legal|kk", "--json"))["id"]
        photo = folder / "photo.jpg"
        photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40 + b"\xff\xd9")
        ck("evidence", "add", "--case", ref, str(photo), "--description",
           "taken by Serik Bekov", "--sensitivity", "partners", "--json")
        bundle = folder / "bundle.zip"
        result = json.loads(ck("export", "bundle", ref, "--audience", "partners", "--out",
                               str(bundle), "--json"))
        encrypted = key = None
        if AGE_KEYGEN:
            key = folder / "lawyer-key.txt"
            subprocess.run([AGE_KEYGEN, "-o", str(key)], check=True, capture_output=True)
            recipient = next(ln.split(": ")[1] for ln in key.read_text().splitlines()
                             if ln.startswith("# public key:"))
            encrypted = folder / "bundle.zip.age"
            ck("export", "bundle", ref, "--audience", "partners", "--out", str(encrypted),
               "--encrypt-to", recipient)
        assert person
    with zipfile.ZipFile(bundle) as z:
        pub_name = next(n for n in z.namelist() if n.endswith("casekeeper-signer.pub"))
        pubkey = folder / "sender.pub"
        pubkey.write_bytes(z.read(pub_name))
    return Exported(folder, bundle, encrypted, key, result["signer_fingerprint"], pubkey, ref)


@pytest.fixture
def lawyer(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """`casekeeper verify` as a lawyer runs it: no store, no passphrase."""
    _wire(monkeypatch)
    monkeypatch.delenv("CASEKEEPER_PASSPHRASE", raising=False)
    nowhere = tmp_path / "no-store-here"

    def run(*argv: str) -> tuple[int, str, str]:
        return _call("--store", str(nowhere), "verify", *argv)

    yield run
    assert not nowhere.exists()


def _rewrite(src: Path, dst: Path, change) -> Path:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(src) as a, zipfile.ZipFile(dst, "w") as b:
        for info in a.infolist():
            data = change(info.filename, a.read(info))
            if data is not None:
                b.writestr(info, data)
    return dst


def test_a_good_bundle_is_verified_without_a_store(exported: Exported, lawyer) -> None:
    code, out, err = lawyer(str(exported.bundle), "--signer", exported.signer)
    assert code == 0, out + err
    assert "VERIFIED" in out and exported.signer in out and "expected" in out
    code, out, _ = lawyer(str(exported.bundle))
    assert code == 0 and "No expected signer was given" in out
    code, out, _ = lawyer(str(exported.bundle), "--pubkey", str(exported.pubkey), "--json")
    report = json.loads(out)
    assert code == 0 and report["verified"] and report["files_checked"] == 5
    assert report["signer_fingerprint"] == exported.signer


def test_a_changed_byte_fails_naming_the_file(exported: Exported, lawyer, tmp_path: Path) -> None:
    def flip(name: str, data: bytes) -> bytes:
        if "/data/evidence/" in name:
            data = bytearray(data)
            data[100] ^= 0xFF
        return bytes(data)

    tampered = _rewrite(exported.bundle, tmp_path / "tampered.zip", flip)
    code, out, err = lawyer(str(tampered), "--signer", exported.signer)
    assert code == 2
    assert "FAIL  data/evidence/001-photo.jpg has changed" in out
    assert "NOT VERIFIED" in out and "verification failed" in err


def test_bytes_changed_inside_the_zip_are_found(exported: Exported, lawyer,
                                                tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.zip"
    shutil.copy(exported.bundle, damaged)
    with zipfile.ZipFile(damaged) as z:
        info = next(i for i in z.infolist() if "/data/evidence/" in i.filename)
    with open(damaged, "r+b") as handle:  # the member's data starts after its local header
        handle.seek(info.header_offset + 26)
        skip = int.from_bytes(handle.read(2), "little") + int.from_bytes(handle.read(2), "little")
        handle.seek(info.header_offset + 30 + skip + 50)
        byte = handle.read(1)
        handle.seek(-1, 1)
        handle.write(bytes([byte[0] ^ 0xFF]))
    code, out, _ = lawyer(str(damaged))
    assert code == 2 and "data/evidence/001-photo.jpg" in out


def test_a_removed_or_added_file_fails(exported: Exported, lawyer, tmp_path: Path) -> None:
    removed = _rewrite(exported.bundle, tmp_path / "removed.zip",
                       lambda n, d: None if n.endswith("data/index.html") else d)
    code, out, _ = lawyer(str(removed))
    assert code == 2 and "data/index.html is listed in manifest-sha256.txt but missing" in out

    def plant(name: str, data: bytes) -> bytes:
        return data

    added = _rewrite(exported.bundle, tmp_path / "added.zip", plant)
    with zipfile.ZipFile(added, "a") as z:
        bag = z.namelist()[0].split("/")[0]
        z.writestr(f"{bag}/data/evidence/002-planted.jpg", b"planted")
    code, out, _ = lawyer(str(added))
    assert code == 2 and "002-planted.jpg is in the bag but not listed" in out


def test_a_changed_bag_info_fails(exported: Exported, lawyer, tmp_path: Path) -> None:
    changed = _rewrite(
        exported.bundle, tmp_path / "info.zip",
        lambda n, d: d.replace(b"partners", b"public") if n.endswith("bag-info.txt") else d,
    )
    code, out, _ = lawyer(str(changed))
    assert code == 2 and "bag-info.txt has changed" in out


def test_another_signer_fails(exported: Exported, lawyer, tmp_path: Path) -> None:
    code, out, _ = lawyer(str(exported.bundle), "--signer", "0123456789ABCDEF")
    assert code == 2 and "not by the expected signer 0123456789ABCDEF" in out
    other = tmp_path / "other.pub"
    other.write_text(minisign_public_key_file(new_signing_identity(), "someone else"))
    code, out, _ = lawyer(str(exported.bundle), "--pubkey", str(other))
    assert code == 2 and "made with key" in out


@pytest.mark.skipif(AGE_KEYGEN is None, reason="needs age-keygen (Debian age)")
def test_an_encrypted_bundle_needs_the_identity(exported: Exported, lawyer) -> None:
    assert exported.encrypted is not None and exported.age_key is not None
    code, _, err = lawyer(str(exported.encrypted))
    assert code == 1 and "--identity" in err
    code, out, err = lawyer(str(exported.encrypted), "--identity", str(exported.age_key),
                            "--signer", exported.signer)
    assert code == 0, out + err
    assert "(age-encrypted)" in out and "VERIFIED" in out


def test_what_is_not_a_bundle_or_unsafe_is_refused(exported: Exported, lawyer,
                                                  tmp_path: Path) -> None:
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip at all")
    code, _, err = lawyer(str(junk))
    assert code == 2 and "not a zip file" in err
    code, _, err = lawyer(str(tmp_path / "missing.zip"))
    assert code == 1 and "does not exist" in err
    evil = _rewrite(exported.bundle, tmp_path / "evil.zip", lambda n, d: d)
    with zipfile.ZipFile(evil, "a") as z:
        z.writestr("../../outside.txt", b"x")
    code, out, _ = lawyer(str(evil))
    assert code == 2 and "refused" in out
    assert not (tmp_path.parent / "outside.txt").exists()


def test_export_refuses_what_the_audience_may_not_have(
    exported: Exported, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _wire(monkeypatch)
    monkeypatch.setenv("CASEKEEPER_PASSPHRASE", PASSPHRASE)
    store = str(exported.folder / "store")
    code, out, _ = _call("--store", store, "export", "preview", exported.ref, "--audience",
                         "public")
    assert code == 0 and "left out" in out and "Serik" not in out
    code, out, _ = _call("--store", store, "export", "preview", exported.ref, "--audience",
                         "partners", "--json")
    assert code == 0 and "Serik" not in out and "Серік" not in out and "[withheld" in out
    code, _, err = _call("--store", store, "export", "bundle", exported.ref, "--audience",
                         "partners", "--out", str(exported.bundle))
    assert code == 1 and "already exists" in err
    code, _, err = _call("--store", store, "case", "new", "--title", "Internal only",
                         "--sensitivity", "internal", "--ref", "CK-INT-1")
    assert code == 0, err
    code, _, err = _call("--store", store, "export", "bundle", "CK-INT-1", "--audience",
                         "partners", "--out", str(tmp_path / "x.zip"))
    assert code == 1 and "marked internal" in err
    assert not (tmp_path / "x.zip").exists()
