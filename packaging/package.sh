#!/usr/bin/env bash
# Builds an installer with jpackage from the flags in jlink.conf: deb or rpm here, msi on Windows,
# dmg on macOS. Run ./mvnw -DskipTests package first; the jlink runtime is built when missing.
# Usage: packaging/package.sh deb|rpm|msi|dmg|app-image      Output: target/installer/
set -euo pipefail
cd "$(dirname "$0")/.."

type=${1:?usage: packaging/package.sh deb|rpm|msi|dmg|app-image}
conf() { sed -n "s/^$1=//p" jlink.conf; }
: "${JAVA_HOME:?set JAVA_HOME to a JDK 25}"
lib=target/netbox-auto/lib
[ -f "$lib/netbox-auto.jar" ] || { echo "no $lib/netbox-auto.jar: run ./mvnw -DskipTests package first" >&2; exit 2; }
[ -x target/runtime/bin/java ] || [ -x target/runtime/bin/java.exe ] || packaging/build-runtime.sh

case "$type" in
    deb|rpm|app-image) os=linux; icon=packaging/linux/resources/netbox-auto.png ;;
    msi|exe) os=windows; icon=packaging/windows/netbox-auto.ico ;;
    dmg|pkg) os=macos; icon=target/installer/netbox-auto.icns; packaging/macos/make-icns.sh "$icon" ;;
    *) echo "unknown installer type $type: use deb, rpm, msi, dmg or app-image" >&2; exit 2 ;;
esac

# jpackage wants a numeric version: 0.1.0-SNAPSHOT becomes 0.1.0
version=$(unzip -p "$lib/netbox-auto.jar" META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')
version=${version%%-*}

# the app's jars without JavaFX, which lives in the runtime as modules
input=target/installer/input
rm -rf "$input" target/installer/image
mkdir -p "$input"
find "$lib" -maxdepth 1 -name '*.jar' -exec cp -p {} "$input" \;

image=target/installer/image
# shellcheck disable=SC2046 # option lists are word lists on purpose
"$JAVA_HOME/bin/jpackage" --type app-image --dest "$image" \
    --name "$(conf name)" --app-version "$version" --vendor "$(conf vendor)" \
    --description "$(conf description)" --copyright "$(conf copyright)" --icon "$icon" \
    --runtime-image target/runtime --input "$input" --main-jar netbox-auto.jar --main-class "$(conf main-class)" \
    --java-options "$(conf java-options)" $(conf "$os-image-options")

app=$(find "$image" -maxdepth 1 -mindepth 1 -type d | head -1)
# The class cache is only used with jars of the size and time it was built from. Every file gets the
# time of the last commit, and dpkg-deb clamps what it packs to SOURCE_DATE_EPOCH, so the installed
# jars keep the time the cache expects.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 1767225600)}
find "$app" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} + 2>/dev/null || true
packaging/train-aot.sh "$app"
[ -x "packaging/$os/sign.sh" ] && "packaging/$os/sign.sh" "$app"
[ "$type" = app-image ] && { echo "app image: $app"; exit 0; }

# gzip: xz takes minutes on the runtime's 200 MB and saves little on already compressed modules
export DPKG_DEB_COMPRESSOR_TYPE=${DPKG_DEB_COMPRESSOR_TYPE:-gzip}
# shellcheck disable=SC2046
"$JAVA_HOME/bin/jpackage" --type "$type" --dest target/installer \
    --name "$(conf name)" --app-version "$version" --vendor "$(conf vendor)" \
    --description "$(conf description)" --copyright "$(conf copyright)" --icon "$icon" \
    --license-file LICENSE --resource-dir "packaging/$os/resources" \
    --app-image "$app" $(conf "$type-options")
ls -l target/installer/*."$type"
