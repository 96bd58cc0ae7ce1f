from datetime import timedelta

import pytest

from cal_desktop.db.models import Staff
from cal_desktop.domain.vocab import Role
from cal_desktop.errors import Conflict, PermissionDenied, ValidationError
from cal_desktop.services import accounts
from cal_desktop.services.accounts import AccountInput
from cal_desktop.services.context import SYSTEM, ServiceContext


@pytest.fixture
def system(db):
    return ServiceContext(db, SYSTEM)


def test_first_run_creates_admin_then_sign_in(system):
    assert accounts.needs_first_admin(system)
    admin = accounts.create_first_admin(system, AccountInput("Admin", "Соколова Ольга Ивановна"), "secret123")
    assert admin.role is Role.ADMIN and admin.login == "admin"
    assert not accounts.needs_first_admin(system)
    with pytest.raises(PermissionDenied):
        accounts.create_first_admin(system, AccountInput("admin2", "Кто-то"), "secret123")
    actor = accounts.sign_in(system, "ADMIN", "secret123")
    assert actor.staff_id == admin.id and actor.role is Role.ADMIN


def test_password_is_hashed_with_scrypt_not_stored(system, db):
    accounts.create_first_admin(system, AccountInput("admin", "Соколова Ольга"), "secret123")
    with db.read() as s:
        stored = s.query(Staff.password_hash).scalar()
    assert stored.startswith("scrypt$") and "secret123" not in stored
    assert accounts.verify_password("secret123", stored)
    assert not accounts.verify_password("secret124", stored)


def test_weak_password_refused(system):
    with pytest.raises(ValidationError, match="Пароль"):
        accounts.create_first_admin(system, AccountInput("admin", "Соколова Ольга"), "short1")
    with pytest.raises(ValidationError, match="буквы, и цифры"):
        accounts.create_first_admin(system, AccountInput("admin", "Соколова Ольга"), "onlyletters")


def test_lock_out_after_failed_sign_ins(system, db):
    accounts.create_first_admin(system, AccountInput("admin", "Соколова Ольга"), "secret123")
    for _ in range(accounts.MAX_FAILED - 1):
        with pytest.raises(PermissionDenied, match="Неверное"):
            accounts.sign_in(system, "admin", "wrong-password1")
    # the attempt that locks it says so at once
    with pytest.raises(PermissionDenied, match="заблокирована на 15 мин"):
        accounts.sign_in(system, "admin", "wrong-password1")
    with pytest.raises(PermissionDenied, match="заблокирована"):
        accounts.sign_in(system, "admin", "secret123")  # even the right password, while locked
    with db.session() as s:  # time passes
        staff = s.query(Staff).one()
        staff.locked_until = staff.locked_until - timedelta(minutes=accounts.LOCK_MINUTES + 1)
    assert accounts.sign_in(system, "admin", "secret123").role is Role.ADMIN


def test_roles_enforced_for_account_management(system, make_ctx):
    admin = accounts.create_first_admin(system, AccountInput("admin", "Соколова Ольга"), "secret123")
    staff_ctx = make_ctx(Role.STAFF)
    coordinator_ctx = make_ctx(Role.COORDINATOR)
    for ctx in (staff_ctx, coordinator_ctx):
        with pytest.raises(PermissionDenied):
            accounts.create_account(ctx, AccountInput("petrov", "Петров Пётр"), "secret123")
        with pytest.raises(PermissionDenied):
            accounts.list_accounts(ctx)
        with pytest.raises(PermissionDenied):
            accounts.reset_password(ctx, admin.id, "another123")


def test_admin_manages_accounts_and_keeps_last_admin(system):
    admin = accounts.create_first_admin(system, AccountInput("admin", "Соколова Ольга"), "secret123")
    admin_ctx = system.acting_as(accounts.sign_in(system, "admin", "secret123"))
    user = accounts.create_account(
        admin_ctx, AccountInput("petrov", "Петров Пётр Ильич", role="сотрудник"), "temp1234"
    )
    assert user.role is Role.STAFF
    with pytest.raises(Conflict):
        accounts.create_account(admin_ctx, AccountInput("Petrov", "Другой"), "temp1234")
    user_ctx = system.acting_as(accounts.sign_in(system, "petrov", "temp1234"))
    assert accounts.must_change_password(user_ctx)
    accounts.change_password(user_ctx, "temp1234", "mine5678")
    assert not accounts.must_change_password(user_ctx)
    assert accounts.sign_in(system, "petrov", "mine5678").staff_id == user.id
    with pytest.raises(Conflict, match="последнего администратора"):
        accounts.update_account(admin_ctx, admin.id, AccountInput("admin", "Соколова Ольга", role="staff"))


def test_guessing_the_current_password_locks_like_sign_in(system):
    accounts.create_first_admin(system, AccountInput("admin", "Соколова Ольга"), "secret123")
    me = system.acting_as(accounts.sign_in(system, "admin", "secret123"))
    for _ in range(accounts.MAX_FAILED - 1):
        with pytest.raises(ValidationError, match="неверный пароль"):
            accounts.change_password(me, "guess-0001", "newpass123")
    with pytest.raises(ValidationError, match="заблокирована"):
        accounts.change_password(me, "guess-0001", "newpass123")
    with pytest.raises(PermissionDenied, match="заблокирована"):
        accounts.change_password(me, "secret123", "newpass123")  # even the right one, while locked
    with pytest.raises(PermissionDenied, match="заблокирована"):
        accounts.sign_in(system, "admin", "secret123")


def test_production_password_cost_is_owasp_minimum(monkeypatch):
    """The shipped cost is scrypt N=2**17, r=8, p=1 (the suite itself runs with a lower, test-only cost)."""
    assert accounts.PRODUCTION_SCRYPT_N == 2**17
    monkeypatch.setattr(accounts, "SCRYPT_N", accounts.PRODUCTION_SCRYPT_N)
    stored = accounts.hash_password("secret123")
    assert stored.startswith("scrypt$131072$8$1$")
    assert accounts.verify_password("secret123", stored)


def _count_kdf(monkeypatch):
    calls = []
    real = accounts._kdf

    def counting(*args):  # type: ignore[no-untyped-def]
        calls.append(args[2])  # the cost N of each key derivation
        return real(*args)

    monkeypatch.setattr(accounts, "_kdf", counting)
    return calls


def test_unknown_login_costs_the_same_as_a_wrong_password(system, monkeypatch):
    accounts.create_first_admin(system, AccountInput("admin", "Соколова Ольга"), "secret123")
    calls = _count_kdf(monkeypatch)
    with pytest.raises(PermissionDenied, match="Неверное имя пользователя или пароль"):
        accounts.sign_in(system, "admin", "wrong-password1")
    wrong = list(calls)
    calls.clear()
    with pytest.raises(PermissionDenied, match="Неверное имя пользователя или пароль"):
        accounts.sign_in(system, "nobody", "wrong-password1")
    assert calls == wrong == [accounts.SCRYPT_N]


def test_old_cheaper_hash_is_remade_at_sign_in(system, db, monkeypatch):
    accounts.create_first_admin(system, AccountInput("admin", "Соколова Ольга"), "secret123")
    monkeypatch.setattr(accounts, "SCRYPT_N", 2**8)  # an account made by an earlier version
    old = accounts.hash_password("secret123")
    monkeypatch.setattr(accounts, "SCRYPT_N", 2**10)
    with db.session() as s:
        s.query(Staff).one().password_hash = old
    assert accounts.needs_rehash(old)
    accounts.sign_in(system, "admin", "secret123")
    with db.read() as s:
        new = s.query(Staff.password_hash).scalar()
    assert new.startswith("scrypt$1024$") and not accounts.needs_rehash(new)
    assert accounts.sign_in(system, "admin", "secret123").role is Role.ADMIN
    with pytest.raises(PermissionDenied):
        accounts.sign_in(system, "admin", "secret124")
