#!/usr/bin/env bash
# Builds the macOS app icon (.icns) from the Linux PNG with the tools every Mac has (sips, iconutil).
# Usage: packaging/macos/make-icns.sh OUT.icns
set -euo pipefail
cd "$(dirname "$0")/../.."

out=${1:?usage: packaging/macos/make-icns.sh OUT.icns}
png=packaging/linux/resources/netbox-auto.png
set_dir=$(mktemp -d)/netbox-auto.iconset
mkdir -p "$set_dir" "$(dirname "$out")"
for size in 16 32 128 256; do
    sips -z "$size" "$size" "$png" --out "$set_dir/icon_${size}x${size}.png" >/dev/null
    double=$((size * 2))
    [ "$double" -le 256 ] && sips -z "$double" "$double" "$png" --out "$set_dir/icon_${size}x${size}@2x.png" >/dev/null
done
iconutil -c icns "$set_dir" -o "$out"
