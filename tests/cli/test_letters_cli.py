"""Issue 13 from the command line: the centre's own letters, the 59-FZ check before output, one letter
per addressee, documents for a visitor, repeats to every non-responder. Read back from the PDF/DOCX text."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "documents"))
from docdata import add_visitor, make_case  # noqa: E402

from cal_desktop.cli import main  # noqa: E402
from cal_desktop.db.models import Appeal  # noqa: E402
from cal_desktop.documents.render_docx import docx_text  # noqa: E402
from cal_desktop.services import appeals  # noqa: E402
from cal_desktop.services.appeals import AppealInput, register_appeal  # noqa: E402

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")


def run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def pdf_text(path: Path) -> str:
    raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True).stdout.decode()
    return " ".join(raw.split())


def render(capsys, db_path, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    return run(capsys, "--db", str(db_path), "document", "render", *argv)


def test_info_request_carries_the_centre_requisites_and_signs_in_the_genitive(capsys, db, db_path, tmp_path):
    case = make_case(db)
    code, _, err = run(
        capsys, "--db", str(db_path), "settings", "set", "centre.name=Центр активных людей «Заречье»",
        "centre.legal_name=АНО «Заречье»", "centre.phone=+7 342 200-00-00", "centre.email=cal@zarechye.ru",
        "centre.head_position=Руководитель", "centre.head_name=М.П. Иванова",
    )  # fmt: skip
    assert code == 0, err
    out = tmp_path / "request.pdf"
    code, _, err = render(capsys, db_path, "info_request", "--initiative", str(case.initiative_id),
                          "--official", str(case.officials["tsoi"]), "-o", str(out),
                          "--set", "substance=план ремонта дворов на 2027 год")  # fmt: skip
    assert code == 0, err
    text = pdf_text(out)
    assert (
        "Центр активных людей «Заречье» АНО «Заречье» адрес: 614000, г. Пермь, ул. Советская, д. 10" in text
    )
    assert "тел.: +7 342 200-00-00 e-mail: cal@zarechye.ru" in text
    assert "Руководитель Центра активных людей «Заречье»" in text and "М.П. Иванова" in text
    assert "план ремонта дворов на 2027 год" in text
    assert "по адресу: 614000, г. Пермь, ул. Советская, д. 10" in text  # 8-FZ art. 18: where to answer


def test_info_request_without_what_is_requested_is_refused(capsys, db, db_path, tmp_path):
    case = make_case(db)
    code, _, err = render(capsys, db_path, "info_request", "--initiative", str(case.initiative_id),
                          "--official", str(case.officials["tsoi"]), "-o", str(tmp_path / "r.pdf"))  # fmt: skip
    assert code == 1 and "суть запроса (какие сведения нужны)" in err
    assert not (tmp_path / "r.pdf").exists()


def test_appeal_without_an_address_exits_1_unless_draft(capsys, db, db_path, tmp_path):
    case = make_case(db, author_address=None)
    out = tmp_path / "appeal.pdf"
    args = ["appeal", "--initiative", str(case.initiative_id), "--official", str(case.officials["shulga"]),
            "-o", str(out)]  # fmt: skip
    code, _, err = render(capsys, db_path, *args)
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "59-ФЗ" in err and "почтовый адрес для ответа" in err and "--draft" in err
    assert not out.exists()
    code, stdout, err = render(capsys, db_path, *args, "--draft")
    assert code == 0, err
    assert "ЧЕРНОВИК" in pdf_text(out) and "черновик" in stdout
    code, _, err = render(capsys, db_path, "collective_appeal", *args[1:])
    assert code == 1 and "почтовый адрес для ответа" in err


def test_position_without_its_organisation_gets_the_organisation_line(capsys, db, db_path, tmp_path):
    case = make_case(db)
    out = tmp_path / "a.pdf"
    assert render(capsys, db_path, "appeal", "--initiative", str(case.initiative_id), "--official",
                  str(case.officials["tsoi"]), "-o", str(out))[0] == 0  # fmt: skip
    text = pdf_text(out)
    assert text.startswith("Администрация Центрального района Начальнику управления благоустройства В.Р. Цою")
    assert render(capsys, db_path, "appeal", "--initiative", str(case.initiative_id), "--official",
                  str(case.officials["shulga"]), "-o", str(out))[0] == 0  # fmt: skip
    # the position names the administration already: no second line
    assert pdf_text(out).startswith("Главе администрации Центрального района О.В. Шульге 614000")


def test_one_letter_per_addressee_each_declined(capsys, db, db_path, tmp_path):
    case = make_case(db)
    folder = tmp_path / "out"
    ids = [case.officials[k] for k in ("shulga", "aliev", "bondarenko")]
    code, stdout, err = render(capsys, db_path, "appeal", "--initiative", str(case.initiative_id),
                               *(x for i in ids for x in ("--official", str(i))), "-o", f"{folder}/")  # fmt: skip
    assert code == 0, err
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == 3 and len(stdout.strip().splitlines()) == 3
    texts = {p.name: pdf_text(p) for p in files}
    assert any("О.В. Шульге" in t and "Уважаемый Олег Викторович!" in t for t in texts.values())
    assert any("Р.М. Алиеву" in t and "Уважаемый Рашид Магомед оглы!" in t for t in texts.values())
    assert any("Заведующей отделом культуры" in t and "Н.П. Бондаренко" in t for t in texts.values())
    assert {p.name.split("_")[1] for p in files} == {"Шульге", "Алиеву", "Бондаренко"}
    code, _, err = render(capsys, db_path, "appeal", "--initiative", str(case.initiative_id), "--official",
                          str(ids[0]), "--official", str(ids[1]), "--format", "docx", "-o", str(tmp_path / "d"))  # fmt: skip
    assert code == 0, err
    docs = sorted((tmp_path / "d").glob("*.docx"))
    assert len(docs) == 2 and any("Р.М. Алиеву" in docx_text(p.read_bytes()) for p in docs)


def test_a_document_for_a_visitor_without_an_initiative(capsys, db, db_path, tmp_path):
    make_case(db)
    with db.session() as s:
        visitor_id = add_visitor(
            s, "Прохорова", "Кристина", "Валерьевна", "f", address="г. Пермь, ул. Мира, д. 1"
        ).id
    out = tmp_path / "consent.docx"
    code, _, err = render(capsys, db_path, "pd_consent", "--visitor", str(visitor_id), "-o", str(out))
    assert code == 0, err
    text = docx_text(out.read_bytes())
    assert "Я, Прохорова Кристина Валерьевна" in text and "г. Пермь, ул. Мира, д. 1" in text
    assert "АНО «Активные люди»" in text  # the operator: the legal entity from settings
    with pytest.raises(SystemExit) as exit_:  # one or the other
        render(capsys, db_path, "pd_consent", "--visitor", "1", "--initiative", "1", "-o", str(out))
    assert exit_.value.code == 2


def test_consent_warns_when_the_operator_is_unknown(capsys, db, db_path, tmp_path):
    assert (
        run(capsys, "--db", str(db_path), "settings", "set", "centre.legal_name=", "centre.address=")[0] == 0
    )
    with db.session() as s:
        vid = add_visitor(s, "Гусь", "Анна", "Павловна").id
    code, _, err = render(capsys, db_path, "pd_consent", "--visitor", str(vid), "-o", str(tmp_path / "c.pdf"))
    assert code == 0
    assert "Внимание: в согласии не указан оператор персональных данных" in err
    assert "Внимание: в согласии не указан адрес оператора" in err


def _appeal(ctx, case, sent: date, number: str, official: str = "shulga") -> int:  # type: ignore[no-untyped-def]
    return register_appeal(
        ctx,
        AppealInput(sent_date=sent, channel="post", kind="proposal", subject="О детской площадке",
                    official_id=case.officials[official], initiative_id=case.initiative_id, number=number),
    ).id  # fmt: skip


def test_repeat_overdue_files_one_per_overdue_and_none_for_answered_or_not_due(
    capsys, ctx, db, db_path, tmp_path
):
    case = make_case(db)
    as_of = date(2026, 12, 1)
    overdue = _appeal(ctx, case, date(2026, 3, 2), "ЦАЛ-2026-0001", "shulga")
    overdue_reg = _appeal(ctx, case, date(2026, 4, 6), "ЦАЛ-2026-0002", "tsoi")
    appeals.record_registration(ctx, overdue_reg, "123-ОГ", date(2026, 4, 10))
    answered = _appeal(ctx, case, date(2026, 3, 3), "ЦАЛ-2026-0003", "aliev")
    appeals.record_answer(ctx, answered, date(2026, 4, 1), "Ответ дан", "positive")
    _appeal(ctx, case, as_of - timedelta(days=3), "ЦАЛ-2026-0004", "bondarenko")  # not due yet
    folder = tmp_path / "repeats"
    code, stdout, err = run(capsys, "--db", str(db_path), "appeals", "repeat-overdue", "--as-of", "2026-12-01",
                            "-o", str(folder), "--file")  # fmt: skip
    assert code == 0, err
    assert "№ ЦАЛ-2026-0001" in stdout and "№ ЦАЛ-2026-0002" in stdout
    assert "ЦАЛ-2026-0003" not in stdout and "ЦАЛ-2026-0004" not in stdout
    assert "Подготовлено повторных обращений: 2 из 2" in stdout
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == 2
    texts = [pdf_text(p) for p in files]
    cited = next(t for t in texts if "Цою" in t)
    assert "зарегистрированное вами за № 123-ОГ от 10.04.2026" in cited
    assert "ответ должен был быть дан не позднее" in cited and "ПОВТОРНОЕ ОБРАЩЕНИЕ" in cited
    with db.read() as s:
        repeats = s.query(Appeal).filter(Appeal.previous_appeal_id.is_not(None)).all()
        assert sorted(a.previous_appeal_id for a in repeats) == sorted([overdue, overdue_reg])
        assert all(a.kind == "complaint" for a in repeats)
    # a second run makes none: each overdue appeal has its repeat now
    code, stdout, _ = run(capsys, "--db", str(db_path), "appeals", "repeat-overdue", "--as-of", "2026-12-01",
                          "-o", str(folder), "--file")  # fmt: skip
    assert code == 0 and "нет" in stdout


def test_repeat_of_an_appeal_not_yet_due_is_refused_with_its_due_date(capsys, ctx, db, db_path, tmp_path):
    case = make_case(db)
    first = _appeal(ctx, case, date.today() - timedelta(days=3), "ЦАЛ-2026-0001")
    due = appeals.get_appeal(ctx, first).due_date
    code, _, err = render(capsys, db_path, "repeat_appeal", "--initiative", str(case.initiative_id),
                          "--official", str(case.officials["shulga"]), "--appeal", str(first),
                          "-o", str(tmp_path / "r.pdf"))  # fmt: skip
    assert code == 1 and "срок ответа на обращение № ЦАЛ-2026-0001" in err
    assert f"не позднее {due:%d.%m.%Y}" in err and not (tmp_path / "r.pdf").exists()


def test_two_overdue_appeals_to_one_official_make_two_files(capsys, ctx, db, db_path, tmp_path):
    case = make_case(db)
    _appeal(ctx, case, date(2026, 3, 2), "ЦАЛ-2026-0001", "shulga")
    _appeal(ctx, case, date(2026, 3, 9), "ЦАЛ-2026-0002", "shulga")
    folder = tmp_path / "repeats"
    code, stdout, err = run(
        capsys, "--db", str(db_path), "appeals", "repeat-overdue", "--as-of", "2026-12-01", "-o", str(folder)
    )
    assert code == 0, err
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == 2
    assert {"02.03.2026", "09.03.2026"} == {
        d for p in files for d in ("02.03.2026", "09.03.2026") if d in pdf_text(p)
    }
    with db.read() as s:  # without --file nothing is registered
        assert s.query(Appeal).count() == 2
