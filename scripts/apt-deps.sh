#!/bin/sh
# Installs the Debian/Ubuntu packages named as arguments that are missing.
# Without apt-get (macOS, Windows, other distributions) it only says what
# it would need, and leaves the build to fail with the compiler's message if
# something really is missing.
set -eu
missing=""
for p in "$@"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
	echo "apt-get not found; make sure these (or your system's equivalents) are installed:$missing" >&2
	exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
	if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
		echo "need root to install:$missing" >&2; exit 1
	fi
fi
echo "installing:$missing"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
# shellcheck disable=SC2086 # word splitting of the package list is intended
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
