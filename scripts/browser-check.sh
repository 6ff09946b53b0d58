#!/usr/bin/env bash
# Opens kg's SVG and report.html in headless Chromium: takes screenshots, checks that
# they are not blank and that the actors' labels are in the DOM, that no article
# text became markup, and that the report's interactions work
# (scripts/report-interactions.py). Installs Debian's chromium when missing; without a browser it
# says SKIPPED loudly and succeeds.
# Usage: scripts/browser-check.sh [KG_BINARY] [KEEP_FOLDER]
set -euo pipefail
cd "$(dirname "$0")/.."
kg=${1:-.build/debug/kg}
keep=${2:-}

skip() {
    echo "################################################################"
    echo "### SKIPPED: browser check: $1"
    echo "################################################################"
    exit 0
}

find_browser() {
    for name in chromium chromium-browser google-chrome google-chrome-stable; do
        if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
    done
    return 1
}

browser=$(find_browser || true)
if [ -z "$browser" ] && [ "$(id -u 2>/dev/null)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "browser check: installing chromium from Debian"
    { apt-get install -y -qq chromium || { apt-get update -qq && apt-get install -y -qq chromium; }; } >/dev/null 2>&1 || true
    browser=$(find_browser || true)
fi
[ -n "$browser" ] || skip "no Chromium could be found or installed (apt-get install -y chromium)"
command -v python3 >/dev/null 2>&1 || skip "python3 is missing (needed to read the screenshots)"
[ -x "$kg" ] || { echo "browser check: $kg is not built (run swift build first)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out="$work/Output"
"$kg" build Tests/Fixtures/diagram --out "$out" --quiet
profile="$work/profile"
run_browser() {
    # Headless Chromium logs D-Bus noise on stderr; it is not ours to report.
    timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --user-data-dir="$profile" "$@" 2>/dev/null
}

failures=0
fail() { echo "browser check: FAIL: $1"; failures=$((failures + 1)); }

for page in graph.svg report.html; do
    url="file://$out/$page"
    shot="$work/${page%%.*}.png"
    height=900; [ "$page" = report.html ] && height=1600
    run_browser --screenshot="$shot" --window-size=1280,$height "$url" >/dev/null || true
    [ -s "$shot" ] || { fail "no screenshot of $page"; continue; }
    python3 scripts/png-check.py 8 "$shot" || fail "the screenshot of $page looks blank"
    run_browser --dump-dom "$url" > "$work/$page.dom" || true
    [ -s "$work/$page.dom" ] || { fail "no DOM for $page"; continue; }
    for actor in "Russia" "Syria" "United States" "France" "Germany" "Bashar al-Assad"; do
        grep -q ">$actor<" "$work/$page.dom" || fail "$page: the label '$actor' is not in the DOM"
    done
    if grep -q "<script>alert(1)" "$work/$page.dom" || grep -q "<b>x</b>" "$work/$page.dom"; then
        fail "$page: article text became markup"
    fi
    grep -q "&lt;/script&gt;&lt;script&gt;alert(1)" "$work/$page.dom" || fail "$page: the hostile quote is missing (expected it escaped)"
done
grep -q '>Camp 1: ' "$work/graph.svg.dom" || fail "graph.svg: no camp is drawn as a labelled cluster"
grep -q 'width="100%" height="100%"' "$out/graph.svg" || fail "graph.svg: it does not scale to the window"
grep -q '<section id="camps">' "$work/report.html.dom" && grep -q 'Camp 1: ' "$work/report.html.dom" || fail "report.html: no camps section"
grep -q 'data-kg-ready="1"' "$work/report.html.dom" || fail "report.html: its script did not run (Content-Security-Policy hash?)"
# The fact search, driven by the page's own script: only France's facts stay visible.
run_browser --dump-dom "file://$out/report.html#q=France" > "$work/search.dom" || true
python3 - "$work/search.dom" <<'PY' || fail "report.html: searching the facts for 'France' did not hide the other rows"
import re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
table = dom[dom.index('id="fact-table"'):]
table = table[:table.index("</table>")]
rows = re.findall(r"<tr[^>]*>.*?</tr>", table, re.S)[1:]
shown = [r for r in rows if "hidden" not in r[:r.index(">")]]
print(f"  search 'France': {len(shown)} of {len(rows)} fact rows shown")
sys.exit(0 if rows and shown and len(shown) < len(rows) and all("France" in r for r in shown) else 1)
PY
# The stance matrix: opening the page at a cell (as a click does) shows that cell's facts.
cell=$(grep -o 'data-cell="m-[0-9]*-[0-9]*"' "$work/report.html.dom" | head -1 | sed 's/.*"\(m-[0-9]*-[0-9]*\)"/\1/')
if [ -z "$cell" ]; then
    fail "report.html: the stance matrix has no cell to click"
else
    run_browser --dump-dom "file://$out/report.html#cell=$cell" > "$work/cell.dom" || true
    python3 - "$work/cell.dom" "$cell" <<'PY' || fail "report.html: clicking matrix cell $cell did not open its facts"
import re, sys
dom, cell = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2]
panel = re.search(r'<div class="cell-facts" id="%s"( hidden="")?>(.*?)</div>' % cell, dom, re.S)
button = re.search(r'<button[^>]*data-cell="%s"[^>]*>' % cell, dom)
others = len(re.findall(r'<div class="cell-facts" id="m-[0-9-]+">', dom))
ok = panel and not panel.group(1) and "<q" in panel.group(2) and button and 'aria-expanded="true"' in button.group(0) and others == 1
print(f"  matrix cell {cell}: panel {'open' if panel and not panel.group(1) else 'closed'}, {others} open in all")
sys.exit(0 if ok else 1)
PY
fi

# The timeline: opening the page at an actor's timeline (as the menu does) shows that chart alone.
run_browser --dump-dom "file://$out/report.html#timeline=t-a-russia" > "$work/timeline.dom" || true
python3 - "$work/timeline.dom" <<'PY' || fail "report.html: choosing Russia's timeline did not show it alone"
import re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
charts = dict(re.findall(r'<div class="timeline-chart" id="([a-z0-9-]+)"( hidden="")?>', dom))
shown = [c for c, hidden in charts.items() if not hidden]
bars = re.search(r'id="t-a-russia">(.*?)</details>', dom, re.S)
print(f"  timeline: {len(charts)} charts, shown {shown}")
sys.exit(0 if shown == ["t-a-russia"] and bars and 'class="bar"' in bars.group(1) else 1)
PY

# The interactions, driven as a reader would (clicks, keys, wheel, drag, pinch) over the
# DevTools protocol: what the page shows after each.
python3 scripts/report-interactions.py "$browser" "$out/report.html" "$work" || fail "report.html: an interaction did not show what it should (above)"

if [ -n "$keep" ]; then
    mkdir -p "$keep" && cp "$work"/*.png "$out/graph.svg" "$out/report.html" "$keep"/
    echo "browser check: screenshots kept in $keep"
fi
if [ "$failures" -gt 0 ]; then
    echo "browser check: $failures failure(s) (with $browser)"
    exit 1
fi
echo "browser check: passed ($("$browser" --version 2>/dev/null | head -1))"
