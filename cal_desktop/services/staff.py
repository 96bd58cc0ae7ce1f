"""Staff profiles: the people working at the desk (name, position, phone: used later in documents).

Until staff accounts with passwords exist (``services/accounts.py`` adds them), the first run of the
program creates a profile here and the desk remembers who is working. The first profile is an
administrator (someone must be able to change the centre's settings); later ones are ordinary staff.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cal_desktop.db.models import Staff
from cal_desktop.domain import text
from cal_desktop.domain.vocab import Role
from cal_desktop.services import audit
from cal_desktop.services.common import Checker, get_or_404
from cal_desktop.services.context import Actor, ServiceContext

LABELS = {
    "display_name": "ФИО",
    "position": "Должность",
    "phone": "Телефон",
    "email": "Email",
}


@dataclass(frozen=True)
class StaffInput:
    display_name: str  # «Иванова Мария Петровна»: surname, first name, patronymic
    position: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class StaffDTO:
    id: int
    login: str
    display_name: str
    last_name: str | None
    first_name: str | None
    middle_name: str | None
    position: str | None
    phone: str | None
    email: str | None
    role: Role
    active: bool

    def actor(self) -> Actor:
        """The actor to act as when this person is at the desk."""
        return Actor(staff_id=self.id, role=self.role, display_name=self.display_name)


@dataclass(frozen=True)
class _Clean:
    display_name: str
    last_name: str
    first_name: str | None
    middle_name: str | None
    position: str | None
    phone: str | None
    email: str | None


def _validate(data: StaffInput) -> _Clean:
    c = Checker()
    name = " ".join(c.required("display_name", LABELS["display_name"], data.display_name, 200).split())
    parts = name.split(" ") if name else []
    if len(parts) == 1:
        c.fail("display_name", LABELS["display_name"], "укажите фамилию и имя (отчество — если есть)")
    position = c.optional("position", LABELS["position"], data.position, 200)
    phone = c.phone("phone", LABELS["phone"], data.phone)
    email = c.email("email", LABELS["email"], data.email)
    c.done()
    last, first, middle = (parts + ["", "", ""])[:3]
    if len(parts) > 3:  # a double patronymic or a «-оглы»: keep the rest with the patronymic
        middle = " ".join(parts[2:])
    return _Clean(name, last, first or None, middle or None, position, phone, email)


def _login_base(clean: _Clean) -> str:
    """«Иванова Мария Петровна» -> ``ivanova.mp``: the surname and initials in Latin letters."""

    def latin(word: str) -> str:
        out = text.transliterate(word)
        return "".join(ch for ch in out if ch.isascii() and (ch.isalnum() or ch in "._"))

    initials = "".join(latin(p)[:1] for p in (clean.first_name, clean.middle_name) if p)
    base = latin(clean.last_name) or "staff"
    return f"{base}.{initials}" if initials else base


def _unique_login(session: Session, base: str) -> str:
    taken = set(session.scalars(select(func.lower(Staff.login)).where(Staff.login.like(f"{base}%"))))
    if base not in taken:
        return base
    n = 2
    while f"{base}{n}" in taken:
        n += 1
    return f"{base}{n}"


def create_profile(ctx: ServiceContext, data: StaffInput, role: Role = Role.STAFF) -> StaffDTO:
    """Create a staff profile (no password: it signs in once an administrator sets one) with a
    generated login. Only an administrator may create a profile with more rights than ``staff``;
    the first administrator comes from ``accounts.create_first_admin``."""
    if role is not Role.STAFF:
        ctx.require(Role.ADMIN)
    clean = _validate(data)
    with ctx.db.session() as s:
        staff = Staff(login=_unique_login(s, _login_base(clean)), role=role.value, active=True)
        _apply(staff, clean)
        s.add(staff)
        s.flush()
        audit.record(s, ctx, "create", "staff", staff.id)
        return _dto(staff)


def update_profile(ctx: ServiceContext, staff_id: int, data: StaffInput) -> StaffDTO:
    """Change a profile's name, position and contacts (the person themself or an administrator)."""
    if ctx.actor.staff_id != staff_id:
        ctx.require(Role.ADMIN)
    clean = _validate(data)
    with ctx.db.session() as s:
        staff = get_or_404(s, Staff, staff_id, "Сотрудник")
        _apply(staff, clean)
        audit.record(s, ctx, "update", "staff", staff.id)
        s.flush()
        return _dto(staff)


def _apply(staff: Staff, clean: _Clean) -> None:
    for name in clean.__dataclass_fields__:
        setattr(staff, name, getattr(clean, name))


def list_staff(ctx: ServiceContext, *, active_only: bool = True) -> list[StaffDTO]:
    """Every staff member (a centre has a handful), by name."""
    query = select(Staff).order_by(Staff.display_name, Staff.id)
    if active_only:
        query = query.where(Staff.active.is_(True))
    with ctx.db.read() as s:
        return [_dto(m) for m in s.scalars(query)]


def get_staff(ctx: ServiceContext, staff_id: int) -> StaffDTO:
    with ctx.db.read() as s:
        return _dto(get_or_404(s, Staff, staff_id, "Сотрудник"))


def has_staff(ctx: ServiceContext) -> bool:
    with ctx.db.read() as s:
        return bool(s.scalar(select(func.count()).select_from(Staff).where(Staff.active.is_(True))))


def _dto(m: Staff) -> StaffDTO:
    return StaffDTO(
        id=m.id,
        login=m.login,
        display_name=m.display_name,
        last_name=m.last_name,
        first_name=m.first_name,
        middle_name=m.middle_name,
        position=m.position,
        phone=m.phone,
        email=m.email,
        role=Role(m.role),
        active=m.active,
    )
