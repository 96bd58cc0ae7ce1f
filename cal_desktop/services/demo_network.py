"""The demo's network figures (issue 18): partners' kind of help and volunteers' hours, authorities' ИНН.

Run after the demo's initiatives are written, in the demo's one transaction, with a generator of its
own (seeded from the demo's seed) so that the rest of the demo stays as it was for a given seed.
"""

from __future__ import annotations

import random
from typing import Any

from sqlalchemy import select, update

from cal_desktop.db import models as m
from cal_desktop.domain.requisites import inn_problem
from cal_desktop.domain.vocab import ContributionKind, OrganisationKind

# a partner's help: mostly in kind, volunteers now and then, money rarely (it is not counted)
KINDS = ((ContributionKind.IN_KIND, 0.55), (ContributionKind.VOLUNTEERS, 0.25), (ContributionKind.SERVICES, 0.12),
         (ContributionKind.MONEY, 0.08))  # fmt: skip
REGION = "43"  # the first two digits of the demo city's ИНН (a region code)


def enrich(demo: Any) -> None:
    rnd = random.Random(f"network-{demo.seed}")
    conn = demo.conn
    partners = conn.execute(select(m.InitiativePartner.id).order_by(m.InitiativePartner.id)).scalars().all()
    for link_id in partners:
        kind = rnd.choices([k for k, _ in KINDS], [w for _, w in KINDS])[0]
        # volunteers always bring hours; helpers in kind (a hall, transport) sometimes come to work too
        works = kind is ContributionKind.VOLUNTEERS or (
            kind is ContributionKind.IN_KIND and rnd.random() < 0.5
        )
        hours = rnd.choice((4, 6, 8, 12, 16, 24, 40)) if works else None
        conn.execute(
            update(m.InitiativePartner)
            .where(m.InitiativePartner.id == link_id)
            .values(kind=kind.value, hours=hours)
        )
    authorities = (
        conn.execute(
            select(m.Organisation.id)
            .where(m.Organisation.kind == OrganisationKind.AUTHORITY.value)
            .order_by(m.Organisation.id)
        )
        .scalars()
        .all()
    )
    used: set[str] = set()
    for org_id in authorities:
        inn = legal_inn(rnd, used)
        conn.execute(update(m.Organisation).where(m.Organisation.id == org_id).values(inn=inn))


def legal_inn(rnd: random.Random, used: set[str]) -> str:
    """A valid 10-digit ИНН of a legal entity in the demo's region, not used yet."""
    while True:
        body = REGION + "".join(str(rnd.randint(0, 9)) for _ in range(7))
        for last in "0123456789":
            if inn_problem(body + last) is None and body + last not in used:
                used.add(body + last)
                return body + last
