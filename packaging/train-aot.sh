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

printf 'netbox.url = "https://netbox.example.com"\n' > "$work/sample.conf"
chmod 600 "$work/sample.conf"
run=(env HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
    "$launcher" --config "$work/sample.conf" gui --measure-startup)
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
    run=(xvfb-run -a "${run[@]}")
fi
# the training run writes the cache instead of reading it
train() {
    sed "s|^java-options=-XX:AOTCache=.*|java-options=-XX:AOTCacheOutput=$cache|" "$work/cfg" >"$cfg"
    "${run[@]}" >"$work/out" 2>&1 && [ -s "$cache" ]
}
# JDK 25 can write a cache that it then crashes on (SIGSEGV in AOTLinkedClassBulkLoader): a cache ships
# only after the app has started from it
starts() {
    cp "$work/cfg" "$cfg"
    env HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" \
        "$launcher" --version >"$work/check" 2>&1
}
for attempt in 1 2 3; do
    if train && starts; then
        echo "class cache: $cache ($(du -h "$cache" | cut -f1))"
        exit 0
    fi
    rm -f "$cache"
    echo "class cache attempt $attempt not usable; $(tail -1 "$work/check" 2>/dev/null)" >&2
done
echo "no class cache built (needs a display, or the JVM could not start from one); the app starts without one:" >&2
cat "$work/out" >&2
