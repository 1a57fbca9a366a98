#!/usr/bin/env bash
# Installs everything needed to build, run and test Extracta Batch Admin on Debian 12 or Ubuntu 24.04+ (Qt 6.4+ and CMake 3.25+ are needed).
# Usage: scripts/install-deps.sh [--with-test-tools] [--with-package-tools] [--with-analysis-tools]
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6svg6 qt6-qpa-plugins
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql
  qtkeychain-qt6-dev libsecret-1-0
  libgl-dev
)
test_packages=(
  xvfb xauth dbus dbus-daemon gnome-keyring libsecret-tools clang-format
  postgresql openssl
)
# postgresql: the team-audit tests start their own throwaway server (scripts/team-db-cluster.sh,
# initdb and pg_ctl on a loopback port) and never use the system's default cluster on port 5432.
# dbus-x11 is deliberately absent: with it, a keyring password prompt can appear under Xvfb and hang tests.
# Building the .deb (dpkg-shlibdeps needs dpkg-dev and file) and checking it (scripts/check-package.sh).
package_tools=(
  dpkg-dev file lintian desktop-file-utils appstream imagemagick xvfb xauth
)
# The `asan` preset (clang with AddressSanitizer, UBSan and libFuzzer, whose runtimes libclang-rt-dev
# brings) and scripts/run-clang-tidy.sh: docs/sanitizers-and-fuzzing.md, docs/static-analysis.md.
analysis_tools=(
  clang libclang-rt-dev clang-tidy
)

for option in "$@"; do
  case "$option" in
    --with-test-tools) packages+=("${test_packages[@]}") ;;
    --with-package-tools) packages+=("${package_tools[@]}") ;;
    --with-analysis-tools) packages+=("${analysis_tools[@]}") ;;
    *)
      echo "usage: $0 [--with-test-tools] [--with-package-tools] [--with-analysis-tools]" >&2
      exit 2
      ;;
  esac
done

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  sudo_cmd=(sudo)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  # Installing postgresql creates and starts Debian's default cluster. Under systemd a failed start
  # is ignored, but without systemd (a container) it goes through invoke-rc.d and a failure there
  # fails the installation. The tests never need that server, so where no systemd runs and no
  # policy-rc.d already decides, a temporary one denies service starts during the installation.
  policy=/usr/sbin/policy-rc.d
  added_policy=0
  if [[ " ${missing[*]} " == *" postgresql "* && ! -d /run/systemd/system && ! -e $policy ]]; then
    trap '"${sudo_cmd[@]}" rm -f "$policy"' EXIT
    printf '#!/bin/sh\n# Temporary, from scripts/install-deps.sh: no service starts while it installs.\nexit 101\n' |
      "${sudo_cmd[@]}" tee "$policy" >/dev/null
    "${sudo_cmd[@]}" chmod 0755 "$policy"
    added_policy=1
  fi
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
  if ((added_policy)); then
    "${sudo_cmd[@]}" rm -f "$policy"
    trap - EXIT
  fi
fi
