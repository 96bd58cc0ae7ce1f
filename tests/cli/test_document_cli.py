"""``document templates`` and ``document render`` as a user runs them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "documents"))
from docdata import make_case  # noqa: E402

from cal_desktop.cli import main  # noqa: E402
from cal_desktop.documents.render_docx import docx_text  # noqa: E402


def run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_templates_lists_builtin_ids(capsys, db_path):
    code, out, _ = run(capsys, "--db", str(db_path), "document", "templates", "--format", "json")
    assert code == 0
    ids = [t["id"] for t in json.loads(out)]
    assert ids[:9] == [
        "appeal",
        "collective_appeal",
        "info_request",
        "initiative_project",
        "meeting_minutes",
        "signature_sheet",
        "pd_consent",
        "press_release",
        "repeat_appeal",
    ]
    code, out, _ = run(capsys, "--db", str(db_path), "document", "templates", "--fields")
    assert code == 0 and "{{ addressee_short_dat }}" in out and "О.В. Шульге" in out


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_render_pdf_and_docx(capsys, db, db_path, tmp_path):
    case = make_case(db)
    pdf = tmp_path / "appeal.pdf"
    code, out, err = run(
        capsys,
        "--db",
        str(db_path),
        "document",
        "render",
        "appeal",
        "--initiative",
        str(case.initiative_id),
        "--official",
        str(case.officials["gus_m"]),
        "-o",
        str(pdf),
        "--set",
        "subject=О детской площадке",
    )
    assert code == 0, err
    text = " ".join(
        subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True).stdout.decode().split()
    )
    assert "Главе администрации Центрального района" in text and "О.П. Гусю" in text
    assert "О детской площадке" in text
    docx = tmp_path / "appeal.docx"
    code, _, err = run(
        capsys,
        "--db",
        str(db_path),
        "document",
        "render",
        "appeal",
        "--initiative",
        str(case.initiative_id),
        "--official",
        str(case.officials["aliev"]),
        "-o",
        str(docx),
    )
    assert code == 0, err
    assert "Р.М. Алиеву" in docx_text(docx.read_bytes())


def test_render_errors_are_one_line(capsys, db, db_path, tmp_path):
    case = make_case(db)
    code, _, err = run(
        capsys,
        "--db",
        str(db_path),
        "document",
        "render",
        "nope",
        "--initiative",
        str(case.initiative_id),
        "-o",
        str(tmp_path / "x.pdf"),
    )
    assert code == 1 and "Шаблон «nope» не найден" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(
        capsys,
        "--db",
        str(db_path),
        "document",
        "render",
        "appeal",
        "--initiative",
        "999",
        "-o",
        str(tmp_path / "x.pdf"),
    )
    assert code == 1 and "Инициатива" in err
    code, _, err = run(
        capsys,
        "--db",
        str(db_path),
        "document",
        "render",
        "appeal",
        "--initiative",
        str(case.initiative_id),
        "-o",
        str(tmp_path / "x.txt"),
    )
    assert code == 1 and ".pdf или .docx" in err
    assert not list(tmp_path.glob("x.*"))


def test_centre_templates_copy_edit_check_and_add_a_docx_form(capsys, db, db_path, tmp_path):
    """Issue 5 item 7 from the command line: duplicate a built-in letter, edit its JSON, the check
    names a broken line and refuses it, a .docx form with {{ fields }} is added and renders."""
    import io

    from docx import Document as Docx

    case = make_case(db)
    db_ = ["--db", str(db_path), "document"]
    code, out, err = run(capsys, *db_, "template-copy", "appeal", "--title", "Обращение о площадке")
    assert code == 0, err and "appeal_1" in out
    source = tmp_path / "appeal_1.json"
    code, _, err = run(capsys, *db_, "template-show", "appeal_1", "-o", str(source))
    assert code == 0, err
    data = json.loads(source.read_text(encoding="utf-8"))
    data["letter"]["request"] = ["Прошу установить площадку до конца года."]
    source.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    code, out, err = run(capsys, *db_, "template-save", "appeal_1", str(source))
    assert code == 0, err
    pdf = tmp_path / "a.pdf"
    code, _, err = run(capsys, *db_, "render", "appeal_1", "--initiative", str(case.initiative_id),
                       "--official", str(case.officials["shulga"]), "-o", str(pdf))  # fmt: skip
    assert code == 0, err
    broken = source.read_text(encoding="utf-8").replace("{{ subject }}", "{{ subject }")
    line = broken[: broken.index("{{ subject }")].count("\n") + 1
    source.write_text(broken, encoding="utf-8")
    code, out, _ = run(capsys, *db_, "template-check", str(source))
    assert code == 1 and f"строка {line}: синтаксическая ошибка" in out
    code, _, err = run(capsys, *db_, "template-save", "appeal_1", str(source))
    assert code == 1 and f"строка {line}" in err
    code, out, _ = run(capsys, *db_, "template-check", "appeal_1")
    assert code == 0 and "ошибок нет" in out  # the stored copy was not replaced by the broken one
    form = Docx()
    form.add_paragraph("Кому: {{ addressee_position_dat | capfirst }} {{ addressee_short_dat }}")
    form.add_paragraph("От: {{ author_gen }}")
    buf = io.BytesIO()
    form.save(buf)
    path = tmp_path / "form.docx"
    path.write_bytes(buf.getvalue())
    code, out, err = run(
        capsys, *db_, "template-add", str(path), "--title", "Форма района", "--id", "district"
    )
    assert code == 0, err
    out_docx = tmp_path / "filled.docx"
    code, _, err = run(capsys, *db_, "render", "district", "--initiative", str(case.initiative_id),
                       "--official", str(case.officials["shulga"]), "-o", str(out_docx))  # fmt: skip
    assert code == 0, err
    assert "Кому: Главе администрации Центрального района О.В. Шульге" in docx_text(out_docx.read_bytes())
    code, out, _ = run(capsys, *db_, "templates")
    assert "district" in out and "appeal_1" in out
