#!/usr/bin/env bash
# Builds the trimmed Java runtime described by jlink.conf into target/runtime, from the JDK in
# JAVA_HOME and the JavaFX jars of target/netbox-auto (run ./mvnw -DskipTests package first).
set -euo pipefail
cd "$(dirname "$0")/.."

conf() { sed -n "s/^$1=//p" jlink.conf; }

: "${JAVA_HOME:?set JAVA_HOME to a JDK 25}"
javafx=target/netbox-auto/lib/javafx
[ -d "$javafx" ] || { echo "no $javafx: run ./mvnw -DskipTests package first" >&2; exit 2; }

rm -rf target/runtime
# shellcheck disable=SC2046 # the options are a word list on purpose
"$JAVA_HOME/bin/jlink" --module-path "$javafx" \
    --add-modules "$(conf modules),$(conf javafx-modules)" \
    $(conf options) \
    --output target/runtime
# the archive for heaps of 32 GB and more (no compressed oops) is 15 MB that a desktop app never uses
rm -f target/runtime/lib/server/classes_nocoops.jsa
echo "runtime: target/runtime ($(du -sh target/runtime | cut -f1))"
