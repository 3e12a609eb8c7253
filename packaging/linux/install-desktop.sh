#!/bin/sh
# Install CX Designer's desktop integration for the current user: the launcher
# (.desktop), the AppStream metainfo, the .cxd MIME type, and the application and
# document icons, all under $XDG_DATA_HOME (default ~/.local/share).
#
#   install-desktop.sh COMMAND     the launcher runs COMMAND (an absolute path) with the file
#   install-desktop.sh --uninstall removes what an install put there
#
# The caches are refreshed with update-mime-database, update-desktop-database and
# gtk-update-icon-cache when they are installed.
set -eu

ID=org.cxdesigner.CXDesigner
MIME_ICON=application-x-cxdesigner
HERE=$(cd "$(dirname "$0")" && pwd)
ICONS=$HERE/../../resources/icons/app
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
SIZES="16 22 24 32 48 64 128 256 512"

files() {
    echo "applications/$ID.desktop"
    echo "metainfo/$ID.metainfo.xml"
    echo "mime/packages/$ID.xml"
    echo "icons/hicolor/scalable/apps/$ID.svg"
    echo "icons/hicolor/scalable/mimetypes/$MIME_ICON.svg"
    for size in $SIZES; do
        echo "icons/hicolor/${size}x$size/apps/$ID.png"
        echo "icons/hicolor/${size}x$size/mimetypes/$MIME_ICON.png"
    done
}

refresh() {
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$DATA/mime"
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATA/applications"
    fi
    # A stale icon cache would hide the new icons; without a cache, nothing to refresh.
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$DATA/icons/hicolor/icon-theme.cache" ]; then
        gtk-update-icon-cache -q -t -f "$DATA/icons/hicolor" || true
    fi
    touch "$DATA/icons/hicolor" 2>/dev/null || true  # icon themes notice a newer folder
}

case "${1:-}" in
    "" | -h | --help)
        sed -n '2,10s/^# \{0,1\}//p' "$0"
        exit 2
        ;;
    --uninstall)
        for file in $(files); do
            rm -f "$DATA/$file"
        done
        refresh
        echo "Removed CX Designer's desktop integration from $DATA"
        exit 0
        ;;
esac

COMMAND=$1
case "$COMMAND" in
    /*) ;;
    *) echo "install-desktop.sh: give the command as an absolute path, not $COMMAND" >&2; exit 2 ;;
esac
case "$COMMAND" in
    *[\"\`\$\\]*) echo "install-desktop.sh: the path may not contain \" \` \$ or \\: $COMMAND" >&2; exit 2 ;;
esac

install -D -m 644 "$HERE/$ID.metainfo.xml" "$DATA/metainfo/$ID.metainfo.xml"
install -D -m 644 "$HERE/$ID.mime.xml" "$DATA/mime/packages/$ID.xml"
install -D -m 644 "$ICONS/app.svg" "$DATA/icons/hicolor/scalable/apps/$ID.svg"
install -D -m 644 "$ICONS/document.svg" "$DATA/icons/hicolor/scalable/mimetypes/$MIME_ICON.svg"
for size in $SIZES; do
    install -D -m 644 "$ICONS/app-$size.png" "$DATA/icons/hicolor/${size}x$size/apps/$ID.png"
    install -D -m 644 "$ICONS/document-$size.png" "$DATA/icons/hicolor/${size}x$size/mimetypes/$MIME_ICON.png"
done
mkdir -p "$DATA/applications"
awk -v command="$COMMAND" '/^Exec=/ { print "Exec=\"" command "\" %f"; next } { print }' \
    "$HERE/$ID.desktop" > "$DATA/applications/$ID.desktop.new"
mv "$DATA/applications/$ID.desktop.new" "$DATA/applications/$ID.desktop"
refresh
echo "Installed CX Designer's desktop integration in $DATA (the launcher runs $COMMAND)"
