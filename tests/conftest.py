"""Shared fixtures. Qt runs offscreen (no display in CI); a migrated database is made once per session
and copied for each test, so every test starts from an empty, up-to-date schema in milliseconds."""

from __future__ import annotations

import os
import shutil
import tempfile
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


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database("sqlite:///" + str(db_path))
    yield database
    database.dispose()


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
