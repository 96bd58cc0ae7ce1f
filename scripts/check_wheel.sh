#!/usr/bin/env bash
# The program as an administrator installs it: build the wheel, install it (not editable) into a fresh
# virtual environment outside the checkout, and use it from an empty folder with an empty HOME.
# Fails on the first command that does not do its job. Used by .ci/run; runnable by hand:
#     scripts/check_wheel.sh [PYTHON]
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${1:-python3}"
CHECKOUT="$PWD"
VENV="${VENV:-.venv}"  # the development environment that builds the wheel (needs hatchling)
WORK="$(mktemp -d /tmp/cal-wheel.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

echo "wheel: building"
"$VENV/bin/pip" wheel -q --no-deps --no-build-isolation -w "$WORK/dist" .
wheel="$(ls "$WORK"/dist/cal_desktop-*.whl)"
echo "wheel: $(basename "$wheel") ($(du -k "$wheel" | cut -f1) KB)"

"$PYTHON" -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install -q "$wheel"

# nothing of the checkout may be reachable: an empty folder, an empty HOME, no PYTHONPATH
mkdir -p "$WORK/use" "$WORK/home"
cd "$WORK/use"
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/data" XDG_CONFIG_HOME="$WORK/home/config"
unset PYTHONPATH CAL_DESKTOP_DB
cal="$WORK/venv/bin/cal-desktop"
installed="$("$WORK/venv/bin/python" -c 'import cal_desktop, pathlib; print(pathlib.Path(cal_desktop.__file__).parent)')"
case "$installed" in
    "$CHECKOUT"*) echo "wheel: the package was imported from the checkout ($installed)" >&2; exit 1 ;;
esac

selftest="$("$cal" --self-test 2>/dev/null)"
echo "$selftest"
[ "$(echo "$selftest" | tail -n 1)" = "OK" ] || { echo "wheel: self-test failed" >&2; exit 1; }
if echo "$selftest" | grep -q "не готов"; then echo "wheel: self-test reports areas not ready" >&2; exit 1; fi
echo "$selftest" | grep -q "ресурсы: $installed/_data" || { echo "wheel: resources not from the package" >&2; exit 1; }
echo "$selftest" | grep -q "«&File» → «&Файл»" || { echo "wheel: the window is not in Russian" >&2; exit 1; }

"$cal" --db demo.db init
"$cal" --db demo.db demo --visitors 200 --months 2 >/dev/null
shipped="$(ls "$CHECKOUT"/templates_docs/*.json | wc -l)"
templates="$("$cal" --db demo.db document templates | grep -c "встроенный")"
[ "$templates" = "$shipped" ] || { echo "wheel: $templates built-in templates listed instead of $shipped" >&2; exit 1; }
initiative="$("$cal" --db demo.db find initiatives а --format json |
    "$WORK/venv/bin/python" -c 'import json, sys; print(json.load(sys.stdin)[0]["id"])')"
official="$("$cal" --db demo.db find officials а --format json |
    "$WORK/venv/bin/python" -c 'import json, sys; print(json.load(sys.stdin)[0]["id"])')"
# a draft: the demo's authors need not satisfy every 59-FZ requirement; the renderer and fonts are the point
"$cal" --db demo.db document render appeal --initiative "$initiative" --official "$official" --draft -o appeal.pdf
month="$(date +%Y-%m)"
"$cal" --db demo.db report monthly "$month" --format pdf -o report.pdf
for pdf in appeal.pdf report.pdf; do
    [ "$(head -c 5 "$pdf")" = "%PDF-" ] || { echo "wheel: $pdf is not a PDF" >&2; exit 1; }
done
if command -v pdffonts >/dev/null; then
    # the fonts come from the package and are embedded: no system font is needed to read the page
    pdffonts appeal.pdf | grep -q "LiberationSerif" || { echo "wheel: the letter lacks its font" >&2; exit 1; }
fi
echo "wheel: installed outside the checkout, self-test, init, demo, templates, render, report: OK"
