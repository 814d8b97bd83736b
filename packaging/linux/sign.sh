#!/usr/bin/env bash
# Signing hook, run by packaging/package.sh on the app image before the .deb/.rpm is built.
# Left empty: Debian and RPM repositories sign the repository metadata, not the package, e.g.
#   reprepro / aptly with a GPG key, or rpm --addsign for RPMs.
set -euo pipefail
: "${1:?usage: packaging/linux/sign.sh APP_IMAGE}"
