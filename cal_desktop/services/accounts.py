"""Staff accounts: sign-in with a memory-hard password hash, lock-out after failed attempts, roles.

Passwords are hashed with scrypt (``hashlib.scrypt``, in the standard library: no extra dependency).
After ``MAX_FAILED`` wrong passwords in a row the account is locked for ``LOCK_MINUTES``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cal_desktop.db.models import Staff
from cal_desktop.domain import clock, text
from cal_desktop.domain.vocab import Role
from cal_desktop.errors import Conflict, FieldError, PermissionDenied, ValidationError
from cal_desktop.services import audit
from cal_desktop.services.common import Checker, get_or_404
from cal_desktop.services.context import Actor, ServiceContext

MAX_FAILED = 5
LOCK_MINUTES = 15
MIN_PASSWORD = 8
# scrypt cost: N=2**17, r=8, p=1 is the OWASP minimum (128 MiB and ~0.3 s per hash). Hashes made with
# a lower cost (earlier versions used 2**14) are re-made at the next successful sign-in.
PRODUCTION_SCRYPT_N = 2**17
# TEST-ONLY: tests/conftest.py lowers this (and only tests may) so the suite does not spend 0.3 s and
# 128 MiB on every account it creates; tests/services/test_accounts.py proves the shipped value.
SCRYPT_N = PRODUCTION_SCRYPT_N
_SCRYPT_R, _SCRYPT_P = 8, 1


@dataclass(frozen=True)
class AccountDTO:
    id: int
    login: str
    display_name: str
    position: str | None
    phone: str | None
    role: Role
    active: bool
    has_password: bool
    locked_until: datetime | None


@dataclass(frozen=True)
class AccountInput:
    login: str
    display_name: str
    role: str = Role.STAFF.value
    position: str | None = None
    phone: str | None = None
    email: str | None = None
    active: bool = True


# ------------------------------------------------------------------------------------------ hashing


def _kdf(password: bytes, salt: bytes, n: int, r: int, p: int, dklen: int) -> bytes:
    """The one place a password is stretched (tests count the calls)."""
    # hashlib's default memory limit (32 MiB) is below what N=2**17 needs (128 MiB)
    return hashlib.scrypt(password, salt=salt, n=n, r=r, p=p, dklen=dklen, maxmem=2 * 128 * n * r * p)


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = _kdf(password.encode(), salt, SCRYPT_N, _SCRYPT_R, _SCRYPT_P, 32)
    enc = base64.b64encode
    return f"scrypt${SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${enc(salt).decode()}${enc(digest).decode()}"


def verify_password(password: str, stored: str | None) -> bool:
    if not stored:
        _burn(password)  # an account without a password costs the same as a wrong one
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = _kdf(password.encode(), base64.b64decode(salt), int(n), int(r), int(p), len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def needs_rehash(stored: str | None) -> bool:
    """True when a hash was made with a lower cost than the current one."""
    try:
        scheme, n, r, p, *_ = (stored or "").split("$")
        return scheme != "scrypt" or (int(n), int(r), int(p)) < (SCRYPT_N, _SCRYPT_R, _SCRYPT_P)
    except ValueError:
        return True


def _burn(password: str) -> None:
    """Spend what checking a real password costs, so an unknown login cannot be told from a known one
    by the time the answer takes."""
    _kdf(password.encode(), b"\0" * 16, SCRYPT_N, _SCRYPT_R, _SCRYPT_P, 32)


def _check_password(password: str, field: str = "password") -> None:
    problems = _password_problems(password, None, field)
    if problems:
        raise ValidationError(problems)


def _password_problems(password: str, again: str | None, field: str = "password") -> list[FieldError]:
    """What is wrong with a new password (and its repeat, when typed twice): shown with the account's
    other field problems in one round."""
    problems = []
    if len(password) < MIN_PASSWORD:
        problems.append(FieldError(field, "Пароль", f"не короче {MIN_PASSWORD} символов"))
    elif password.isdigit() or password.isalpha():
        problems.append(FieldError(field, "Пароль", "нужны и буквы, и цифры"))
    if again is not None and again != password:
        problems.append(FieldError("password_again", "Пароль ещё раз", "пароли не совпадают"))
    return problems


# ------------------------------------------------------------------------------------------ sign-in


def needs_first_admin(ctx: ServiceContext) -> bool:
    """True until an administrator with a password exists (the first run)."""
    with ctx.db.read() as s:
        return not s.scalar(
            select(func.count())
            .select_from(Staff)
            .where(Staff.role == Role.ADMIN.value, Staff.password_hash.is_not(None), Staff.active.is_(True))
        )


def create_first_admin(
    ctx: ServiceContext, data: AccountInput, password: str, again: str | None = None
) -> AccountDTO:
    """The first run: create the administrator. Refused once one exists. ``again``: the password typed
    a second time (checked with everything else)."""
    if not needs_first_admin(ctx):
        raise PermissionDenied("Администратор уже создан; войдите под его учётной записью.")
    problems = _password_problems(password, again)
    with ctx.db.session() as s:
        staff = _create(s, ctx, AccountInput(**{**data.__dict__, "role": Role.ADMIN.value}), problems)
        staff.password_hash = hash_password(password)
        audit.record(s, ctx, "create", "account", staff.id, role="admin", first_run=True)
        return _dto(staff)


def sign_in(ctx: ServiceContext, login: str, password: str) -> Actor:
    """Check the password; returns the actor for the session. Locks the account after failures."""
    now = clock.utcnow()
    with ctx.db.session() as s:
        staff = s.scalars(select(Staff).where(func.lower(Staff.login) == login.strip().lower())).first()
        if staff is None or not staff.active:
            _burn(password)  # as slow as a wrong password: the answer does not reveal who has an account
            raise PermissionDenied("Неверное имя пользователя или пароль.")
        if staff.locked_until is not None and staff.locked_until > now:
            minutes = max(1, int((staff.locked_until - now).total_seconds() // 60) + 1)
            raise PermissionDenied(
                f"Учётная запись заблокирована после неудачных попыток входа. Повторите через {minutes} мин."
            )
        if not verify_password(password, staff.password_hash):
            locked = _count_failure(s, ctx, staff, now)
            if locked:  # say so now, not only at the next attempt
                raise PermissionDenied(
                    f"Неверное имя пользователя или пароль. После {MAX_FAILED} неудачных попыток учётная "
                    f"запись заблокирована на {LOCK_MINUTES} мин."
                )
            raise PermissionDenied("Неверное имя пользователя или пароль.")
        staff.failed_logins = 0
        staff.locked_until = None
        staff.last_login_at = now
        if needs_rehash(staff.password_hash):  # an older, cheaper hash: re-made now that we know the password
            staff.password_hash = hash_password(password)
        actor = Actor(staff.id, Role(staff.role), staff.display_name)
        audit.record(s, ctx.acting_as(actor), "sign_in", "account", staff.id)
        return actor


def _count_failure(session: Session, ctx: ServiceContext, staff: Staff, now: datetime) -> bool:
    """A wrong password: count it (committed even though the caller raises); True when it locked the
    account for ``LOCK_MINUTES``."""
    staff.failed_logins += 1
    locked = staff.failed_logins >= MAX_FAILED
    if locked:
        staff.locked_until = now + timedelta(minutes=LOCK_MINUTES)
        staff.failed_logins = 0
        audit.record(session, ctx.acting_as(Actor(staff.id, Role(staff.role))), "lock", "account", staff.id)
    session.commit()
    return locked


def check_actor_password(ctx: ServiceContext, password: str) -> None:
    """Unlocking an idle-locked window: the same person's password. Failures count as at sign-in, so
    guessing at a locked window locks the account; raises PermissionDenied with the reason to show."""
    with ctx.db.read() as s:
        staff = s.get(Staff, ctx.actor.staff_id) if ctx.actor.staff_id else None
        login = staff.login if staff else None
    if login is None:
        raise PermissionDenied("Разблокировать окно может только вошедший сотрудник.")
    sign_in(ctx, login, password)


def verify_actor_password(ctx: ServiceContext, password: str) -> bool:
    """:func:`check_actor_password` as a yes/no."""
    try:
        check_actor_password(ctx, password)
    except PermissionDenied:
        return False
    return True


# -------------------------------------------------------------------------------- account management


def list_accounts(ctx: ServiceContext) -> list[AccountDTO]:
    ctx.require(Role.ADMIN)
    with ctx.db.read() as s:
        return [_dto(st) for st in s.scalars(select(Staff).order_by(Staff.display_name))]


def create_account(
    ctx: ServiceContext, data: AccountInput, password: str, again: str | None = None
) -> AccountDTO:
    ctx.require(Role.ADMIN)
    problems = _password_problems(password, again)
    with ctx.db.session() as s:
        staff = _create(s, ctx, data, problems)
        staff.password_hash = hash_password(password)
        staff.must_change_password = True
        audit.record(s, ctx, "create", "account", staff.id, role=staff.role)
        return _dto(staff)


def update_account(ctx: ServiceContext, staff_id: int, data: AccountInput) -> AccountDTO:
    ctx.require(Role.ADMIN)
    with ctx.db.session() as s:
        staff = get_or_404(s, Staff, staff_id, "Сотрудник")
        clean = _validate(s, data, staff_id)
        if staff.role == Role.ADMIN.value and (clean.role != Role.ADMIN.value or not clean.active):
            _keep_one_admin(s, staff_id)
        for name, value in clean.__dict__.items():
            setattr(staff, name, value)
        audit.record(s, ctx, "update", "account", staff_id, role=staff.role, active=staff.active)
        return _dto(staff)


def reset_password(ctx: ServiceContext, staff_id: int, new_password: str) -> None:
    """An administrator sets a temporary password; the person must change it at next sign-in."""
    ctx.require(Role.ADMIN)
    _check_password(new_password)
    with ctx.db.session() as s:
        staff = get_or_404(s, Staff, staff_id, "Сотрудник")
        staff.password_hash = hash_password(new_password)
        staff.must_change_password = True
        staff.failed_logins = 0
        staff.locked_until = None
        audit.record(s, ctx, "reset_password", "account", staff_id)


def change_password(ctx: ServiceContext, old_password: str, new_password: str) -> None:
    """The signed-in person changes their own password."""
    if ctx.actor.staff_id is None:
        raise PermissionDenied("Смена пароля доступна только вошедшему сотруднику.")
    _check_password(new_password, "new_password")
    now = clock.utcnow()
    with ctx.db.session() as s:
        staff = get_or_404(s, Staff, ctx.actor.staff_id, "Сотрудник")
        if staff.locked_until is not None and staff.locked_until > now:
            raise PermissionDenied("Учётная запись заблокирована после неудачных попыток; повторите позже.")
        if not verify_password(old_password, staff.password_hash):
            # guessing the current password at an unattended desk counts like guessing at sign-in
            locked = _count_failure(s, ctx, staff, now)
            message = (
                f"неверный пароль; учётная запись заблокирована на {LOCK_MINUTES} мин."
                if locked
                else "неверный пароль"
            )
            raise ValidationError.single("old_password", "Текущий пароль", message)
        staff.password_hash = hash_password(new_password)
        staff.must_change_password = False
        audit.record(s, ctx, "change_password", "account", staff.id)


def must_change_password(ctx: ServiceContext) -> bool:
    with ctx.db.read() as s:
        staff = s.get(Staff, ctx.actor.staff_id) if ctx.actor.staff_id else None
        return bool(staff and staff.must_change_password)


# ---------------------------------------------------------------------------------------- internals


def _validate(
    session: Session, data: AccountInput, staff_id: int | None, more: list[FieldError] | None = None
) -> AccountInput:
    c = Checker()
    login = c.required("login", "Имя пользователя", data.login, 64).lower()
    if login and not all(ch.isalnum() or ch in "._-" for ch in login):
        c.fail("login", "Имя пользователя", "только буквы, цифры, точка, дефис и подчёркивание")
    name = c.required("display_name", "ФИО", data.display_name, 200)
    role = c.code("role", "Роль", data.role, Role.parse)
    phone = c.phone("phone", "Телефон", data.phone)
    email = c.email("email", "Email", data.email)
    position = c.optional("position", "Должность", data.position, 200)
    c.errors.extend(more or [])  # the password's problems, in the same round
    c.done()
    clash = session.scalars(select(Staff.id).where(func.lower(Staff.login) == login)).first()
    if clash is not None and clash != staff_id:
        raise Conflict(f"Имя пользователя «{login}» уже занято.")
    return AccountInput(login, name, str(role), position, phone, email, data.active)


def _create(
    session: Session, ctx: ServiceContext, data: AccountInput, more: list[FieldError] | None = None
) -> Staff:
    clean = _validate(session, data, None, more)
    parts = text.normalize(clean.display_name).split()
    staff = Staff(**clean.__dict__)
    names = clean.display_name.split()
    staff.last_name, staff.first_name, staff.middle_name = (
        (names + [None, None, None])[:3] if parts else (None,) * 3
    )
    session.add(staff)
    session.flush()
    return staff


def _keep_one_admin(session: Session, leaving_id: int) -> None:
    others = session.scalar(
        select(func.count())
        .select_from(Staff)
        .where(Staff.role == Role.ADMIN.value, Staff.active.is_(True), Staff.id != leaving_id)
    )
    if not others:
        raise Conflict("Нельзя лишить прав последнего администратора.")


def _dto(staff: Staff) -> AccountDTO:
    return AccountDTO(
        staff.id,
        staff.login,
        staff.display_name,
        staff.position,
        staff.phone,
        Role(staff.role),
        staff.active,
        staff.password_hash is not None,
        staff.locked_until,
    )
