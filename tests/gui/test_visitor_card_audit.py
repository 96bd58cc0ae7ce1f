"""Opening a person's full card is logged (who looked at whose data, and when)."""

from __future__ import annotations

from cal_desktop.gui.views.visitors import VisitorsView
from cal_desktop.services import audit, visitors
from cal_desktop.services.audit import AuditFilter
from cal_desktop.services.visitors import VisitorInput


def test_opening_a_visitor_card_is_in_the_audit_log(qtbot, ctx, russian) -> None:  # type: ignore[no-untyped-def]
    v = visitors.create_visitor(ctx, VisitorInput("Гусь", "Анна", "Павловна"))
    view = VisitorsView(ctx)
    qtbot.addWidget(view)
    view.show_visitor(v.id)
    views = audit.list_audit(ctx, AuditFilter(action="view", entity="visitor", entity_id=v.id))
    assert views.total == 1 and views.items[0].staff_id == ctx.actor.staff_id
