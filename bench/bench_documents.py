"""Document figures (issue 5 acceptance): one letter to PDF and to DOCX, and a batch of 500 documents.

    .venv/bin/python bench/bench_documents.py [--repeat 20] [--batch 500]

Builds a small fresh database in a temporary folder (an initiative, its members, an official), then
prints: one appeal rendered through the service (context from the database, declension, layout) to PDF
and to DOCX — first call (cold: loads dictionaries and fonts) and p50/p95 of the warm calls (target
< 150 ms each); a batch of N consent forms as one PDF (target: 500 in < 60 s); and N separate
appeals rendered one by one. Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from cal_desktop.db.engine import Database
from cal_desktop.db.models import Initiative, InitiativeMember, Official, Organisation, Staff, Visitor
from cal_desktop.domain.vocab import Role
from cal_desktop.services import document_batches, documents
from cal_desktop.services.context import Actor, ServiceContext
from cal_desktop.services.database import init_database

LAST = [
    "Шульга",
    "Цой",
    "Бондаренко",
    "Сидорчук",
    "Ёлкина",
    "Гусь",
    "Алиев",
    "Петрова",
    "Иванов",
    "Кузнецова",
]
FIRST = ["Олег", "Виктор", "Нина", "Оксана", "Алёна", "Анна", "Рашид", "Анна", "Иван", "Мария"]
MIDDLE = ["Викторович", "Робертович", "Петровна", "Тарасовна", "Игоревна", "Павловна", "Магомед оглы",
          "Сергеевна", "Иванович", "Петровна"]  # fmt: skip


def build(db: Database, members: int, login: str) -> tuple[int, int, int]:
    with db.session() as s:
        staff = Staff(login=login, display_name="Иванова Мария Петровна", last_name="Иванова", first_name="Мария",
                      middle_name="Петровна", phone="+79120000000", role=Role.ADMIN.value)  # fmt: skip
        s.add(staff)
        ini = Initiative(title="Детская площадка во дворе", description="Во дворе нет детской площадки. " * 20,
                         category="improvement", address="ул. Мира, 5", status="appealing",
                         created_on=date(2026, 4, 1), search_text="")  # fmt: skip
        s.add(ini)
        s.flush()
        for i in range(members):
            k = i % len(LAST)
            v = Visitor(last_name=LAST[k], first_name=FIRST[k], middle_name=MIDDLE[k], address=f"ул. Мира, 5, кв. {i}",
                        phone="+79123456789", name_norm=f"n{i}", search_text="")  # fmt: skip
            s.add(v)
            s.flush()
            s.add(InitiativeMember(initiative_id=ini.id, visitor_id=v.id, role="author" if i == 0 else "supporter",
                                   added_on=date(2026, 4, 1)))  # fmt: skip
        org = Organisation(kind="authority", name="Администрация Центрального района", address="г. Пермь, ул. Ленина, 1",
                           name_norm="", search_text="")  # fmt: skip
        s.add(org)
        s.flush()
        o = Official(organisation_id=org.id, position="исполняющий обязанности главы администрации", last_name="Алиев",
                     first_name="Рашид", middle_name="Магомед оглы", search_text="")  # fmt: skip
        s.add(o)
        s.flush()
        return staff.id, ini.id, o.id


def timed(fn, repeat: int) -> tuple[float, list[float]]:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    fn()
    first = (time.perf_counter() - t0) * 1000
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return first, times


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.95) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--batch", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        init_database(str(path))
        db = Database("sqlite:///" + str(path))
        small_staff, small_ini, official = build(db, 12, "bench1")
        _, big_ini, _ = build(db, args.batch, "bench2")
        ctx = ServiceContext(db, Actor(staff_id=small_staff, role=Role.ADMIN))
        for fmt in ("pdf", "docx"):
            first, times = timed(
                lambda fmt=fmt: documents.render(ctx, "appeal", small_ini, official, fmt=fmt), args.repeat
            )
            print(f"one appeal -> {fmt.upper():4}: first {first:7.1f} ms; warm p50 {statistics.median(times):6.1f} ms,"
                  f" p95 {p95(times):6.1f} ms (target < 150 ms)")  # fmt: skip
        t0 = time.perf_counter()
        data = document_batches.consent_batch(ctx, big_ini)
        batch_s = time.perf_counter() - t0
        print(
            f"batch: {args.batch} consent forms -> one PDF: {batch_s:6.2f} s, {len(data) / 1e6:.1f} MB (target < 60 s)"
        )
        t0 = time.perf_counter()
        for _ in range(args.batch):
            documents.render(ctx, "appeal", small_ini, official, fmt="pdf")
        print(f"{args.batch} appeals rendered one by one (PDF): {time.perf_counter() - t0:6.2f} s")
        t0 = time.perf_counter()
        data = documents.render(ctx, "collective_appeal", big_ini, official, fmt="pdf")
        print(f"collective appeal with {args.batch} signatories: {time.perf_counter() - t0:6.2f} s, "
              f"{len(data) / 1e6:.1f} MB")  # fmt: skip
        db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
