"""Shared fixtures. Qt runs offscreen (no display in CI); a migrated database is made once per session
and copied for each test, so every test starts from an empty, up-to-date schema in milliseconds."""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CAL_DESKTOP_LANG", "ru")

# Tests never touch a real user's folders. The real ones are remembered here, before anything can write,
# and compared at the end of the run (pytest_sessionfinish); meanwhile HOME and the XDG folders point at a
# throw-away folder for the whole session (module imports included) and at a fresh one for every test.
_REAL_HOME = Path.home()
_WATCHED = (_REAL_HOME / ".local" / "share" / "CAL Desktop", _REAL_HOME / ".config")
_USER_DIRS = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")


def _snapshot(folders: tuple[Path, ...]) -> dict[str, float]:
    found: dict[str, float] = {}
    for folder in folders:
        for dirpath, _dirs, files in os.walk(folder):
            for name in files:
                path = os.path.join(dirpath, name)
                try:
                    found[path] = os.lstat(path).st_mtime
                except OSError:
                    continue
    return found


_BEFORE = _snapshot(_WATCHED)


def _point_user_folders_at(home: Path, environ: dict[str, str] | os._Environ[str]) -> None:
    environ["HOME"] = str(home)
    for name, sub in zip(_USER_DIRS, ("data", "config", "cache", "state"), strict=True):
        environ[name] = str(home / sub)
    environ["CAL_DESKTOP_GUI_INI"] = str(home / "desk.ini")


_point_user_folders_at(Path(tempfile.mkdtemp(prefix="cal-test-home-")), os.environ)

import pytest  # noqa: E402
from sqlalchemy import Engine, MetaData, Table, create_engine, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402

from cal_desktop.db.engine import Database  # noqa: E402
from cal_desktop.db.models import Staff  # noqa: E402
from cal_desktop.domain.vocab import Role  # noqa: E402
from cal_desktop.services import accounts  # noqa: E402
from cal_desktop.services.context import Actor, ServiceContext  # noqa: E402
from cal_desktop.services.database import init_database  # noqa: E402

# TEST-ONLY password cost: the production scrypt cost (N=2**17: ~0.3 s and 128 MiB per hash) would make
# every test that creates an account slow; tests/services/test_accounts.py checks the shipped cost.
accounts.SCRYPT_N = 2**10


@pytest.fixture(autouse=True)
def _private_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Every test gets its own empty HOME, XDG folders and desk settings file, and the program's
    background work (the exit backup of a closed window, the start-up check) ends inside the test that
    started it, while that test's folders and patches still hold."""
    home = tmp_path_factory.mktemp("home")
    values: dict[str, str] = {}
    _point_user_folders_at(home, values)
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    yield
    _finish_background_work()


def _finish_background_work() -> None:
    import sys

    housekeeping = sys.modules.get("cal_desktop.gui.housekeeping")
    if housekeeping is None:  # the test never loaded the GUI
        return
    from PySide6.QtCore import QCoreApplication, QThreadPool

    QThreadPool.globalInstance().waitForDone(5000)
    housekeeping.wait_all(10)
    app = QCoreApplication.instance()
    if app is not None:
        app.processEvents()


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    init_database(str(path))
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    """A fresh migrated SQLite file for this test."""
    path = tmp_path / "cal.db"
    shutil.copyfile(template_db, path)
    return path


# ----------------------------------------------------------------------------- both engines (issue 14.7)
#
# With CAL_TEST_PG_URL set (a PostgreSQL server whose user may create databases, e.g. the one
# scripts/pg_test_server.sh prints), every test in BOTH_ENGINES folders that uses ``db`` runs twice:
# [sqlite] and [postgresql]. The PostgreSQL database is one per session, migrated once and emptied back to
# its migrated state before each test (``PgServer.emptied``: TRUNCATE and the seeded rows again, ~0.05 s;
# a new copy per test took 0.6-1.5 s).
# A test that depends on SQLite itself is skipped there with its reason: one that asks for the file
# (``db_path``), or one marked ``@pytest.mark.sqlite_only("why")``. Without the variable nothing changes.

PG_URL_ENV = "CAL_TEST_PG_URL"
PG_SKIP_REASON = (
    f"PostgreSQL tests need {PG_URL_ENV} (a server URL, e.g. the one scripts/pg_test_server.sh prints)"
)
BOTH_ENGINES = ("services",)  # folders under tests/ whose ``db`` tests also run on PostgreSQL


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only(reason): the test depends on SQLite specifics; skipped on PostgreSQL"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_engine" not in metafunc.fixturenames or not os.environ.get(PG_URL_ENV):
        return
    parts = Path(str(metafunc.definition.path)).resolve().relative_to(Path(__file__).resolve().parent).parts
    if parts and parts[0] in BOTH_ENGINES:
        metafunc.parametrize("db_engine", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def db_engine(request: pytest.FixtureRequest) -> str:
    """The database engine of this test's ``db``: "sqlite" unless parametrised (see above)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def db(request: pytest.FixtureRequest, db_engine: str) -> Iterator[Database]:
    if db_engine == "postgresql":
        marker = request.node.get_closest_marker("sqlite_only")
        if marker is not None:
            pytest.skip(f"SQLite only: {marker.args[0] if marker.args else 'depends on SQLite'}")
        if "db_path" in request.fixturenames:
            pytest.skip("SQLite only: works on the database file itself (db_path)")
        url = request.getfixturevalue("pg_server").emptied()
    else:
        url = "sqlite:///" + str(request.getfixturevalue("db_path"))
    database = Database(url)
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def pg_admin() -> Iterator[Engine]:
    """An AUTOCOMMIT engine on the server's own database: CREATE/DROP DATABASE cannot run in a
    transaction."""
    url = os.environ.get(PG_URL_ENV)
    if not url:
        pytest.skip(PG_SKIP_REASON)
    parsed = make_url(url)
    if not parsed.get_backend_name().startswith("postgresql"):
        pytest.fail(f"{PG_URL_ENV} must be a postgresql URL, not {parsed.get_backend_name()}")
    engine = create_engine(parsed, isolation_level="AUTOCOMMIT", pool_size=1)
    yield engine
    engine.dispose()


class PgServer:
    """Databases made and dropped on the test server (the fixture ``pg_server``)."""

    def __init__(self, admin: Engine) -> None:
        self.admin = admin
        self.template: str | None = None  # a database at head, copied by ``migrated()``
        self.shared: str | None = None  # a database at head, emptied by ``emptied()`` for each test
        self.shared_engine: Engine | None = None
        self.tables: list[Table] = []
        self.superuser = False
        self.seed: dict[str, list[dict[str, object]]] = {}

    def new(self, template: str | None = None) -> str:
        """A new database (a copy of ``template`` if given); returns its URL."""
        name = f"cal_t_{uuid.uuid4().hex[:16]}"
        copy = f' TEMPLATE "{template}"' if template else ""
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"{copy}'))
        return self.admin.url.set(database=name).render_as_string(hide_password=False)

    def migrated(self) -> str:
        """A new database at head: a copy of one migrated once per session."""
        if self.template is None:
            url = self.new()
            init_database(url)
            name = str(make_url(url).database)
            with self.admin.connect() as conn:  # a template must have no other connection when copied
                conn.execute(
                    text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"),
                    {"n": name},
                )
            self.template = name
        return self.new(self.template)

    def emptied(self) -> str:
        """The session's shared database, put back to its just-migrated state: every table emptied and
        the rows the migrations seed written again (far quicker than a new copy, which is
        what makes running the service tests on both engines affordable). For tests that change only
        rows; tests that change the schema or the revision use ``migrated()``."""
        if self.shared is None:
            self.shared = self.migrated()
            self.shared_engine = create_engine(self.shared, poolclass=NullPool)
            metadata = MetaData()
            metadata.reflect(self.shared_engine)
            with warnings.catch_warnings():  # appeals <-> documents refer to each other: order them anyway
                warnings.simplefilter("ignore")
                self.tables = [t for t in metadata.sorted_tables if t.name != "alembic_version"]
            with self.shared_engine.connect() as conn:
                rows = {t.name: [dict(r._mapping) for r in conn.execute(select(t))] for t in self.tables}
                self.superuser = bool(
                    conn.scalar(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))
                )
            self.seed = {name: found for name, found in rows.items() if found}
            return self.shared
        assert self.shared_engine is not None
        names = ", ".join(f"'{t.name}'" for t in self.tables)
        with_ids = ", ".join(f"'{t.name}'" for t in self.tables if "id" in t.c)
        with self.shared_engine.begin() as conn:
            # the previous test's connections are closed by now; a leaked one must not hang the run
            conn.execute(text("SET LOCAL lock_timeout = '20s'"))
            # DELETE, not TRUNCATE: a test leaves a few rows, and TRUNCATE makes new files for every table
            # and index (0.5 s). Triggers and foreign keys are off meanwhile (the replica role, for a
            # superuser such as scripts/pg_test_server.sh's), so the order of the tables does not matter.
            if self.superuser:
                conn.execute(text("SET LOCAL session_replication_role = replica"))
                conn.execute(
                    text(
                        f"DO $$ DECLARE t text; BEGIN FOREACH t IN ARRAY ARRAY[{names}] LOOP "
                        "EXECUTE format('DELETE FROM %I', t); END LOOP; END $$"
                    )
                )
            else:  # the replica role needs a superuser: the slower way
                conn.execute(text(f"TRUNCATE {', '.join(t.name for t in self.tables)} CASCADE"))
            for table in self.tables:
                if table.name in self.seed:
                    conn.execute(table.insert(), self.seed[table.name])
            conn.execute(  # ids start where they did after the migrations
                text(
                    f"DO $$ DECLARE t text; q text; BEGIN FOREACH t IN ARRAY ARRAY[{with_ids}] LOOP "
                    "q := pg_get_serial_sequence(t, 'id'); IF q IS NOT NULL THEN "
                    "EXECUTE format('SELECT setval(%L, COALESCE((SELECT max(id) FROM %I), 0) + 1, false)', q, t); "
                    "END IF; END LOOP; END $$"
                )
            )
        return self.shared

    def drop(self, url: str) -> None:
        name = make_url(url).database
        with self.admin.connect() as conn:
            # WITH (FORCE): a test that failed midway may have left a connection open (PostgreSQL 13+).
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def pg_server(pg_admin: Engine) -> Iterator[PgServer]:
    server = PgServer(pg_admin)
    yield server
    if server.shared_engine is not None:
        server.shared_engine.dispose()
    if server.shared is not None:
        server.drop(server.shared)
    if server.template is not None:
        server.drop(pg_admin.url.set(database=server.template).render_as_string(hide_password=False))


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """The URL of a new PostgreSQL database at head (a copy of the session's template), dropped after."""
    url = pg_server.migrated()
    yield url
    pg_server.drop(url)


@pytest.fixture
def staff_id(db: Database) -> int:
    """A staff member at the desk (an administrator, so role checks do not get in the way)."""
    with db.session() as s:
        member = Staff(
            login="ivanova",
            display_name="Иванова Мария Петровна",
            position="специалист",
            phone="+79120000000",
            role=Role.ADMIN.value,
        )
        s.add(member)
        s.flush()
        return member.id


@pytest.fixture
def ctx(db: Database, staff_id: int) -> ServiceContext:
    return ServiceContext(db, Actor(staff_id=staff_id, role=Role.ADMIN, display_name="Иванова М.П."))


@pytest.fixture
def make_ctx(db: Database):  # type: ignore[no-untyped-def]
    """A context acting as a new staff member with the given role."""

    def make(role: Role = Role.STAFF, login: str | None = None) -> ServiceContext:
        with db.session() as s:
            member = Staff(
                login=login or f"user_{role.value}_{os.urandom(3).hex()}",
                display_name=f"Сотрудник ({role.label})",
                role=role.value,
            )
            s.add(member)
            s.flush()
            return ServiceContext(db, Actor(staff_id=member.id, role=role, display_name=member.display_name))

    return make


def _touched_user_files() -> list[str]:
    after = _snapshot(_WATCHED)
    return sorted(path for path, mtime in after.items() if _BEFORE.get(path) != mtime)


_exit_status: list[int] = []  # pytest's exit status, for pytest_unconfigure


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Drain Qt's global thread pool before Python exits: PySide6 6.12 aborts at interpreter exit
    ("Fatal Python error: none_dealloc") when a pool job has emitted a signal and its thread is still
    parked."""
    import sys

    touched = _touched_user_files()
    if touched:
        print(f"\nTests wrote into the real user folders ({len(touched)} files), e.g.: " + "; ".join(touched[:5]))
        session.exitstatus = exitstatus = pytest.ExitCode.TESTS_FAILED
    _exit_status.append(int(exitstatus))

    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None:
        return
    pool = qtcore.QThreadPool.globalInstance()
    pool.waitForDone()
    pool.setExpiryTimeout(0)
    pool.clear()


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave without Python's final teardown once Qt was loaded: PySide6 6.12 sometimes aborts while
    deallocating at interpreter exit ("Fatal Python error: bool_dealloc"/"none_dealloc") after every
    test has passed, which would turn a green run red. The report is already printed; keep its status."""
    import sys

    if "PySide6.QtCore" in sys.modules and _exit_status:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_exit_status[-1])
