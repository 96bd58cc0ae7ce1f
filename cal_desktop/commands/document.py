"""``document templates`` and ``document render TEMPLATE --initiative ID [--official ID] -o FILE``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("document", help="документы: шаблоны, подготовка писем и заявок в PDF/DOCX")
    doc_sub = p.add_subparsers(dest="document_command", metavar="ACTION", required=True)

    t = doc_sub.add_parser("templates", help="список шаблонов документов (встроенные и шаблоны центра)")
    t.add_argument("--format", choices=("table", "json"), default="table", help="вывод: таблица или JSON")
    t.add_argument("--fields", action="store_true", help="вывести справочник полей шаблонов с примерами")
    t.set_defaults(func=cmd_templates)

    r = doc_sub.add_parser(
        "render",
        help="подготовить документ по шаблону для инициативы",
        description="Документ по шаблону для инициативы (адресат — должностное лицо из справочника) "
        "в PDF или DOCX; формат по расширению файла.",
    )
    r.add_argument("template", metavar="TEMPLATE", help="идентификатор шаблона (см. document templates)")
    r.add_argument("--initiative", type=int, required=True, metavar="ID", help="номер инициативы")
    r.add_argument("--official", type=int, metavar="ID", help="номер должностного лица (адресата)")
    r.add_argument("--appeal", type=int, metavar="ID", help="первое обращение (для повторного)")
    r.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                   help="исправить поле перед выводом (можно несколько раз)")  # fmt: skip
    r.add_argument("-o", "--output", required=True, metavar="FILE.pdf|.docx", help="куда сохранить")
    r.set_defaults(func=cmd_render)


def cmd_templates(args: argparse.Namespace) -> int:
    from cal_desktop.services import documents
    from cal_desktop.services.database import open_database

    if args.fields:
        rows = documents.fields()
        if args.format == "json":
            print(json.dumps([{"name": f.name, "label": f.label, "example": f.example, "group": f.group}
                              for f in rows], ensure_ascii=False, indent=2))  # fmt: skip
        else:
            for f in rows:
                print(f"{{{{ {f.name} }}}}\t{f.label}\tнапример: {f.example}")
        return 0
    ctx = open_database(args.db)
    try:
        items = documents.templates(ctx)
    finally:
        ctx.db.dispose()
    if args.format == "json":
        print(json.dumps([{"id": t.id, "title": t.title, "kind": t.kind, "builtin": t.builtin,
                           "appeal": t.is_appeal} for t in items], ensure_ascii=False, indent=2))  # fmt: skip
        return 0
    width = max((len(t.id) for t in items), default=10)
    for t in items:
        origin = "встроенный" if t.builtin else "центра"
        print(f"{t.id:<{width}}  {t.title}  ({origin}{', обращение' if t.is_appeal else ''})")
    return 0


def _overrides(pairs: list[str]) -> dict[str, str]:
    from cal_desktop.documents.fields import BY_NAME
    from cal_desktop.errors import ValidationError

    out: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip()
        if not sep or name not in BY_NAME:
            raise ValidationError.single(
                "set", "--set", f"неизвестное поле «{name}» (см. document templates --fields)"
            )
        out[name] = value.replace("\\n", "\n")
    return out


def cmd_render(args: argparse.Namespace) -> int:
    from cal_desktop.errors import ValidationError
    from cal_desktop.services import documents
    from cal_desktop.services.database import open_database

    out = Path(args.output)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in ("pdf", "docx"):
        raise ValidationError.single("output", "Файл", "расширение должно быть .pdf или .docx")
    overrides = _overrides(args.set)
    ctx = open_database(args.db)
    try:
        data = documents.render(
            ctx, args.template, args.initiative, args.official, args.appeal, overrides, fmt
        )
    finally:
        ctx.db.dispose()
    tmp = out.with_name(out.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(out)  # nothing half-written under the final name
    print(f"Документ сохранён: {out} ({len(data) // 1024 + 1} КБ)")
    return 0
