"""The way to the sign-in dialog and the first screen imports only what they need (issue 11.5): the
documents stack (docx, reportlab, Jinja) waits for the first document, the backups for the first
backup; the migrations' head is read from the files' beginnings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("reportlab", "docx", "jinja2", "lxml", "cal_desktop.services.documents")


def _modules_after(code: str) -> set[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"],
        env=env, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def test_the_sign_in_path_imports_no_backups_and_no_documents() -> None:
    loaded = _modules_after("import cal_desktop.gui.app, cal_desktop.gui.startup, cal_desktop.gui.dialogs.signin")
    assert "cal_desktop.services.backup" not in loaded
    assert "cal_desktop.gui.server_status" not in loaded
    assert not [name for name in loaded if name.split(".")[0] in HEAVY or name in HEAVY]


def test_the_first_screen_imports_no_documents_stack() -> None:
    loaded = _modules_after("from cal_desktop.gui import app\napp._import_first_screen()")
    assert "cal_desktop.gui.views.desk" in loaded  # the first screen itself is there
    assert not [name for name in loaded if name.split(".")[0] in HEAVY or name in HEAVY]


def test_the_start_path_imports_its_qt_modules_before_the_first_screen_thread(monkeypatch) -> None:
    """PySide crashed when the main thread imported a Qt module while the first screen's thread did:
    the start imports what the way to sign-in may need first, and waits for the thread before going on."""
    from cal_desktop.gui import app, housekeeping

    order: list[str] = []
    monkeypatch.setattr(app, "_import_start_path", lambda: order.append("start path"))

    def later(job, on_done):  # type: ignore[no-untyped-def]
        order.append("first screen thread")
        from concurrent.futures import Future

        done: Future[None] = Future()
        done.set_result(None)
        return done

    monkeypatch.setattr(housekeeping, "later", later)
    monkeypatch.setattr(housekeeping, "check_before_opening", lambda url: False)
    from cal_desktop.gui import startup

    monkeypatch.setattr(startup, "start_session", lambda *a, **k: order.append("sign-in") or None)
    assert app.start(None) is None
    assert order == ["start path", "first screen thread", "sign-in"]
    for name in app.START_PATH:  # each names a real module
        __import__(name)


def test_migration_identifiers_after_a_function_are_still_found(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.db import schema

    versions = tmp_path / "versions"
    versions.mkdir()
    (versions / "a.py").write_text('"""first"""\nrevision = "a"\ndown_revision = None\n\ndef upgrade():\n    pass\n')
    (versions / "b.py").write_text('def helper():\n    pass\n\nrevision: str = "b"\ndown_revision = ("a",)\n')
    assert schema._revisions_in(tmp_path) == {"a": (), "b": ("a",)}
    assert schema._revisions_in(schema.MIGRATIONS_DIR)[schema.head_revision()]  # the real chain
