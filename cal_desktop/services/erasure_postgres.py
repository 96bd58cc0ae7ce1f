"""After an erasure on a PostgreSQL server (issue 14.6): the old row versions still hold the person's data
in the table files (an UPDATE writes a new version; plain VACUUM only marks the old one reusable), so the
touched tables are rewritten with VACUUM FULL.

That takes each table's exclusive lock for a moment, so it runs on a background thread, never on the
desk's path: the erasure returns at once. Erasures made while a rewrite runs are folded into one more
rewrite. The thread is not a daemon: a process that exits (the CLI after ``personal-data erase``) first
finishes the rewrite. What remains in the server's WAL and archives is said in the user guide.
"""

from __future__ import annotations

import logging
import threading

from cal_desktop.db import pg_server

log = logging.getLogger(__name__)

_lock = threading.Lock()
_workers: dict[str, threading.Thread] = {}
_again: set[str] = set()


def vacuum_later(url: str) -> threading.Thread:
    """Rewrite the erasure's tables of ``url`` in the background; returns the thread doing it."""
    with _lock:
        worker = _workers.get(url)
        if worker is not None and worker.is_alive():
            _again.add(url)  # the running rewrite may have started before this erasure committed
            return worker
        worker = threading.Thread(target=_work, args=(url,), name="cal-vacuum-full")
        _workers[url] = worker
        worker.start()
        return worker


def _work(url: str) -> None:
    while True:
        try:
            done = pg_server.vacuum_full(url)
            log.info("VACUUM FULL after an erasure: %s", ", ".join(done))
        except Exception:  # logged, never raised into a thread nobody joins
            log.exception("VACUUM FULL after an erasure failed")
        with _lock:
            if url not in _again:
                _workers.pop(url, None)
                return
            _again.discard(url)


def wait(timeout: float | None = None) -> bool:
    """Wait for every rewrite under way (tests; the end of a command). True when none is left."""
    with _lock:
        workers = list(_workers.values())
    for worker in workers:
        worker.join(timeout)
    return not any(w.is_alive() for w in workers)
