#!/usr/bin/env bash
# A Debian package (Debian 12, Astra Linux and other Debian-based systems) from the frozen build:
#     .venv/bin/pyinstaller --noconfirm build.spec && scripts/build_deb.sh
# writes dist/cal-desktop_<version>_amd64.deb holding
#     /opt/cal-desktop/                       the frozen folder (the program and everything it needs)
#     /usr/bin/cal-desktop                    a link to /opt/cal-desktop/cal-desktop
#     /usr/share/applications/cal-desktop.desktop, /usr/share/icons/hicolor/.../cal-desktop.{png,svg}
# Install: sudo apt-get install ./dist/cal-desktop_<version>_amd64.deb (apt brings the Qt libraries
# listed in Depends). The program keeps its data in each user's own folder, never under /opt.
set -euo pipefail
cd "$(dirname "$0")/.."

FROZEN="${FROZEN:-dist/cal-desktop}"
[ -x "$FROZEN/cal-desktop" ] || { echo "no frozen build in $FROZEN: run pyinstaller build.spec first" >&2; exit 1; }
VERSION="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' cal_desktop/__init__.py)"
[ -n "$VERSION" ] || { echo "no __version__ in cal_desktop/__init__.py" >&2; exit 1; }
ARCH="$(dpkg --print-architecture 2>/dev/null || echo amd64)"
OUT="dist/cal-desktop_${VERSION}_${ARCH}.deb"

ROOTFS="$(mktemp -d /tmp/cal-deb.XXXXXX)"
trap 'rm -rf "$ROOTFS"' EXIT

mkdir -p "$ROOTFS/opt" "$ROOTFS/usr/bin" "$ROOTFS/usr/share/applications" \
    "$ROOTFS/usr/share/icons/hicolor/256x256/apps" "$ROOTFS/usr/share/icons/hicolor/scalable/apps" \
    "$ROOTFS/usr/share/doc/cal-desktop" "$ROOTFS/DEBIAN"
cp -a "$FROZEN" "$ROOTFS/opt/cal-desktop"
ln -s /opt/cal-desktop/cal-desktop "$ROOTFS/usr/bin/cal-desktop"
install -m 0644 resources/icons/cal-desktop.png "$ROOTFS/usr/share/icons/hicolor/256x256/apps/cal-desktop.png"
install -m 0644 resources/icons/cal-desktop.svg "$ROOTFS/usr/share/icons/hicolor/scalable/apps/cal-desktop.svg"
install -m 0644 scripts/deb/cal-desktop.desktop "$ROOTFS/usr/share/applications/cal-desktop.desktop"
install -m 0644 scripts/deb/copyright "$ROOTFS/usr/share/doc/cal-desktop/copyright"

SIZE_KB="$(du -sk "$ROOTFS" | cut -f1)"
cat > "$ROOTFS/DEBIAN/control" <<CONTROL
Package: cal-desktop
Version: ${VERSION}
Architecture: ${ARCH}
Maintainer: CAL Desktop developers <cal-desktop@localhost>
Installed-Size: ${SIZE_KB}
Depends: libegl1, libgl1, libfontconfig1, libfreetype6, libdbus-1-3, libglib2.0-0 | libglib2.0-0t64,
 libx11-6, libx11-xcb1, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-image0,
 libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xinerama0, libxcb-xkb1,
 libxcb1
Section: misc
Priority: optional
Homepage: https://www.rucal.ru
Description: program for the staff of Centres of Active People (ЦАЛ)
 ЦАЛ Десктоп: учёт посетителей и консультаций, инициативы и их история,
 справочник органов власти, письма и заявления по шаблонам (PDF, DOCX),
 реестр обращений со сроками ответов и ежемесячные отчёты. Работает без
 интернета; база данных хранится на этом компьютере.
CONTROL

# files root:root, folders and programs 0755, everything else 0644
find "$ROOTFS" -type d -exec chmod 0755 {} +
find "$ROOTFS/opt/cal-desktop" -type f -exec chmod go-w {} +
mkdir -p dist
dpkg-deb --root-owner-group --build "$ROOTFS" "$OUT" >/dev/null
echo "$OUT ($(du -k "$OUT" | cut -f1) KB, installed $((SIZE_KB / 1024)) MB)"
