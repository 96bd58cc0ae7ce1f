"""After an erasure on a PostgreSQL server (issue 14.6): the old row versions still hold the person's data
in the table files (an UPDATE writes a new version; plain VACUUM only marks the old one reusable), so the
touched tables are rewritten with VACUUM FULL.

That takes each table's exclusive lock for a moment, so it runs on a background thread, never on the
desk's path: the erasure returns at once. Erasures made while a rewrite runs are folded into one more
rewrite. The thread is not a daemon: a process that exits (the CLI after ``personal-data erase``) first
finishes the rewrite. A process killed meanwhile leaves the state ``vacuum_after_erasure`` behind, and
the next housekeeping (the daily backup check) starts the rewrite again. What remains in the server's WAL
and archives is said in the user guide.
"""

from __future__ import annotations

import logging
import threading

from cal_desktop.db import pg_server
from cal_desktop.domain import clock
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.settings_store import get_state, set_state

PENDING = "vacuum_after_erasure"  # program state: a rewrite is owed since this time

log = logging.getLogger(__name__)

_lock = threading.Lock()
_workers: dict[str, threading.Thread] = {}
_again: set[str] = set()


def after_erasure(ctx: ServiceContext) -> threading.Thread:
    """Called once an erasure is committed: the rewrite is owed (remembered) and started."""
    set_state(ctx, PENDING, clock.utcnow().isoformat())
    return vacuum_later(ctx.db.url, ctx)


def resume(ctx: ServiceContext) -> threading.Thread | None:
    """A rewrite owed since a process was killed during it: started again."""
    return vacuum_later(ctx.db.url, ctx) if get_state(ctx, PENDING) else None


def vacuum_later(url: str, ctx: ServiceContext | None = None) -> threading.Thread:
    """Rewrite the erasure's tables of ``url`` in the background; returns the thread doing it."""
    with _lock:
        worker = _workers.get(url)
        if worker is not None and worker.is_alive():
            _again.add(url)  # the running rewrite may have started before this erasure committed
            return worker
        worker = threading.Thread(target=_work, args=(url, ctx), name="cal-vacuum-full")
        _workers[url] = worker
        worker.start()
        return worker


def _work(url: str, ctx: ServiceContext | None) -> None:
    owed = _owed(ctx)
    while True:
        complete = False
        try:
            done = pg_server.vacuum_full(url)
            complete = done == list(pg_server.ERASURE_TABLES)
            log.info("VACUUM FULL after an erasure: %s", ", ".join(done))
        except Exception:  # logged, never raised into a thread nobody joins
            log.exception("VACUUM FULL after an erasure failed")
        with _lock:
            if url not in _again:
                _workers.pop(url, None)
                break
            _again.discard(url)
    # cleared only if no erasure was owed meanwhile (its own thread clears it when done)
    if complete and ctx is not None and _owed(ctx) == owed:
        try:
            set_state(ctx, PENDING, None)
        except Exception:
            log.exception("could not record the finished VACUUM FULL")


def _owed(ctx: ServiceContext | None) -> object:
    if ctx is None:
        return None
    try:
        return get_state(ctx, PENDING)
    except Exception:  # the database went away: nothing to compare with
        return None


def wait(timeout: float | None = None) -> bool:
    """Wait for every rewrite under way (tests; the end of a command). True when none is left."""
    with _lock:
        workers = list(_workers.values())
    for worker in workers:
        worker.join(timeout)
    return not any(w.is_alive() for w in workers)
