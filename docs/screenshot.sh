#!/usr/bin/env bash
# Make docs/check-report.png: the HTML report of examples/errors/slipped-figures.txt as
# headless Chromium draws it, with the first finding's tooltip shown as it is on hover.
# Needs moneyfacts on the path and Chromium (Debian: apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
moneyfacts check examples/errors/slipped-figures.txt --html "$tmp/report.html" >/dev/null || [ $? -eq 1 ]
# Hover cannot be scripted without a script: show the first badge's tooltip with a style rule.
sed -i 's|</head>|<style>#s1 .mf-find[data-finding="1"] > .mf-tip { display: block; }</style></head>|' "$tmp/report.html"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --user-data-dir="$tmp/profile" --window-size=1000,1180 \
    --screenshot="$PWD/docs/check-report.png" "file://$tmp/report.html" 2>/dev/null
echo "docs/check-report.png"
