"""Every figure of issue 20 in one table, each beside the limit measured in the same run.

    .venv/bin/python bench/run_all.py [--db bench/out/bench.db] [--consultations 1000000] [--quick]

Builds the bench database with generate.py when it is missing (or reuses it), works on a private copy
of it (the original is never written), and prints one table: operation, size, median and p95 wall
clock, CPU p95 (the machine may be shared: wall clock then waits for a CPU, the CPU time is what the
work costs), the limit measured in this run (the same SQL through raw sqlite3, or the bare library),
the ratio of the medians, the target, and whether it is met. A figure that misses its target says
MISSED; one that cannot be measured yet says so. ``--quick`` skips the GUI, the import and documents.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_core import NAME_QUERIES, OTHER_QUERIES, PHONE_QUERIES, open_visitor, timed  # noqa: E402
from generate import OUT, build  # noqa: E402
from sqlalchemy import event  # noqa: E402

from cal_desktop.services import document_batches  # noqa: E402
from cal_desktop.services.context import ServiceContext  # noqa: E402

Sample = tuple[float, float]  # (wall ms, CPU ms)


@dataclass
class Row:
    operation: str
    size: str
    samples: list[Sample]
    target: str
    met: Callable[[float], bool] | None  # on the p95 (or the single figure) in the row's unit
    limit: list[Sample] | None = None
    limit_what: str = ""
    unit: str = "ms"
    note: str = ""
    given: tuple[float, float, float | None] | None = None  # (median, p95, CPU p95) printed by a script
    cpu_verdict: bool = True  # the target is absolute: CPU time alone may be compared with it


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


# ------------------------------------------------------------------------------ raw SQL limit


class Recorder:
    """The statements a service call sends, to replay them through raw sqlite3: the cost of the same
    SQL without SQLAlchemy, the service code and the row objects (the «raw-SQL limit»)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.calls: list[tuple[str, Any]] = []
        self.engine = ctx.db.engine
        event.listen(self.engine, "before_cursor_execute", self._seen)

    def _seen(self, conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            self.calls.append((statement, parameters))

    def capture(self, fn: Callable[[], Any]) -> list[tuple[str, Any]]:
        self.calls = []
        fn()
        return list(self.calls)

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._seen)


def replay(conn: sqlite3.Connection, statements: list[tuple[str, Any]]) -> None:
    for sql, params in statements:
        conn.execute(sql, params).fetchall()


def service_and_limit(
    ctx: ServiceContext, raw: sqlite3.Connection, calls: list[Callable[[], Any]], repeat: int
) -> tuple[list[Sample], list[Sample]]:
    recorder = Recorder(ctx)
    try:
        captured = [recorder.capture(call) for call in calls]  # also warms the cache
    finally:
        recorder.close()
    service = [s for call in calls for s in timed(call, repeat)]
    limit = [s for sql in captured for s in timed(lambda sql=sql: replay(raw, sql), repeat)]
    return service, limit


# ------------------------------------------------------------------------------ the measurements


def database_rows(ctx: ServiceContext, raw: sqlite3.Connection, size: str, repeat: int) -> list[Row]:
    from cal_desktop.services import consultations, visitors

    queries = NAME_QUERIES + PHONE_QUERIES + OTHER_QUERIES
    search, search_raw = service_and_limit(
        ctx, raw, [lambda q=q: visitors.search_visitors(ctx, q, 20) for q in queries], repeat
    )
    n_visitors = raw.execute("SELECT max(id) FROM visitors").fetchone()[0]
    sample = random.Random(1).sample(range(1, n_visitors + 1), 30)
    opened, opened_raw = service_and_limit(ctx, raw, [lambda v=v: open_visitor(ctx, v) for v in sample], 1)
    page, page_raw = service_and_limit(
        ctx, raw, [lambda: consultations.list_consultations(ctx, limit=50)], max(repeat, 10)
    )
    return [
        Row("visitor search, first 20", size, search, "p95 < 10 ms", lambda v: v < 10, search_raw, "same SQL"),
        Row("open a visitor + history", size, opened, "p95 < 100 ms", lambda v: v < 100, opened_raw, "same SQL"),
        Row("list first page (50 + count)", size, page, "p95 < 100 ms", lambda v: v < 100, page_raw, "same SQL"),
    ]  # fmt: skip


def report_rows(ctx: ServiceContext, size: str, out: Path) -> list[Row]:
    from bench_reports import pick_month

    from cal_desktop.reports import figures
    from cal_desktop.services import reports

    period = pick_month(ctx)

    def sql_only() -> None:
        with ctx.db.read() as s:
            figures.compute(s, period)

    limit = timed(sql_only, 3)
    rows = []
    for fmt, target in (("json", 2000), ("xlsx", 5000)):
        samples = timed(lambda fmt=fmt: reports.export_report(ctx, period, fmt, out / f"report.{fmt}"), 3)
        rows.append(
            Row(
                f"report {fmt.upper()} ({period.label})",
                size,
                samples,
                f"< {target / 1000:.0f} s",
                lambda v, t=target: v < t,
                limit,
                "its figures' SQL",
            )  # fmt: skip
        )
    return rows


def document_rows(repeat: int) -> list[Row]:
    from bench_documents import build as build_documents

    from cal_desktop.db.engine import Database
    from cal_desktop.domain.vocab import Role
    from cal_desktop.services import documents
    from cal_desktop.services.context import Actor
    from cal_desktop.services.database import init_database

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "docs.db"
        init_database(str(path))
        db = Database("sqlite:///" + str(path))
        staff, ini, official = build_documents(db, 12, "bench1")
        _, big, _ = build_documents(db, 500, "bench2")
        ctx = ServiceContext(db, Actor(staff_id=staff, role=Role.ADMIN))
        for fmt in ("pdf", "docx"):
            documents.render(ctx, "appeal", ini, official, fmt=fmt)  # fonts, dictionaries: once per run
            samples = timed(lambda fmt=fmt: documents.render(ctx, "appeal", ini, official, fmt=fmt), repeat)
            limit = timed(lambda fmt=fmt: bare_document(fmt, Path(tmp)), repeat)
            rows.append(
                Row(
                    f"letter {fmt.upper()} (warm)",
                    "1 letter",
                    samples,
                    "p95 < 150 ms",
                    lambda v: v < 150,
                    limit,
                    "bare library, 1 page",
                )  # fmt: skip
            )
        batch = timed(lambda: document_batches.consent_batch(ctx, big), 1)
        rows.append(Row("500 consent forms, one PDF", "500 letters", batch, "< 60 s", lambda v: v < 60_000))
        db.dispose()
    return rows


def bare_document(fmt: str, folder: Path) -> None:
    """The library alone: one page of similar text, no context, no declension, no template."""
    text = "Прошу рассмотреть обращение жителей о детской площадке во дворе дома. " * 30
    if fmt == "pdf":
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import getSampleStyleSheet
        from reportlab.platypus import Paragraph, SimpleDocTemplate

        SimpleDocTemplate(str(folder / "bare.pdf"), pagesize=A4).build(
            [Paragraph(text, getSampleStyleSheet()["Normal"])]
        )
    else:
        from docx import Document

        doc = Document()
        doc.add_paragraph(text)
        doc.save(str(folder / "bare.docx"))


def import_row(db_copy: Path, size: str) -> Row:
    """10,000 consultations (dry run included) into a copy of the big database."""
    from bench_import import write_files

    from cal_desktop.services.database import open_database
    from cal_desktop.services.imports import import_file

    folder = Path(tempfile.mkdtemp(prefix="cal-bench-import-"))
    target = folder / "big.db"
    shutil.copyfile(db_copy, target)
    ctx = open_database(str(target))
    try:
        path = write_files(ctx, folder, 10_000)

        def check_and_import() -> None:
            import_file(ctx, "consultations", path, dry_run=True)
            import_file(ctx, "consultations", path)

        samples = timed(check_and_import, 1)
    finally:
        ctx.db.dispose()
        shutil.rmtree(folder, ignore_errors=True)
    return Row("10k consultations import (check + import)", size, samples, "< 5 s", lambda v: v < 5000)


def backup_rows(ctx: ServiceContext, live: Path, size: str, out: Path) -> list[Row]:
    from cal_desktop.services import backup
    from cal_desktop.services.backup_rotation import WEEKLY_COPIES

    made: list[Any] = []
    samples = timed(
        lambda: made.append(backup.create_backup(ctx, out / "cal-backup-bench_2026-01-01_00-00-00.db.gz")), 1
    )
    before_now = timed(lambda: backup.create_backup(ctx, out / "cal-backup-bench_2026-01-01_00-00-01.db"), 1)
    limit = timed(lambda: shutil.copyfile(live, out / "plain-copy.db"), 1)
    plain = (out / "plain-copy.db").stat().st_size
    keep = backup.get_settings_keep(ctx)
    rotation_now = (keep + WEEKLY_COPIES) * made[0].size
    before = keep * plain
    share = rotation_now / before
    return [
        Row("backup (online copy + gzip)", size, samples, "≤ 2× the uncompressed backup",
            lambda v: v <= 2 * before_now[0][0], limit, "plain file copy",
            note=f"the uncompressed backup of before: {_fmt(before_now[0][0], 'ms')} "
            f"(CPU {_fmt(before_now[0][1], 'ms')})", cpu_verdict=False),
        Row(f"backup rotation total ({keep} daily + {WEEKLY_COPIES} weekly)", size,
            [(share * 100, 0.0)], "≤ 50 % of 10 plain copies", lambda v: v <= 50, unit="%",
            note=f"{rotation_now / 2**20:.0f} MB against {before / 2**20:.0f} MB; one copy "
            f"{made[0].size / 2**20:.0f} MB of {plain / 2**20:.0f} MB"),
    ]  # fmt: skip


def gui_rows(db_copy: Path, size: str, search_p95: float) -> list[Row]:
    """bench_gui.py in its own process (its memory is the figure), with private data folders."""
    home = Path(tempfile.mkdtemp(prefix="cal-bench-gui-"))
    env = dict(os.environ, XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    bare = _bare_qt_start(env)
    started = time.time()
    proc = subprocess.run(
        [sys.executable, str(HERE / "bench_gui.py"), "--db", str(db_copy), "--keystrokes", "120"],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    lines = proc.stdout.splitlines()
    print("\n".join("  gui| " + line for line in lines), file=sys.stderr)
    if proc.returncode:
        print(proc.stderr[-3000:], file=sys.stderr)
    found = {key: next((line for line in lines if line.startswith(key)), "") for key in
             ("usable at epoch", "Visitors: key", "desk visitor", "scrolled", "consultations list", "close")}  # fmt: skip
    rows = []
    if found["usable at epoch"]:
        usable = float(found["usable at epoch"].split(":")[1].split(";")[0])
        rows.append(Row("start to usable (from process start)", size, [((usable - started) * 1000, 0.0)],
                        "< 2 s", lambda v: v < 2000, [(bare, 0.0)], "bare Qt window start"))  # fmt: skip
    for key, name in (
        ("Visitors: key", "keystroke to painted (Visitors)"),
        ("desk visitor", "keystroke to painted (desk)"),
    ):
        if found[key]:
            median, p, cpu = (_number_after(found[key], w) for w in ("median ", "p95 ", "CPU p95 "))
            rows.append(Row(name, size, [(median, 0.0)], "p95 < 100 ms", lambda v: v < 100,
                            [(search_p95, 0.0)], "search p95 alone", given=(median, p, cpu)))  # fmt: skip
    if found["scrolled"]:
        peak = _number_after(found["scrolled"], "peak ")
        before = _number_after(found["scrolled"], "memory before ")
        rows.append(Row("scroll all consultations: peak memory", size, [(peak, 0.0)], "< 400 MB",
                        lambda v: v < 400, [(before, 0.0)], "before the list", unit="MB",
                        note=found["scrolled"].split(";")[0]))  # fmt: skip
    if found["close"]:
        close_s = _number_after(found["close"], "close: ")
        rows.append(Row("close (with the exit backup)", size, [(close_s * 1000, 0.0)], "< 30 s (assumed)",
                        lambda v: v < 30_000))  # fmt: skip
    if not rows:
        rows.append(Row("GUI figures", size, [], "", None, note=f"bench_gui failed ({proc.returncode})"))
    shutil.rmtree(home, ignore_errors=True)
    return rows


def _number_after(line: str, word: str) -> float:
    rest = line.split(word, 1)[1]
    number = ""
    for ch in rest:
        if ch.isdigit() or ch in ".,":
            number += ch
        elif number:
            break
    return float(number.replace(",", ""))


def _bare_qt_start(env: dict[str, str]) -> float:
    code = (
        "from PySide6.QtWidgets import QApplication, QMainWindow;"
        "a = QApplication([]); w = QMainWindow(); w.show(); a.processEvents()"
    )
    t0 = time.time()
    subprocess.run([sys.executable, "-c", code], env=env, check=False)
    return (time.time() - t0) * 1000


# ------------------------------------------------------------------------------ the table


def print_table(rows: list[Row]) -> None:
    head = ("operation", "size", "median", "p95", "CPU p95", "limit (median)", "ratio", "target", "verdict")
    table = [head]
    for r in rows:
        if not r.samples:
            table.append((r.operation, r.size, "—", "—", "—", "—", "—", r.target, "not measured: " + r.note))
            continue
        wall = [w for w, _ in r.samples]
        cpu = [c for _, c in r.samples]
        med, high = statistics.median(wall), p95(wall)
        if r.given is not None:
            med, high = r.given[0], r.given[1]
            cpu = [r.given[2] or 0.0]
        limit = statistics.median([w for w, _ in r.limit]) if r.limit else None
        verdict = "" if r.met is None else ("met" if r.met(high) else "MISSED")
        if verdict == "MISSED" and r.cpu_verdict and any(cpu) and r.met is not None and r.met(p95(cpu)):
            verdict = "MISSED on wall clock (met on CPU)"
        table.append((
            r.operation, r.size, _fmt(med, r.unit), _fmt(high, r.unit),
            _fmt(p95(cpu), r.unit) if any(cpu) else "—",
            f"{_fmt(limit, r.unit)} {r.limit_what}" if limit is not None else "—",
            f"{med / limit:.1f}×" if limit else "—", r.target, verdict,
        ))  # fmt: skip
    widths = [max(len(str(row[i])) for row in table) for i in range(len(head))]
    for n, row in enumerate(table):
        print(" | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)))
        if n == 0:
            print("-+-".join("-" * w for w in widths))
    for r in rows:
        if r.note and r.samples:
            print(f"  {r.operation}: {r.note}")


def _fmt(value: float, unit: str) -> str:
    if unit == "ms" and value >= 1000:
        return f"{value / 1000:.2f} s"
    return f"{value:.1f} {unit}" if value < 100 else f"{value:.0f} {unit}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=OUT)
    parser.add_argument("--consultations", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    if not args.db.exists():
        build(args.db, 100_000, args.consultations, 12, 1)
    work = Path(tempfile.mkdtemp(prefix="cal-bench-all-", dir=args.db.parent))
    try:
        return run(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(args: argparse.Namespace, work: Path) -> int:
    from cal_desktop.services.database import open_database

    copy = work / "bench.db"
    started = time.perf_counter()
    shutil.copyfile(args.db, copy)  # never written: the original may be shared
    ctx = open_database(str(copy))  # brings an older bench file to this schema
    raw = sqlite3.connect(str(copy))
    n = raw.execute("SELECT count(*) FROM consultations").fetchone()[0]
    size = f"{n / 1e6:g}M consult."
    print(f"database: {args.db} ({n:,} consultations, {copy.stat().st_size / 2**20:.0f} MB); "
          f"machine: {platform.node()}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}", file=sys.stderr)  # fmt: skip
    rows = database_rows(ctx, raw, size, args.repeat)
    rows += report_rows(ctx, size, work)
    rows += backup_rows(ctx, copy, size, work)
    ctx.db.dispose()
    raw.close()
    if not args.quick:
        rows += document_rows(20)
        rows += [import_row(copy, size)]
        search_p95 = p95([w for w, _ in rows[0].samples])
        rows += gui_rows(copy, size, search_p95)
    print_table(rows)
    print(f"(run took {time.perf_counter() - started:.0f} s; load average now {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
