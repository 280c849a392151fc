#!/usr/bin/env bash
# Install test: build the .deb from a build tree, unpack it into an empty root and
# run what it installed, offscreen. Usage: install-test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
source=$(cd "$2" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "install-test: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null) || fail "cpack could not make the .deb"
deb=$(ls "$work"/out/guichet_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "no .deb was made"
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

depends=$(dpkg-deb -f "$deb" Depends)
echo "depends: $depends"
for needed in libqt6core6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libphonenumber libsodium; do
    grep -q "$needed" <<<"$depends" || fail "Depends lacks $needed"
done

root="$work/root"
mkdir -p "$root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/guichet usr/bin/guichet-cli usr/share/applications/org.guichet.Guichet.desktop \
         usr/share/metainfo/org.guichet.Guichet.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/org.guichet.Guichet.svg \
         usr/share/icons/hicolor/256x256/apps/org.guichet.Guichet.png; do
    [ -e "$root/$f" ] || fail "$f is not in the package"
done

version=$("$root/usr/bin/guichet-cli" --version)
echo "$version"
grep -q "$(sed -n 's/^ *VERSION \([0-9.]*\)/\1/p' "$source/CMakeLists.txt" | head -n 1)" <<<"$version" \
    || fail "guichet-cli --version does not print the project version"

"$root/usr/bin/guichet-cli" --db "$work/demo.db" demo --patients 200 --practitioners 2 --weeks 1 >/dev/null \
    || fail "the installed guichet-cli could not create a demo clinic"
printf '%s\n' 'Guichet-Demo-2026' >"$work/password" && chmod 600 "$work/password"
GUICHET_USER=admin GUICHET_PASSWORD_FILE="$work/password" "$root/usr/bin/guichet-cli" --db "$work/demo.db" check \
    >/dev/null || fail "the demo database is not sound"

export QT_QPA_PLATFORM=offscreen
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# What ships has no password-less path: no screenshot tour, no demo generator in the desktop program.
if strings "$root/usr/bin/guichet" | grep -q -i -e 'screenshot tour' -e 'takeScreenshots' -e 'DemoClinic'; then
    fail "the installed guichet contains the screenshot tour or the demo generator"
fi
[ ! -e "$root/usr/bin/guichet-tour" ] || fail "guichet-tour is installed"
"$root/usr/bin/guichet" --help >/dev/null || fail "the installed guichet does not start"

if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/org.guichet.Guichet.metainfo.xml" \
        || fail "appstreamcli refuses the metainfo"
fi
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/org.guichet.Guichet.desktop" \
        || fail "desktop-file-validate refuses the desktop entry"
fi
echo "install test passed"
