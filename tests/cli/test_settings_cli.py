"""``settings show`` / ``settings set``: the centre's requisites from the command line (issue 13 item 3)."""

from __future__ import annotations

import json
import uuid

from cal_desktop.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def show(capsys, db_path) -> dict[str, str]:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--db", str(db_path), "settings", "show", "--format", "json")
    assert code == 0, err
    return json.loads(out)


def test_init_makes_a_centre_id_that_stays(capsys, tmp_path):
    db = tmp_path / "new.db"
    assert run(capsys, "--db", str(db), "init")[0] == 0
    first = show(capsys, db)["centre.id"]
    assert uuid.UUID(first).version == 4
    assert run(capsys, "--db", str(db), "init")[0] == 0
    assert show(capsys, db)["centre.id"] == first


def test_set_and_show_round_trip(capsys, db_path):
    code, out, err = run(
        capsys, "--db", str(db_path), "settings", "set",
        "centre.name=Центр активных людей «Заречье»", "centre.legal_name=АНО «Заречье»",
        "centre.address=614000, г. Пермь, ул. Советская, д. 10", "centre.phone=+7 342 200-00-00",
        "centre.email=cal@zarechye.ru", "centre.inn=7707083893", "centre.head_position=Руководитель",
        "centre.head_name=М.П. Иванова",
    )  # fmt: skip
    assert code == 0, err
    values = show(capsys, db_path)
    assert values["centre.name"] == "Центр активных людей «Заречье»"
    assert values["centre.legal_name"] == "АНО «Заречье»"
    assert values["centre.address"] == "614000, г. Пермь, ул. Советская, д. 10"
    assert values["centre.email"] == "cal@zarechye.ru" and values["centre.inn"] == "7707083893"
    assert values["centre.head_name"] == "М.П. Иванова" and values["centre.id"]
    code, out, _ = run(capsys, "--db", str(db_path), "settings", "show")
    assert code == 0 and "centre.legal_name" in out and "АНО «Заречье»" in out


def test_bad_values_are_refused_naming_the_key_and_nothing_changes(capsys, db_path):
    before = show(capsys, db_path)
    for pair, key in (("centre.phone=12", "centre.phone"), ("centre.email=nope", "centre.email"),
                      ("centre.inn=7707083894", "centre.inn")):  # fmt: skip
        code, _, err = run(capsys, "--db", str(db_path), "settings", "set", "centre.address=новый", pair)
        assert code == 1 and err.startswith(f"Ошибка: {key}:") and len(err.strip().splitlines()) == 1, err
    code, _, err = run(capsys, "--db", str(db_path), "settings", "set", f"centre.id={uuid.uuid4()}")
    assert code == 1 and "centre.id" in err and "только для чтения" in err
    code, _, err = run(capsys, "--db", str(db_path), "settings", "set", "centre.colour=red")
    assert code == 1 and "centre.colour" in err and "неизвестный ключ" in err
    code, _, err = run(capsys, "--db", str(db_path), "settings", "set", "centre.phone")
    assert code == 1 and "КЛЮЧ=ЗНАЧЕНИЕ" in err
    assert show(capsys, db_path) == before
