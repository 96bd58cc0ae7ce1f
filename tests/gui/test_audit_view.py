"""The audit log viewer: who did what and when, filtered by staff member, action, record and period;
paged (only the pages scrolled to are loaded); closed to staff."""

from __future__ import annotations

import ast
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from cal_desktop.domain import clock
from cal_desktop.domain.vocab import Role
from cal_desktop.gui.dialogs.signin_translations import tr
from cal_desktop.gui.formatting import to_qdate
from cal_desktop.gui.models import lazy_table
from cal_desktop.gui.views.audit import AuditView
from cal_desktop.services import audit, documents, visitors
from cal_desktop.services.visitors import VisitorInput


@pytest.fixture
def view(qtbot, ctx, shown, russian):  # type: ignore[no-untyped-def]
    def make(context=ctx):  # type: ignore[no-untyped-def]
        widget = AuditView(context)
        qtbot.addWidget(widget)
        widget.show()
        return widget

    return make


def entries(n: int) -> str:
    return tr("Entries: {n}").format(n=n)


def cells(v: AuditView, row: int) -> list[str]:
    assert v.model is not None
    return [str(v.model.index(row, c).data()) for c in range(v.model.columnCount())]


def test_shows_who_did_what_and_filters(view, ctx, make_ctx) -> None:
    other = make_ctx(Role.COORDINATOR)
    v = visitors.create_visitor(ctx, VisitorInput("Петров", "Пётр"))
    visitors.update_visitor(other, v.id, VisitorInput("Петров", "Пётр", address="ул. Мира, 1"))
    audit.record_view(other, "visitor", v.id)
    screen = view()
    assert screen.count.text() == entries(3)
    assert cells(screen, 0)[1:5] == ["Сотрудник (координатор)", "просмотр", "посетитель", str(v.id)]
    assert cells(screen, 2)[1:4] == ["Иванова Мария Петровна", "создание", "посетитель"]

    screen.staff_combo.setCurrentIndex(screen.staff_combo.findData(other.actor.staff_id))
    assert screen.count.text() == entries(2)
    screen.action_combo.setCurrentIndex(screen.action_combo.findData("update"))
    assert screen.count.text() == entries(1) and cells(screen, 0)[2] == "изменение"
    screen.entity_combo.setCurrentIndex(screen.entity_combo.findData("account"))
    assert screen.count.text() == entries(0)
    screen.reset_filters()
    assert screen.count.text() == entries(3)
    # a period in the past holds nothing of today
    screen.date_to.setDate(to_qdate(clock.today() - timedelta(days=1)))
    assert screen.count.text() == entries(0)


def test_paged_lazily(view, ctx, monkeypatch) -> None:
    monkeypatch.setattr(lazy_table, "PAGE_SIZE", 50)
    for i in range(120):
        audit.record_view(ctx, "visitor", i + 1)
    screen = view()
    assert screen.count.text() == entries(120)
    assert screen.model.rowCount() == 120
    assert screen.model.cached_rows() <= 100  # only what was shown, not the whole log
    assert cells(screen, 119)[4] == "1"  # the oldest, loaded when scrolled to


def test_staff_cannot_open_it(view, make_ctx) -> None:
    screen = view(make_ctx(Role.STAFF))
    assert screen.model is None
    assert screen.findChild(QLabel, "coordinatorOnlyNote").text() == tr(
        "The audit log is open to coordinators and administrators."
    )


def _record_calls() -> list[ast.Call]:
    """Every ``audit.record(...)`` call in the services."""
    root = Path(__file__).resolve().parents[2] / "cal_desktop" / "services"
    return [
        node
        for source in root.rglob("*.py")
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "record"
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "audit"
    ]


def test_every_action_and_record_kind_the_services_log_reads_in_russian() -> None:
    """A coordinator reads «продление срока · обращение», not «extend · appeal»: every literal action
    and record kind passed to audit.record in the services has its label (a new one fails here)."""
    from cal_desktop.gui.views.audit import ENTITY_LABELS, details_text
    from cal_desktop.services.audit import ACTION_LABELS

    actions, entities = set(), set()
    for node in _record_calls():
        if len(node.args) >= 4:
            for arg, found in ((node.args[2], actions), (node.args[3], entities)):
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.add(arg.value)
    assert {"extend", "answer", "register", "sign_in"} <= actions  # the scan finds the calls
    assert sorted(actions - ACTION_LABELS.keys()) == []
    # exports and imports log the table's name
    entities |= {"visitors", "consultations", "initiatives", "appeals", "officials"}
    assert sorted(entities - ENTITY_LABELS.keys()) == []
    assert details_text('{"reason": "exit", "file": "a.db"}') == "причина: при выходе; файл: a.db"


def _record_keywords() -> set[str]:
    keys: set[str] = set()
    for node in _record_calls():
        keys |= {kw.arg for kw in node.keywords if kw.arg}
        for kw in node.keywords:  # **({"corrections_dropped": n} if n else {})
            if kw.arg is None:
                keys |= {
                    k.value
                    for d in ast.walk(kw.value)
                    if isinstance(d, ast.Dict)
                    for k in d.keys
                    if isinstance(k, ast.Constant)
                }
    return keys


def test_every_detail_key_the_services_log_reads_in_russian() -> None:
    from cal_desktop.gui.views.audit_labels import DETAIL_KEYS

    keys = _record_keywords()
    assert {"fields", "template", "outcome", "registration_date"} <= keys  # the scan finds them
    assert sorted(keys - DETAIL_KEYS.keys()) == []


def test_details_show_no_raw_codes() -> None:
    from cal_desktop.gui.views.audit_labels import details_text

    assert (
        details_text('{"fields": ["phone", "email", "inn"]}', "settings") == "поля: Телефон, Эл. почта, ИНН"
    )
    assert details_text('{"fields": ["answer_outcome", "sent_date"]}', "appeal") == (
        "поля: Итог, Дата отправки"
    )
    assert details_text('{"outcome": "positive", "answer_date": "2026-03-05"}', "appeal") == (
        "итог: решено положительно; дата ответа: 05.03.2026"
    )
    assert details_text('{"to": "gathering"}', "initiative") == "новый статус: поиск сторонников и ресурсов"
    titles = {"repeat_appeal": "Повторное обращение"}
    assert (
        details_text('{"template": "repeat_appeal"}', "document", titles.get) == "шаблон: Повторное обращение"
    )


def test_settings_change_and_document_template_in_the_log(view, ctx) -> None:
    from dataclasses import replace

    from cal_desktop.services import settings as settings_service

    current = settings_service.get_settings(ctx)
    settings_service.save_settings(
        ctx, replace(current, phone="+7 495 500-55-50", email="cal@mail.ru", inn="7707083893")
    )
    screen = view()
    assert cells(screen, 0)[2:4] == ["изменение", "настройки"]
    assert cells(screen, 0)[5] == "поля: Телефон, Эл. почта, ИНН"
    # a generated document names its template by title, as the templates list shows it
    titles = {t.id: t.title for t in documents.templates(ctx)}
    row = audit.AuditRow(0, clock.local_now(), None, None, "create", "document", 1, '{"template": "appeal"}')
    assert screen.words.text(row) == f"шаблон: {titles['appeal']}"
