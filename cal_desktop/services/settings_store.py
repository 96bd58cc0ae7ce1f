"""The centre's settings and the program's state as stored (table ``settings``): reading them, writing one
value. Kept below services/settings.py (which validates and saves the settings form) so that the
services the settings change (appeals' due dates) can read them without importing settings back."""

from __future__ import annotations

import json
from dataclasses import fields, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cal_desktop.db.models import Setting
from cal_desktop.services.context import ServiceContext
from cal_desktop.settings import CentreSettings

_STATE_PREFIX = "state."


def _get_settings(session: Session) -> CentreSettings:
    stored = {row.key: row.value for row in session.scalars(select(Setting))}
    values: dict[str, Any] = {}
    for f in fields(CentreSettings):
        if f.name in stored:
            try:
                values[f.name] = json.loads(stored[f.name])
            except ValueError:
                continue  # a damaged value falls back to the default rather than blocking start-up
    return replace(CentreSettings(), **values)


def _put(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    text = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text


def get_state(ctx: ServiceContext, key: str, default: Any = None) -> Any:
    """A piece of program state (not shown in settings), e.g. ``last_open_date``."""
    with ctx.db.read() as s:
        row = s.get(Setting, _STATE_PREFIX + key)
        return json.loads(row.value) if row is not None else default


def set_state(ctx: ServiceContext, key: str, value: Any) -> None:
    with ctx.db.session() as s:
        _put(s, _STATE_PREFIX + key, value)
