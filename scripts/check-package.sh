#!/usr/bin/env bash
# Builds the packages with `cmake --workflow --preset package`, installs the .deb the way a user
# would (apt-get), checks what it installed (both programs, desktop entry, AppStream metainfo, icons,
# man pages, completion), starts the installed app in demo mode on a virtual display and takes a
# screenshot, runs lintian, then purges the package and checks that it is gone.
# Needs root or sudo (it installs and removes a package); run by .ci/run after the tests.
# The machine is left without the package, also when a check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    sudo_cmd=(sudo)
fi

passed=0
step() { printf '\n== %s\n' "$*"; }
pass() {
    passed=$((passed + 1))
    echo "ok: $*"
}
fail() {
    echo "check-package: FAILED: $*" >&2
    echo "check-package: $passed passed, 1 failed"
    exit 1
}

started=$SECONDS
./scripts/install-deps.sh --with-package-tools

package=extracta-batch-admin
version=$(sed -n 's/^ *VERSION \([0-9][0-9.]*\)$/\1/p' CMakeLists.txt | head -n1)
app_id=$(sed -n 's/^set(EBA_APP_ID "\([^"]*\)")$/\1/p' CMakeLists.txt)
[[ -n $version && -n $app_id ]] || fail "cannot read the version or the app ID from CMakeLists.txt"
arch=$(dpkg --print-architecture)
deb="build/package/${package}_${version}_${arch}.deb"
tgz="build/package/${package}-${version}-Linux.tar.gz"

step "Building the packages (cmake --workflow --preset package)"
# A fresh package build reuses compiler output from earlier builds when ccache is there.
if command -v ccache >/dev/null && [[ -z ${CMAKE_CXX_COMPILER_LAUNCHER:-} ]]; then
    export CMAKE_CXX_COMPILER_LAUNCHER=ccache
fi
rm -f build/package/*.deb build/package/*.tar.gz
cmake --workflow --preset package || fail "cmake --workflow --preset package failed"
[[ -f $deb ]] || fail "$deb was not built"
[[ -f $tgz ]] || fail "$tgz was not built"
archive=$(tar -tzf "$tgz")
for program in extracta-batch-admin extracta-batch; do
    grep -qx ".*/bin/$program" <<<"$archive" || fail "$tgz has no bin/$program"
done
pass "built $deb and $tgz"
dpkg-deb --info "$deb"

# installed, config-files, …; empty once purged (dpkg then no longer knows the package).
package_state() { dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true; }
purge() {
    local state
    state=$(package_state)
    if [[ -n $state && $state != not-installed ]]; then
        "${sudo_cmd[@]}" apt-get remove --purge -y -qq "$package" >/dev/null
    fi
}
work=$(mktemp -d)
cleanup() {
    purge
    rm -rf "$work"
}
trap cleanup EXIT
purge

step "Installing $deb with apt-get"
"${sudo_cmd[@]}" apt-get install -y "./$deb" || fail "apt-get could not install $deb"
[[ $(package_state) == installed ]] || fail "$package is not installed after apt-get install"
pass "installed with apt-get"

step "Checking the installed files"
for program in extracta-batch-admin extracta-batch; do
    [[ $(command -v "$program") == "/usr/bin/$program" ]] || fail "$program is not installed in /usr/bin"
    output=$("$program" --version) || fail "$program --version failed"
    echo "$program --version: $output"
    [[ $output == *"$version"* ]] || fail "$program --version does not name version $version"
    output=$("$program" --help) || fail "$program --help failed"
    [[ $output == *"Usage: $program"* ]] || fail "$program --help does not show its usage"
    pass "$program runs (--version, --help)"
done
# The CLI reads the saved token with QtKeychain itself: with no token and no D-Bus session it must
# say at once that no keychain answers (private folders: the check must not touch a real keychain).
mkdir -p "$work/cli-home"
if output=$(env -u EXTRACTA_API_TOKEN -u EXTRACTA_API_URL HOME="$work/cli-home" \
    XDG_CONFIG_HOME="$work/cli-home/config" XDG_DATA_HOME="$work/cli-home/data" \
    XDG_RUNTIME_DIR="$work/cli-home" DBUS_SESSION_BUS_ADDRESS="unix:path=$work/no-bus" \
    timeout 20 extracta-batch credits --api-url http://127.0.0.1:9 2>&1); then
    fail "extracta-batch credits succeeded without a token"
fi
[[ $output == *"The OS keychain is not available"* ]] || fail "extracta-batch without a keychain said: $output"
pass "extracta-batch reads the keychain itself and says when none answers"
# The team trail goes through Qt's PostgreSQL driver, which the package depends on: with it, a team
# database where nothing listens is "cannot be reached" (exit 3), never "driver not installed".
status=0
output=$(env HOME="$work/cli-home" XDG_CONFIG_HOME="$work/cli-home/config" XDG_DATA_HOME="$work/cli-home/data" \
    DBUS_SESSION_BUS_ADDRESS="unix:path=$work/no-bus" EXTRACTA_TEAM_DB_PASSWORD= \
    EXTRACTA_TEAM_DB="postgresql://desk@127.0.0.1:9/team" timeout 20 extracta-batch team status 2>&1) || status=$?
[[ $status == 3 && $output == *"cannot be reached"* ]] ||
    fail "extracta-batch team status without a server exited $status and said: $output"
pass "extracta-batch loads Qt's PostgreSQL driver and says when the team database cannot be reached"
for file in \
    "/usr/share/applications/$app_id.desktop" \
    "/usr/share/metainfo/$app_id.metainfo.xml" \
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    /usr/share/man/man1/extracta-batch-admin.1.gz \
    /usr/share/man/man1/extracta-batch.1.gz \
    /usr/share/bash-completion/completions/extracta-batch \
    "/usr/share/doc/$package/copyright" \
    "/usr/share/doc/$package/changelog.gz"; do
    [[ -f $file ]] || fail "$file is missing"
done
for size in 16 22 24 32 48 64 128 256; do
    icon="/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    [[ $(identify -format '%wx%h' "$icon") == "${size}x${size}" ]] || fail "$icon is not ${size}x${size}"
done
for page in extracta-batch-admin extracta-batch; do
    header=$(zcat "/usr/share/man/man1/$page.1.gz" | head -n1)
    [[ $header == ".TH ${page^^} 1 "* ]] || fail "the $page man page is broken"
done
pass "desktop entry, metainfo, icons, man pages, completion, copyright and changelog are installed"
completions=$(bash -c 'source /usr/share/bash-completion/completions/extracta-batch
    COMP_WORDS=(extracta-batch "") COMP_CWORD=1; _extracta_batch; echo "${COMPREPLY[*]}"')
[[ $completions == "delete inspect credits audit connections team" ]] || fail "bash completion offers \"$completions\""
pass "bash completion offers the commands: $completions"
actions=$(bash -c 'source /usr/share/bash-completion/completions/extracta-batch
    COMP_WORDS=(extracta-batch connections "") COMP_CWORD=2; _extracta_batch; echo "${COMPREPLY[*]}"')
[[ $actions == "list add remove set-token export import" ]] || fail "bash completion offers \"$actions\" after connections"
pass "bash completion offers the connections actions: $actions"
team_actions=$(bash -c 'source /usr/share/bash-completion/completions/extracta-batch
    COMP_WORDS=(extracta-batch team "") COMP_CWORD=2; _extracta_batch; echo "${COMPREPLY[*]}"')
[[ $team_actions == "init connect disconnect status sync" ]] || fail "bash completion offers \"$team_actions\" after team"
pass "bash completion offers the team actions: $team_actions"

step "Validating the installed desktop entry and AppStream metainfo"
desktop-file-validate "/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate failed"
pass "desktop-file-validate"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate failed"
pass "appstreamcli validate --no-net"

step "Starting the installed app in demo mode on a virtual display"
# Private settings and data, and no D-Bus session: the check must not touch a real user's files or
# keychain.
mkdir -p "$work/home" "$work/config" "$work/data" "$work/runtime"
chmod 700 "$work/runtime"
screenshot=build/package/installed-app-demo.png
rm -f "$screenshot"
env -u QT_QPA_PLATFORM HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
    XDG_RUNTIME_DIR="$work/runtime" DBUS_SESSION_BUS_ADDRESS="unix:path=$work/no-bus" \
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        extracta-batch-admin --demo >"$1/app.log" 2>&1 &
        app=$!
        # The window is up once the screen has more than a handful of colours; allow a slow machine 60 s.
        for _ in $(seq 60); do
            sleep 1
            kill -0 "$app" 2>/dev/null || { echo "the app exited early" >&2; exit 1; }
            import -window root "$2" 2>/dev/null || continue
            [[ $(identify -format %k "$2") -gt 64 ]] && break
        done
        sleep 2 # let the first paint settle
        import -window root "$2"
        kill -0 "$app" 2>/dev/null || { echo "the app exited while on screen" >&2; exit 1; }
        kill "$app"
        wait "$app" || true
    ' check-package "$work" "$screenshot" || {
    cat "$work/app.log" >&2
    fail "the installed app did not show its window"
}
colours=$(identify -format %k "$screenshot")
bytes=$(stat -c %s "$screenshot")
echo "screenshot $screenshot: $(identify -format '%wx%h' "$screenshot"), $colours colours, $bytes bytes"
((colours > 64 && bytes > 20000)) || fail "the screenshot looks empty ($colours colours, $bytes bytes)"
pass "the installed app shows its window in demo mode"

step "lintian"
# Errors fail the check; warnings are shown (packaging/README.md lists the known ones).
lintian --fail-on error "$deb" || fail "lintian reports errors"
pass "lintian reports no errors"

step "Removing the package"
"${sudo_cmd[@]}" apt-get remove --purge -y "$package" || fail "apt-get could not remove $package"
for program in extracta-batch-admin extracta-batch; do
    [[ ! -e /usr/bin/$program ]] || fail "/usr/bin/$program is still there after the purge"
done
[[ ! -e "/usr/share/applications/$app_id.desktop" ]] || fail "the desktop entry is still there"
state=$(package_state)
[[ -z $state || $state == not-installed ]] || fail "$package is still known to dpkg as \"$state\""
pass "purged: the programs and files are gone"

echo
echo "check-package: all checks passed in $((SECONDS - started)) s"
echo "check-package: $passed passed, 0 failed"
