"""The command line speaks Russian and loads only the command it runs (issue «Installable anywhere»)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from cal_desktop import cli

# Words that may stay Latin in help: the program's and formats' names, option spellings, codes
_ALLOWED_LATIN = {
    "cal", "desktop", "db", "url", "sqlalchemy", "help", "version", "self", "test", "csv", "xlsx", "json",
    "pdf", "docx", "ics", "sqlite", "postgresql", "psycopg", "format", "table", "id", "seed", "visitors",
    "months", "dry", "run", "as", "of", "yyyy", "mm", "dd", "initiative", "official", "appeal", "set",
    "output", "o", "h", "limit", "text", "template", "file", "field", "value", "consultations",
    "initiatives", "officials", "appeals", "gui", "init", "check", "demo", "find", "import", "export",
    "document", "report", "backup", "restore", "monthly", "merge", "due", "templates", "copy", "show",
    "save", "add", "success", "stories", "kind", "command", "action", "draft", "visitor", "events",
    "practice", "calls", "staff", "from", "to", "personal", "data", "erase", "repeat", "overdue",
    "settings", "server", "key", "passphrase", "calendar", "vs", "x", "www", "e", "mail", "inn", "qt",
}


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as done:
        cli.main([*argv, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


def _english_words(text: str) -> set[str]:
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    return words - _ALLOWED_LATIN


def test_help_has_no_english_words(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys)
    assert "использование: cal-desktop" in text and "параметры:" in text
    assert "показать эту справку и выйти" in text and "показать версию программы и выйти" in text
    assert _english_words(text) == set()


def test_every_command_help_is_russian(capsys: pytest.CaptureFixture[str]) -> None:
    for command in sorted(cli.COMMANDS):
        text = _help(capsys, command)
        assert text.startswith("использование: "), command
        assert "show this help" not in text and "positional arguments" not in text, command


def test_usage_errors_are_russian(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        cli.main(["find"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "ошибка: не заданы обязательные аргументы" in err and "error" not in err


def test_the_command_map_names_every_registered_command() -> None:
    """A module that registers a command missing from COMMANDS would make the command unreachable
    (the lazy loader would not import its module)."""
    parser = cli.build_parser(None)
    sub = next(a for a in parser._actions if a.dest == "command")
    assert set(sub.choices) == set(cli.COMMANDS)  # type: ignore[attr-defined]
    assert set(cli.COMMANDS.values()) == set(cli.COMMAND_MODULES)


@pytest.mark.parametrize(
    ("argv", "loaded", "not_loaded"),
    [
        (["--version"], set(), {"find", "report", "document", "gui"}),
        (["--db", "x.db", "find", "visitors", "иван"], {"find"}, {"report", "document", "demo", "io"}),
    ],
)
def test_only_the_command_run_is_imported(argv: list[str], loaded: set[str], not_loaded: set[str]) -> None:
    code = (
        "import sys; from cal_desktop import cli; cli.build_parser(sys.argv[1:]);"
        "print(' '.join(m.rsplit('.', 1)[1] for m in sys.modules if m.startswith('cal_desktop.commands.')))"
    )
    done = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, check=True)
    modules = set(done.stdout.split())
    assert loaded <= modules and not (not_loaded & modules)
    assert "sqlalchemy" not in done.stdout
