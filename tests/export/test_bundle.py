"""Evidence bundles, checked with the lawyer's own tools.

``bagit.py --validate`` (PyPI bagit), ``minisign -Vm`` (Debian minisign),
``age -d`` and ``unzip`` are run on what CaseKeeper wrote; each kind of
tampering must fail those tools where they check it, and ``casekeeper
verify`` (``verify_bundle``) always, naming the problem.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from test_bundle_casekit import (
    ALIMNUR_ADDRESS,
    ALIMNUR_PHONE,
    GPS_TEXT,
    INTERNAL_NOTE,
    PASSPORT,
    SERIK,
    SERIK_INFLECTED,
    SERIK_TESTIMONY,
    CaseKit,
    shared_case,
)

from casekeeper.crypto.signing import fingerprint, minisign_public_key_file
from casekeeper.errors import Cancelled, InvalidValue
from casekeeper.export.bundle import custody_lines, evidence_file_name
from casekeeper.export.verify import verify_bundle
from casekeeper.progress import CancelToken
from casekeeper.services import evidence as ev
from casekeeper.services import exports
from casekeeper.services.context import Context
from casekeeper.store.store import Store

BAGIT = shutil.which("bagit.py") or str(Path(sys.executable).parent / "bagit.py")
TOOLS = {name: shutil.which(name) for name in ("minisign", "age", "age-keygen")}
UNZIP = shutil.which("unzip")  # Info-ZIP when installed, else Python's zipfile
needs_tools = pytest.mark.skipif(
    not all(TOOLS.values()) or not Path(BAGIT).exists(),
    reason="needs minisign, age (Debian) and bagit.py (pip install bagit)",
)


@dataclass
class Made:
    store: Store
    ctx: Context
    kit: CaseKit
    folder: Path
    partners: Path  # a partners bundle made once for the whole module
    public: Path
    signer: str  # fingerprint
    pubkey_line: str


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Made:
    shared = shared_case(tmp_path_factory)
    store, ctx, kit = shared.store, shared.ctx, shared.kit
    out = tmp_path_factory.mktemp("bundles")
    partners = exports.export_bundle(ctx, kit.ref, out / "partners.zip", audience="partners")
    public = exports.export_bundle(ctx, kit.ref, out / "public.zip", audience="public")
    identity = store.signing_identity()
    return Made(store, ctx, kit, out, partners.path, public.path, fingerprint(identity),
                minisign_public_key_file(identity, "x").splitlines()[1])


def run(*argv: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(argv), cwd=cwd, capture_output=True, text=True, timeout=60)


def unzip(bundle: Path, into: Path) -> Path:
    into.mkdir(parents=True, exist_ok=True)
    if UNZIP:
        result = run(UNZIP, "-q", str(bundle), "-d", str(into))
        assert result.returncode == 0, result.stderr
    else:
        with zipfile.ZipFile(bundle) as z:
            z.extractall(into)
    (bag,) = [p for p in into.iterdir() if p.is_dir()]
    return bag


def rezip(bag: Path, out: Path) -> Path:
    with zipfile.ZipFile(out, "w") as z:
        for path in sorted(bag.rglob("*")):
            if path.is_file():
                z.write(path, f"{bag.name}/{path.relative_to(bag).as_posix()}")
    return out


def bagit_ok(bag: Path) -> subprocess.CompletedProcess[str]:
    return run(BAGIT, "--validate", str(bag))


def minisign_ok(bag: Path, *, key: str | None = None, alg: str = "sha256"
                ) -> subprocess.CompletedProcess[str]:
    target = str(bag / f"tagmanifest-{alg}.txt")
    if key:
        return run(TOOLS["minisign"] or "minisign", "-Vm", target, "-P", key)
    return run(TOOLS["minisign"] or "minisign", "-Vm", target, "-p",
               str(bag / "casekeeper-signer.pub"))


# --- a good bundle ---------------------------------------------------------------------


@needs_tools
def test_standard_tools_accept_the_bundle(made: Made, tmp_path: Path) -> None:
    bag = unzip(made.partners, tmp_path)
    assert bag.name == f"{made.kit.ref}-partners-20250724"
    result = bagit_ok(bag)
    assert result.returncode == 0, result.stderr
    for alg in ("sha256", "sha512"):
        result = minisign_ok(bag, alg=alg)
        assert result.returncode == 0, result.stderr + result.stdout
        assert f"case: {made.kit.ref}" in result.stdout and made.signer in result.stdout
        result = minisign_ok(bag, key=made.pubkey_line, alg=alg)
        assert result.returncode == 0, result.stderr
    expected = {
        "READ-ME-FIRST.txt", "bagit.txt", "bag-info.txt", "casekeeper-signer.pub",
        "manifest-sha256.txt", "manifest-sha512.txt", "tagmanifest-sha256.txt",
        "tagmanifest-sha512.txt", "tagmanifest-sha256.txt.minisig",
        "tagmanifest-sha512.txt.minisig", "data/case.json", "data/custody.jsonl",
        "data/index.html", "data/report.pdf", "data/evidence/002-statement.txt",
        "data/evidence/001-withheld-lorry.jpg",
    }
    assert {p.relative_to(bag).as_posix() for p in bag.rglob("*") if p.is_file()} == expected
    assert (bag / "data/evidence/002-statement.txt").read_bytes() == made.kit.statement_bytes
    assert (bag / "data/evidence/001-withheld-lorry.jpg").read_bytes() == made.kit.photo_bytes
    readme = (bag / "READ-ME-FIRST.txt").read_text()
    assert f"bagit.py --validate {bag.name}" in readme
    assert f"minisign -Vm {bag.name}/tagmanifest-sha256.txt -p {bag.name}/casekeeper-signer.pub" \
        in readme
    assert made.signer in readme and "unzip" in readme
    assert (bag / "data/report.pdf").read_bytes().startswith(b"%PDF-")
    html = (bag / "data/index.html").read_text()
    assert "<script" not in html.lower() and "javascript:" not in html.lower()
    assert "001-withheld-lorry.jpg" in html and "SHA-256" in html
    doc = json.loads((bag / "data/case.json").read_text())
    assert doc["redaction"]["audience"] == "partners"
    assert {f["path"] for f in doc["bundle"]["files"]} == {
        "data/evidence/002-statement.txt", "data/evidence/001-withheld-lorry.jpg"}
    report = verify_bundle(bag, signer=made.signer)
    assert report.ok, report.problems
    report = verify_bundle(made.partners, signer=made.signer)
    assert report.ok and report.files_checked == 6 and report.signer_expected


def test_custody_is_hash_chained_and_recorded(made: Made, tmp_path: Path) -> None:
    with zipfile.ZipFile(made.partners) as z:
        name = next(n for n in z.namelist() if n.endswith("data/custody.jsonl"))
        text = z.read(name)
    lines = [json.loads(line) for line in text.splitlines()]
    assert [r["seq"] for r in lines] == list(range(1, len(lines) + 1))
    assert lines[0]["prev"] == "0" * 64
    assert custody_lines([{k: v for k, v in r.items() if k not in ("seq", "prev")}
                          for r in lines]) == text
    exported = [r for r in lines if r["action"] == "exported"]
    assert {r["evidence_id"] for r in exported} == {made.kit.photo, made.kit.statement}
    # The same event is in the store's custody record, under the same id.
    view = ev.show_evidence(made.store, made.kit.photo)
    ids = {c.id for c in view.custody if c.action == "exported"}
    assert {r["id"] for r in exported if r["evidence_id"] == made.kit.photo} <= ids
    # A line changed and re-hashed in the manifests would still break the chain.
    broken = text.replace(b'"acquired"', b'"imported"', 1)
    from casekeeper.export.verify import _custody_chain

    assert _custody_chain(text) is None
    assert _custody_chain(broken) is not None


@needs_tools
@pytest.mark.parametrize("audience", ["public", "partners"])
def test_no_withheld_value_is_anywhere_in_the_bundle(
    made: Made, tmp_path: Path, audience: str
) -> None:
    bundle = made.public if audience == "public" else made.partners
    bag = unzip(bundle, tmp_path)
    secrets = [*SERIK, *SERIK_INFLECTED, INTERNAL_NOTE, SERIK_TESTIMONY, ALIMNUR_PHONE,
               ALIMNUR_ADDRESS, PASSPORT, "Серік", "Serik", "Bekov", "赛里克", "سېرىك",
               *GPS_TEXT]
    blobs = [(p.relative_to(bag.parent).as_posix(), p.read_bytes())
             for p in bag.rglob("*") if p.is_file()]
    with zipfile.ZipFile(bundle) as z:
        names = "\n".join(z.namelist())
    text = ""
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(bag / "data/report.pdf"), "-"],
                              capture_output=True, text=True).stdout
    for secret in secrets:
        needle = secret.casefold()
        for rel, data in blobs:
            assert needle not in data.decode("utf-8", "replace").casefold(), (secret, rel)
            assert secret.encode("utf-8") not in data, (secret, rel)
            assert needle not in rel.casefold(), (secret, rel)
        assert needle not in names.casefold()
        assert needle not in text.casefold()
    # Yet the bundle says something was withheld.
    assert "[withheld: no consent]" in (bag / "data/case.json").read_text()
    if audience == "public":
        assert not any("lorry" in rel for rel, _ in blobs)  # the photo is for partners only
    # The market photo's file would carry its withheld position: not shipped.
    assert not any("market" in rel for rel, _ in blobs)


# --- tampering ---------------------------------------------------------------------------


def _change_a_byte(bag: Path) -> None:
    target = bag / "data/evidence/002-statement.txt"
    data = bytearray(target.read_bytes())
    data[10] ^= 0x01
    target.write_bytes(bytes(data))


def _remove_a_file(bag: Path) -> None:
    (bag / "data/evidence/001-withheld-lorry.jpg").unlink()


def _add_a_file(bag: Path) -> None:
    (bag / "data/evidence/003-extra.txt").write_text("planted\n")


def _change_bag_info(bag: Path) -> None:
    info = bag / "bag-info.txt"
    info.write_text(info.read_text().replace("CaseKeeper-Audience: partners",
                                             "CaseKeeper-Audience: public"))


def _other_key(tmp: Path) -> tuple[Path, Path]:
    pub, sec = tmp / "other.pub", tmp / "other.key"
    result = run(TOOLS["minisign"] or "minisign", "-G", "-W", "-f", "-p", str(pub), "-s",
                 str(sec))
    assert result.returncode == 0, result.stderr
    return pub, sec


def _resign(bag: Path, sec: Path) -> None:
    for alg in ("sha256", "sha512"):
        target = bag / f"tagmanifest-{alg}.txt"
        result = run(TOOLS["minisign"] or "minisign", "-S", "-s", str(sec), "-m", str(target),
                     "-t", "CaseKeeper evidence bundle (forged)")
        assert result.returncode == 0, result.stderr


TAMPERING = {
    # name: (mutation, bagit.py must fail, minisign with the bundled key must fail, problem)
    "changed byte": (_change_a_byte, True, False, "002-statement.txt has changed"),
    "removed file": (_remove_a_file, True, False, "001-withheld-lorry.jpg is listed"),
    "added file": (_add_a_file, True, False, "003-extra.txt is in the bag but not listed"),
    "changed bag-info": (_change_bag_info, True, False, "bag-info.txt has changed"),
}


@needs_tools
@pytest.mark.parametrize("case", sorted(TAMPERING))
def test_tampering_fails_the_tools_and_verify(made: Made, tmp_path: Path, case: str) -> None:
    mutate, bagit_fails, minisign_fails, problem = TAMPERING[case]
    bag = unzip(made.partners, tmp_path / "unpacked")
    mutate(bag)
    assert (bagit_ok(bag).returncode != 0) == bagit_fails
    assert (minisign_ok(bag).returncode != 0) == minisign_fails
    for target in (bag, rezip(bag, tmp_path / "tampered.zip")):
        report = verify_bundle(target, signer=made.signer)
        assert not report.ok
        assert any(problem in p for p in report.problems), report.problems
        assert "NOT VERIFIED" in report.lines()[-1]


@needs_tools
def test_a_signature_from_another_key_fails(made: Made, tmp_path: Path) -> None:
    # 1. The forger re-signs and swaps in their own public key as well.
    bag = unzip(made.partners, tmp_path / "a")
    pub, sec = _other_key(tmp_path)
    _resign(bag, sec)
    shutil.copy(pub, bag / "casekeeper-signer.pub")
    assert bagit_ok(bag).returncode != 0  # the key file is covered by the tag manifests
    assert minisign_ok(bag, key=made.pubkey_line).returncode != 0  # the sender's real key
    report = verify_bundle(bag, signer=made.signer)
    assert not report.ok
    assert any("not by the expected signer" in p for p in report.problems), report.problems
    # Checked against the real key file, the signature itself fails.
    real = tmp_path / "real.pub"
    real.write_text(minisign_public_key_file(made.store.signing_identity(), "sender"))
    report = verify_bundle(bag, pubkey=real)
    assert any("made with key" in p for p in report.problems), report.problems

    # 2. Only the signatures are swapped: the bundled key no longer matches them.
    bag = unzip(made.partners, tmp_path / "b")
    _resign(bag, sec)
    assert bagit_ok(bag).returncode == 0  # .minisig files are not in the tag manifests
    assert minisign_ok(bag).returncode != 0
    report = verify_bundle(rezip(bag, tmp_path / "b.zip"))
    assert any("signature of tagmanifest-sha256.txt is not valid" in p for p in report.problems)


@needs_tools
def test_an_extra_tag_file_does_not_break_validation(made: Made, tmp_path: Path) -> None:
    bag = unzip(made.partners, tmp_path)
    (bag / "tagmanifest-sha256.txt.minisig.tsr").write_bytes(b"a later trusted timestamp")
    assert bagit_ok(bag).returncode == 0
    assert minisign_ok(bag).returncode == 0
    report = verify_bundle(rezip(bag, tmp_path / "with-timestamp.zip"), signer=made.signer)
    assert report.ok, report.problems
    assert any("tsr is not covered" in n for n in report.notes)


def test_zip_with_climbing_or_absolute_paths_is_refused(made: Made, tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    evil = work / "evil.zip"
    with zipfile.ZipFile(made.partners) as src, zipfile.ZipFile(evil, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr("../escaped.txt", b"x")
        dst.writestr("/tmp/absolute-casekeeper-test.txt", b"x")
    before = sorted(p.name for p in tmp_path.rglob("*"))
    report = verify_bundle(evil, signer=made.signer)
    assert not report.ok
    assert any("'../escaped.txt' is refused" in p for p in report.problems)
    assert any("absolute" in p for p in report.problems)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    assert not Path("/tmp/absolute-casekeeper-test.txt").exists()


# --- encryption, selection, cancel ---------------------------------------------------------


@needs_tools
def test_encrypted_bundle_opens_with_age(made: Made, tmp_path: Path) -> None:
    key = tmp_path / "lawyer.txt"
    assert run(TOOLS["age-keygen"] or "age-keygen", "-o", str(key)).returncode == 0
    recipient = next(line.split(": ")[1] for line in key.read_text().splitlines()
                     if line.startswith("# public key:"))
    out = tmp_path / "out"
    out.mkdir()
    result = exports.export_bundle(made.ctx, made.kit.ref, out / "bundle.zip.age",
                                   audience="partners", encrypt_to=recipient)
    assert result.encrypted_for == recipient
    assert [p.name for p in out.iterdir()] == ["bundle.zip.age"]  # no plaintext zip left
    assert (out / "bundle.zip.age").read_bytes().startswith(b"age-encryption.org/v1\n")
    plain = tmp_path / "bundle.zip"
    decrypted = run(TOOLS["age"] or "age", "-d", "-i", str(key), "-o", str(plain),
                    str(out / "bundle.zip.age"))
    assert decrypted.returncode == 0, decrypted.stderr
    bag = unzip(plain, tmp_path / "unpacked")
    assert bagit_ok(bag).returncode == 0
    assert minisign_ok(bag).returncode == 0
    report = verify_bundle(out / "bundle.zip.age", identity=key, signer=made.signer)
    assert report.ok, report.problems
    assert report.encrypted and any("age encryption is intact" in p for p in report.passed)
    with pytest.raises(InvalidValue, match="--identity"):
        verify_bundle(out / "bundle.zip.age")
    # A flipped byte inside the encrypted file is found too.
    damaged = tmp_path / "damaged.zip.age"
    data = bytearray((out / "bundle.zip.age").read_bytes())
    data[len(data) // 2] ^= 0x40
    damaged.write_bytes(bytes(data))
    try:
        report = verify_bundle(damaged, identity=key)
        assert not report.ok
    except Exception as exc:  # BundleUnreadable: exit code 2 as well
        assert getattr(exc, "exit_code", None) == 2


def test_only_the_chosen_items_and_never_a_hidden_one(made: Made, tmp_path: Path) -> None:
    result = exports.export_bundle(made.ctx, made.kit.ref, tmp_path / "one.zip",
                                   audience="partners", evidence_ids=[made.kit.photo[:8]])
    assert [i.evidence_id for i in result.items] == [made.kit.photo]
    assert verify_bundle(result.path).ok
    with pytest.raises(InvalidValue, match="GPS position is withheld"):
        exports.export_bundle(made.ctx, made.kit.ref, tmp_path / "two.zip",
                              audience="partners", evidence_ids=[made.kit.gps_photo])
    with pytest.raises(InvalidValue, match="may not be shown to partners"):
        exports.export_bundle(made.ctx, made.kit.ref, tmp_path / "two.zip",
                              audience="partners", evidence_ids=[made.kit.internal_doc])
    with pytest.raises(InvalidValue, match="already exists"):
        exports.export_bundle(made.ctx, made.kit.ref, tmp_path / "one.zip", audience="partners")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.zip"]


def test_a_file_name_holding_a_withheld_name_stays_out_of_the_bundle(
    made: Made, tmp_path: Path
) -> None:
    out = tmp_path / "Serik Bekov for the lawyer.zip"
    exports.export_bundle(made.ctx, made.kit.ref, out, audience="partners")
    with zipfile.ZipFile(out) as z:
        for name in z.namelist():
            assert "serik" not in z.read(name).decode("utf-8", "replace").casefold(), name
        readme = z.read(next(n for n in z.namelist() if n.endswith("READ-ME-FIRST.txt")))
    assert b"unzip BUNDLE.zip" in readme
    ordinary = exports.export_bundle(made.ctx, made.kit.ref, tmp_path / "for-lawyer.zip",
                                     audience="partners")
    with zipfile.ZipFile(ordinary.path) as z:
        readme = z.read(next(n for n in z.namelist() if n.endswith("READ-ME-FIRST.txt")))
    assert b"unzip for-lawyer.zip" in readme


def test_cancel_leaves_no_file_and_no_custody(made: Made, tmp_path: Path) -> None:
    token = CancelToken()

    def progress(_what: str, _done: int, _total: int | None) -> None:
        token.cancel()

    before = len(ev.show_evidence(made.store, made.kit.statement).custody)
    with pytest.raises(Cancelled):
        exports.export_bundle(made.ctx, made.kit.ref, tmp_path / "c.zip", audience="public",
                              progress=progress, cancel=token)
    assert list(tmp_path.iterdir()) == []
    assert len(ev.show_evidence(made.store, made.kit.statement).custody) == before


def test_evidence_file_names_are_ascii() -> None:
    assert evidence_file_name(1, "протокол задержания.JPG", "image/jpeg") == "001-item.jpg"
    assert evidence_file_name(12, "Фото 1 (copy).jpeg", "") == "012-1-copy.jpeg"
    assert evidence_file_name(3, "[withheld: no consent]_lorry.jpg", "") == "003-withheld-lorry.jpg"
    assert evidence_file_name(4, "notes", "text/plain") == "004-notes.txt"
    assert evidence_file_name(5, "a.tar.gz\u202e", "application/gzip").isascii()
    assert os.sep not in evidence_file_name(6, "../../etc/passwd", "")
