#!/usr/bin/env bash
# Builds a Linux AppDir from a build tree: Guichet installed under usr/, the Qt plugins it
# loads (platforms, sqldrivers, imageformats, iconengines, tls), Qt's translations, the
# desktop entry and icon at the top. Where linuxdeploy and appimagetool are on PATH (the
# Linux workflow), linuxdeploy bundles the shared libraries and makes the AppImage.
# Usage: appdir.sh BUILD_DIR OUT_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
out=$(mkdir -p "$2" && cd "$2" && pwd)
appdir="$out/Guichet.AppDir"
rm -rf "$appdir"
DESTDIR="$appdir" cmake --install "$build" --prefix /usr >/dev/null

qt_plugins=$(qtpaths6 --query QT_INSTALL_PLUGINS 2>/dev/null || echo /usr/lib/x86_64-linux-gnu/qt6/plugins)
qt_translations=$(qtpaths6 --query QT_INSTALL_TRANSLATIONS 2>/dev/null || echo /usr/share/qt6/translations)
copy_plugin() {
    local dir=$1 name=$2
    if [ -f "$qt_plugins/$dir/$name" ]; then
        mkdir -p "$appdir/usr/plugins/$dir"
        cp "$qt_plugins/$dir/$name" "$appdir/usr/plugins/$dir/"
    else
        echo "appdir: Qt plugin $dir/$name not found" >&2
        exit 1
    fi
}
copy_plugin platforms libqxcb.so
copy_plugin platforms libqoffscreen.so
copy_plugin sqldrivers libqsqlite.so
copy_plugin imageformats libqsvg.so
copy_plugin imageformats libqjpeg.so
copy_plugin iconengines libqsvgicon.so
copy_plugin tls libqopensslbackend.so
mkdir -p "$appdir/usr/translations"
for lang in fr nl en; do
    cp "$qt_translations"/qtbase_"$lang".qm "$appdir/usr/translations/" 2>/dev/null || true
done
cat > "$appdir/usr/bin/qt.conf" <<'CONF'
[Paths]
Prefix = ..
Plugins = plugins
Translations = translations
CONF
cp "$appdir/usr/share/applications/org.guichet.Guichet.desktop" "$appdir/"
cp "$appdir/usr/share/icons/hicolor/256x256/apps/org.guichet.Guichet.png" "$appdir/"
ln -sf usr/bin/guichet "$appdir/AppRun"
echo "$appdir"

if command -v linuxdeploy >/dev/null && command -v appimagetool >/dev/null; then
    (cd "$out" && linuxdeploy --appdir "$appdir" --desktop-file "$appdir/org.guichet.Guichet.desktop" \
        --icon-file "$appdir/org.guichet.Guichet.png" --output appimage)
else
    echo "appdir: linuxdeploy/appimagetool not on PATH: AppDir made, no AppImage (the Linux workflow makes it)" >&2
fi
