"""`check` notices a search index that lost its triggers (e.g. after a careless migration)."""

import sqlite3

from cal_desktop.cli import main


def test_check_reports_missing_search_triggers(db_path, capsys):
    assert main(["--db", str(db_path), "check"]) == 0
    conn = sqlite3.connect(db_path)
    conn.execute("DROP TRIGGER fts_visitors_ai")
    conn.commit()
    conn.close()
    assert main(["--db", str(db_path), "check"]) == 1
    assert "fts_visitors_ai" in capsys.readouterr().out
