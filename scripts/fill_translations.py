"""Fill unfinished entries of the Russian .ts from a tab-separated file «English<TAB>Russian».

    python scripts/fill_translations.py PAIRS.tsv [resources/translations/cal_desktop_ru.ts]

Engineers list their new strings with translations in their notes; this puts them in, then
``scripts/build_translations.py`` compiles the .qm. Only unfinished entries are touched.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TS = ROOT / "resources" / "translations" / "cal_desktop_ru.ts"
_UNFINISHED = re.compile(
    r"(<source>)(?P<src>[^<]*)(</source>\s*<translation) type=\"unfinished\">(?P<old>[^<]*)(</translation>)"
)


def load_pairs(path: Path) -> dict[str, str]:
    pairs = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            english, russian = line.split("\t", 1)
            pairs[english.replace("\\n", "\n")] = russian.replace("\\n", "\n")
    return pairs


def fill(ts: Path, pairs: dict[str, str]) -> int:
    text = ts.read_text(encoding="utf-8")
    filled = 0

    def replace(m: re.Match[str]) -> str:
        nonlocal filled
        source = html.unescape(m.group("src"))
        if source not in pairs:
            return m.group(0)
        filled += 1
        escaped = html.escape(pairs[source], quote=False).replace("'", "&apos;").replace('"', "&quot;")
        return f"{m.group(1)}{m.group('src')}{m.group(3)}>{escaped}</translation>"

    ts.write_text(_UNFINISHED.sub(replace, text), encoding="utf-8")
    return filled


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    ts = Path(argv[1]) if len(argv) > 1 else DEFAULT_TS
    print(f"filled {fill(ts, load_pairs(Path(argv[0])))} translations in {ts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
