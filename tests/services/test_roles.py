"""The role matrix of issue 8, enforced in the services (so no path, GUI, CLI, import or export, lets a
role do more): ``staff`` works at the desk (visitors, consultations, initiatives, documents);
``coordinator`` also reports, templates, directory editing and the audit log; ``admin`` also accounts,
settings, backup and restore, and erasure.

Each call below would do something (or fail with NotFound / a validation error) without its role
check, so a missing check fails here. Ids point at nothing on purpose: the check must come first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cal_desktop.domain.vocab import Role
from cal_desktop.errors import PermissionDenied
from cal_desktop.reports.period import Period
from cal_desktop.services import (
    accounts,
    audit,
    backup,
    calendar,
    directory,
    exporting,
    personal_data,
    reports,
    settings,
    staff,
    templates,
)
from cal_desktop.services.accounts import AccountInput
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.directory import OfficialInput, OrganisationInput
from cal_desktop.services.imports import import_file
from cal_desktop.services.staff import StaffInput
from cal_desktop.settings import CentreSettings

Call = Callable[[ServiceContext, Path, int], Any]  # (ctx, tmp_path, an existing other staff id)
MONTH = Period.month(2026, 3)


def _officials_csv(tmp: Path) -> Path:
    path = tmp / "officials.csv"
    path.write_text("Орган;Должность;Фамилия\nАдминистрация района;глава;Петров\n", encoding="utf-8")
    return path


COORDINATOR: dict[str, Call] = {
    # reports
    "reports.report": lambda c, t, s: reports.report(c, MONTH),
    "reports.monthly_report": lambda c, t, s: reports.monthly_report(c, 2026, 3),
    "reports.period_report": lambda c, t, s: reports.period_report(c, date(2026, 1, 1), date(2026, 3, 31)),
    "reports.report_package": lambda c, t, s: reports.report_package(c, MONTH),
    "reports.export_report": lambda c, t, s: reports.export_report(c, MONTH, "json", t / "r.json"),
    "reports.drill_ids": lambda c, t, s: reports.drill_ids(c, MONTH, "visitors_served"),
    "reports.drill_down": lambda c, t, s: reports.drill_down(c, MONTH, "visitors_served"),
    "reports.first_month_with_data": lambda c, t, s: reports.first_month_with_data(c),
    # templates
    "templates.duplicate_template": lambda c, t, s: templates.duplicate_template(c, "appeal"),
    "templates.update_letter_template": lambda c, t, s: templates.update_letter_template(
        c, "x", "X", "{{ a }}"
    ),
    "templates.upload_docx_template": lambda c, t, s: templates.upload_docx_template(c, "Бланк", b"PK"),
    "templates.set_template_active": lambda c, t, s: templates.set_template_active(c, "appeal", False),
    # directory editing (and the working calendar of the appeals clock)
    "directory.create_territory": lambda c, t, s: directory.create_territory(c, "Заречье"),
    "directory.rename_territory": lambda c, t, s: directory.rename_territory(c, 999, "Новое"),
    "directory.set_territory_kind": lambda c, t, s: directory.set_territory_kind(c, 999, "district"),
    "directory.move_territory": lambda c, t, s: directory.move_territory(c, 999, None),
    "directory.delete_territory": lambda c, t, s: directory.delete_territory(c, 999),
    "directory.create_organisation": lambda c, t, s: directory.create_organisation(
        c, OrganisationInput("authority", "Администрация района")
    ),
    "directory.update_organisation": lambda c, t, s: directory.update_organisation(
        c, 999, OrganisationInput("authority", "Администрация")
    ),
    "directory.delete_organisation": lambda c, t, s: directory.delete_organisation(c, 999),
    "directory.add_partner_resource": lambda c, t, s: directory.add_partner_resource(c, 999, "зал"),
    "directory.remove_partner_resource": lambda c, t, s: directory.remove_partner_resource(c, 999),
    "directory.create_official": lambda c, t, s: directory.create_official(c, OfficialInput(999, "глава")),
    "directory.update_official": lambda c, t, s: directory.update_official(
        c, 999, OfficialInput(999, "глава")
    ),
    "directory.delete_official": lambda c, t, s: directory.delete_official(c, 999),
    "directory.set_declined_form": lambda c, t, s: directory.set_declined_form(c, 999, "dative", "главе"),
    "import officials": lambda c, t, s: import_file(c, "officials", _officials_csv(t)),
    "calendar.set_override": lambda c, t, s: calendar.set_override(c, date(2026, 3, 9), True),
    "calendar.remove_override": lambda c, t, s: calendar.remove_override(c, date(2026, 3, 9)),
    # audit log and a subject's full data
    "audit.list_audit": lambda c, t, s: audit.list_audit(c),
    "personal_data.subject_data": lambda c, t, s: personal_data.subject_data(c, 999),
    "personal_data.subject_data_json": lambda c, t, s: personal_data.subject_data_json(c, 999),
    # a whole table of people's data leaving the program
    **{
        f"exporting.export {kind}": (lambda k: lambda c, t, s: exporting.export(c, k, t / f"{k}.csv"))(kind)
        for kind in ("visitors", "consultations", "initiatives", "appeals", "officials")
    },
}

ADMIN: dict[str, Call] = {
    # a profile with more rights than staff
    "staff.create_profile(role=admin)": lambda c, t, s: staff.create_profile(
        c, StaffInput("Захватов Пётр"), role=Role.ADMIN
    ),
    "accounts.list_accounts": lambda c, t, s: accounts.list_accounts(c),
    "accounts.create_account": lambda c, t, s: accounts.create_account(
        c, AccountInput("petrov", "Петров Пётр"), "secret123"
    ),
    "accounts.update_account": lambda c, t, s: accounts.update_account(
        c, s, AccountInput("ivanova", "Иванова Мария", role="staff")
    ),
    "accounts.reset_password": lambda c, t, s: accounts.reset_password(c, s, "another123"),
    "staff.update_profile (someone else's)": lambda c, t, s: staff.update_profile(
        c, s, StaffInput("Другая Анна")
    ),
    "settings.save_settings": lambda c, t, s: settings.save_settings(
        c, CentreSettings(idle_lock_minutes=240)
    ),
    "backup.create_backup": lambda c, t, s: backup.create_backup(c, t / "copy.db"),
    "backup.restore_backup": lambda c, t, s: backup.restore_backup(c, t / "copy.db"),
    "personal_data.erasure_candidates": lambda c, t, s: personal_data.erasure_candidates(c),
    "personal_data.anonymise_visitor": lambda c, t, s: personal_data.anonymise_visitor(c, 999),
}


@pytest.fixture
def other_staff_id(ctx: ServiceContext) -> int:
    """The administrator of the ``ctx`` fixture: someone other than the caller."""
    assert ctx.actor.staff_id is not None
    return ctx.actor.staff_id


@pytest.mark.parametrize("name", sorted({**COORDINATOR, **ADMIN}))
def test_staff_is_refused(name: str, make_ctx, tmp_path: Path, other_staff_id: int) -> None:  # type: ignore[no-untyped-def]
    call = {**COORDINATOR, **ADMIN}[name]
    with pytest.raises(PermissionDenied):
        call(make_ctx(Role.STAFF), tmp_path, other_staff_id)


@pytest.mark.parametrize("name", sorted(ADMIN))
def test_coordinator_is_refused_what_only_admin_may(
    name: str, make_ctx, tmp_path: Path, other_staff_id: int
) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied):
        ADMIN[name](make_ctx(Role.COORDINATOR), tmp_path, other_staff_id)


@pytest.mark.parametrize("name", sorted(COORDINATOR))
def test_coordinator_passes_the_role_check(name: str, make_ctx, tmp_path: Path, other_staff_id: int) -> None:  # type: ignore[no-untyped-def]
    """Whatever else happens (a missing id), a coordinator is not refused for the role."""
    try:
        COORDINATOR[name](make_ctx(Role.COORDINATOR), tmp_path, other_staff_id)
    except PermissionDenied as exc:
        pytest.fail(f"coordinator refused: {exc}")
    except Exception:  # noqa: BLE001, S110 - NotFound, validation: not this test's concern
        pass
