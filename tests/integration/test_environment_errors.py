"""Honest environment errors (issue 12, point 3): a read-only or immutable database and a full disk are
said as such, in Russian, in every path (desk save, import, document filing, the command line), never
as «повреждена» and never as a traceback; `check` on a read-only file finds no false index problems."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import types
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from cal_desktop import cli
from cal_desktop.db.engine import Database, readonly_message
from cal_desktop.db.models import Consultation, Document, ImportRun, Visitor
from cal_desktop.errors import DatabaseError, DatabaseReadOnly, DiskFull
from cal_desktop.services import consultations, documents, visitors
from cal_desktop.services.consultations import ConsultationInput
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.database import check_database
from cal_desktop.services.imports import import_file
from cal_desktop.services.visitors import VisitorInput

DOCS = Path(__file__).resolve().parents[1] / "documents"


def _uri(path: Path, flag: str) -> str:
    return f"sqlite:///file:{path}?{flag}&uri=true"


def _visitors_file(tmp_path: Path) -> Path:
    path = tmp_path / "v.csv"
    path.write_text("Фамилия;Имя;Телефон\nПетрова;Анна;+79120000001\nСидоров;Олег;+79120000002\n", "utf-8")
    return path


@pytest.mark.parametrize("flag", ["mode=ro", "immutable=1"])
def test_a_read_only_database_says_so(flag: str, ctx, db_path: Path, tmp_path: Path) -> None:
    readonly = ServiceContext(Database(_uri(db_path, flag)), ctx.actor)
    with pytest.raises(DatabaseReadOnly) as err:
        visitors.create_visitor(readonly, VisitorInput("Петрова", "Анна"))
    assert str(err.value).startswith("База данных открыта только для чтения")
    assert "повреждена" not in str(err.value) and not isinstance(err.value, DatabaseError)
    with pytest.raises(DatabaseReadOnly):
        import_file(readonly, "visitors", _visitors_file(tmp_path))
    readonly.db.dispose()


@pytest.mark.parametrize("flag", ["mode=ro", "immutable=1"])
def test_check_of_a_read_only_file_reports_no_false_index_problems(flag: str, db_path: Path) -> None:
    assert check_database(_uri(db_path, flag)) == []


def test_the_command_line_says_read_only_in_one_line(db_path: Path, tmp_path: Path, capsys) -> None:
    status = cli.main(["--db", _uri(db_path, "mode=ro"), "import", "visitors", str(_visitors_file(tmp_path))])
    err = capsys.readouterr().err
    assert status == 1
    assert "только для чтения" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


@pytest.mark.skipif(shutil.which("chattr") is None, reason="needs chattr")
def test_an_immutable_file_is_named_as_such(ctx, db_path: Path) -> None:
    """A file with the Linux «immutable» attribute (even root cannot write it)."""
    Database(f"sqlite:///{db_path}").dispose()
    if subprocess.run(["chattr", "+i", str(db_path)], capture_output=True).returncode != 0:
        pytest.skip("the file system has no immutable attribute")
    try:
        frozen = ServiceContext(Database(f"sqlite:///{db_path}"), ctx.actor)
        with pytest.raises(DatabaseReadOnly) as err:
            visitors.create_visitor(frozen, VisitorInput("Петрова", "Анна"))
        frozen.db.dispose()
        assert "неизменяемый" in str(err.value)
    finally:
        subprocess.run(["chattr", "-i", str(db_path)], check=True)


@pytest.fixture
def full_disk(db: Database):  # type: ignore[no-untyped-def]
    """From now on SQLite answers every INSERT and UPDATE with a full disk, as it does on a full disk."""

    def refuse(_conn, _cursor, statement, *_args):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE")):
            raise sqlite3.OperationalError("database or disk is full")

    event.listen(db.engine, "before_cursor_execute", refuse)
    yield
    event.remove(db.engine, "before_cursor_execute", refuse)


def _count(db: Database, model: object) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)  # type: ignore[arg-type]


def test_a_full_disk_at_the_desk_is_a_sentence(ctx, db: Database, full_disk) -> None:
    with pytest.raises(DiskFull) as err:
        consultations.create_consultation(
            ctx, ConsultationInput(channel="phone", topics=["other"], outcome="advised")
        )
    assert str(err.value).startswith("Недостаточно места на диске")
    assert _count(db, Consultation) == 0


def test_a_full_disk_during_an_import_is_a_sentence_and_leaves_nothing(
    ctx, db: Database, tmp_path, full_disk
) -> None:
    with pytest.raises(DiskFull):
        import_file(ctx, "visitors", _visitors_file(tmp_path))
    assert _count(db, Visitor) == 0 and _count(db, ImportRun) == 0


def test_a_full_disk_while_filing_a_document_is_a_sentence(ctx, db: Database, request) -> None:
    sys.path.insert(0, str(DOCS))
    from docdata import make_case

    case = make_case(db)
    request.getfixturevalue("full_disk")
    with pytest.raises(DiskFull):
        documents.file_document(ctx, "appeal", case.initiative_id, case.officials["shulga"])
    assert _count(db, Document) == 0


def test_a_full_disk_on_the_command_line_is_one_line(
    db_path: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    real = Database.__init__

    def filling(self, url, **kw):  # type: ignore[no-untyped-def]
        real(self, url, **kw)

        def refuse(_conn, _cursor, statement, *_args):  # type: ignore[no-untyped-def]
            if statement.lstrip().upper().startswith("INSERT INTO VISITORS"):
                raise sqlite3.OperationalError("database or disk is full")

        event.listen(self.engine, "before_cursor_execute", refuse)

    monkeypatch.setattr(Database, "__init__", filling)
    status = cli.main(["--db", str(db_path), "import", "visitors", str(_visitors_file(tmp_path))])
    err = capsys.readouterr().err
    assert status == 1 and "Недостаточно места на диске" in err and "Traceback" not in err


def test_a_read_only_medium_is_not_offered_a_restore(db_path: Path, monkeypatch, qapp) -> None:  # type: ignore[no-untyped-def]
    """SQLite cannot even open a WAL database read-only on a write-protected stick (no -shm file can be
    made): the start-up check must not call that damage, and the start says «только для чтения»."""
    from cal_desktop.db import backup as sqlite_backup
    from cal_desktop.gui import startup
    from cal_desktop.services import backup

    def write_protected(*_args, **_kw):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("attempt to write a readonly database")

    fake = types.SimpleNamespace(connect=write_protected, DatabaseError=sqlite3.DatabaseError)
    monkeypatch.setattr(sqlite_backup, "sqlite3", fake)
    assert backup.database_problems(f"sqlite:///{db_path}") == []

    def refused(_db):  # type: ignore[no-untyped-def]
        raise DatabaseReadOnly(readonly_message(db_path))

    monkeypatch.setattr(startup, "open_database", refused)
    offered: list[object] = []
    monkeypatch.setattr(startup, "offer_recovery", lambda *args: offered.append(args) or False)
    with pytest.raises(DatabaseReadOnly, match="только для чтения"):
        startup.start_session(str(db_path))
    assert offered == []
