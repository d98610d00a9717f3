#!/usr/bin/env python3
"""CaseKeeper evidence-vault benchmark: import and verify beside openssl and age.

    .venv/bin/python bench/vault_import.py                 # 2 GiB file + 2,000 photos
    .venv/bin/python bench/vault_import.py --quick         # 256 MiB + 200 photos
    .venv/bin/python bench/vault_import.py --keep /tmp/ckv # keep (and reuse) the inputs
    .venv/bin/python bench/vault_import.py --breakdown     # + where an import's time goes

Not a test: it prints a table and asserts nothing about time (issue 3,
"Speed and memory"; PITFALLS.md, "Crypto throughput").

In one run, in one temporary folder (so every file is on the same
filesystem), it

1. generates a large file (``--size-mb`` MiB of AES-256-CTR keystream: as
   incompressible as random data, made at GB/s) and a folder of
   ``--photos`` small "photos" (50-300 KB: a real JPEG header with EXIF
   camera and date, then keystream bytes, each file different);
2. measures, ``--runs`` rounds, interleaved so background load hits all
   alike (best and median are reported):
   - ``openssl dgst -sha256 FILE``: hashing alone, the physical limit of an
     import that must hash every byte;
   - ``age -r RECIPIENT -o OUT FILE`` (key from ``age-keygen``): encryption
     alone, no hash, no fsync;
   - CaseKeeper ``services.evidence.add_evidence`` of the large file into a
     fresh store (``create_store`` with ``argon2.MINIMUM``), and
     ``verify_vault`` of it; each in a child process of its own. Times are
     taken inside the child around the service call only (not interpreter
     start, not the Argon2 unlock). The child's peak RSS is its
     ``ru_maxrss`` (KiB on Linux) as returned by ``os.wait4`` for that child
     (the per-child form of ``getrusage(RUSAGE_CHILDREN).ru_maxrss``, which
     would be the maximum over every child reaped so far). A child that only
     opens the store gives the baseline; the import child also resets its
     high-water mark (``/proc/self/clear_refs``) after opening the store, so
     the import's own peak is shown too;
   - import of the photo folder (one ``add_evidence`` call) and one
     ``openssl dgst -sha256`` process over the same files.

Inputs are warm in the page cache (they were just written, and RAM is
large); the output says so. ``--cold`` evicts each input file from the page
cache (fsync + ``posix_fadvise(DONTNEED)``, this process's files only)
before every measurement, but a virtual machine's host may still cache.
The import fsyncs its blob (the vault's atomic-write rule); ``age`` does not.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

try:
    import casekeeper  # noqa: F401
except ImportError:  # running from a checkout without the editable install
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

PASSPHRASE = "benchmark passphrase, not a secret"
AUTHOR = "bench"
META_NAME = "bench-meta.json"
FORMAT = 1  # bump when the generated inputs change, so --keep does not reuse stale ones
MB = 1_000_000
MiB = 1 << 20
RSS_TARGET_MB = 150.0

# ---------------------------------------------------------------------------------------
# Child processes: one store operation each, a JSON line on stdout.
# ---------------------------------------------------------------------------------------


def _status_kib(field_name: str) -> int | None:
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field_name + ":"):
                return int(line.split()[1])
    return None


def _reset_peak_rss() -> bool:
    """Linux >= 4.0: writing 5 to clear_refs resets VmHWM to the current RSS."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _cpu() -> float:
    t = os.times()
    return t.user + t.system  # every thread of this process


def _profiled(call, out: dict[str, Any]):  # type: ignore[no-untyped-def]
    """Runs ``call`` under cProfile, on this thread and on every thread it starts
    (the age-encrypt worker), and puts a per-thread summary in ``out``."""
    import cProfile
    import pstats
    import threading

    profiles: list[tuple[str, cProfile.Profile]] = []

    def start_in_thread(*_: object) -> None:
        sys.setprofile(None)  # this bootstrap hook ran once; cProfile takes over
        prof = cProfile.Profile()
        profiles.append((threading.current_thread().name, prof))
        prof.enable()

    main = cProfile.Profile()
    threading.setprofile(start_in_thread)
    main.enable()
    try:
        return call()
    finally:
        main.disable()
        threading.setprofile(None)  # type: ignore[arg-type]
        summary: dict[str, list[tuple[str, int, float, float]]] = {}
        for name, prof in [("main", main), *profiles]:
            stats = pstats.Stats(prof)
            rows = []
            for (file, line, func), (_cc, calls, tottime, cumtime, _callers) in stats.stats.items():  # type: ignore[attr-defined]
                where = func if file == "~" else f"{Path(file).name}:{line}({func})"
                rows.append((where, calls, tottime, cumtime))
            merged = summary.setdefault(name, [])
            merged.extend(rows)
        out["profile"] = summary


def child_main(
    mode: str, store_path: Path, case: str, inputs: list[str], profile: bool = False
) -> None:
    from casekeeper.crypto import argon2
    from casekeeper.services import cases as cases_service
    from casekeeper.services import evidence
    from casekeeper.services.context import Context
    from casekeeper.services.stores import create_store, open_store

    out: dict[str, Any] = {"mode": mode}
    if mode == "create":
        store = create_store(store_path, PASSPHRASE, kdf_params=argon2.MINIMUM).store
        ctx = Context(store, AUTHOR)
        out["case"] = cases_service.new_case(ctx, "Vault benchmark").id
        store.close()
    else:
        store = open_store(store_path, passphrase=PASSPHRASE)
        ctx = Context(store, AUTHOR)
        out["rss_open_kib"] = _status_kib("VmRSS")
        out["hwm_open_kib"] = _status_kib("VmHWM")
        if mode == "import":
            # clear_refs also resets the counter ru_maxrss comes from: the opening
            # peak (hwm_open, read just above) is folded back in by the parent.
            out["hwm_reset"] = _reset_peak_rss()
            start, cpu = time.perf_counter(), _cpu()

            def call():  # type: ignore[no-untyped-def]
                return evidence.add_evidence(ctx, case, [Path(p) for p in inputs])

            items = _profiled(call, out) if profile else call()
            out["seconds"] = time.perf_counter() - start
            out["cpu"] = _cpu() - cpu
            out["hwm_import_kib"] = _status_kib("VmHWM")
            out["items"] = len(items)
            out["bytes"] = sum(i.size for i in items)
            out["sha256"] = items[0].sha256 if len(items) == 1 else ""
        elif mode == "verify":
            start, cpu = time.perf_counter(), _cpu()

            def call():  # type: ignore[no-untyped-def]
                return evidence.verify_vault(ctx)

            report = _profiled(call, out) if profile else call()
            out["seconds"] = time.perf_counter() - start
            out["cpu"] = _cpu() - cpu
            out["items"] = report.checked
            out["bytes"] = report.bytes_checked
            out["problems"] = [list(p) for p in report.problems]
        elif mode != "open":
            raise SystemExit(f"unknown child mode {mode!r}")
        store.close()
    print(json.dumps(out), flush=True)


@dataclass
class ChildResult:
    data: dict[str, Any]
    wall: float
    maxrss_kib: int


def run_child(
    mode: str,
    store: Path,
    *,
    case: str = "",
    inputs: list[Path] = (),  # type: ignore[assignment]
    profile: bool = False,
) -> ChildResult:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", mode, "--store", str(store)]
    if profile:
        cmd.append("--profile")
    if case:
        cmd += ["--case", case]
    for p in inputs:
        cmd += ["--input", str(p)]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err)
        # wait4, not wait(): it hands back this child's own rusage.
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if proc.returncode != 0:
        raise SystemExit(f"child {mode} failed ({proc.returncode}):\n{stderr}{stdout}")
    lines = [ln for ln in stdout.splitlines() if ln.startswith("{")]
    return ChildResult(json.loads(lines[-1]), wall, usage.ru_maxrss)


# ---------------------------------------------------------------------------------------
# Inputs
# ---------------------------------------------------------------------------------------


class Keystream:
    """AES-256-CTR keystream from a seed: random-looking bytes at GB/s."""

    def __init__(self, seed: int) -> None:
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

        key = hashlib.sha256(f"vault-bench-{seed}".encode()).digest()
        self._enc = Cipher(algorithms.AES(key), modes.CTR(bytes(16))).encryptor()
        self._zeros = bytearray(8 * MiB)

    def take(self, n: int) -> bytes:
        if n > len(self._zeros):
            self._zeros = bytearray(n)
        return self._enc.update(memoryview(self._zeros)[:n])


def make_big_file(path: Path, size: int) -> None:
    stream = Keystream(1)
    with open(path, "wb") as f:
        left = size
        while left:
            n = min(left, 8 * MiB)
            f.write(stream.take(n))
            left -= n
        f.flush()
        os.fsync(f.fileno())


def jpeg_template() -> bytes:
    """A small real JPEG with EXIF make, model and date, for the metadata path."""
    from PIL import Image

    image = Image.new("RGB", (64, 48), (90, 120, 150))
    exif = Image.Exif()
    exif[0x010F] = "BenchCam"
    exif[0x0110] = "Vault 1"
    exif[0x0132] = "2024:05:01 12:00:00"
    exif.get_ifd(0x8769)[0x9003] = "2024:05:01 11:59:58"
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=80, exif=exif.tobytes())
    return buf.getvalue()


def make_photos(folder: Path, count: int) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    head = jpeg_template()
    rng = random.Random(7)
    stream = Keystream(2)
    total = 0
    for i in range(count):
        size = rng.randint(50_000, 300_000)
        # Camera data after the image: readers stop at EOI, hashes see every byte.
        data = head + stream.take(size - len(head))
        (folder / f"IMG_{i:05d}.jpg").write_bytes(data)
        total += size
    # One fsync pass for the folder's files, so writeback does not land in a measurement.
    for p in folder.iterdir():
        with open(p, "rb") as f:
            os.fsync(f.fileno())
    return total


def prepare_inputs(work: Path, size: int, photos: int) -> tuple[Path, Path, int, bool]:
    """The big file, the photo folder and its byte count; reused from --keep when they match."""
    meta_path = work / META_NAME
    big, folder = work / "big.bin", work / "photos"
    want = {"format": FORMAT, "size": size, "photos": photos}
    with contextlib.suppress(OSError, ValueError):
        meta = json.loads(meta_path.read_text())
        if (
            {k: meta.get(k) for k in want} == want
            and big.stat().st_size == size
            and len(list(folder.iterdir())) == photos
        ):
            return big, folder, int(meta["photo_bytes"]), True
    shutil.rmtree(folder, ignore_errors=True)
    t = time.perf_counter()
    make_big_file(big, size)
    t_big = time.perf_counter() - t
    t = time.perf_counter()
    photo_bytes = make_photos(folder, photos)
    t_photos = time.perf_counter() - t
    print(
        f"  generated {size / MiB:.0f} MiB in {t_big:.1f} s; "
        f"{photos} photos ({photo_bytes / MB:.0f} MB) in {t_photos:.1f} s",
        flush=True,
    )
    meta_path.write_text(json.dumps({**want, "photo_bytes": photo_bytes}))
    return big, folder, photo_bytes, False


def evict(paths: list[Path]) -> None:
    """Drop these files' clean pages from the page cache (no root needed)."""
    for p in paths:
        with contextlib.suppress(OSError, AttributeError):
            fd = os.open(p, os.O_RDONLY)
            try:
                os.fsync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


# ---------------------------------------------------------------------------------------
# External tools
# ---------------------------------------------------------------------------------------


CPU_USED: dict[str, float] = {}  # CPU seconds of the last timed_run, by "cpu"


def timed_run(cmd: list[str], *, cwd: Path | None = None) -> tuple[float, str]:
    """Wall time of one external command (start to exit); its CPU time in CPU_USED."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    CPU_USED["cpu"] = usage.ru_utime + usage.ru_stime
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:3])}... failed: {stderr.decode(errors='replace')}")
    return seconds, stdout.decode(errors="replace")


def openssl_sha256(files: list[Path], cwd: Path | None = None) -> tuple[float, list[str]]:
    """One openssl process for all files (batched only to stay under ARG_MAX)."""
    names = [str(f.relative_to(cwd)) if cwd else str(f) for f in files]
    seconds, cpu = 0.0, 0.0
    digests: list[str] = []
    batch: list[str] = []
    budget = 100_000

    def flush() -> None:
        nonlocal seconds, cpu
        if batch:
            s, text = timed_run(["openssl", "dgst", "-sha256", *batch], cwd=cwd)
            seconds += s
            cpu += CPU_USED["cpu"]
            digests.extend(line.rsplit("= ", 1)[-1].strip() for line in text.splitlines())
            batch.clear()

    used = 0
    for n in names:
        if used + len(n) + 1 > budget:
            flush()
            used = 0
        batch.append(n)
        used += len(n) + 1
    flush()
    CPU_USED["cpu"] = cpu
    return seconds, digests


def age_keygen(work: Path) -> str:
    key = work / "age-key.txt"
    key.unlink(missing_ok=True)
    subprocess.run(["age-keygen", "-o", str(key)], check=True, capture_output=True)
    for line in key.read_text().splitlines():
        if line.startswith("# public key:"):
            return line.split(":", 1)[1].strip()
    raise SystemExit("age-keygen wrote no public key")


# ---------------------------------------------------------------------------------------
# Machine
# ---------------------------------------------------------------------------------------


def _tool_version(cmd: list[str]) -> str:
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    except OSError:
        return "not found"
    return (
        (done.stdout or done.stderr).strip().splitlines()[0]
        if (done.stdout or done.stderr)
        else "?"
    )


def machine_info(work: Path) -> dict[str, str]:
    import ssl

    import cryptography
    from cryptography.hazmat.backends.openssl import backend

    info: dict[str, str] = {}
    cpu, flags = "", ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name") and not cpu:
                cpu = line.split(":", 1)[1].strip()
            if line.startswith("flags") and not flags:
                flags = line.split(":", 1)[1]
    hw = [
        name
        for flag, name in (
            ("sha_ni", "SHA-NI"),
            ("avx512f", "AVX-512"),
            ("avx2", "AVX2"),
            ("aes", "AES-NI"),
        )
        if flag in flags.split()
    ]
    info["CPU"] = (cpu or platform.processor() or platform.machine()) + (
        f" [{', '.join(hw)}]" if hw else ""
    )
    cores = os.cpu_count() or 0
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cores
    info["Cores"] = f"{usable} usable ({cores} online)"
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["RAM"] = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    info["OS"] = platform.platform()
    with contextlib.suppress(OSError, ValueError):
        done = subprocess.run(["df", "-PT", str(work)], capture_output=True, text=True, check=False)
        parts = done.stdout.splitlines()[-1].split()
        info["Temp dir"] = (
            f"{work} ({parts[1]} on {parts[0]}, {int(parts[4]) / 1024 / 1024:.0f} GiB free)"
        )
    info["Python"] = (
        f"{platform.python_version()} ({platform.python_implementation()}), "
        f"hashlib on {ssl.OPENSSL_VERSION}"
    )
    info["cryptography"] = f"{cryptography.__version__} ({backend.openssl_version_text()})"
    info["openssl CLI"] = _tool_version(["openssl", "version"])
    info["age"] = _tool_version(["age", "--version"])
    info["Code"] = code_info()
    with contextlib.suppress(OSError):
        info["Load average"] = (
            " ".join(Path("/proc/loadavg").read_text().split()[:3]) + " (at start)"
        )
    return info


def code_info() -> str:
    """The commit measured, and which files on the measured path differ from it."""
    root = Path(__file__).resolve().parents[1]
    watched = [
        "src/casekeeper/vault",
        "src/casekeeper/crypto",
        "src/casekeeper/services/evidence.py",
        "src/casekeeper/store",
        "migrations",
    ]
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        status = subprocess.run(
            ["git", "status", "--porcelain", "--", *watched],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()
    except (OSError, subprocess.CalledProcessError):
        return "not a git checkout"
    changed = [line[3:].removeprefix("src/casekeeper/") for line in status]
    return f"git {head}" + (f" + uncommitted: {', '.join(changed)}" if changed else " (clean)")


# ---------------------------------------------------------------------------------------
# Breakdown: each stage of the import and verify pipelines alone, in this process
# ---------------------------------------------------------------------------------------


class _FlushBehind:
    """A write-only file wrapper that has a helper thread fdatasync what was
    written every ``every`` bytes, so the fsync at the end has little left
    (a prototype of a proposed fix: the final fsync overlaps the pass)."""

    def __init__(self, raw: Any, every: int = 64 * MiB) -> None:
        import threading

        self._raw, self._every, self._since = raw, every, 0
        self._kick = threading.Event()
        self._stop = False
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            self._kick.wait()
            self._kick.clear()
            if self._stop:
                return
            os.fdatasync(self._raw.fileno())

    def write(self, data: Any) -> int:
        n = self._raw.write(data)
        self._since += n
        if self._since >= self._every:
            self._since = 0
            self._kick.set()
        return n

    def flush(self) -> None:
        self._raw.flush()

    def fileno(self) -> int:
        return self._raw.fileno()

    def close(self) -> None:
        self._stop = True
        self._kick.set()
        self._thread.join()


def breakdown(big: Path, work: Path, runs: int) -> list[tuple[str, float, float]]:
    """(label, wall s, CPU s of this process), best of ``runs``: the import's and
    verify's stages alone, and prototypes of the proposed fixes, same warm file."""
    import queue
    import threading

    from casekeeper.crypto.age import AgeReader, encrypt_file, generate_identity
    from casekeeper.crypto.age.stream import DEFAULT_READ_SIZE
    from casekeeper.vault.blobs import Vault
    from casekeeper.vault.unsealing import read_blob

    identity = generate_identity()
    recipient = identity.recipient()
    best: dict[str, tuple[float, float]] = {}
    blob = work / "breakdown.age"
    vault = Vault(work / "breakdown-vault")
    size = big.stat().st_size

    def timed(label: str, fn) -> None:  # type: ignore[no-untyped-def]
        start, cpu = time.perf_counter(), _cpu()
        fn()
        took = (time.perf_counter() - start, _cpu() - cpu)
        if label not in best or took[0] < best[label][0]:
            best[label] = took

    def read_only() -> None:
        with open(big, "rb", buffering=0) as f:
            while f.read(DEFAULT_READ_SIZE):
                pass

    def read_sha() -> None:
        sha = hashlib.sha256()
        with open(big, "rb", buffering=0) as f:
            while block := f.read(DEFAULT_READ_SIZE):
                sha.update(block)

    def encrypt_to(target: Path | str, *, hashed: bool, sync: bool, behind: bool = False) -> None:
        sha = hashlib.sha256()
        with open(big, "rb", buffering=0) as f, open(target, "wb", buffering=0) as raw:
            out = _FlushBehind(raw) if behind else raw
            try:
                encrypt_file(f, out, [recipient], on_chunk=sha.update if hashed else None)
                if sync:
                    os.fsync(raw.fileno())
            finally:
                if behind:
                    out.close()  # type: ignore[union-attr]

    def fsync_only() -> None:
        with open(blob, "rb") as f:
            os.fsync(f.fileno())

    def decrypt_only() -> None:
        with open(blob, "rb") as f, AgeReader(f, [identity]) as reader:
            buf = bytearray(DEFAULT_READ_SIZE)
            while reader.readinto(buf):
                pass

    def verify_one_thread() -> None:  # what services.evidence._copy_checked did before
        sha = hashlib.sha256()
        with open(blob, "rb") as f, AgeReader(f, [identity]) as reader:
            while block := reader.read(1 << 20):
                sha.update(block)

    def verify_as_now() -> None:  # vault.unsealing.read_blob, as _copy_checked uses it
        sha = hashlib.sha256()
        with open(blob, "rb") as f, AgeReader(f, [identity]) as reader:
            read_blob(reader, size, sha.update)

    def seal_as_now() -> None:  # vault.blobs.BlobFile: sync_file_range behind the writer
        sha = hashlib.sha256()
        with open(big, "rb", buffering=0) as f, vault.incoming() as (temp, out):
            encrypt_file(f, out, [recipient], on_chunk=sha.update)
            out.start_writeback()
            os.fsync(out.fileno())
        temp.unlink()

    def verify_two_threads() -> None:  # the prototype of the pipeline: decrypt on a worker
        sha = hashlib.sha256()
        full: queue.Queue[tuple[bytearray, int] | None] = queue.Queue()
        free: queue.Queue[bytearray] = queue.Queue()
        for _ in range(4):
            free.put(bytearray(DEFAULT_READ_SIZE))

        def worker() -> None:
            with open(blob, "rb") as f, AgeReader(f, [identity]) as reader:
                while True:
                    buf = free.get()
                    got = reader.readinto(buf)
                    if not got:
                        break
                    full.put((buf, got))
            full.put(None)

        t = threading.Thread(target=worker)
        t.start()
        while (item := full.get()) is not None:
            buf, got = item
            sha.update(memoryview(buf)[:got])
            free.put(buf)
        t.join()

    def drop_blob() -> None:
        blob.unlink(missing_ok=True)

    # (label, what to time, what to do after it, untimed); same order every round
    stages = [
        ("read 1 MiB blocks, no hash", read_only, None),
        ("read + hashlib.sha256, one thread [hash thread's work]", read_sha, None),
        (
            "age encrypt -> /dev/null, no hash [worker: crypto]",
            lambda: encrypt_to(os.devnull, hashed=False, sync=False),
            None,
        ),
        (
            "age encrypt -> file, no hash, no fsync [worker: all]",
            lambda: encrypt_to(blob, hashed=False, sync=False),
            drop_blob,
        ),
        (
            "encrypt_file+sha256 pipeline -> /dev/null",
            lambda: encrypt_to(os.devnull, hashed=True, sync=False),
            None,
        ),
        (
            "encrypt_file+sha256 pipeline -> file, no fsync",
            lambda: encrypt_to(blob, hashed=True, sync=False),
            None,
        ),
        ("  then fsync of that blob alone", fsync_only, drop_blob),
        (
            "encrypt_file+sha256 pipeline -> file + fsync [= seal before]",
            lambda: encrypt_to(blob, hashed=True, sync=True),
            drop_blob,
        ),
        (
            "  same, fdatasync every 64 MiB behind it [prototype]",
            lambda: encrypt_to(blob, hashed=True, sync=True, behind=True),
            None,
        ),
        ("  same, sync_file_range behind (BlobFile) [= seal now]", seal_as_now, None),
        ("age decrypt only (AgeReader.readinto, 1 MiB)", decrypt_only, None),
        ("decrypt + sha256, one thread [= verify_vault before]", verify_one_thread, None),
        ("  decrypt on a worker + sha256 here [prototype]", verify_two_threads, None),
        ("  vault.unsealing.read_blob [= verify_vault now]", verify_as_now, drop_blob),
    ]
    for _ in range(runs):
        for label, fn, after in stages:
            timed(label, fn)
            if after is not None:
                after()
    return [(label, *best[label]) for label, _fn, _after in stages]


# ---------------------------------------------------------------------------------------
# The run
# ---------------------------------------------------------------------------------------


@dataclass
class Series:
    seconds: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    def add(self, s: float, cpu: float) -> None:
        self.seconds.append(s)
        self.cpu.append(cpu)

    @property
    def best(self) -> float:
        return min(self.seconds)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


def rate(nbytes: int, seconds: float) -> float:
    return nbytes / MB / seconds if seconds > 0 else float("inf")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size-mb", type=int, default=2048, help="large file, MiB (default 2048)")
    parser.add_argument("--photos", type=int, default=2000, help="small files (default 2000)")
    parser.add_argument("--quick", action="store_true", help="256 MiB and 200 photos")
    parser.add_argument(
        "--runs", type=int, default=3, help="rounds of every measurement (default 3)"
    )
    parser.add_argument("--keep", type=Path, help="keep inputs in DIR (a later run reuses them)")
    parser.add_argument(
        "--cold",
        action="store_true",
        help="evict inputs from the page cache before each measurement",
    )
    parser.add_argument(
        "--breakdown",
        action="store_true",
        help="also time each stage of the import/verify pipeline in-process",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="also run one import of each kind and one verify under cProfile",
    )
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--store", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--case", default="", help=argparse.SUPPRESS)
    parser.add_argument("--input", action="append", default=[], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        child_main(args.child, args.store, args.case, args.input, args.profile)
        return 0
    if args.quick:
        args.size_mb, args.photos = 256, 200
    if args.runs < 1 or args.size_mb < 1 or args.photos < 1:
        raise SystemExit("--runs, --size-mb and --photos must be at least 1")
    for tool in ("openssl", "age", "age-keygen"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is not installed (apt install openssl age)")

    size = args.size_mb * MiB
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        work = args.keep.resolve()
    else:
        work = Path(tempfile.mkdtemp(prefix="ck-vault-bench-"))
    need = 3 * size + args.photos * 350_000 * 2 + (64 << 20)
    free = shutil.disk_usage(work).free
    if free < need:
        raise SystemExit(
            f"{work}: {free / 1e9:.1f} GB free, this run needs about {need / 1e9:.1f} GB"
        )

    print(f"CaseKeeper vault benchmark in {work}", flush=True)
    info = machine_info(work)
    try:
        results = run_all(args, work, size)
    finally:
        for name in ("age-out.age", "store", "store-photos", "breakdown.age", "breakdown-vault"):
            p = work / name
            shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    with contextlib.suppress(OSError):
        info["Load average"] += (
            ", " + " ".join(Path("/proc/loadavg").read_text().split()[:3]) + " (at end)"
        )
    report(info, results)
    if args.json:
        args.json.write_text(json.dumps({"machine": info, **results}, indent=2, default=str))
    return 0


def run_all(args: argparse.Namespace, work: Path, size: int) -> dict[str, Any]:
    big, folder, photo_bytes, reused = prepare_inputs(work, size, args.photos)
    photo_files = sorted(folder.iterdir())
    recipient = age_keygen(work)
    age_out = work / "age-out.age"
    store_dir, photo_store = work / "store", work / "store-photos"

    s = {
        k: Series()
        for k in ("openssl", "age", "import", "verify", "photos_openssl", "photos_import")
    }
    rss: dict[str, list[int]] = {
        "open": [],
        "import": [],
        "import_open_peak": [],
        "import_phase": [],
        "import_before": [],
        "photos_import": [],
        "verify": [],
    }
    checks: list[str] = []
    cold = evict if args.cold else (lambda paths: None)
    loads: list[str] = []

    def import_child(store: Path, inputs: list[Path], profile: bool = False) -> ChildResult:
        shutil.rmtree(store, ignore_errors=True)
        case = run_child("create", store).data["case"]
        cold(inputs if inputs[0].is_file() else photo_files)
        return run_child("import", store, case=case, inputs=inputs, profile=profile)

    def whole_peak(res: ChildResult) -> int:
        # ru_maxrss after the in-child reset, with the opening peak folded back in
        return max(res.maxrss_kib, res.data.get("hwm_open_kib") or 0)

    for rnd in range(args.runs):
        with contextlib.suppress(OSError):
            loads.append(Path("/proc/loadavg").read_text().split()[0])
        print(f"  round {rnd + 1}/{args.runs}: large file", flush=True)
        cold([big])
        sec, text = timed_run(["openssl", "dgst", "-sha256", str(big)])
        s["openssl"].add(sec, CPU_USED["cpu"])
        openssl_digest = text.rsplit("= ", 1)[-1].strip()

        cold([big])
        age_out.unlink(missing_ok=True)
        sec, _ = timed_run(["age", "-r", recipient, "-o", str(age_out), str(big)])
        s["age"].add(sec, CPU_USED["cpu"])
        age_out.unlink(missing_ok=True)

        imp = import_child(store_dir, [big])
        s["import"].add(imp.data["seconds"], imp.data["cpu"])
        rss["import"].append(whole_peak(imp))
        rss["import_open_peak"].append(imp.data.get("hwm_open_kib") or 0)
        rss["import_before"].append(imp.data.get("rss_open_kib") or 0)
        if imp.data.get("hwm_reset"):
            rss["import_phase"].append(imp.data["hwm_import_kib"])
        if imp.data["sha256"] != openssl_digest:
            checks.append(
                f"round {rnd + 1}: import SHA-256 {imp.data['sha256']} != openssl {openssl_digest}"
            )

        base = run_child("open", store_dir)
        rss["open"].append(base.maxrss_kib)

        cold([p for p in store_dir.joinpath("vault").rglob("*") if p.is_file()])
        ver = run_child("verify", store_dir)
        s["verify"].add(ver.data["seconds"], ver.data["cpu"])
        rss["verify"].append(ver.maxrss_kib)
        if ver.data["problems"] or ver.data["items"] != 1:
            checks.append(f"round {rnd + 1}: verify reported {ver.data['problems']}")
        shutil.rmtree(store_dir, ignore_errors=True)

        print(f"  round {rnd + 1}/{args.runs}: {len(photo_files)} photos", flush=True)
        cold(photo_files)
        sec, digests = openssl_sha256(photo_files, cwd=folder)
        s["photos_openssl"].add(sec, CPU_USED["cpu"])
        if len(digests) != len(photo_files):
            checks.append(
                f"round {rnd + 1}: openssl hashed {len(digests)} of {len(photo_files)} photos"
            )

        ph = import_child(photo_store, [folder])
        s["photos_import"].add(ph.data["seconds"], ph.data["cpu"])
        rss["photos_import"].append(whole_peak(ph))
        if ph.data["items"] != len(photo_files) or ph.data["bytes"] != photo_bytes:
            checks.append(f"round {rnd + 1}: photo import recorded {ph.data['items']} items")
        shutil.rmtree(photo_store, ignore_errors=True)

    profiles: dict[str, Any] = {}
    if args.profile:
        print("  profiled runs (cProfile, every thread)", flush=True)
        res = import_child(store_dir, [big], profile=True)
        profiles["import"] = (res.data["seconds"], res.data["profile"])
        res = run_child("verify", store_dir, profile=True)
        profiles["verify"] = (res.data["seconds"], res.data["profile"])
        shutil.rmtree(store_dir, ignore_errors=True)
        res = import_child(photo_store, [folder], profile=True)
        profiles["photos_import"] = (res.data["seconds"], res.data["profile"])
        shutil.rmtree(photo_store, ignore_errors=True)
    steps = None
    if args.breakdown:
        print("  breakdown (in-process stages)", flush=True)
        steps = breakdown(big, work, args.runs)
    return {
        "size": size,
        "photos": len(photo_files),
        "photo_bytes": photo_bytes,
        "reused": reused,
        "runs": args.runs,
        "cold": args.cold,
        "load_at_rounds": loads,
        "seconds": {k: v.seconds for k, v in s.items()},
        "cpu": {k: v.cpu for k, v in s.items()},
        "rss_kib": rss,
        "checks": checks,
        "breakdown": steps,
        "profiles": profiles,
    }


# ---------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------


def _mb(kib: float) -> float:
    return kib * 1024 / MB


def report(info: dict[str, str], r: dict[str, Any]) -> None:
    sec = {k: Series(v, r["cpu"][k]) for k, v in r["seconds"].items()}
    size, pbytes, nphotos = r["size"], r["photo_bytes"], r["photos"]
    gib = f"{size / MiB:.0f} MiB"

    print()
    print("Machine")
    for k, v in info.items():
        print(f"  {k + ':':<14}{v}")
    print()
    cache = (
        "inputs evicted from the page cache before each measurement (posix_fadvise DONTNEED)"
        if r["cold"]
        else "WARM - the inputs were just written"
        + (" (reused from --keep)" if r["reused"] else "")
        + " and sit in the page cache: reads come from RAM, not disk"
    )
    print(
        f"Data:  {gib} file ({size / MB:.0f} MB) of AES-CTR keystream; {nphotos} photos, "
        f"{pbytes / MB:.0f} MB (JPEG+EXIF header, 50-300 KB each)."
    )
    print(f"Cache: {cache}.")
    print(
        f"Runs:  {r['runs']} rounds, interleaved (load average at each round start: "
        f"{', '.join(r['load_at_rounds'])}); best and median. MB = 10^6 bytes."
    )
    print("       CaseKeeper: time of the service call inside its child (store already open);")
    print(
        "       CPU s = user+system of all threads (children: rusage). "
        "The import fsyncs its blob; age does not."
    )
    print()

    head = (
        f"{'Measurement':<42}{'best s':>8}{'median s':>10}{'best MB/s':>11}{'med MB/s':>10}"
        f"{'CPU s':>8}"
    )
    print(head)
    print("-" * (len(head) + 16))

    def line(label: str, key: str, nbytes: int, extra: str = "") -> None:
        v = sec[key]
        print(
            f"{label:<42}{v.best:>8.2f}{v.median:>10.2f}{rate(nbytes, v.best):>11.0f}"
            f"{rate(nbytes, v.median):>10.0f}{statistics.median(v.cpu):>8.2f}{extra}"
        )

    line(f"openssl dgst -sha256 ({gib})", "openssl", size)
    line(f"age -r -o OUT ({gib})", "age", size)
    line(f"CaseKeeper add_evidence ({gib})", "import", size)
    line(f"CaseKeeper verify_vault ({gib})", "verify", size)
    line(
        f"openssl dgst -sha256 ({nphotos} photos)",
        "photos_openssl",
        pbytes,
        f"  {nphotos / sec['photos_openssl'].median:>6.0f} files/s",
    )
    line(
        f"CaseKeeper add_evidence ({nphotos} photos)",
        "photos_import",
        pbytes,
        f"  {nphotos / sec['photos_import'].median:>6.0f} files/s",
    )
    print()

    rk = r["rss_kib"]
    peak = max(rk["import"])
    print(f"{'Peak RSS of the child process (ru_maxrss)':<52}{'max':>9}{'median':>11}")

    def rss_line(label: str, values: list[int]) -> None:
        print(f"  {label:<50}{_mb(max(values)):>6.1f} MB{_mb(statistics.median(values)):>8.1f} MB")

    rss_line("child that only opens the store (baseline)", rk["open"])
    rss_line(f"child importing the {gib} file", rk["import"])
    rss_line("  its peak while opening the store (Argon2id)", rk["import_open_peak"])
    rss_line("  its RSS once open, before add_evidence", rk["import_before"])
    if rk["import_phase"]:
        rss_line("  its peak during add_evidence", rk["import_phase"])
        own = [h - b for h, b in zip(rk["import_phase"], rk["import_before"], strict=False)]
        print(
            f"  {'  = add_evidence own cost (peak - RSS once open)':<50}{_mb(max(own)):>+6.1f} MB"
        )
    rss_line("child verifying it", rk["verify"])
    rss_line(f"child importing {nphotos} photos", rk["photos_import"])
    print()

    def ratio(a: str, b: str) -> tuple[float, float]:  # throughput a / throughput b
        return sec[b].median / sec[a].median, sec[b].best / sec[a].best

    rows = [
        ("import vs openssl dgst -sha256", *ratio("import", "openssl"), ">= 0.80x", 0.8, False),
        ("import vs age -r (encryption alone)", *ratio("import", "age"), ">  1.00x", 1.0, True),
        ("verify vs openssl dgst -sha256", *ratio("verify", "openssl"), ">= 0.80x", 0.8, False),
        (
            "photo import vs openssl (same files)",
            *ratio("photos_import", "photos_openssl"),
            "-",
            None,
            False,
        ),
    ]
    head = (
        f"{'Target (throughput ratio)':<42}{'median':>8}{'best':>8}   "
        f"{'target':<10}{'met (median)':>13}"
    )
    print(head)
    print("-" * len(head))
    for label, med, best, target, bar, strict in rows:
        met = "-" if bar is None else ("yes" if (med > bar if strict else med >= bar) else "NO")
        print(f"{label:<42}{med:>7.2f}x{best:>7.2f}x   {target:<10}{met:>13}")
    print(
        f"{'peak RSS, ' + gib + ' import child':<42}{_mb(peak):>5.1f} MB{'':>7}   {'< 150 MB':<10}"
        f"{'yes' if _mb(peak) < RSS_TARGET_MB else 'NO':>13}"
    )
    print()
    cpu_ratio = {
        k: statistics.median(sec[k].cpu) / statistics.median(sec["openssl"].cpu)
        for k in ("age", "import", "verify")
    }
    print(
        "CPU per byte vs openssl dgst -sha256 (load-independent): "
        + ", ".join(f"{k} {v:.2f}x" for k, v in cpu_ratio.items())
        + f"; photo import {statistics.median(sec['photos_import'].cpu) / nphotos * 1000:.1f} ms"
        " CPU per file"
    )
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    loads = [float(x) for x in r["load_at_rounds"]]
    if loads and cores and max(loads) > cores - 0.5:
        print(
            f"WARNING: the machine was busy (load average up to {max(loads):.1f} on {cores} "
            "cores, from other processes): every tool got only a share of the CPUs, so the "
            "wall-clock ratios understate what a two-thread pipeline reaches on an idle machine."
        )
    print()
    if r["checks"]:
        print("CHECKS FAILED:")
        for c in r["checks"]:
            print("  " + c)
    else:
        print(
            "Checks: the import's SHA-256 equals openssl's in every round; verify found no "
            "problem; every photo was recorded."
        )

    if r["breakdown"]:
        print()
        print(f"Breakdown: stages alone, in one process, {gib}, best of {r['runs']}, warm")
        for label, seconds, cpu in r["breakdown"]:
            print(
                f"  {label:<58}{seconds:>6.2f} s{rate(size, seconds):>6.0f} MB/s  CPU {cpu:>5.2f} s"
            )

    for kind, (seconds, threads) in (r["profiles"] or {}).items():
        print()
        print(
            f"Profile of one {kind} ({seconds:.2f} s under cProfile): "
            "top functions by own time, per thread"
        )
        for name, rows_ in threads.items():
            rows_ = sorted(rows_, key=lambda x: -x[2])[:8]
            print(f"  thread {name}:")
            for where, calls, tottime, cumtime in rows_:
                print(
                    f"    {tottime:>7.2f} s own {cumtime:>7.2f} s cum {calls:>8} calls  "
                    f"{where[:90]}"
                )
        main_rows = {w: (c, t, cu) for w, c, t, cu in threads.get("main", [])}
        picks = [(w, v) for w, v in main_rows.items() if any(k in w for k in _KEY_FUNCS)]
        if picks:
            print("  main thread, cumulative time of the steps:")
            for w, (calls, _t, cu) in sorted(picks, key=lambda x: -x[1][2]):
                print(f"    {cu:>7.2f} s {calls:>8} calls  {w[:90]}")


_KEY_FUNCS = (
    "(add_evidence)",
    "(verify_vault)",
    "(seal)",
    "(encrypt_file)",
    "(_pipeline)",
    "posix.fsync",
    "(_fsync_dir)",
    "(_place)",
    "(_record)",
    "(commit)",
    "(facts)",
    "(_copy_checked)",
    "(_tag)",
    "(_check_space)",
    "(writing)",
    "(flush)",
)


if __name__ == "__main__":
    sys.exit(main())
