#!/usr/bin/env bash
# Build Requester Workbench for Linux and macOS (Windows: packaging/build.ps1).
#
#   bash packaging/build.sh            # the one-folder app in dist/requester-workbench/,
#                                      # smoke-tested (macOS: dist/Requester Workbench.app)
#   bash packaging/build.sh deb        # ... and dist/requester-workbench_VERSION_ARCH.deb
#   bash packaging/build.sh deb-test   # ... and install that .deb with apt into a fresh
#                                      # Debian root (debootstrap) and start it there
#   bash packaging/build.sh dmg        # macOS: ... and dist/Requester-Workbench-VERSION.dmg
#
# It takes several minutes (Qt with WebEngine is large), so .ci/run does not run it; the
# hosted CI workflow .github/workflows/build.yml does, on Linux, Windows and macOS.
# Needs a Python with the app and its build tools:
#   python3 -m venv .venv && .venv/bin/pip install '.[postgres]' pyinstaller
# (PYTHON=path/to/python picks another). deb needs dpkg-deb; deb-test needs root and
# debootstrap (apt-get install debootstrap), and reaches Debian's package mirror.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-app}
python=${PYTHON:-.venv/bin/python}
version=$("$python" -c "import re, pathlib; print(re.search(r'__version__ = \"([^\"]+)\"', \
pathlib.Path('src/workbench/__init__.py').read_text(encoding='utf-8')).group(1))")

build_app() {
    # The translations ship compiled: make every .qm from its .ts so none is stale.
    local lrelease
    lrelease=$(dirname "$python")/pyside6-lrelease
    for ts in resources/translations/*.ts; do
        "$lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
    done
    "$python" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
        packaging/requester-workbench.spec
}

smoke_test() {
    # The frozen app answers --version, runs a command on a fresh store, writes and reads an
    # Excel export, and opens its main window offscreen (--smoke-test opens it, checks the
    # resources — the German translation among them — and quits).
    local app=$1
    local smoke
    smoke=$(mktemp -d)
    export QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1
    export WORKBENCH_CONFIG_DIR="$smoke/config" WORKBENCH_LOG_DIR="$smoke/logs"
    "$app" --version
    "$app" --db "$smoke/store.sqlite3" -q demo --hits 3 --assignments 1 --workers 2
    "$app" --db "$smoke/store.sqlite3" export --format xlsx --out "$smoke/results.xlsx"
    "$python" -c "import openpyxl, sys; book = openpyxl.load_workbook(sys.argv[1]); \
assert book.sheetnames[0] == 'Results' and book['Results'].max_row == 4, book.sheetnames" \
        "$smoke/results.xlsx"
    # (Bounded: an error dialog would wait for a click that never comes.)
    if command -v timeout >/dev/null; then
        timeout 300 "$app" --db "$smoke/store.sqlite3" --smoke-test
    else
        "$app" --db "$smoke/store.sqlite3" --smoke-test
    fi
    rm -rf "$smoke"
}

install_desktop_files() {
    # The menu entry, the AppStream metadata and the icons in the hicolor sizes, under $1.
    local share=$1
    install -Dm644 packaging/requester-workbench.desktop \
        "$share/applications/requester-workbench.desktop"
    install -Dm644 packaging/io.github.requesterworkbench.RequesterWorkbench.metainfo.xml \
        "$share/metainfo/io.github.requesterworkbench.RequesterWorkbench.metainfo.xml"
    for size in 16 24 32 48 64 128 256 512; do
        install -Dm644 "resources/icons/requester-workbench-${size}.png" \
            "$share/icons/hicolor/${size}x${size}/apps/requester-workbench.png"
    done
    install -Dm644 resources/icons/requester-workbench.svg \
        "$share/icons/hicolor/scalable/apps/requester-workbench.svg"
}

# The Debian packages the window needs from the system, whatever ldd finds: Qt's X11 (xcb)
# platform plugin loads these with dlopen or through plugins, and a font must exist.
DEB_DEPENDS_ALWAYS="libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-render-util0, \
libxcb-image0, libxcb-shape0, libxcb-xkb1, libxkbcommon-x11-0, libxkbcommon0, libegl1, libgl1, \
libfontconfig1, libfreetype6, libdbus-1-3, libglib2.0-0, libnss3, fonts-dejavu-core | fonts-freefont-ttf"

deb_depends() {
    # Every system library the bundle's ELF files load (ldd, with the bundle's own folders
    # searched first, as the frozen app does), named by the Debian package that holds it.
    local root=$1
    local internal="$root/_internal"
    local search="$internal:$internal/PySide6/Qt/lib:$internal/PySide6:$internal/shiboken6"
    local libraries
    local report
    report=$(find "$root" -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
        | LD_LIBRARY_PATH="$search" xargs -0 -r -n 20 ldd 2>/dev/null || true)
    libraries=$(echo "$report" | awk '/=> \// {print $3}' | grep -v "^$root" | sort -u)
    local missing
    missing=$(echo "$report" | awk '/not found/ {print $1}' | sort -u)
    if [ -n "$missing" ]; then
        echo "build.sh: libraries the build machine lacks (install them, then build again):" >&2
        echo "$missing" >&2
        exit 1
    fi
    local packages=""
    for library in $libraries; do
        local package
        package=$(dpkg -S "$library" 2>/dev/null || dpkg -S "$(readlink -f "$library")" 2>/dev/null \
            || dpkg -S "/usr$library" 2>/dev/null || true)
        package=${package%%:*}
        [ -n "$package" ] && packages="$packages $package"
    done
    echo "$packages" | tr ' ' '\n' | grep -v '^$' | sort -u | paste -sd, | sed 's/,/, /g'
}

build_deb() {
    local app=dist/requester-workbench
    local arch
    arch=$(dpkg --print-architecture)
    local stage="build/deb/requester-workbench_${version}_${arch}"
    rm -rf "$stage"
    mkdir -p "$stage/opt" "$stage/usr/bin" "$stage/DEBIAN" \
        "$stage/usr/share/doc/requester-workbench"
    cp -a "$app" "$stage/opt/requester-workbench"
    # Both names start the same program: workbench for the commands, requester-workbench for
    # the desktop entry (and for anyone who has another "workbench" on their PATH).
    ln -s ../../opt/requester-workbench/requester-workbench "$stage/usr/bin/workbench"
    ln -s ../../opt/requester-workbench/requester-workbench "$stage/usr/bin/requester-workbench"
    install_desktop_files "$stage/usr/share"
    cat > "$stage/usr/share/doc/requester-workbench/copyright" <<'COPYRIGHT'
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: requester-workbench

Files: *
License: MIT
 The app is MIT-licensed. The bundled Qt for Python (PySide6) is LGPL-3.0; the other
 bundled Python packages keep their own licences (see their *.dist-info folders under
 /opt/requester-workbench/_internal).
COPYRIGHT
    local detected
    detected=$(deb_depends "$stage/opt/requester-workbench")
    local depends
    depends=$(echo "${DEB_DEPENDS_ALWAYS}, ${detected}" | sed 's/, /\n/g' | awk '!seen[$0]++' \
        | paste -sd, | sed 's/,/, /g')
    local size
    size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
    cat > "$stage/DEBIAN/control" <<CONTROL
Package: requester-workbench
Version: ${version}
Architecture: ${arch}
Maintainer: Requester Workbench <requester-workbench@users.noreply.github.com>
Installed-Size: ${size}
Depends: ${depends}
Section: misc
Priority: optional
Homepage: https://github.com/requesterworkbench/requester-workbench
Description: workbench for requesters of micro-tasks (MTurk or your own marketplace)
 Design a task template, publish a batch of HITs, review the work side by side
 (approve, reject, bonus, block), watch spend and approval rates, and take
 everything to Excel. Speaks Amazon Mechanical Turk's API and works just as well
 on its own local marketplace, served to your own workers in a browser.
CONTROL
    local deb="dist/requester-workbench_${version}_${arch}.deb"
    # zstd: xz takes a quarter of an hour for Qt's 460 MiB here, zstd seconds (dpkg reads it
    # since Debian 12 and Ubuntu 21.10).
    dpkg-deb --root-owner-group -Zzstd --build "$stage" "$deb"
    echo "Built $deb ($(du -h "$deb" | cut -f1)); Depends:"
    grep '^Depends:' "$stage/DEBIAN/control"
}

case "$target" in
    app)
        build_app
        if [ "$(uname)" = Darwin ]; then
            smoke_test "dist/Requester Workbench.app/Contents/MacOS/requester-workbench"
        else
            install_desktop_files dist/requester-workbench/share
            smoke_test dist/requester-workbench/requester-workbench
        fi
        echo "Built and checked: dist/"
        ;;
    deb)
        build_app
        smoke_test dist/requester-workbench/requester-workbench
        build_deb
        ;;
    deb-test)
        deb=$(ls -t dist/requester-workbench_*.deb 2>/dev/null | head -n 1 || true)
        if [ -z "$deb" ]; then
            "$0" deb
            deb=$(ls -t dist/requester-workbench_*.deb | head -n 1)
        fi
        bash packaging/linux/test-deb.sh "$deb"
        ;;
    dmg)
        build_app
        smoke_test "dist/Requester Workbench.app/Contents/MacOS/requester-workbench"
        bash packaging/macos/make-dmg.sh "dist/Requester Workbench.app" \
            "dist/Requester-Workbench-${version}.dmg"
        ;;
    *)
        echo "usage: packaging/build.sh [app|deb|deb-test|dmg]" >&2
        exit 2
        ;;
esac
