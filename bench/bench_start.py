"""Start and close of the program as whole processes, measured from the process's start (issue 11, 5-6).

    .venv/bin/python bench/bench_start.py [--db bench/out/bench.db] [--runs 3]

Each run launches ``python bench/bench_start.py --probe`` as a new process that starts the program
through its real entry point (``cal_desktop.cli.main(["--db", DB, "gui"])``: interpreter start, every
import, the database opened, the sign-in dialog, the main window with the desk filled). The bench's
clock starts just before the process is launched, so nothing of the start-up is left out. The probe
types the password as soon as the sign-in dialog is ready (a person's typing is not the program's
time) and reports:

- start: process launched → sign-in dialog ready → main window shown, the desk filled and the event
  loop idle ("usable"): target < 1.5 s on 100,000 visitors / 1,000,000 consultations;
- close: the window closed with the exit backup → window hidden (what the person sees) and → process
  ended (the backup finished in the background).

``bench_gui.py`` calls :func:`measure_start` first and prints the same figures.
"""

from __future__ import annotations

import time

PROBE_ENTERED = time.time()

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

BENCH_DIR = Path(__file__).resolve().parent
DEFAULT_DB = BENCH_DIR / "out" / "bench.db"
BENCH_LOGIN = "benchadmin"
BENCH_PASSWORD = "bench-secret-1"
MARK = "BENCH_START "


# --------------------------------------------------------------------------------- in the probe


def _probe(db: str, backup_dir: str) -> int:
    """Run the program as a user starts it; print one JSON line of time stamps (time.time())."""
    marks: dict[str, float] = {"entered": PROBE_ENTERED}
    # Only modules the program's own start imports anyway: patching them first costs nothing extra.
    from cal_desktop import cli
    from cal_desktop.gui import app, messages, startup

    def sign_in_at_once(dialog):  # type: ignore[no-untyped-def]
        marks.setdefault("signin_ready", time.time())
        marks.setdefault("signin_cpu", time.process_time())
        dialog.login.setText(BENCH_LOGIN)
        dialog.password.setText(BENCH_PASSWORD)
        dialog.ok.click()
        return dialog.result()

    if backup_dir:
        _redirect_backups(backup_dir)
    startup.exec_dialog = sign_in_at_once
    messages.backend = messages.Recorder()  # the overdue appeals' message would wait for a click
    original_start = app.start

    def start_and_watch(db_arg):  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        window = original_start(db_arg)
        if window is None:
            return None
        marks["start_returned"] = time.time()

        def usable() -> None:
            QApplication.processEvents()  # the first paint of the window and the filled desk
            marks["usable"] = time.time()
            marks["usable_cpu"] = time.process_time()  # this process's CPU time: fair on a busy machine
            marks["close_requested"] = time.time()
            window.close()
            marks["window_hidden"] = time.time()
            marks["still_visible"] = float(window.isVisible())

        QTimer.singleShot(0, usable)
        return window

    app.start = start_and_watch
    status = cli.main(["--db", db, "gui"])
    marks["exited"] = time.time()
    print(MARK + json.dumps(marks), flush=True)
    return status


def _redirect_backups(folder: str) -> None:
    """Backups go to a temporary folder (never the bench user's real backups)."""
    from cal_desktop.services import backup

    backup.backup_folder = lambda _ctx: Path(folder)  # type: ignore[assignment]


# --------------------------------------------------------------------------------- in the bench


def ensure_bench_admin(db: str) -> None:
    """An administrator the bench can sign in as (the demo's staff have no passwords)."""
    from cal_desktop.errors import Conflict
    from cal_desktop.services import accounts
    from cal_desktop.services.accounts import AccountInput
    from cal_desktop.services.database import open_database

    ctx = open_database(db)
    data = AccountInput(BENCH_LOGIN, "Бенчмарк Администратор", role="admin")
    try:
        if accounts.needs_first_admin(ctx):
            accounts.create_first_admin(ctx, data, BENCH_PASSWORD)
        else:
            accounts.create_account(ctx, data, BENCH_PASSWORD)
            # a new account must change its password at first sign-in: do it here, once
            me = ctx.acting_as(accounts.sign_in(ctx, BENCH_LOGIN, BENCH_PASSWORD))
            accounts.change_password(me, BENCH_PASSWORD, BENCH_PASSWORD)
    except Conflict:
        pass  # made by an earlier run
    ctx.db.dispose()


def run_once(db: str, scratch: Path) -> dict[str, float]:
    """One start and close as a whole process; the figures in seconds from the launch. ``scratch``
    holds this desk's settings, logs and backups (shared by the runs of one measurement, as a desk
    keeps them from one day to the next)."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # an installed program has its byte code compiled (pip does it): let the first run write it
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["CAL_DESKTOP_GUI_INI"] = str(scratch / "desk.ini")
    for xdg in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        env[xdg] = str(scratch / xdg.lower())  # the log and data folders: never the real user's
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(BENCH_DIR.parent), env.get("PYTHONPATH")]))
    backups = scratch / "backups"
    before = set(backups.glob("*.db*"))
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--probe",
        "--db",
        db,
        "--backups",
        str(backups),
    ]
    launched = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    ended = time.time()
    line = next((x for x in done.stdout.splitlines() if x.startswith(MARK)), None)
    if line is None:
        raise RuntimeError(f"the probe did not report (status {done.returncode}):\n{done.stderr[-2000:]}")
    marks = json.loads(line[len(MARK) :])
    cpu = ("still_visible", "usable_cpu", "signin_cpu")
    figures = {key: value - launched for key, value in marks.items() if key not in cpu}
    figures.update((key, marks[key]) for key in cpu)
    figures["process_ended"] = ended - launched
    figures["close_to_hidden"] = marks["window_hidden"] - marks["close_requested"]
    figures["close_to_exit"] = ended - marks["close_requested"]
    figures["still_visible"] = marks["still_visible"]
    figures["backups_made"] = float(len(set(backups.glob("*.db*")) - before))
    return figures


def measure_start(db: str, runs: int = 3) -> dict[str, float]:
    """A first start on a new desk (the file is checked before it is opened), then ``runs`` usual
    starts (checked in the background); prints the figures and returns the usual starts' medians."""
    ensure_bench_admin(db)
    scratch = Path(tempfile.mkdtemp(prefix="bench-start-"))
    try:
        return _measure(db, runs, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)  # the exit backups: half a gigabyte each


def _measure(db: str, runs: int, scratch: Path) -> dict[str, float]:
    first = run_once(db, scratch)
    print(
        f"first start on this desk (whole-file check before opening): usable after {first['usable']:.2f} s; "
        f"sign-in dialog ready at {first['signin_ready']:.2f} s"
    )
    results = [run_once(db, scratch) for _ in range(runs)]

    def median(key: str) -> float:
        return statistics.median(r[key] for r in results)

    usable = [r["usable"] for r in results]
    made = ", ".join(f"{r['backups_made']:.0f}" for r in results)
    print(
        f"process start until the window is usable: median {median('usable'):.2f} s "
        f"(runs: {', '.join(f'{u:.2f}' for u in usable)}; target < 1.5 s); CPU time of the process until "
        f"then: {median('usable_cpu'):.2f} s"
    )
    print(
        f"  Python started and the probe entered: {median('entered'):.2f} s; sign-in dialog ready: "
        f"{median('signin_ready'):.2f} s (CPU {median('signin_cpu'):.2f} s); main window built: "
        f"{median('start_returned'):.2f} s"
    )
    print(
        f"closing with the exit backup: window hidden after {median('close_to_hidden') * 1000:.0f} ms, "
        f"process ended {median('close_to_exit'):.2f} s after the close "
        f"(backups made per run: {made})"
    )
    return {key: median(key) for key in results[0]}


def main() -> int:
    parser = argparse.ArgumentParser(description="start and close as whole processes")
    parser.add_argument("--db", default=str(DEFAULT_DB))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--probe", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--backups", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        return _probe(args.db, args.backups)
    if not Path(args.db).exists():
        print(f"no database at {args.db}: build it with bench/generate.py (or cal-desktop --db FILE demo)")
        return 1
    measure_start(args.db, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
