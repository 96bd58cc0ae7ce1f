"""What every service call needs: the open database and the staff member acting.

Conventions of the services layer (read this before adding a service):
- a public service function takes ``ctx: ServiceContext`` first, opens its own unit of work with
  ``ctx.db.session()`` (writes) or ``ctx.db.read()`` (reads), and returns frozen dataclasses (DTOs),
  never ORM objects;
- a ``_name(session, ctx, ...)`` twin does the work inside a given session, so that imports and other
  services can compose several steps into one all-or-nothing transaction;
- input is validated first; problems raise ``errors.ValidationError`` naming the field in Russian;
- every write calls ``audit.record``; role checks call ``ctx.require(Role.X)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from cal_desktop.db.engine import Database
from cal_desktop.domain.vocab import Role
from cal_desktop.errors import PermissionDenied

_RANK = {Role.STAFF: 0, Role.COORDINATOR: 1, Role.ADMIN: 2}


@dataclass(frozen=True)
class Actor:
    """The staff member doing the action (``staff_id`` None: the system itself, e.g. a CLI job)."""

    staff_id: int | None
    role: Role = Role.ADMIN
    display_name: str = ""


SYSTEM = Actor(staff_id=None, role=Role.ADMIN, display_name="система")
# the command line acts as the administrator without a sign-in (whoever can run it against a database
# file can read that file anyway); the audit log names it so
COMMAND_LINE = Actor(staff_id=None, role=Role.ADMIN, display_name="командная строка (администратор)")


@dataclass(frozen=True)
class ServiceContext:
    db: Database
    actor: Actor = SYSTEM

    def require(self, role: Role) -> None:
        """Refuse the action unless the actor's role is at least ``role``."""
        if _RANK[self.actor.role] < _RANK[role]:
            raise PermissionDenied(f"Недостаточно прав: нужна роль «{role.label}».")

    def acting_as(self, actor: Actor) -> ServiceContext:
        return ServiceContext(self.db, actor)
