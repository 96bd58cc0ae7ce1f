"""The list of all consultations: filters narrow it; rows are loaded in pages, never the whole table."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from cal_desktop.gui.models import lazy_table
from cal_desktop.gui.views.consultations import ConsultationsView
from cal_desktop.services import consultations, visitors
from cal_desktop.services.consultations import ConsultationInput
from cal_desktop.services.visitors import VisitorInput


def _log(ctx, days_ago=0, **kw):  # type: ignore[no-untyped-def]
    when = datetime.combine(date.today() - timedelta(days=days_ago), datetime.min.time()).replace(hour=10)
    data = {"channel": "in_person", "topics": ["info_search"], "outcome": "advised", **kw}
    return consultations.create_consultation(ctx, ConsultationInput(occurred_at=when, **data))


def _view(qtbot, ctx, period="all") -> ConsultationsView:  # type: ignore[no-untyped-def]
    view = ConsultationsView(ctx, default_period=period)
    qtbot.addWidget(view)
    view.reload()
    qtbot.waitUntil(lambda: not view.loading, timeout=3000)
    return view


def _set(qtbot, view, combo, data) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(data))
    view.reload()
    qtbot.waitUntil(lambda: not view.loading, timeout=3000)


def test_filters_narrow_the_list(qtbot, ctx, make_ctx, russian):  # type: ignore[no-untyped-def]
    other = make_ctx()
    v = visitors.create_visitor(ctx, VisitorInput("Лебедева", "Нина", phone="+79005550000"))
    _log(ctx, 0, summary="Про детскую площадку", visitor_id=v.id)
    _log(ctx, 1, channel="phone", topics=["drafting", "other"])
    _log(ctx, 40, outcome="declined", out_of_scope_reason="elections_politics")
    _log(other, 2, channel="online", summary="Вопрос про освещение")
    view = _view(qtbot, ctx)
    assert view.model.total == 4
    assert view.ui.countLabel.text() == "Найдено: 4"
    _set(qtbot, view, view.ui.periodCombo, "30days")
    assert view.model.total == 3
    _set(qtbot, view, view.ui.staffCombo, other.actor.staff_id)
    assert view.model.total == 1
    assert view.model.data(view.model.index(0, 2)) == "онлайн/мессенджер"
    _set(qtbot, view, view.ui.staffCombo, None)
    _set(qtbot, view, view.ui.channelCombo, "phone")
    assert view.model.total == 1
    _set(qtbot, view, view.ui.channelCombo, None)
    _set(qtbot, view, view.ui.topicCombo, "drafting")
    assert view.model.total == 1
    assert "формулирование идеи" in view.model.data(view.model.index(0, 3))
    _set(qtbot, view, view.ui.topicCombo, None)
    _set(qtbot, view, view.ui.periodCombo, "all")
    _set(qtbot, view, view.ui.outcomeCombo, "declined")
    assert view.model.total == 1
    _set(qtbot, view, view.ui.outcomeCombo, None)
    view.ui.textEdit.setText("площадку")
    view.reload()
    qtbot.waitUntil(lambda: not view.loading, timeout=3000)
    assert view.model.total == 1
    assert view.model.data(view.model.index(0, 1)) == "Лебедева Нина"
    view.ui.textEdit.setText("лебедева")  # the visitor's name
    view.reload()
    qtbot.waitUntil(lambda: not view.loading, timeout=3000)
    assert view.model.total == 1
    view.reset_filters()
    qtbot.waitUntil(
        lambda: not view.loading and view.model.total == 4, timeout=3000
    )  # back to the default period


def test_custom_dates(qtbot, ctx, russian):  # type: ignore[no-untyped-def]
    from cal_desktop.gui.formatting import to_qdate

    _log(ctx, 0)
    _log(ctx, 10)
    view = _view(qtbot, ctx)
    view.ui.periodCombo.setCurrentIndex(view.ui.periodCombo.findData("custom"))
    assert view.ui.dateFromEdit.isEnabled()
    view.ui.dateFromEdit.setDate(to_qdate(date.today() - timedelta(days=12)))
    view.ui.dateToEdit.setDate(to_qdate(date.today() - timedelta(days=5)))
    view.reload()
    qtbot.waitUntil(lambda: not view.loading, timeout=3000)
    assert view.model.total == 1
    assert view.ui.dateFromEdit.displayFormat() == "dd.MM.yyyy"


def test_rows_are_loaded_in_pages_and_only_some_are_kept(qtbot, ctx, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(lazy_table, "PAGE_SIZE", 5)
    monkeypatch.setattr(lazy_table, "MAX_PAGES", 2)
    for i in range(23):
        _log(ctx, i % 3, summary=f"запись {i}")
    view = _view(qtbot, ctx)
    assert view.model.total == 23
    assert view.model.pages_loaded <= 3  # only what the view needed to paint
    for r in range(23):
        assert view.model.data(view.model.index(r, 0))
    assert view.model.cached_rows() <= 10
    assert view.model.pages_loaded >= 5
