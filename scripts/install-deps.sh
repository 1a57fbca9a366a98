#!/usr/bin/env bash
# Installs everything needed to build, run and test Extracta Batch Admin on Debian 12 or Ubuntu 24.04+ (Qt 6.4+ and CMake 3.25+ are needed).
# Usage: scripts/install-deps.sh [--with-test-tools] [--with-package-tools] [--with-analysis-tools]
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6svg6 qt6-qpa-plugins
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite
  qtkeychain-qt6-dev libsecret-1-0
  libgl-dev
)
test_packages=(
  xvfb xauth dbus dbus-daemon gnome-keyring libsecret-tools clang-format
)
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
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
