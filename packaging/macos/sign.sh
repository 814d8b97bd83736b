#!/usr/bin/env bash
# Signing hook, run by packaging/package.sh on the app image before the .dmg is built.
# Left empty: an unsigned .dmg opens after right-click > Open. To sign, put the identity here, e.g.
#   codesign --deep --force --options runtime --timestamp --sign "Developer ID Application: NAME (TEAMID)" "$1"
# and notarize the .dmg afterwards with xcrun notarytool.
set -euo pipefail
: "${1:?usage: packaging/macos/sign.sh APP_IMAGE}"
