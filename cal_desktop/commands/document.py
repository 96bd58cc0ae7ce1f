"""``document templates`` and ``document render TEMPLATE --initiative ID [--official ID] -o FILE``."""

from __future__ import annotations

import argparse
import json
import sys
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
        help="подготовить документ по шаблону для инициативы или посетителя",
        description="Документ по шаблону для инициативы или посетителя (адресат — должностное лицо из "
        "справочника) в PDF или DOCX; формат по расширению файла. Несколько --official: по файлу на "
        "каждого адресата в папку -o. Обращение без сведений, которых требует ст. 7 59-ФЗ, не "
        "выводится (кроме --draft: черновик с пометкой «ЧЕРНОВИК»).",
    )
    r.add_argument("template", metavar="TEMPLATE", help="идентификатор шаблона (см. document templates)")
    whose = r.add_mutually_exclusive_group(required=True)
    whose.add_argument("--initiative", type=int, metavar="ID", help="номер инициативы")
    whose.add_argument("--visitor", type=int, metavar="ID", help="номер посетителя (документ без инициативы)")
    r.add_argument("--official", type=int, action="append", default=[], metavar="ID",
                   help="должностное лицо — адресат (несколько раз: по письму каждому)")  # fmt: skip
    r.add_argument("--appeal", type=int, metavar="ID", help="первое обращение (для повторного)")
    r.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                   help="исправить поле перед выводом (можно несколько раз)")  # fmt: skip
    r.add_argument("--draft", action="store_true", help="черновик: без проверки 59-ФЗ, с пометкой «ЧЕРНОВИК»")
    r.add_argument("--format", choices=("pdf", "docx"), help="формат файлов, когда -o — папка (по умолчанию pdf)")
    r.add_argument("-o", "--output", required=True, metavar="FILE.pdf|.docx|FOLDER/",
                   help="куда сохранить (для нескольких адресатов — папка)")  # fmt: skip
    r.set_defaults(func=cmd_render)
    _register_template_commands(doc_sub)


def _register_template_commands(doc_sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The centre's own templates (issue 5 item 7): copy a letter, edit its JSON, check, add a .docx form."""
    c = doc_sub.add_parser("template-copy", help="копия шаблона-письма, которую центр может править")
    c.add_argument("source", metavar="TEMPLATE", help="идентификатор шаблона, с которого снять копию")
    c.add_argument("--id", dest="new_id", metavar="ID", help="идентификатор копии (по умолчанию TEMPLATE_1)")
    c.add_argument("--title", help="название копии")
    c.set_defaults(func=cmd_template_copy)
    sh = doc_sub.add_parser("template-show", help="текст шаблона-письма (JSON) для правки")
    sh.add_argument("template", metavar="TEMPLATE")
    sh.add_argument("-o", "--output", metavar="FILE.json", help="куда сохранить (без него — на экран)")
    sh.set_defaults(func=cmd_template_show)
    sv = doc_sub.add_parser("template-save", help="сохранить исправленный JSON копии шаблона (с проверкой)")
    sv.add_argument("template", metavar="TEMPLATE", help="идентификатор копии шаблона центра")
    sv.add_argument("file", metavar="FILE.json")
    sv.add_argument("--title", help="новое название (по умолчанию прежнее)")
    sv.set_defaults(func=cmd_template_save)
    a = doc_sub.add_parser("template-add", help="добавить (заменить) форму .docx с полями {{ … }}")
    a.add_argument("file", metavar="FILE.docx")
    a.add_argument("--title", required=True, help="название формы")
    a.add_argument("--id", dest="template_id", metavar="ID", help="идентификатор (заменить форму с этим id)")
    a.set_defaults(func=cmd_template_add)
    k = doc_sub.add_parser(
        "template-check",
        help="проверить шаблон: неизвестные поля, разбитые Word поля, синтаксические ошибки со строкой",
    )
    k.add_argument("template", metavar="TEMPLATE|FILE", help="идентификатор шаблона или файл .json/.docx")
    k.set_defaults(func=cmd_template_check)


def cmd_templates(args: argparse.Namespace) -> int:
    from cal_desktop.services import documents
    from cal_desktop.services.context import COMMAND_LINE
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
    ctx = open_database(args.db, COMMAND_LINE)
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


def _is_folder(out: Path, raw: str) -> bool:
    return raw.endswith(("/", "\\")) or out.is_dir()


def cmd_render(args: argparse.Namespace) -> int:
    from cal_desktop.errors import CalError, ValidationError
    from cal_desktop.services import document_output, files
    from cal_desktop.services.context import COMMAND_LINE
    from cal_desktop.services.database import open_database

    out = Path(args.output)
    folder = _is_folder(out, args.output) or len(args.official) > 1
    fmt = (args.format or "pdf") if folder else out.suffix.lower().lstrip(".")
    if fmt not in ("pdf", "docx"):
        raise ValidationError.single("output", "Файл", "расширение должно быть .pdf или .docx")
    overrides = _overrides(args.set)
    ctx = open_database(args.db, COMMAND_LINE)
    try:
        if folder:
            made = document_output.render_per_addressee(
                ctx, args.template, args.initiative, args.official, overrides, fmt,
                visitor_id=args.visitor, draft=args.draft,
            )  # fmt: skip
        else:
            official = args.official[0] if args.official else None
            made = [document_output.render_document(
                ctx, args.template, args.initiative, official, args.appeal, overrides, fmt,
                visitor_id=args.visitor, draft=args.draft,
            )]  # fmt: skip
    except document_output.AppealIncomplete as exc:
        raise CalError(f"{exc} (черновик без проверки: --draft)") from None
    finally:
        ctx.db.dispose()
    for warning in made[0].warnings:
        print(f"Внимание: {warning}", file=sys.stderr)
    if folder:
        out.mkdir(parents=True, exist_ok=True)
    for item in made:
        target = out / item.filename if folder else out
        files.save_bytes(target, item.content)  # nothing half-written under the final name
        whom = f" — {item.addressee}" if folder and item.addressee else ""
        mark = " (черновик)" if item.draft else ""
        print(f"Документ сохранён{mark}: {target}{whom} ({len(item.content) // 1024 + 1} КБ)")
    return 0


def _read(path: str) -> bytes:
    from cal_desktop.errors import ValidationError

    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError.single(
            "file", "Файл", f"{path}: не удалось прочитать ({exc.strerror or exc})"
        ) from exc


def _text(path: str) -> str:
    from cal_desktop.errors import ValidationError

    try:
        return _read(path).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError.single("file", "Файл", f"{path}: не в кодировке UTF-8") from None


def _with_templates(args: argparse.Namespace, action):  # type: ignore[no-untyped-def]
    from cal_desktop.services import templates
    from cal_desktop.services.context import COMMAND_LINE
    from cal_desktop.services.database import open_database

    ctx = open_database(args.db, COMMAND_LINE)
    try:
        return action(templates, ctx)
    finally:
        ctx.db.dispose()


def cmd_template_copy(args: argparse.Namespace) -> int:
    copy = _with_templates(
        args, lambda t, ctx: t.duplicate_template(ctx, args.source, args.new_id, args.title)
    )
    print(f"Копия создана: {copy.template_id} — {copy.title}")
    print(f"Править: document template-show {copy.template_id} -o FILE.json, затем template-save")
    return 0


def cmd_template_show(args: argparse.Namespace) -> int:
    source = _with_templates(args, lambda t, ctx: t.template_source(ctx, args.template))
    if args.output:
        Path(args.output).write_text(source, encoding="utf-8")
        print(f"Шаблон сохранён: {args.output}")
    else:
        print(source)
    return 0


def cmd_template_save(args: argparse.Namespace) -> int:
    source = _text(args.file)

    def save(t, ctx):  # type: ignore[no-untyped-def]
        title = args.title or next(
            c.title for c in t.list_custom_templates(ctx, True) if c.template_id == args.template
        )
        return t.update_letter_template(ctx, args.template, title, source)

    try:
        saved = _with_templates(args, save)
    except StopIteration:
        from cal_desktop.errors import NotFound

        raise NotFound(f"Шаблон «{args.template}» не найден среди шаблонов центра.") from None
    print(f"Шаблон сохранён: {saved.template_id} — {saved.title}")
    return 0


def cmd_template_add(args: argparse.Namespace) -> int:
    content = _read(args.file)
    added = _with_templates(
        args, lambda t, ctx: t.upload_docx_template(ctx, args.title, content, args.template_id)
    )
    print(f"Форма добавлена: {added.template_id} — {added.title}")
    return 0


def cmd_template_check(args: argparse.Namespace) -> int:
    name = args.template
    if name.lower().endswith((".json", ".docx")):
        from cal_desktop.services import templates

        kind = "docx" if name.lower().endswith(".docx") else "letter"
        problems = templates.check_source(kind, _read(name) if kind == "docx" else _text(name))
    else:
        problems = _with_templates(args, lambda t, ctx: t.check_template(ctx, name))
    if not problems:
        print(f"{name}: ошибок нет")
        return 0
    for p in problems:
        print(f"{name}: {p}")
    return 1
