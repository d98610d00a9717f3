# PyInstaller's own hook for PySide6.QtMultimedia, less the plugins in ../lean_qt.py.
import lean_qt
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries, datas = lean_qt.lean(binaries, datas)
