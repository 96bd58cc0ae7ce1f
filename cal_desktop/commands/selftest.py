"""``cal-desktop --self-test``: does this installation (especially the frozen build) work?

It starts Qt offscreen, creates and migrates a temporary database, and checks that the resources the
program ships are where the program looks for them. Prints ``OK`` and returns 0, or prints the first
problem found and returns 1. CI runs it on the PyInstaller build, where a missing data file or hidden
import shows up only at run time.
"""

from __future__ import annotations

import importlib
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from cal_desktop import paths

BUNDLE_MANIFEST = "cal_desktop_bundle.txt"  # written by build.spec: the data files the build carries


def _check_resources() -> str:
    """The resources folder is where the program looks, and (frozen) every file the build packed is there."""
    root = paths.project_root()
    if not paths.resource().is_dir():
        raise RuntimeError(f"нет папки resources в {root}")
    manifest = root / BUNDLE_MANIFEST
    if not getattr(sys, "frozen", False):
        return str(root)
    if not manifest.is_file():
        raise RuntimeError(f"нет списка файлов сборки {manifest}")
    listed = [line for line in manifest.read_text(encoding="utf-8").splitlines() if line]
    missing = [name for name in listed if not (root / name).is_file()]
    if missing:
        raise RuntimeError(f"нет {len(missing)} файлов сборки, например {missing[0]}")
    return f"{root} ({len(listed)} файлов данных)"


def _check_migrations() -> str:
    from cal_desktop.db import schema

    versions = schema.MIGRATIONS_DIR / "versions"
    if not any(versions.glob("*.py")):
        raise RuntimeError(f"нет файлов миграций в {versions}")
    return schema.head_revision()


def _check_database() -> str:
    from cal_desktop.db import schema
    from cal_desktop.services.database import check_database, init_database

    with tempfile.TemporaryDirectory(prefix="cal-selftest-") as tmp:
        path = Path(tmp) / "selftest.db"
        result = init_database(str(path))
        if result.revision != schema.head_revision():
            raise RuntimeError(f"схема {result.revision} вместо {schema.head_revision()}")
        problems = check_database(str(path))
        if problems:
            raise RuntimeError("; ".join(problems))
    return result.revision


def _check_engine() -> str:
    import sqlite3

    return f"SQLite {sqlite3.sqlite_version} (встроенная); PostgreSQL — через --db postgresql+psycopg://…"


def _check_fonts() -> str:
    """The documents' and reports' Cyrillic fonts come from the installation, never from the system."""
    from cal_desktop.documents.render_pdf import register_fonts as register_document_fonts
    from cal_desktop.reports.fonts import register_fonts as register_report_fonts

    register_document_fonts()
    register_report_fonts()
    fonts = sorted(p.name for p in paths.resource("fonts").glob("*.ttf"))
    return f"{', '.join(fonts)} из {paths.resource('fonts')}"


def _check_translations() -> str:
    qm = paths.resource("translations", "cal_desktop_ru.qm")
    if not qm.is_file():
        raise RuntimeError(f"нет русского перевода интерфейса {qm}")
    return f"русский ({qm.name}, {qm.stat().st_size // 1024} КБ)"


def _check_libraries() -> str:
    """Use each library that reads data files at run time: a frozen build may lack the files."""
    import io

    import docx
    import openpyxl
    import phonenumbers
    import pymorphy3
    from pytrovich.enums import Case, Gender, NamePart
    from pytrovich.maker import PetrovichDeclinationMaker
    from reportlab.pdfgen import canvas

    importlib.import_module("docxtpl")
    importlib.import_module("holidays").country_holidays("RU", years=2025)
    phonenumbers.parse("8 (912) 345-67-89", "RU")
    pymorphy3.MorphAnalyzer(lang="ru").parse("инициатива")
    declined = PetrovichDeclinationMaker().make(NamePart.LASTNAME, Gender.FEMALE, Case.DATIVE, "Ёлкина")
    if declined != "Ёлкиной":
        raise RuntimeError(f"склонение фамилий не работает: {declined}")
    docx.Document().save(io.BytesIO())  # needs python-docx's default template
    openpyxl.Workbook().save(io.BytesIO())
    pdf = canvas.Canvas(io.BytesIO())
    pdf.drawString(72, 72, "CAL Desktop")
    pdf.save()
    return "docx, docxtpl, openpyxl, reportlab, pymorphy3, pytrovich, holidays, phonenumbers"


def _check_templates() -> str:
    """The built-in document templates load and pass the same check staff see for their own."""
    from cal_desktop.documents.templating import builtin_templates, check_template

    templates = builtin_templates()
    if not templates:
        raise RuntimeError(f"нет встроенных шаблонов документов в {paths.templates_dir()}")
    for template_id, template in templates.items():
        problems = check_template(template)
        if problems:
            raise RuntimeError(f"шаблон {template_id}: {problems[0]}")
    return f"встроенных: {len(templates)}"


def _check_qt() -> str:
    from cal_desktop.gui.selftest import check_qt

    return "Qt " + check_qt()


def _check_gui() -> str:
    from cal_desktop.gui import selftest as gui
    from cal_desktop.services.database import open_database

    modules = gui.import_gui_modules()
    with tempfile.TemporaryDirectory(prefix="cal-selftest-") as tmp:
        ctx = open_database(str(Path(tmp) / "selftest.db"))
        try:
            window = gui.check_main_window(ctx, Path(tmp))
        finally:
            ctx.db.dispose()
    return f"модулей: {modules}; {window}"


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("ресурсы", _check_resources),
    ("миграции", _check_migrations),
    ("база данных", _check_database),
    ("СУБД", _check_engine),
    ("шрифты", _check_fonts),
    ("перевод", _check_translations),
    ("библиотеки", _check_libraries),
    ("шаблоны документов", _check_templates),
    ("Qt", _check_qt),
    ("интерфейс", _check_gui),
)


def _check_given_database(db: str) -> Callable[[], str]:
    def check() -> str:
        from cal_desktop.paths import database_url
        from cal_desktop.services.server_setup import self_test_database

        return self_test_database(database_url(db))

    return check


def run_self_test(db: str | None = None) -> int:
    """All checks; with ``db`` (``--self-test --db URL``) also the connection to it and its schema,
    which is only read, never created or upgraded."""
    checks = CHECKS if db is None else (*CHECKS, ("подключение к базе", _check_given_database(db)))
    for name, check in checks:
        try:
            detail = check()
        except Exception as exc:  # report any fault as one line: that is the whole point of the check
            print(f"ОШИБКА самопроверки ({name}): {exc.__class__.__name__}: {exc}", file=sys.stderr)
            return 1
        print(f"{name}: {detail}")
    print("OK")
    return 0
