"""Which Qt plugins and translations the bundle leaves out (used by hooks/).

PyInstaller's Qt hooks collect every plugin of each Qt module the app
imports, and then every library those plugins need. The hooks in hooks/
(which take precedence over PyInstaller's own) filter the plugin list
*before* that dependency analysis, so what a left-out plugin would have
pulled in (GTK for the GTK theme, the virtual keyboard's QML) stays out too.

Kept: the platforms xcb, wayland, offscreen, minimal (and cocoa/windows on
those systems), the desktop-portal theme (file dialogs inside Flatpak),
the image formats the evidence viewer shows, the input methods (ibus,
compose: typing Chinese or Kazakh), the multimedia (FFmpeg) backend, and
Qt's own translations for the app's languages.
"""

from __future__ import annotations

import re

LEFT_OUT = (
    "platforms/libqeglfs", "platforms/libqlinuxfb", "platforms/libqminimalegl",
    "platforms/libqvnc", "platforms/libqvkkhrdisplay", "platforms/qdirect2d",
    "egldeviceintegrations/", "generic/",
    "platformthemes/libqgtk3",  # would pull in GTK 3, cairo, pango, ...
    "platforminputcontexts/libqtvirtualkeyboardplugin",  # pulls in QtQuick/QML
    "imageformats/libqtga", "imageformats/libqwbmp", "imageformats/qtga", "imageformats/qwbmp",
    "networkinformation/", "tls/",  # CaseKeeper never goes online
    "wayland-shell-integration/libfullscreen-shell", "wayland-shell-integration/libivi-shell",
    "wayland-shell-integration/libwl-shell", "wayland-shell-integration/libqt-shell",
    "wayland-graphics-integration-client/libdmabuf-server",
    "wayland-graphics-integration-client/libdrm-egl-server",
    "wayland-graphics-integration-client/libshm-emulation-server",
    "wayland-graphics-integration-client/libvulkan-server",
)
LANGUAGES = ("en", "ru", "kk")  # the app's own translations (resources/translations)
_QM = re.compile(r"^qt\w*?_([a-z]{2,3})(_[A-Za-z]+)?\.qm$")


def _norm(path: str) -> str:
    return str(path).replace("\\", "/")


def keep_binary(src: str, dest: str) -> bool:
    name = f"{_norm(dest)}/{_norm(src).rsplit('/', 1)[-1]}"
    return not any(f"plugins/{part}" in name for part in LEFT_OUT)


def keep_data(src: str, dest: str) -> bool:
    if "/translations" in f"/{_norm(dest)}":
        match = _QM.match(_norm(src).rsplit("/", 1)[-1])
        return match is None or match.group(1) in LANGUAGES
    return True


def lean(binaries: list, datas: list) -> tuple[list, list]:  # type: ignore[type-arg]
    return (
        [b for b in binaries if keep_binary(b[0], b[1])],
        [d for d in datas if keep_data(d[0], d[1])],
    )
