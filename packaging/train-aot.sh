#!/usr/bin/env bash
# Builds the ahead-of-time class cache (JDK 25, JEP 483/514) that the installed app starts from:
# one run of the app image's own launcher opens the desktop on a sample config and a throw-away
# store, and the JVM writes the classes it loaded to lib/app/netbox-auto.aot. Needs a display;
# without one (and without xvfb-run) the image ships without a cache and starts more slowly.
# Usage: packaging/train-aot.sh APP_IMAGE_DIR
set -euo pipefail

app=$(cd "${1:?usage: packaging/train-aot.sh APP_IMAGE_DIR}" && pwd)
cfg=$(find "$app" -name 'netbox-auto.cfg' | head -1)
launcher=$(find "$app" -path '*bin/netbox-auto' -o -path '*MacOS/netbox-auto' -o -name 'netbox-auto.exe' | head -1)
cache="$(dirname "$cfg")/netbox-auto.aot"
work=$(mktemp -d)
trap 'cp "$work/cfg" "$cfg" 2>/dev/null || true; rm -rf "$work"' EXIT

cp "$cfg" "$work/cfg"
# the training run writes the cache instead of reading it
sed -i.bak "s|^java-options=-XX:AOTCache=.*|java-options=-XX:AOTCacheOutput=$cache|" "$cfg" && rm -f "$cfg.bak"

printf 'netbox.url = "https://netbox.example.com"\n' > "$work/sample.conf"
chmod 600 "$work/sample.conf"
run=(env HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
    "$launcher" --config "$work/sample.conf" gui --measure-startup)
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
    run=(xvfb-run -a "${run[@]}")
fi
if "${run[@]}" >"$work/out" 2>&1 && [ -s "$cache" ]; then
    echo "class cache: $cache ($(du -h "$cache" | cut -f1))"
else
    rm -f "$cache"
    echo "no class cache built (needs a display); the app starts without one:" >&2
    cat "$work/out" >&2
fi
