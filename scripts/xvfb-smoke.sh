#!/bin/sh
# Real-window check: start the app under Xvfb on a demo database, make sure
# it stays up, and write a screenshot to build/ for a person to look at.
# Usage: scripts/xvfb-smoke.sh BINARY [WIDTHxHEIGHT] [SHOT.png]
set -eu
bin=$1
size=${2:-1280x800}
shot=${3:-build/screenshot-$size.png}
work=$(mktemp -d)
trap 'kill "$app" "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
display=:$((90 + $$ % 100))
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
sleep 1
"$bin" demo --db "$work/demo.db" 2>/dev/null
DISPLAY=$display "$bin" --db "$work/demo.db" >"$work/app.log" 2>&1 &
app=$!
# Fyne needs a moment for GL set-up and the first frame.
sleep 8
if ! kill -0 "$app" 2>/dev/null; then
	echo "huiqi exited under Xvfb:" >&2
	cat "$work/app.log" >&2
	exit 1
fi
mkdir -p "$(dirname "$shot")"
DISPLAY=$display import -window root "$shot"
# A window that drew nothing is one flat colour.
sd=$(convert "$shot" -colorspace Gray -format '%[fx:standard_deviation]' info:)
if awk "BEGIN{exit !($sd < 0.02)}"; then
	echo "screenshot $shot is blank (sd $sd)" >&2
	exit 1
fi
echo "huiqi stayed up under Xvfb; screenshot: $shot"
