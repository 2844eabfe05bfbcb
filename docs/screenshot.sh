#!/bin/sh
# Render the reference article as HTML with quoteattr and screenshot it in headless Chromium.
#
#   sh docs/screenshot.sh [OUTPUT.png]      (default: docs/images/reference-article.png)
#
# Needs quoteattr installed and Chromium (Debian: apt-get install -y chromium).
# Run from the repository root. Nothing is fetched from the network: the page is
# self-contained and the flags turn Chromium's own background traffic off.
set -eu
out="${1:-docs/images/reference-article.png}"
chromium="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$chromium" ]; then
    echo "screenshot.sh: Chromium not found (Debian: apt-get install -y chromium)" >&2
    exit 2
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python -m quoteattr docs/examples/reference-article.txt --format html -o "$work/page.html"
"$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --user-data-dir="$work/profile" --window-size=1280,2000 \
    --screenshot="$out" "file://$work/page.html" 2>/dev/null
echo "wrote $out"
