"""The report's fonts: found among the system's fonts at run time, one per script.

reportlab has no font fallback, so every run of text is drawn in a font
that covers it (``runs.py`` picks which). Three families cover what the
cases hold:

- ``latin``: Noto Sans — Latin with diacritics, Russian and Kazakh Cyrillic
  (ә ғ қ ң ө ұ ү һ і), Greek, common punctuation and symbols.
- ``arabic``: Noto Naskh Arabic — Arabic-script Uyghur and Kazakh, with the
  presentation forms the shaper (``bidi.py``) produces.
- ``cjk``: a TrueType-outline CJK font: WenQuanYi Micro Hei, or Droid Sans
  Fallback. reportlab cannot load CFF-outline fonts ("postscript outlines
  are not supported"), so Noto Sans CJK (.ttc/.otf) will not do.

Fonts are looked up by file name in the usual font folders (and in
``$CASEKEEPER_FONT_DIR`` first, for a packaged app that bundles them).
Font files are never committed. A missing font raises
:class:`ReportFontMissing`, naming the font and its Debian package.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from casekeeper.errors import ExportToolMissing, ReportFontMissing

FONT_DIRS = (
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "~/.local/share/fonts",
    "~/.fonts",
    "/Library/Fonts",
    "/System/Library/Fonts",
    "~/Library/Fonts",
    "C:/Windows/Fonts",
)


@dataclass(frozen=True)
class FontWanted:
    key: str  # "latin", "arabic", "cjk"
    family: str  # what a person calls it
    script: str  # what it is for, for the error message
    package: str  # the Debian package that installs it
    regular: tuple[tuple[str, int], ...]  # (file name, subfont index), first found wins
    bold: tuple[tuple[str, int], ...] = ()


WANTED = (
    FontWanted(
        "latin", "Noto Sans", "Latin and Cyrillic", "fonts-noto-core",
        regular=(("NotoSans-Regular.ttf", 0),),
        bold=(("NotoSans-Bold.ttf", 0),),
    ),
    FontWanted(
        "arabic", "Noto Naskh Arabic", "Arabic-script (Uyghur, Kazakh)", "fonts-noto-core",
        regular=(("NotoNaskhArabic-Regular.ttf", 0),),
        bold=(("NotoNaskhArabic-Bold.ttf", 0),),
    ),
    FontWanted(
        "cjk", "WenQuanYi Micro Hei", "Chinese", "fonts-wqy-microhei",
        regular=(("wqy-microhei.ttc", 0), ("DroidSansFallbackFull.ttf", 0),
                 ("DroidSansFallback.ttf", 0)),
    ),
)


@dataclass(frozen=True)
class Face:
    """One registered font: its reportlab name and the code points it covers."""

    key: str
    name: str  # registered with reportlab
    bold: str  # registered bold face (the regular one when there is no bold)
    path: Path
    covers: frozenset[int]

    def has(self, ch: str) -> bool:
        return ord(ch) in self.covers


@dataclass(frozen=True)
class FontSet:
    latin: Face
    arabic: Face
    cjk: Face

    @property
    def faces(self) -> tuple[Face, ...]:
        """In the order a run looks for a covering font."""
        return (self.latin, self.arabic, self.cjk)


def _folders() -> Iterator[Path]:
    extra = os.environ.get("CASEKEEPER_FONT_DIR")
    if extra:
        yield from (Path(p) for p in extra.split(os.pathsep) if p)
    for folder in FONT_DIRS:
        yield Path(folder).expanduser()


def _index(folders: Iterable[Path]) -> dict[str, Path]:
    """File name -> first path holding it, over every font folder."""
    found: dict[str, Path] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        for root, _dirs, files in os.walk(folder):
            for name in files:
                found.setdefault(name, Path(root) / name)
    return found


_LOCK = threading.Lock()
_CACHE: dict[tuple[str, ...], FontSet] = {}


def _register(name: str, path: Path, subfont: int) -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=subfont))
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


def _load(wanted: FontWanted, files: dict[str, Path]) -> Face:
    for file_name, subfont in wanted.regular:
        path = files.get(file_name)
        if path is None:
            continue
        name = f"CK-{wanted.key}-{path.stem}"
        try:
            covers = _register(name, path, subfont)
        except Exception:  # a damaged or unsupported file: try the next candidate
            continue
        bold = name
        for bold_file, bold_sub in wanted.bold:
            bold_path = files.get(bold_file)
            if bold_path is None:
                continue
            try:
                _register(f"{name}-Bold", bold_path, bold_sub)
                bold = f"{name}-Bold"
                break
            except Exception:
                continue
        return Face(wanted.key, name, bold, path, covers)
    raise ReportFontMissing(wanted.family, wanted.script, wanted.package)


def report_fonts(folders: Iterable[Path] | None = None) -> FontSet:
    """Find and register the report's fonts (once per process and folder list)."""
    try:
        import reportlab  # noqa: F401
    except ImportError:
        raise ExportToolMissing("The PDF report", "reportlab") from None
    chosen = tuple(folders) if folders is not None else tuple(_folders())
    key = tuple(str(p) for p in chosen)
    with _LOCK:
        if key not in _CACHE:
            files = _index(chosen)
            faces = {w.key: _load(w, files) for w in WANTED}
            _CACHE[key] = FontSet(faces["latin"], faces["arabic"], faces["cjk"])
        return _CACHE[key]
