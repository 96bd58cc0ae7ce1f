import pytest

from cal_desktop.domain.vocab import Role
from cal_desktop.errors import PermissionDenied
from cal_desktop.services import audit, visitors
from cal_desktop.services.audit import AuditFilter
from cal_desktop.services.visitors import VisitorInput


def test_audit_log_shows_who_did_what_and_filters(ctx, make_ctx):
    v = visitors.create_visitor(ctx, VisitorInput("Петров", "Пётр"))
    visitors.update_visitor(ctx, v.id, VisitorInput("Петров", "Пётр", address="ул. Мира, 1"))
    audit.record_view(ctx, "visitor", v.id)
    page = audit.list_audit(ctx, AuditFilter(entity="visitor", entity_id=v.id))
    assert [r.action for r in page.items] == ["view", "update", "create"]
    assert {r.staff_name for r in page.items} == {"Иванова Мария Петровна"}
    assert audit.list_audit(ctx, AuditFilter(action="update")).total == 1
    assert audit.list_audit(make_ctx(Role.COORDINATOR)).total >= 3
    with pytest.raises(PermissionDenied):
        audit.list_audit(make_ctx(Role.STAFF))
