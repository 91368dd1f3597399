#!/usr/bin/env bash
# Renders the application icon from its SVG drawings into every file that needs it:
#   icons/app/portolan-NN.png        (16 .. 256 px; the window's stage icons, the Linux package icon)
#   installer/windows/portolan.ico   (the .exe, the .msi and the .portolan file icon on Windows)
#   installer/macos/portolan.icns    (the .app bundle, the .dmg and the .portolan file icon on macOS)
# The renders are committed, so a build never needs these tools; run this after editing an SVG.
# Needs rsvg-convert (librsvg2-bin), ImageMagick's convert (imagemagick) and png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || { echo "icons.sh: $tool is missing (apt-get install librsvg2-bin imagemagick icnsutils)" >&2; exit 2; }
done

svg=icons/app/portolan.svg
small_svg=icons/app/portolan-small.svg   # 16 and 24 px: the detail of the full drawing blurs there
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

render() { # size svg out
  rsvg-convert --width "$1" --height "$1" "$2" --output "$work/raw.png"
  # -strip drops the time stamps ImageMagick would write, so unchanged drawings give unchanged files
  convert "$work/raw.png" -strip "PNG32:$3"
}

for size in 16 24; do render "$size" "$small_svg" "icons/app/portolan-$size.png"; done
for size in 32 48 64 128 256; do render "$size" "$svg" "icons/app/portolan-$size.png"; done
for size in 512 1024; do render "$size" "$svg" "$work/portolan-$size.png"; done

convert icons/app/portolan-{16,24,32,48,64,128,256}.png installer/windows/portolan.ico
png2icns installer/macos/portolan.icns \
  icons/app/portolan-{16,32,48,128,256}.png "$work/portolan-512.png" "$work/portolan-1024.png" >/dev/null

ls -l icons/app/portolan-*.png installer/windows/portolan.ico installer/macos/portolan.icns
