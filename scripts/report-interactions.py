#!/usr/bin/env python3
"""Drives report.html in headless Chromium as a reader would, through the DevTools
protocol over a pipe (--remote-debugging-pipe: no port, no network), with the
standard library only. It clicks an actor, the relation-class boxes, types a minimum
evidence, picks dates, drags, wheels and pinches the diagram, and after each step
checks what the page shows (which fact rows and lines are visible, the viewBox).

Usage: report-interactions.py CHROMIUM REPORT.html [SCREENSHOT_FOLDER]
Prints one line per check and exits 1 if any fails. With a folder, it keeps PNG
screenshots before and after clicking an actor (report-before.png, report-after.png).
"""
import base64
import json
import os
import subprocess
import sys
import tempfile
import time


class Browser:
    """Headless Chromium with one page, spoken to in CDP messages (JSON, NUL-ended)
    on file descriptors 3 (to the browser) and 4 (from it)."""

    def __init__(self, binary, profile):
        to_browser_r, self.to_browser = os.pipe()
        self.from_browser, from_browser_w = os.pipe()

        def fds():
            # In the child: the browser reads fd 3 and writes fd 4 (dup first, so
            # neither end can overwrite the other).
            read, write = os.dup(to_browser_r), os.dup(from_browser_w)
            os.dup2(read, 3)
            os.dup2(write, 4)

        self.process = subprocess.Popen(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
             "--remote-debugging-pipe", f"--user-data-dir={profile}", "about:blank"],
            close_fds=False, preexec_fn=fds,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.buffer, self.next_id, self.events, self.session = b"", 0, [], None

    def _read(self, deadline):
        while b"\0" not in self.buffer:
            if time.time() > deadline:
                raise TimeoutError("no answer from Chromium")
            chunk = os.read(self.from_browser, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method, params=None, browser_level=False, timeout=60):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if self.session and not browser_level:
            message["sessionId"] = self.session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.time() + timeout
        while True:
            answer = self._read(deadline)
            if answer.get("id") == self.next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})
            self.events.append(answer)

    def wait_event(self, method, timeout=60):
        deadline = time.time() + timeout
        while True:
            for i, event in enumerate(self.events):
                if event.get("method") == method:
                    return self.events.pop(i)
            self.events.append(self._read(deadline))

    def open(self, url, width=1280, height=900):
        target = self.send("Target.createTarget", {"url": "about:blank"}, browser_level=True)["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True}, browser_level=True)["sessionId"]
        self.send("Page.enable")
        self.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        self.send("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 2})
        self.send("Page.navigate", {"url": url})
        self.wait_event("Page.loadEventFired")

    def js(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"script error: {result['exceptionDetails']}")
        return result["result"].get("value")

    def centre(self, selector):
        """Scrolls the element into view and returns the centre of its box on screen."""
        box = self.js(f"""(function(){{var e=document.querySelector({json.dumps(selector)});if(!e)return null;
            e.scrollIntoView({{block:"center"}});var r=e.getBoundingClientRect();return [r.x+r.width/2,r.y+r.height/2];}})()""")
        if box is None:
            raise RuntimeError(f"nothing matches {selector}")
        return box

    def mouse(self, kind, x, y, **extra):
        self.send("Input.dispatchMouseEvent", dict({"type": kind, "x": x, "y": y}, **extra))

    def until(self, condition, timeout=5.0):
        """Whether `condition()` comes true within `timeout` seconds, asked every 50 ms."""
        deadline = time.monotonic() + timeout
        while True:
            if condition():
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)

    def click(self, selector):
        x, y = self.centre(selector)
        self.click_at(x, y)

    def click_at(self, x, y):
        self.mouse("mouseMoved", x, y)
        self.mouse("mousePressed", x, y, button="left", buttons=1, clickCount=1)
        self.mouse("mouseReleased", x, y, button="left", buttons=0, clickCount=1)

    def drag(self, x, y, dx, dy, steps=6):
        self.mouse("mouseMoved", x, y)
        self.mouse("mousePressed", x, y, button="left", buttons=1, clickCount=1)
        for i in range(1, steps + 1):
            self.mouse("mouseMoved", x + dx * i / steps, y + dy * i / steps, button="left", buttons=1)
        self.mouse("mouseReleased", x + dx, y + dy, button="left", buttons=0, clickCount=1)

    def wheel(self, x, y, delta_y):
        self.mouse("mouseWheel", x, y, deltaX=0, deltaY=delta_y)

    def pinch(self, x, y, start, end, steps=6):
        """Two fingers on either side of (x, y), from `start` to `end` pixels apart."""
        def points(gap):
            return [{"x": x - gap / 2, "y": y, "id": 1}, {"x": x + gap / 2, "y": y, "id": 2}]
        self.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": points(start)})
        for i in range(1, steps + 1):
            self.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": points(start + (end - start) * i / steps)})
        self.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})

    def type_into(self, selector, text):
        self.click(selector)
        self.js(f"document.querySelector({json.dumps(selector)}).select()")
        self.send("Input.insertText", {"text": text})

    def screenshot(self, path):
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def close(self):
        try:
            self.send("Browser.close", browser_level=True, timeout=10)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


# What the page shows, read from the DOM and the computed styles.
VISIBLE_ROWS = """Array.prototype.filter.call(document.querySelectorAll('#fact-table tbody tr'),
    function(r){return !r.hidden && getComputedStyle(r).display!=='none';}).map(function(r){
    return {s:r.dataset.s,o:r.dataset.o,cls:r.dataset.class,n:+r.dataset.n,dates:r.dataset.dates};})"""
ALL_ROWS = "document.querySelectorAll('#fact-table tbody tr').length"
SHOWN_LINES = """Array.prototype.filter.call(document.querySelectorAll('.kg-svg g.edge'),
    function(g){return getComputedStyle(g).display!=='none';}).map(function(g){return g.getAttribute('class');})"""
DIMMED_NODES = """Array.prototype.filter.call(document.querySelectorAll('.kg-svg g.node'),
    function(g){return parseFloat(getComputedStyle(g).opacity)<0.5;}).map(function(g){return g.id;})"""
VIEWBOX = "document.querySelector('.kg-svg').getAttribute('viewBox').split(' ').map(Number)"


def main():
    binary, report = sys.argv[1], os.path.abspath(sys.argv[2])
    shots = sys.argv[3] if len(sys.argv) > 3 else None
    failures = []

    def check(name, ok, detail=""):
        print(f"  {'ok  ' if ok else 'FAIL'} {name}{': ' + detail if detail else ''}")
        if not ok:
            failures.append(name)

    with tempfile.TemporaryDirectory() as profile:
        browser = Browser(binary, profile)
        try:
            browser.open("file://" + report)
            check("the page's script ran", browser.js("document.documentElement.getAttribute('data-kg-ready')") == "1")
            total = browser.js(ALL_ROWS)
            everything = browser.js(VISIBLE_ROWS)
            check("every fact row shows at first", len(everything) == total and total > 2, f"{len(everything)} of {total}")
            lines = len(browser.js(SHOWN_LINES))

            # Click an actor: its neighbourhood stands out and the table keeps its facts.
            browser.centre("#diagram")
            if shots:
                browser.screenshot(os.path.join(shots, "report-before.png"))
            browser.click("#actor-russia")
            rows = browser.js(VISIBLE_ROWS)
            check("clicking Russia keeps only Russia's facts",
                  0 < len(rows) < total and all("russia" in (r["s"], r["o"]) for r in rows),
                  f"{len(rows)} of {total} rows")
            expected = sum(1 for r in everything if "russia" in (r["s"], r["o"]))
            check("and all of them", len(rows) == expected, f"{len(rows)} shown, {expected} expected")
            state = browser.js("""(function(){var g=document.getElementById('actor-russia');return {
                selected:g.classList.contains('kg-selected'),near:Array.prototype.map.call(document.querySelectorAll('.kg-svg g.node.kg-near'),function(n){return n.id;}),
                panel:document.getElementById('selection').hidden?'':document.getElementById('selection-text').textContent};})()""")
            neighbours = sorted({("actor-" + (r["o"] if r["s"] == "russia" else r["s"])) for r in rows} - {"actor-russia"})
            check("Russia is marked and its neighbours are the other ends of its facts",
                  state["selected"] and sorted(state["near"]) == neighbours, f"near {state['near']}, expected {neighbours}")
            dimmed = browser.js(DIMMED_NODES)
            check("actors outside the neighbourhood are dimmed",
                  dimmed and "actor-russia" not in dimmed and not set(dimmed) & set(neighbours), f"dimmed {dimmed}")
            check("the selection bar names Russia", state["panel"].startswith("Russia:"), state["panel"])
            if shots:
                browser.screenshot(os.path.join(shots, "report-after.png"))
            browser.click("#selection-clear")
            check("'Show all actors' brings every row back", len(browser.js(VISIBLE_ROWS)) == total)

            # Relation classes: untick conflictual.
            browser.click("form.filters input[value=conflictual]")
            rows, shown = browser.js(VISIBLE_ROWS), browser.js(SHOWN_LINES)
            check("unticking conflictual hides conflictual facts",
                  rows and all(r["cls"] != "conflictual" for r in rows) and len(rows) < total, f"{len(rows)} rows")
            check("and conflictual lines", shown and all("conflictual" not in c.split() for c in shown) and len(shown) < lines,
                  f"{len(shown)} of {lines} lines")
            browser.click("form.filters input[value=conflictual]")
            check("ticking it again shows them all", len(browser.js(VISIBLE_ROWS)) == total)

            # Minimum evidence.
            browser.type_into("#filter-min", "2")
            rows = browser.js(VISIBLE_ROWS)
            want = sum(1 for r in everything if r["n"] >= 2)
            check("at least 2 pieces of evidence", len(rows) == want and all(r["n"] >= 2 for r in rows) and 0 < want < total,
                  f"{len(rows)} rows, {want} expected")
            browser.type_into("#filter-min", "1")

            # Dates: a span holding one dated article.
            dates = sorted({d for r in everything for d in r["dates"].split() if d != "-"})
            first = dates[0]
            browser.js(f"""(function(){{var s=document.getElementById('filter-since'),u=document.getElementById('filter-until');
                s.value={json.dumps(first)};s.dispatchEvent(new Event('change',{{bubbles:true}}));
                u.value={json.dumps(first)};u.dispatchEvent(new Event('change',{{bubbles:true}}));}})()""")
            rows = browser.js(VISIBLE_ROWS)
            want = sum(1 for r in everything if first in r["dates"].split())
            check(f"only evidence dated {first}", len(rows) == want and 0 < want < total
                  and all(first in r["dates"].split() for r in rows), f"{len(rows)} rows, {want} expected")
            browser.click("#filter-reset")
            # The page reads the reset form on the next turn of its event loop (a form's
            # reset event comes before its fields change), so wait for that turn.
            check("Reset shows every row again", browser.until(lambda: len(browser.js(VISIBLE_ROWS)) == total))

            # Zoom and pan: buttons, the wheel, a drag, a pinch.
            view0 = browser.js(VIEWBOX)
            browser.click("button[data-zoom='1.5']")
            view1 = browser.js(VIEWBOX)
            check("+ zooms in", abs(view1[2] - view0[2] / 1.5) < 1, f"{view0} -> {view1}")
            x, y = browser.centre(".kg-svg")
            browser.wheel(x, y, -300)
            view2 = browser.js(VIEWBOX)
            check("the wheel zooms in further", view2[2] < view1[2] - 1, f"width {view1[2]:.0f} -> {view2[2]:.0f}")
            browser.drag(x, y, 120, 60)
            view3 = browser.js(VIEWBOX)
            check("a drag pans (the drawing follows the mouse)", view3[0] < view2[0] and view3[1] < view2[1] and abs(view3[2] - view2[2]) < 0.01,
                  f"x {view2[0]:.0f} -> {view3[0]:.0f}, y {view2[1]:.0f} -> {view3[1]:.0f}")
            check("a drag selects nobody", browser.js("document.getElementById('selection').hidden") is True)
            browser.click("button[data-zoom='fit']")
            check("Fit shows the whole drawing", browser.js(VIEWBOX) == view0)
            browser.pinch(x, y, 80, 240)
            view4 = browser.js(VIEWBOX)
            check("spreading two fingers zooms in", view4[2] < view0[2] / 2, f"width {view0[2]:.0f} -> {view4[2]:.0f}")
            browser.pinch(x, y, 240, 60)
            view5 = browser.js(VIEWBOX)
            check("pinching zooms back out", view5[2] > view4[2], f"width {view4[2]:.0f} -> {view5[2]:.0f}")
        except Exception as error:  # the page lacks what a step needs: that step fails
            check("the interactions ran to the end", False, f"{type(error).__name__}: {error}")
        finally:
            browser.close()
    print(f"report interactions: {len(failures)} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
