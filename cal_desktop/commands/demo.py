"""``demo [--seed N] [--visitors N] [--months N] [--consultations N]``: fill an empty database with
realistic demo data (a fictional city, its centre, authorities, visitors, initiatives, consultations)."""

from __future__ import annotations

import argparse
import sys
import time

from cal_desktop.domain.vocab import InitiativeStatus
from cal_desktop.services.context import COMMAND_LINE
from cal_desktop.services.database import open_database
from cal_desktop.services.demo import default_consultations, generate_demo


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "demo",
        help="заполнить пустую базу демонстрационными данными",
        description="Заполняет ПУСТУЮ базу данных правдоподобными данными вымышленного города: сотрудники, "
        "территории, органы власти и должностные лица, партнёры, СМИ, посетители, инициативы во всех "
        "статусах с историей, консультации за последние --months месяцев, обращения, публикации. "
        "Одинаковый --seed в один и тот же день даёт одинаковые данные. В базу, где уже есть посетители, "
        "консультации или инициативы, ничего не пишется (выход с кодом 1).",
    )
    p.add_argument("--seed", type=int, default=1, help="зерно генератора (по умолчанию 1)")
    p.add_argument("--visitors", type=_positive, default=2000, help="число посетителей (по умолчанию 2000)")
    p.add_argument(
        "--months", type=_positive, default=12, help="за сколько месяцев до сегодня (по умолчанию 12)"
    )
    p.add_argument(
        "--consultations",
        type=_positive,
        default=None,
        help="число консультаций (по умолчанию около трёх на посетителя в год)",
    )
    p.add_argument("--quiet", action="store_true", help="не показывать ход работы")
    p.set_defaults(func=cmd_demo)


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("нужно целое число больше нуля")
    return number


def cmd_demo(args: argparse.Namespace) -> int:
    ctx = open_database(args.db, COMMAND_LINE)
    total = args.consultations or default_consultations(args.visitors, args.months)
    started = time.perf_counter()
    show = not args.quiet and sys.stderr.isatty()

    def progress(done: int, all_: int, what: str) -> None:
        if show:
            print(f"\r{what}: {100 * done // max(all_, 1)}%   ", end="", file=sys.stderr, flush=True)

    try:
        s = generate_demo(
            ctx, seed=args.seed, visitors=args.visitors, months=args.months, consultations=total,
            progress=progress,
        )  # fmt: skip
    finally:
        ctx.db.dispose()
        if show:
            print(file=sys.stderr)
    elapsed = time.perf_counter() - started
    print(
        f"Демонстрационные данные созданы за {elapsed:.1f} с (seed {s.seed}, {s.first_day:%d.%m.%Y}–{s.last_day:%d.%m.%Y}):"
    )
    print(f"  сотрудники: {s.staff}; территории: {s.territories}; организации: {s.organisations}; "
          f"должностные лица: {s.officials}")  # fmt: skip
    print(f"  посетители: {s.visitors}; консультации: {s.consultations}")
    by_status = ", ".join(f"{InitiativeStatus(k).label} {v}" for k, v in s.initiatives_by_status.items())
    print(f"  инициативы: {s.initiatives} ({by_status}); участники: {s.members}")
    print(f"  обращения: {s.appeals}; публикации: {s.publications}; мероприятия: {s.events}")
    return 0
