#!/usr/bin/env bash
# Runs a test binary inside a PRIVATE D-Bus session bus with a throwaway, unlocked gnome-keyring
# (Secret Service), so that keychain tests never see the user's session bus or keyring.
#
#   run-in-private-keyring.sh <test-binary> [test arguments...]
#
# Inside, the binary gets EBA_PRIVATE_KEYRING=1 and EBA_PRIVATE_KEYRING_BUS=<the private bus>.
# When the tools are missing or the secrets service does not come up, the binary still runs, on a
# dead bus and with EBA_PRIVATE_KEYRING_PROBLEM explaining why, so that the real-keychain test skips.
set -u

if [ $# -lt 1 ]; then
    echo "usage: $0 <test-binary> [arguments...]" >&2
    exit 2
fi

dead_bus="unix:path=/nonexistent-eba-test-bus"

run_without_keyring() {
    local problem=$1
    shift
    echo "run-in-private-keyring: $problem; the real-keychain test will skip." >&2
    DBUS_SESSION_BUS_ADDRESS="$dead_bus" EBA_PRIVATE_KEYRING= EBA_PRIVATE_KEYRING_BUS= \
        EBA_PRIVATE_KEYRING_PROBLEM="$problem" "$@"
}

for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        run_without_keyring "$tool is not installed" "$@"
        exit $?
    fi
done

# Throwaway home for the keyring files and the daemon's sockets; removed on exit.
sandbox=$(mktemp -d "${TMPDIR:-/tmp}/eba-private-keyring.XXXXXX") || exit 1
trap 'rm -rf "$sandbox"' EXIT
mkdir -p "$sandbox/home" "$sandbox/data" "$sandbox/config" "$sandbox/cache" "$sandbox/runtime"
chmod 700 "$sandbox/runtime"
export HOME="$sandbox/home"
export XDG_DATA_HOME="$sandbox/data"
export XDG_CONFIG_HOME="$sandbox/config"
export XDG_CACHE_HOME="$sandbox/cache"
export XDG_RUNTIME_DIR="$sandbox/runtime"
export EBA_SANDBOX_DIR="$sandbox"
# Never let an outer session leak in; dbus-run-session sets its own address for the child.
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL SSH_AUTH_SOCK

# shellcheck disable=SC2016 # expanded by the inner shell
dbus-run-session -- bash -c '
    set -u
    dead_bus="unix:path=/nonexistent-eba-test-bus"
    log="$EBA_SANDBOX_DIR/gnome-keyring.log"

    # A throwaway password on stdin creates and unlocks a fresh "login" keyring in $XDG_DATA_HOME.
    printf %s "eba-throwaway-test-password" \
        | gnome-keyring-daemon --foreground --unlock --components=secrets >"$log" 2>&1 &
    daemon=$!

    stop_daemon() {
        if kill -0 "$daemon" 2>/dev/null; then
            kill "$daemon" 2>/dev/null
            wait "$daemon" 2>/dev/null
        fi
    }
    trap stop_daemon EXIT

    has_secrets() {
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
            | grep -q "boolean true"
    }

    ready=0
    for _ in $(seq 1 100); do # about 10 s
        if has_secrets; then
            ready=1
            break
        fi
        if ! kill -0 "$daemon" 2>/dev/null; then
            break
        fi
        sleep 0.1
    done

    if [ "$ready" != 1 ]; then
        echo "run-in-private-keyring: the secrets service did not appear on the private bus; daemon log:" >&2
        cat "$log" >&2
        DBUS_SESSION_BUS_ADDRESS="$dead_bus" EBA_PRIVATE_KEYRING= EBA_PRIVATE_KEYRING_BUS= \
            EBA_PRIVATE_KEYRING_PROBLEM="the secrets service (gnome-keyring-daemon) did not appear on the private bus" \
            "$@"
        exit $?
    fi

    EBA_PRIVATE_KEYRING=1 EBA_PRIVATE_KEYRING_BUS="$DBUS_SESSION_BUS_ADDRESS" "$@"
' run-in-private-keyring "$@"
