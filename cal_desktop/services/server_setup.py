"""Setting up a PostgreSQL server for several desks (issue 14.1): ``cal-desktop server init``, the desk's
connection (desk_connection.py, written by «Настройки → База данных») and its check.

The program's role needs no superuser rights: it owns its database, creates the tables through the
migrations and the pg_trgm extension (trusted since PostgreSQL 13, so a database owner may create it).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import SQLAlchemyError

from cal_desktop import desk_connection
from cal_desktop.db import pg_server, schema
from cal_desktop.db.engine import make_engine
from cal_desktop.desk_connection import TLS_MODES, DeskConnection
from cal_desktop.errors import CalError, ValidationError
from cal_desktop.paths import with_driver
from cal_desktop.services.context import SYSTEM
from cal_desktop.services.database import check_database, init_database, open_database
from cal_desktop.services.settings import ensure_centre_id

__all__ = ["TLS_MODES", "DeskConnection"]


@dataclass(frozen=True)
class ServerSetup:
    server_version: str
    url: str
    revision: str
    previous: str | None
    desk: DeskConnection


def describe_url(url: str) -> str:
    return pg_server.database_label(url)


def _reason(exc: BaseException) -> str:
    return str(getattr(exc, "orig", None) or exc).strip().split("\n", 1)[0]


def _require_postgres(url: str) -> None:
    try:
        backend = make_url(url).get_backend_name()
    except Exception as exc:  # sqlalchemy's ArgumentError and friends: a malformed URL
        raise CalError(f"Неверный адрес базы данных: {exc}") from exc
    if backend != "postgresql":
        raise CalError("Нужен адрес сервера PostgreSQL: postgresql+psycopg://пользователь@сервер:5432/база")


def server_version(url: str) -> tuple[int, str]:
    """The server's version number (e.g. 150018) and its text; a clear error when it cannot be reached."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            number = int(conn.execute(text("SHOW server_version_num")).scalar_one())
            shown = str(conn.execute(text("SHOW server_version")).scalar_one())
    except SQLAlchemyError as exc:
        raise CalError(f"Нет подключения к серверу PostgreSQL: {_reason(exc)}") from exc
    finally:
        engine.dispose()
    return number, shown


def init_server(url: str) -> ServerSetup:
    """Check the server (PostgreSQL 13 or newer), create pg_trgm and the program's schema (or upgrade
    it), make the centre's id; returns what each desk should enter."""
    url = with_driver(url)
    _require_postgres(url)
    number, shown = server_version(url)
    if number // 10000 < pg_server.MIN_SERVER_MAJOR:
        raise CalError(
            f"Сервер PostgreSQL {shown} слишком старый: нужна версия {pg_server.MIN_SERVER_MAJOR} или новее."
        )
    engine = make_engine(url)
    try:
        pg_server.create_trigram_extension(engine)
    except SQLAlchemyError as exc:
        raise CalError(
            f"Не удалось создать расширение pg_trgm ({_reason(exc)}). Роль программы должна быть владельцем "
            "базы (CREATE DATABASE … OWNER …), либо администратор сервера выполняет в этой базе: "
            "CREATE EXTENSION pg_trgm;"
        ) from exc
    finally:
        engine.dispose()
    result = init_database(url)
    ctx = open_database(url, SYSTEM)
    try:
        ensure_centre_id(ctx)
    finally:
        ctx.db.dispose()
    return ServerSetup(shown, url, result.revision, result.previous, desk_of(url))


def desk_of(url: str) -> DeskConnection:
    parsed = make_url(url)
    sslmode = parsed.query.get("sslmode")
    return DeskConnection(
        host=parsed.host or "localhost",
        port=parsed.port or 5432,
        database=parsed.database or "",
        user=parsed.username or "",
        sslmode=sslmode if isinstance(sslmode, str) and sslmode in TLS_MODES else "prefer",
    )


def desk_instructions(desk: DeskConnection) -> list[str]:
    """What an administrator enters at each desk (the password is told separately, never printed)."""
    return [
        "На каждом рабочем месте: «Настройки → База данных» (или меню «Файл → Подключение к базе данных…»):",
        f"  Сервер:        {desk.host}",
        f"  Порт:          {desk.port}",
        f"  База данных:   {desk.database}",
        f"  Пользователь:  {desk.user}",
        "  Пароль:        пароль этой роли (хранится только в профиле пользователя компьютера)",
        f"  Режим TLS:     {desk.sslmode}",
        "Или из командной строки (пароль — в файле паролей PostgreSQL, не в адресе):",
        f"  cal-desktop --db \"{desk.url()}\" --self-test",
    ]


# ---------------------------------------------------------------------------------- the desk's side


def _validated(desk: DeskConnection) -> DeskConnection:
    errors = {}
    if not desk.host.strip():
        errors["host"] = ("Сервер", "укажите имя или адрес сервера")
    if not 0 < desk.port < 65536:
        errors["port"] = ("Порт", "номер порта от 1 до 65535")
    if not desk.database.strip():
        errors["database"] = ("База данных", "укажите имя базы")
    if not desk.user.strip():
        errors["user"] = ("Пользователь", "укажите роль, под которой работает программа")
    if desk.sslmode not in TLS_MODES:
        errors["sslmode"] = ("Режим TLS", "один из: " + ", ".join(TLS_MODES))
    if errors:
        first_field, (label, message) = next(iter(errors.items()))
        raise ValidationError.single(first_field, label, message)
    return DeskConnection(desk.host.strip(), desk.port, desk.database.strip(), desk.user.strip(), desk.sslmode)


def _url_with_password(desk: DeskConnection, password: str) -> str:
    return URL.create(
        "postgresql+psycopg",
        username=desk.user,
        password=password or None,
        host=desk.host,
        port=desk.port,
        database=desk.database,
        query={"sslmode": desk.sslmode, "connect_timeout": "10"},
    ).render_as_string(hide_password=False)


def check_connection(desk: DeskConnection, password: str | None) -> str:
    """Connect with these settings and say what was found: the server's version and the schema's state.
    ``password`` None uses the stored one."""
    desk = _validated(desk)
    if password is None:
        url = desk.url(desk_connection.password_file())
    else:
        url = _url_with_password(desk, password)
    number, shown = server_version(url)
    engine = make_engine(url)
    try:
        revision = schema.current_revision(engine)
    except SQLAlchemyError as exc:
        raise CalError(f"Подключение есть, но база недоступна: {_reason(exc)}") from exc
    finally:
        engine.dispose()
    if revision is None:
        state = "в базе нет схемы программы: администратор выполняет «cal-desktop server init»"
    elif revision == schema.head_revision():
        state = f"схема программы на месте ({revision})"
    elif revision in schema.known_revisions():
        state = f"схема {revision} будет обновлена при запуске"
    else:
        state = f"схема {revision} новее этой версии программы: обновите программу"
    if number // 10000 < pg_server.MIN_SERVER_MAJOR:
        state += f"; сервер старше PostgreSQL {pg_server.MIN_SERVER_MAJOR}, он не поддерживается"
    return f"PostgreSQL {shown}: {state}."


def load_desk_connection() -> DeskConnection | None:
    return desk_connection.load()


def has_stored_password() -> bool:
    return desk_connection.password_file().exists()


def save_desk_connection(desk: DeskConnection, password: str | None) -> str:
    """Remember the desk's connection (``password`` None keeps the stored one); returns its URL."""
    desk = _validated(desk)
    desk_connection.save(desk, password)
    return desk_connection.configured_url() or desk.url()


def forget_desk_connection() -> None:
    desk_connection.forget()


def self_test_database(url: str) -> str:
    """``--self-test --db URL``: the connection and the schema, without changing anything."""
    if url.startswith("postgresql"):
        number, shown = server_version(url)
        if number // 10000 < pg_server.MIN_SERVER_MAJOR:
            raise CalError(f"сервер PostgreSQL {shown} старше {pg_server.MIN_SERVER_MAJOR}")
    problems = check_database(url)
    if problems:
        raise CalError("; ".join(problems[:3]))
    label = describe_url(url) if url.startswith("postgresql") else url
    return f"{label}: подключение и схема в порядке ({schema.head_revision()})"
