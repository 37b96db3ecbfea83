#!/usr/bin/env bash
# Build the one-folder app with PyInstaller, install the desktop files beside it, and check
# that the built app starts offscreen, opens its main window and finds its resources.
#
#   bash packaging/build.sh            # builds into dist/requester-workbench/
#
# It takes several minutes (Qt with WebEngine is large), so CI does not run it; run it
# before a release. Needs the dev extra: .venv/bin/pip install -e '.[dev]'
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
# The translations ship compiled: make every .qm from its .ts so none is stale.
lrelease=$(dirname "$python")/pyside6-lrelease
for ts in resources/translations/*.ts; do
    "$lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
"$python" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
    packaging/requester-workbench.spec
app=dist/requester-workbench
mkdir -p "$app/share/applications" "$app/share/metainfo"
cp packaging/requester-workbench.desktop "$app/share/applications/"
cp packaging/io.github.requesterworkbench.RequesterWorkbench.metainfo.xml "$app/share/metainfo/"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$app/share/icons/hicolor/${size}x${size}/apps"
    cp "resources/icons/requester-workbench-${size}.png" \
        "$app/share/icons/hicolor/${size}x${size}/apps/requester-workbench.png"
done
mkdir -p "$app/share/icons/hicolor/scalable/apps"
cp resources/icons/requester-workbench.svg "$app/share/icons/hicolor/scalable/apps/"

# Smoke test: the frozen app answers --version, runs a command on a fresh store, and opens
# its main window offscreen (--smoke-test opens it, checks the resources — the German
# translation among them — and quits).
export QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1
smoke=$(mktemp -d)
export WORKBENCH_CONFIG_DIR="$smoke/config" WORKBENCH_LOG_DIR="$smoke/logs"
"$app/requester-workbench" --version
"$app/requester-workbench" --db "$smoke/store.sqlite3" -q demo --hits 3 --assignments 1 --workers 2
# An Excel export: the writer (XlsxWriter) and the reader (openpyxl) are both bundled.
"$app/requester-workbench" --db "$smoke/store.sqlite3" export --format xlsx --out "$smoke/results.xlsx"
"$python" -c "import openpyxl, sys; book = openpyxl.load_workbook(sys.argv[1]); \
assert book.sheetnames[0] == 'Results' and book['Results'].max_row == 4, book.sheetnames" \
    "$smoke/results.xlsx"
"$app/requester-workbench" --db "$smoke/store.sqlite3" --smoke-test
echo "Built and checked: $app"
