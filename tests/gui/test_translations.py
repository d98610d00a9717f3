"""A Kazakh- or Russian-speaking caseworker sees CaseKeeper in her language;
the translations keep every placeholder the program fills in."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casekeeper.gui import app
from casekeeper.gui.main_window import MainWindow
from casekeeper.gui.settings import Settings
from casekeeper.gui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
GUI = ROOT / "src" / "casekeeper" / "gui"


@pytest.fixture(scope="module")
def compiled() -> None:
    """The .qm files `make translations` builds, rebuilt here if stale."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in TS_DIR.glob("casekeeper_*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture
def language(compiled: None) -> Iterator[object]:
    """Switch the running app's language; put it back afterwards."""
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    before = QLocale()

    def switch(code: str) -> None:
        app.install_translations(qapp, code)

    yield switch
    app.remove_translations(qapp)
    QLocale.setDefault(before)


def menu_titles(win: MainWindow) -> list[str]:
    return [a.text().replace("&", "") for a in win.menuBar().actions()]


def test_with_kazakh_chosen_the_menus_are_in_kazakh(
    qtbot: QtBot, language: object, tmp_path: Path
) -> None:
    language("kk")  # type: ignore[operator]
    win = MainWindow(tmp_path / "store")
    qtbot.addWidget(win)
    titles = menu_titles(win)
    assert "Файл" in titles and "Өңдеу" in titles
    file_menu = win.menuBar().actions()[0].menu()
    entries = [a.text().replace("&", "") for a in file_menu.actions()]
    assert "Құлыптау" in entries
    assert "Құпия фразаны өзгерту…" in entries
    assert "CaseKeeper құлыптаулы" in win.locked_page.findChildren(type(win.count_label))[0].text()
    settings = SettingsDialog(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(settings)
    assert settings.windowTitle() == "Баптаулар"
    win.close()


def test_russian_plural_forms(qtbot: QtBot, language: object) -> None:
    from casekeeper.gui.display import plural

    language("ru")  # type: ignore[operator]
    assert plural("MainWindow", "%n case(s)", 1) == "1 дело"
    assert plural("MainWindow", "%n case(s)", 3) == "3 дела"
    assert plural("MainWindow", "%n case(s)", 11) == "11 дел"
    assert plural("MainWindow", "%n case(s)", 21) == "21 дело"


def test_settings_choice_wins_over_the_system_language(
    qtbot: QtBot, language: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    settings.language = "ru"
    monkeypatch.setattr(app, "app_settings", lambda: settings)
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    qapp.setProperty("casekeeper_translations", False)
    try:
        app.application([])
        win = MainWindow(tmp_path / "store")
        qtbot.addWidget(win)
        assert "Файл" in menu_titles(win) and "Правка" in menu_titles(win)
        win.close()
    finally:
        qapp.setProperty("casekeeper_translations", True)


def _messages(lang: str) -> Iterator[tuple[str, str, list[str]]]:
    root = ET.parse(TS_DIR / f"casekeeper_{lang}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                "unfinished",
                "vanished",
                "obsolete",
            ):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            yield name, message.findtext("source") or "", forms


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_translations_keep_every_placeholder(lang: str) -> None:
    placeholder = re.compile(r"\{[a-z_]+[^}]*\}|%n")
    checked = 0
    for context, source, forms in _messages(lang):
        wanted = sorted(placeholder.findall(source))
        for form in forms:
            assert sorted(placeholder.findall(form)) == wanted, (context, source, form)
            if source.count("&") - 2 * source.count("&&") == 1:
                assert form.count("&") - 2 * form.count("&&") == 1, (context, source, form)
        checked += 1
    assert checked >= (8 if lang == "en" else 400)


def test_every_plural_message_is_listed_for_lupdate() -> None:
    """display.plural() hides its text from lupdate; numerus_sources.py lists it."""
    listed = (TS_DIR / "numerus_sources.py").read_text(encoding="utf-8")
    call = re.compile(r'plural\(\s*"([^"]+)",\s*"([^"]+)"')
    found = {m for path in GUI.glob("*.py") for m in call.findall(path.read_text("utf-8"))}
    assert found
    for context, source in found:
        assert f'"{context}", "{source}", None, 1)' in listed, (context, source)
