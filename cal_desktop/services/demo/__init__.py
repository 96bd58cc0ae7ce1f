"""Demo data: a realistic centre in a fictional Russian city, for trying the program and for benchmarks.

``generate_demo`` fills an empty database with staff, a territory tree, the city's authorities with
officials, partners and media, visitors (consistent gender of names, patronymics and surnames),
initiatives in every status with their full history, members, needed resources, consultations spread
over the last ``months`` months, appeals with their answer clock, and publications.

Reproducible: everything comes from ``random.Random(seed)`` and from dates relative to an anchor day
(today by default), so the same seed on the same day gives the same rows, timestamps included.

Fast: rows are built as tuples and written with one ``executemany`` per batch inside ONE transaction
(nothing is left half-written on an error or a cancel); search texts are computed with the same
``domain`` functions the services use, and the FTS index is kept by its triggers.

The package builds the generator by entity, one class on top of the other: ``base`` (the writer, the
state and helpers), ``city``, ``initiatives``, ``activity`` (consultations, appeals, publications) and
``generate`` (the run and ``generate_demo``). Every name is re-exported here.
"""

from __future__ import annotations

from cal_desktop.services.demo.activity import (
    _DemoActivity,
)
from cal_desktop.services.demo.base import (
    ANONYMOUS_SHARE,
    BATCH,
    BULK_CACHE_KIB,
    CHANNEL_WEIGHTS,
    OUTCOME_WEIGHTS,
    REASON_WEIGHTS,
    STATUS_CHAIN,
    STATUS_WEIGHTS,
    TOPIC_WEIGHTS,
    CancelCheck,
    DemoSummary,
    Progress,
    _day_text,
    _DemoBase,
    _Initiative,
    _moment_text,
    _months_back,
    _Person,
    _table,
    _utc,
    _utc_offset,
    _Writer,
    default_consultations,
)
from cal_desktop.services.demo.city import (
    _DemoCity,
)
from cal_desktop.services.demo.generate import (
    _Demo,
    _require_empty,
    generate_demo,
)
from cal_desktop.services.demo.initiatives import (
    _DemoInitiatives,
)

__all__ = [
    "ANONYMOUS_SHARE",
    "BATCH",
    "BULK_CACHE_KIB",
    "CHANNEL_WEIGHTS",
    "CancelCheck",
    "DemoSummary",
    "OUTCOME_WEIGHTS",
    "Progress",
    "REASON_WEIGHTS",
    "STATUS_CHAIN",
    "STATUS_WEIGHTS",
    "TOPIC_WEIGHTS",
    "_Demo",
    "_DemoActivity",
    "_DemoBase",
    "_DemoCity",
    "_DemoInitiatives",
    "_Initiative",
    "_Person",
    "_Writer",
    "_day_text",
    "_moment_text",
    "_months_back",
    "_require_empty",
    "_table",
    "_utc",
    "_utc_offset",
    "default_consultations",
    "generate_demo",
]
