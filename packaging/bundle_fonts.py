"""Which font files the bundle carries, and their licence files (used by casekeeper.spec).

The PDF report needs one font per script (casekeeper/export/report/fonts.py,
``WANTED``). The build takes the same files the app would pick, from the
same folders in the same order (``$CASEKEEPER_FONT_DIR`` first, then the
system's font folders), and the licence that lets us pass each one on:

- a licence file beside the font (OFL.txt, LICENSE*, COPYING*), as in the
  Noto and WenQuanYi release archives a Windows or macOS build uses;
- on Debian and Ubuntu, the package's /usr/share/doc/<package>/copyright.

A font found without any licence file stops the build: shipping it would
break its licence. Run this file to see what a build would take.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

LICENCE_PREFIXES = ("ofl", "license", "licence", "copying", "copyright")


@dataclass(frozen=True)
class BundledFont:
    key: str  # "latin", "arabic", "cjk"
    family: str
    files: tuple[Path, ...]  # regular (and bold) faces
    licences: tuple[tuple[Path, str], ...]  # (file, name to give it in the bundle)


class FontLicenceMissing(SystemExit):
    pass


def _folders() -> Iterator[Path]:
    from casekeeper.export.report.fonts import FONT_DIRS

    extra = os.environ.get("CASEKEEPER_FONT_DIR", "")
    yield from (Path(p) for p in extra.split(os.pathsep) if p)
    for folder in FONT_DIRS:
        yield Path(folder).expanduser()


def _index() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for folder in _folders():
        if folder.is_dir():
            for root, _dirs, files in os.walk(folder):
                for name in files:
                    found.setdefault(name, Path(root) / name)
    return found


def _licences_beside(font: Path) -> list[Path]:
    out = []
    for folder in (font.parent, font.parent.parent):
        for item in sorted(folder.iterdir()) if folder.is_dir() else ():
            if item.is_file() and item.name.lower().startswith(LICENCE_PREFIXES):
                out.append(item)
        if out:
            break
    return out


def _debian_copyright(font: Path) -> tuple[Path, str] | None:
    if not shutil.which("dpkg-query"):
        return None
    result = subprocess.run(
        ["dpkg-query", "-S", str(font.resolve())], capture_output=True, text=True, check=False
    )
    if result.returncode != 0 or ":" not in result.stdout:
        return None
    package = result.stdout.split(":", 1)[0].strip()
    copyright_file = Path("/usr/share/doc") / package / "copyright"
    return (copyright_file, f"{package}.copyright.txt") if copyright_file.is_file() else None


def fonts_to_bundle() -> list[BundledFont]:
    from casekeeper.export.report.fonts import WANTED

    files = _index()
    chosen = []
    for wanted in WANTED:
        regular = next((files[n] for n, _sub in wanted.regular if n in files), None)
        if regular is None:
            raise SystemExit(
                f"casekeeper.spec: the report font {wanted.family} ({wanted.script}) is not "
                f"installed on this build machine. Debian/Ubuntu: apt-get install "
                f"{wanted.package}; elsewhere put its files and licence in a folder named by "
                f"CASEKEEPER_FONT_DIR (packaging/README.md)."
            )
        bold = next((files[n] for n, _sub in wanted.bold if n in files), None)
        faces = tuple(p for p in (regular, bold) if p is not None)
        licences: list[tuple[Path, str]] = []
        for face in faces:
            found = [(p, f"{wanted.key}-{p.name}") for p in _licences_beside(face)]
            debian = _debian_copyright(face)
            if debian is not None:
                found.append(debian)
            for item in found:
                if item[1] not in {name for _p, name in licences}:
                    licences.append(item)
        if not licences:
            raise FontLicenceMissing(
                f"casekeeper.spec: no licence file found for {regular} ({wanted.family}); "
                "put the font's licence (OFL.txt, LICENSE...) beside it."
            )
        chosen.append(BundledFont(wanted.key, wanted.family, faces, tuple(licences)))
    return chosen


def toc(dest: str = "casekeeper/_fonts") -> list[tuple[str, str, str]]:
    """PyInstaller TOC entries (name in the bundle, source file, "DATA"), to
    add to an Analysis's ``datas`` (these may rename a file; ``datas=`` may not)."""
    out: list[tuple[str, str, str]] = []
    for font in fonts_to_bundle():
        out += [(f"{dest}/{p.name}", str(p), "DATA") for p in font.files]
        out += [(f"{dest}/licences/{name}", str(p), "DATA") for p, name in font.licences]
    return out


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    for font in fonts_to_bundle():
        print(f"{font.key}: {font.family}")
        for p in font.files:
            print(f"    {p} ({p.stat().st_size // 1024} KiB)")
        for p, name in font.licences:
            print(f"    licence {p} -> licences/{name}")
