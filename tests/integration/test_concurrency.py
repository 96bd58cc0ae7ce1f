"""Two program processes writing to one database at once: both finish, nothing is lost, and no raw
"database is locked" reaches the user (writing sessions take the lock at BEGIN and wait for it)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import create_engine, text

WRITER = textwrap.dedent(
    """
    import sys
    from datetime import datetime
    from cal_desktop.services.database import open_database
    from cal_desktop.services import visitors, consultations
    from cal_desktop.services.visitors import VisitorInput
    from cal_desktop.services.consultations import ConsultationInput

    ctx = open_database(sys.argv[1])
    tag = sys.argv[2]
    for i in range(int(sys.argv[3])):
        v = visitors.create_visitor(ctx, VisitorInput(f"Писатель{tag}", f"Номер{i}"), allow_duplicate=True)
        consultations.create_consultation(
            ctx, ConsultationInput(channel="phone", topics=["other"], outcome="advised", visitor_id=v.id)
        )
    print("done", tag)
    """
)


def test_two_processes_write_at_once(db_path: Path, tmp_path: Path) -> None:
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    n = 150
    procs = [
        subprocess.Popen(
            [sys.executable, str(script), str(db_path), tag, str(n)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("A", "B")
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    for p, (_out, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err
        assert "locked" not in err.lower()
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM visitors")).scalar() == 2 * n
        assert conn.execute(text("SELECT count(*) FROM consultations")).scalar() == 2 * n
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    engine.dispose()
