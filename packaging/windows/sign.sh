#!/usr/bin/env bash
# Signing hook, run by packaging/package.sh (in Git Bash) on the app image before the .msi is built.
# Left empty: Windows SmartScreen warns about an unsigned installer. To sign, put the certificate here, e.g.
#   signtool sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /f cert.pfx /p "$PFX_PASSWORD" "$1/netbox-auto.exe"
set -euo pipefail
: "${1:?usage: packaging/windows/sign.sh APP_IMAGE}"
