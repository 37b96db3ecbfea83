#!/usr/bin/env bash
# Pack the macOS app bundle into a compressed disk image with an Applications link, so that
# installing is dragging the app onto it; then check the image and start the app from it.
#
#   bash packaging/macos/make-dmg.sh "dist/Requester Workbench.app" dist/Requester-Workbench-0.1.0.dmg
#
# (packaging/build.sh dmg builds the app first.) Uses hdiutil, which every Mac has. The app is
# signed ad hoc (codesign -s -), which Apple silicon requires to run at all; a release for
# other people needs a Developer ID signature and notarisation (xcrun notarytool), which need
# Apple's developer account and so are not done here.
set -euo pipefail
app=$1
dmg=$2
name="Requester Workbench"
codesign --force --deep --sign - "$app"
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "$name" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"
hdiutil verify "$dmg"

# Start it from the mounted image, as someone who just downloaded it would.
mount=$(mktemp -d)
hdiutil attach -nobrowse -readonly -mountpoint "$mount" "$dmg" >/dev/null
trap 'hdiutil detach "$mount" >/dev/null 2>&1 || true; rm -rf "$staging"' EXIT
smoke=$(mktemp -d)
QT_QPA_PLATFORM=offscreen WORKBENCH_CONFIG_DIR="$smoke/config" WORKBENCH_LOG_DIR="$smoke/logs" \
    "$mount/$name.app/Contents/MacOS/requester-workbench" --version
QT_QPA_PLATFORM=offscreen WORKBENCH_CONFIG_DIR="$smoke/config" WORKBENCH_LOG_DIR="$smoke/logs" \
    "$mount/$name.app/Contents/MacOS/requester-workbench" --db "$smoke/store.sqlite3" --smoke-test
/usr/libexec/PlistBuddy -c "Print :CFBundleIdentifier" "$mount/$name.app/Contents/Info.plist"
echo "Built and checked $dmg"
