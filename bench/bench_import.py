"""Benchmark: import 10,000 consultations from a CSV file into a fresh database (target: under 20 s).

    .venv/bin/python bench/bench_import.py [--rows 10000] [--xlsx]

Half the consultations name visitors already in the database, a quarter name new people (created by
the import), a quarter are anonymous. Prints the time of the dry run and of the real import, then of
exporting the consultations to CSV and XLSX.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from cal_desktop.services.database import open_database
from cal_desktop.services.imports import import_file
from cal_desktop.services.tabular import write_table

LAST = ["Иванов", "Петров", "Сидоров", "Кузнецов", "Смирнов", "Попов", "Васильев", "Соколов", "Михайлов"]
FIRST = ["Иван", "Пётр", "Сергей", "Алексей", "Дмитрий", "Андрей", "Николай", "Олег", "Юрий", "Павел"]
MIDDLE = ["Иванович", "Петрович", "Сергеевич", "Алексеевич", "Дмитриевич", "Андреевич", "Олегович"]
TOPICS = ["поиск информации, должностного лица, инстанции", "drafting", "informing", "другое"]


def people(n: int, rng: random.Random) -> list[tuple[str, str]]:
    seen: set[tuple[str, str]] = set()
    while len(seen) < n:
        name = f"{rng.choice(LAST)} {rng.choice(FIRST)} {rng.choice(MIDDLE)}"
        phone = f"+7912{rng.randrange(10**7):07d}"
        seen.add((name, phone))
    return sorted(seen)


def write_files(ctx, folder: Path, rows_wanted: int, xlsx: bool = False) -> Path:  # type: ignore[no-untyped-def]
    """Import 2,000 known visitors into ``ctx``'s database, then write the consultations file (half of
    its rows name those visitors, a quarter new people, a quarter nobody) and return its path."""
    rng = random.Random(7)

    known = people(2000, rng)
    visitors_file = folder / "visitors.csv"
    write_table(
        visitors_file,
        ["Фамилия", "Имя", "Отчество", "Телефон"],
        ([*name.split(), phone] for name, phone in known),
    )
    import_file(ctx, "visitors", visitors_file)
    newcomers = people(1500, random.Random(99))

    start = date.today() - timedelta(days=700)
    rows = []
    for i in range(rows_wanted):
        pick = rng.random()
        who, phone = ("", "")
        if pick < 0.5:
            who, phone = rng.choice(known)
        elif pick < 0.75:
            who, phone = rng.choice(newcomers)
        day = start + timedelta(days=rng.randrange(690))
        rows.append(
            [
                f"{day:%d.%m.%Y} {9 + i % 9:02d}:{i % 60:02d}",
                who,
                phone,
                rng.choice(["очно", "phone", "онлайн/мессенджер"]),
                "; ".join(rng.sample(TOPICS, rng.randint(1, 2))),
                "консультация дана",
                "",
                f"Вопрос номер {i}",
                "Иванова Мария Петровна",
            ]
        )
    path = folder / ("consultations.xlsx" if xlsx else "consultations.csv")
    header = ["Дата", "Посетитель", "Телефон посетителя", "Канал", "Темы", "Результат", "Причина"]
    write_table(path, [*header, "Описание", "Сотрудник"], rows)

    return path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--xlsx", action="store_true")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="cal-bench-"))
    ctx = open_database(str(folder / "bench.db"))
    path = write_files(ctx, folder, args.rows, xlsx=args.xlsx)
    t0 = time.perf_counter()
    dry = import_file(ctx, "consultations", path, dry_run=True)
    t1 = time.perf_counter()
    real = import_file(ctx, "consultations", path)
    t2 = time.perf_counter()
    print(f"file: {path.name}, rows: {args.rows}")
    print(f"dry run: {t1 - t0:.2f} s ({dry.created} would be created)")
    print(
        f"import:  {t2 - t1:.2f} s ({real.created} consultations, {real.visitors_created} new visitors)"
        f" — target < 20 s: {'OK' if t2 - t1 < 20 else 'TOO SLOW'}"
    )
    from cal_desktop.services.exporting import export

    for suffix in (".csv", ".xlsx"):
        t3 = time.perf_counter()
        exported = export(ctx, "consultations", folder / f"export{suffix}")
        print(f"export {suffix}: {time.perf_counter() - t3:.2f} s ({exported.rows} rows)")
    return 0 if t2 - t1 < 20 else 1


if __name__ == "__main__":
    sys.exit(main())
