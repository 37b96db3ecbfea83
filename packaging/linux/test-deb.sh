#!/usr/bin/env bash
# Install a built .deb with apt into a fresh, minimal Debian (debootstrap --variant=minbase:
# no X11, no Qt libraries, no fonts) and start it there as an ordinary user:
#   workbench --version; workbench with no display (one line, exit 2); --smoke-test
#   offscreen; the window on an X server (Xvfb), timed, with a screenshot.
#
#   sudo bash packaging/linux/test-deb.sh dist/requester-workbench_0.1.0_amd64.deb
#
# Needs root (chroot, mounts), debootstrap, Xvfb and xdotool on this machine, and Debian's
# package mirror (DEBIAN_MIRROR). The minimal root is made once and kept as a tarball in
# build/deb-test/ (DEBIAN_SUITE=bookworm by default); each run unpacks a fresh copy.
set -euo pipefail
cd "$(dirname "$0")/../.."
deb=$(readlink -f "$1")
suite=${DEBIAN_SUITE:-bookworm}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
work=$(readlink -f build/deb-test)
root="$work/root"
cache="$work/minbase-$suite.tar"
mkdir -p "$work"

if [ ! -f "$cache" ]; then
    rm -rf "$work/bootstrap"
    debootstrap --variant=minbase "$suite" "$work/bootstrap" "$mirror"
    tar -C "$work/bootstrap" -cf "$cache" .
    rm -rf "$work/bootstrap"
fi
rm -rf "$root"
mkdir -p "$root"
tar -C "$root" -xf "$cache"
cp /etc/resolv.conf "$root/etc/resolv.conf"

xvfb_pid=""
app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    for mount in tmp/.X11-unix dev/pts dev proc; do
        umount "$root/$mount" 2>/dev/null || true
    done
}
trap cleanup EXIT
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
in_root() { chroot "$root" "$@"; }
as_user() { chroot --userspec=1000:1000 "$root" env -i HOME=/home/anna LANG=C.UTF-8 \
    PATH=/usr/local/bin:/usr/bin:/bin "$@"; }

echo "== a fresh Debian $suite (minbase): the Qt X11 libraries are not there"
for package in libxcb-cursor0 libxkbcommon-x11-0 libegl1 libfontconfig1; do
    if in_root dpkg -s "$package" >/dev/null 2>&1; then
        echo "test-deb: $package is already in the fresh root" >&2
        exit 1
    fi
done
in_root useradd --create-home --uid 1000 anna

echo "== apt install ./$(basename "$deb")"
cp "$deb" "$root/tmp/"
in_root apt-get update -qq
start=$(date +%s.%N)
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "/tmp/$(basename "$deb")" > "$work/apt-install.log"
end=$(date +%s.%N)
printf 'installed in %.0f s; ' "$(echo "$end - $start" | bc)"
grep -c "^Setting up" "$work/apt-install.log" | sed 's/$/ packages set up/'
for package in libxcb-cursor0 libxkbcommon-x11-0 libegl1 libfontconfig1; do
    in_root dpkg -s "$package" | grep -q "Status: install ok installed"
done
echo "apt brought the Qt X11 libraries: libxcb-cursor0 libxkbcommon-x11-0 libegl1 libfontconfig1"
in_root test -f /usr/share/applications/requester-workbench.desktop
in_root test -f /usr/share/icons/hicolor/48x48/apps/requester-workbench.png

echo "== workbench --version"
start=$(date +%s.%N)
as_user workbench --version
end=$(date +%s.%N)
printf 'took %.2f s\n' "$(echo "$end - $start" | bc)"

echo "== workbench with no display: one line, exit 2"
set +e
said=$(as_user workbench 2>&1)
status=$?
set -e
echo "$said"
[ "$status" -eq 2 ] && [ "$(echo "$said" | wc -l)" -eq 1 ]

echo "== a command on a fresh store"
as_user workbench -q demo --hits 3 --assignments 1 --workers 2
as_user workbench hits | head -n 3

echo "== --smoke-test offscreen"
as_user env QT_QPA_PLATFORM=offscreen workbench --smoke-test

echo "== the window on an X server (Xvfb)"
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
mkdir -p "$root/tmp/.X11-unix"
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
for _ in $(seq 1 50); do
    xdotool getdisplaygeometry --display "$display" >/dev/null 2>&1 && break
    sleep 0.1
done
as_user env DISPLAY="$display" workbench --smoke-test
start=$(date +%s.%N)
chroot --userspec=1000:1000 "$root" env -i HOME=/home/anna LANG=de_DE.UTF-8 \
    PATH=/usr/bin:/bin DISPLAY="$display" workbench &
app_pid=$!
DISPLAY="$display" xdotool search --sync --onlyvisible --name "Requester Workbench" >/dev/null
end=$(date +%s.%N)
printf 'window shown %.2f s after the start\n' "$(echo "$end - $start" | bc)"
sleep 3  # let it paint its pages
DISPLAY="$display" import -window root "$work/window.png"
echo "screenshot: $work/window.png"
kill "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=""
echo "test-deb: passed"
