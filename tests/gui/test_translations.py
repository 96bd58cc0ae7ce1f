"""Russian is complete and is what the window shows; English stays selectable."""

from __future__ import annotations

import importlib.util
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "cal_desktop_ru.ts"
QM = TS.with_suffix(".qm")


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "scripts" / "build_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _unfinished(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    missing = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not (translation.text or "").strip()
            ):
                missing.append(f"{context.findtext('name')}: {message.findtext('source')}")
    return missing


def test_the_committed_translation_has_every_string_translated() -> None:
    assert _unfinished(TS) == []


def test_every_string_of_the_current_sources_is_in_the_translation(tmp_path: Path) -> None:
    """lupdate over today's sources adds nothing untranslated (a new tr() string fails here)."""
    updated = _script().updated_copy(TS, tmp_path)
    assert _unfinished(updated) == [], "run scripts/build_translations.py and translate the new strings"


def test_the_built_qm_matches_the_ts(tmp_path: Path) -> None:
    script = _script()
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [script.tool("pyside6-lrelease"), str(TS), "-qm", str(fresh)], check=True, capture_output=True
    )
    assert QM.read_bytes() == fresh.read_bytes(), "the .qm is stale: run scripts/build_translations.py"


def test_the_main_window_speaks_russian(window) -> None:  # type: ignore[no-untyped-def]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Файл", "П&ереход", "&Справка"]
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == [
        "Приём",
        "Посетители",
        "Инициативы",
        "Документы и обращения",
        "Справочники",
        "Отчёты",
        "Настройки",
        "Мероприятия",
        "Конкурсы и гранты",
    ]
    desk = window.pages["desk"]
    assert desk.tabText(0) == "&Приём" and desk.tabText(1) == "Все &консультации"
    assert desk.form.ui.saveButton.text() == "Сохранить (Enter)"
    assert desk.form.ui.visitorLabel.text() == "&Посетитель:"
    assert desk.form.ui.channelCombo.currentText() == "очно"
    assert window.staff_label.text() == "За стойкой: Иванова М.П."
    # Qt's own standard buttons are Russian too (qtbase_ru.qm)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"


def test_english_is_selectable(qtbot, ctx, db_path, shown):  # type: ignore[no-untyped-def]
    from cal_desktop.gui import i18n
    from cal_desktop.gui.main_window import MainWindow

    try:
        assert i18n.install("en")
        win = MainWindow(ctx, str(db_path))
        qtbot.addWidget(win)
        assert [a.text() for a in win.menuBar().actions()] == ["&File", "&Go", "&Help"]
        assert win.nav.item(0).text() == "Reception"
        assert win.pages["desk"].form.ui.channelCombo.currentText() == "in person"
    finally:
        i18n.install("ru")


def test_language_choice_env_then_setting_then_russian(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.gui.i18n import chosen_language

    monkeypatch.delenv("CAL_DESKTOP_LANG", raising=False)
    assert chosen_language(None) == "ru"
    assert chosen_language("en") == "en"
    assert chosen_language("xx") == "ru"
    monkeypatch.setenv("CAL_DESKTOP_LANG", "en")
    assert chosen_language("ru") == "en"
