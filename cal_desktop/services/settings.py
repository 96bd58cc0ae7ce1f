"""Reading and saving the centre's settings (``settings.CentreSettings``) and small program state."""

from __future__ import annotations

import uuid
from dataclasses import asdict, replace
from typing import Any

from sqlalchemy.orm import Session

from cal_desktop.domain.requisites import inn_problem
from cal_desktop.domain.vocab import Role
from cal_desktop.errors import FieldError, ValidationError
from cal_desktop.services import audit
from cal_desktop.services.common import Checker
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.due_dates import recompute_due_dates

# moved there (read by services below this one); re-exported for the callers of settings._get_settings, ...
from cal_desktop.services.settings_store import _STATE_PREFIX as _STATE_PREFIX
from cal_desktop.services.settings_store import _get_settings as _get_settings
from cal_desktop.services.settings_store import _put as _put
from cal_desktop.services.settings_store import get_state as get_state
from cal_desktop.services.settings_store import set_state as set_state
from cal_desktop.settings import CentreSettings

# every setting as the settings form names it (validation messages, the audit log's «поля: …»)
LABELS = {
    "centre_name": "Название центра",
    "centre_id": "Идентификатор центра",
    "organisation_name": "Организация",
    "address": "Адрес",
    "phone": "Телефон",
    "email": "Эл. почта",
    "website": "Сайт",
    "inn": "ИНН",
    "ogrn": "ОГРН",
    "head_position": "Должность руководителя",
    "head_name": "ФИО руководителя",
    "city": "Город",
    "post_delivery_days": "Доставка почтой, дней",
    "appeal_number_pattern": "Шаблон номера обращения",
    "due_soon_days": "Срок «скоро», дней",
    "retention_years": "Срок хранения данных",
    "consent_form_version": "Версия формы согласия",
    "consent_renewal_years": "Продлевать согласие через, лет",
    "idle_lock_minutes": "Блокировка при бездействии",
    "backup_dir": "Папка резервных копий",
    "backup_keep": "Хранить резервных копий",
    "language": "Язык",
    "extra": "Дополнительно",
}  # program state (e.g. when the program was last open), not user settings


def get_settings(ctx: ServiceContext) -> CentreSettings:
    with ctx.db.read() as s:
        return _get_settings(s)


def save_settings(ctx: ServiceContext, new: CentreSettings) -> CentreSettings:
    """Save every setting (administrators only; validated)."""
    _refuse_control_characters(ctx, new)
    ctx.require(Role.ADMIN)
    _validate(new, get_settings(ctx))
    with ctx.db.session() as s:
        old = _get_settings(s)
        new = replace(new, centre_id=old.centre_id or new.centre_id)  # made once, never edited
        changed = [k for k, v in asdict(new).items() if getattr(old, k) != v]
        for key in changed:
            _put(s, key, getattr(new, key))
        if changed:
            audit.record(s, ctx, "update", "settings", None, fields=changed)
        if "post_delivery_days" in changed:
            # estimated registration dates of posted appeals depend on it (DOMAIN A2)
            s.flush()
            recompute_due_dates(s)
    return new


def _validate(new: CentreSettings, old: CentreSettings) -> None:
    c = Checker()
    c.required("centre_name", "Название центра", new.centre_name)
    # printed on every letter and report: a typo here goes out under the centre's name. Checked when
    # typed: a value saved before these checks existed must not block saving another setting.
    if new.phone != old.phone:
        c.phone("phone", LABELS["phone"], new.phone)
    if new.email != old.email:
        c.email("email", LABELS["email"], new.email)
    problem = inn_problem(new.inn) if new.inn != old.inn else None
    if problem:
        c.fail("inn", LABELS["inn"], problem)
    if not 0 <= new.post_delivery_days <= 60:
        c.fail("post_delivery_days", "Срок доставки почтой", "от 0 до 60 дней")
    if "{seq" not in new.appeal_number_pattern:
        c.fail(
            "appeal_number_pattern", "Шаблон номера обращения", "должен содержать {seq} (порядковый номер)"
        )
    else:
        try:
            new.appeal_number_pattern.format(year=2026, month=1, seq=1)
        except (KeyError, ValueError, IndexError):
            c.fail(
                "appeal_number_pattern",
                "Шаблон номера обращения",
                "допустимы поля {year}, {month}, {seq} (например ЦАЛ-{year}-{seq:04})",
            )
    if not 1 <= new.retention_years <= 75:
        c.fail("retention_years", "Срок хранения данных", "от 1 до 75 лет")
    if not 1 <= new.consent_renewal_years <= 10:
        c.fail("consent_renewal_years", LABELS["consent_renewal_years"], "от 1 до 10 лет")
    if not 1 <= new.idle_lock_minutes <= 240:
        c.fail("idle_lock_minutes", "Блокировка при бездействии", "от 1 до 240 минут")
    if not 1 <= new.backup_keep <= 365:
        c.fail("backup_keep", "Хранить резервных копий", "от 1 до 365")
    c.done()


# Texts printed on letters and reports. (Kept apart from _validate so that this hook merges cleanly.)
_TEXT_LABELS = {
    "organisation_name": "Организация",
    "address": "Адрес",
    "website": "Сайт",
    "ogrn": "ОГРН",
    "head_position": "Должность руководителя",
    "head_name": "ФИО руководителя",
    "city": "Город",
    "consent_form_version": "Версия формы согласия",
}


def _refuse_control_characters(ctx: ServiceContext, new: CentreSettings) -> None:
    """No NUL, escape or line break in a text that was changed (one saved before this check existed
    must not block saving another setting)."""
    ctx.require(Role.ADMIN)
    old = get_settings(ctx)
    c = Checker()
    for key, label in _TEXT_LABELS.items():
        if getattr(new, key) != getattr(old, key):
            c.no_controls(key, label, getattr(new, key))
    c.done()


# ------------------------------------------------------------------ the centre's requisites by key (CLI)

# `cal-desktop settings show|set`: the public key of each requisite and its CentreSettings field
REQUISITE_KEYS = {
    "centre.name": "centre_name",
    "centre.legal_name": "organisation_name",
    "centre.address": "address",
    "centre.phone": "phone",
    "centre.email": "email",
    "centre.inn": "inn",
    "centre.head_position": "head_position",
    "centre.head_name": "head_name",
    "centre.id": "centre_id",
}
READ_ONLY_KEYS = frozenset({"centre.id"})


def ensure_centre_id(ctx: ServiceContext) -> str:
    """The centre's UUID, made now if this database has none yet (``init``, or an older database)."""
    with ctx.db.session() as s:
        current = _get_settings(s).centre_id
        if current:
            return current
        made = str(uuid.uuid4())
        _put(s, "centre_id", made)
        return made


def requisites(ctx: ServiceContext) -> dict[str, str]:
    """Every requisite by its public key («centre.phone»), in the order of ``REQUISITE_KEYS``."""
    ensure_centre_id(ctx)
    current = get_settings(ctx)
    return {key: str(getattr(current, name) or "") for key, name in REQUISITE_KEYS.items()}


def set_requisites(ctx: ServiceContext, values: dict[str, str]) -> dict[str, str]:
    """Change requisites by public key, all or none. Unknown or read-only keys and bad values (phone,
    e-mail, ИНН check digit) raise ValidationError whose items name the key."""
    c = Checker()
    for key in values:
        if key in READ_ONLY_KEYS:
            c.fail(key, key, "только для чтения (создаётся при init)")
        elif key not in REQUISITE_KEYS:
            allowed = ", ".join(k for k in REQUISITE_KEYS if k not in READ_ONLY_KEYS)
            c.fail(key, key, f"неизвестный ключ; допустимы: {allowed}")
    c.done()
    by_field: dict[str, Any] = {REQUISITE_KEYS[k]: v.strip() for k, v in values.items()}  # all text fields
    current = get_settings(ctx)
    try:
        save_settings(ctx, replace(current, **by_field))
    except ValidationError as exc:
        keys = {name: key for key, name in REQUISITE_KEYS.items()}
        raise ValidationError(
            [FieldError(keys.get(e.field, e.field), keys.get(e.field, e.label), e.message) for e in exc.errors]
        ) from None
    return requisites(ctx)


def centre_id(ctx: ServiceContext) -> str:
    """The centre's UUID for report packages (issue 18): read without a write, made once if missing."""
    with ctx.db.read() as s:
        known = stored_centre_id(s)
    return known or ensure_centre_id(ctx)


def stored_centre_id(session: Session) -> str:
    """The centre's UUID if one was made (empty otherwise): for reads inside a given session."""
    return _get_settings(session).centre_id or ""
