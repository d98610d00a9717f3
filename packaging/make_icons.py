"""The app icon in every size and format, from one SVG (resources/icons/).

    python packaging/make_icons.py        # re-render the PNGs after editing the SVG

- PNGs 16..512 (freedesktop hicolor layout, committed): rendered from the
  SVG with Qt's SVG renderer (PySide6, already a dependency).
- Windows .ico and macOS .icns: assembled by the spec at build time from
  those PNGs with Pillow (a dependency too), so each platform's build makes
  its own and nothing binary but the PNGs is committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_ID = "org.casekeeper.CaseKeeper"
ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS / f"{APP_ID}.svg"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render_pngs() -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        out = png_path(size)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out), "PNG"):
            raise SystemExit(f"cannot write {out}")
        written.append(out)
    return written


def _pngs(sizes: tuple[int, ...]) -> list:  # type: ignore[type-arg]
    from PIL import Image

    missing = [png_path(s) for s in sizes if not png_path(s).is_file()]
    if missing:
        raise SystemExit(f"missing {missing[0]}: run python packaging/make_icons.py")
    return [Image.open(png_path(s)).convert("RGBA") for s in sizes]


def windows_icon(folder: Path) -> Path:
    """casekeeper.ico with 16..256 (Explorer, taskbar, installer)."""
    sizes = (16, 24, 32, 48, 64, 128, 256)
    images = _pngs(sizes)
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / "casekeeper.ico"
    images[-1].save(out, format="ICO", sizes=[(s, s) for s in sizes],
                    append_images=images[:-1])
    return out


def mac_icon(folder: Path) -> Path:
    """casekeeper.icns (Pillow writes 16..1024 entries from the 512 image)."""
    (largest,) = _pngs((512,))
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / "casekeeper.icns"
    largest.save(out, format="ICNS")
    return out


def windows_version_file(folder: Path, version: str) -> Path:
    """The version resource Windows shows in the file's Properties."""
    parts = [int(p) if p.isdigit() else 0 for p in version.split(".")[:3]]
    parts += [0] * (4 - len(parts))
    numbers = ", ".join(str(p) for p in parts)
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({numbers}), prodvers=({numbers})),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'CaseKeeper'),
      StringStruct('FileDescription', 'CaseKeeper: encrypted case manager'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('ProductName', 'CaseKeeper'),
      StringStruct('ProductVersion', '{version}'),
      StringStruct('LegalCopyright', 'GPL-3.0-or-later')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / "version_info.txt"
    out.write_text(text, encoding="utf-8")
    return out


if __name__ == "__main__":
    for path in render_pngs():
        print(path.relative_to(ICONS.parents[1]))
    if "--all" in sys.argv:  # also try the .ico/.icns here
        build = ICONS.parents[1] / "build" / "icons"
        print(windows_icon(build), mac_icon(build))
