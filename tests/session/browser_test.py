#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""A real browser votes end to end.

Headless Chromium, driven over the DevTools protocol, opens the join address printed by
`lastmile-cli session`, picks a name, votes, reloads the page, changes its vote and sees the
reveal; the .lastmile file then holds that answer once. Exits 77 (CTest: skipped), saying why,
when Chromium or python3-websockets is missing.

With --screenshots DIR it also writes the phone page at 390x844: question, saved and revealed.
"""
import argparse
import asyncio
import base64
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request

SKIP = 77


def skip(reason):
    print("SKIPPED: " + reason, file=sys.stderr)
    print("SKIPPED: " + reason)
    sys.exit(SKIP)


try:
    import websockets  # Debian python3-websockets
except ImportError:
    skip("python3-websockets is not installed (scripts/setup.sh installs it)")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if not CHROMIUM:
    skip("the chromium browser is not installed (scripts/setup.sh installs it)")


class Page:
    """One browser tab over the DevTools protocol."""

    def __init__(self, socket):
        self.socket = socket
        self.next_id = 0
        self.errors = []
        self.pending = {}
        self.reader = asyncio.ensure_future(self.read())

    async def read(self):
        async for text in self.socket:
            message = json.loads(text)
            if "id" in message and message["id"] in self.pending:
                self.pending.pop(message["id"]).set_result(message)
            elif message.get("method") == "Runtime.exceptionThrown":
                self.errors.append(message["params"]["exceptionDetails"].get("text", "exception"))
            elif message.get("method") == "Log.entryAdded" and message["params"]["entry"]["level"] == "error":
                self.errors.append(message["params"]["entry"].get("text", "error"))
            elif message.get("method") == "Runtime.consoleAPICalled" and message["params"]["type"] == "error":
                self.errors.append("console.error")

    async def call(self, method, **params):
        self.next_id += 1
        future = asyncio.get_event_loop().create_future()
        self.pending[self.next_id] = future
        await self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        message = await asyncio.wait_for(future, 30)
        if "error" in message:
            raise RuntimeError(method + ": " + json.dumps(message["error"]))
        return message.get("result", {})

    async def evaluate(self, expression):
        result = await self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError("evaluate failed: " + expression)
        return result["result"].get("value")

    async def wait_for(self, expression, what, timeout=15):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if await self.evaluate(expression):
                    return
            except RuntimeError:
                pass  # a page between two documents (a reload) has nothing to evaluate in
            await asyncio.sleep(0.05)
        body = await self.evaluate("document.body ? document.body.innerText : ''")
        raise AssertionError("timed out waiting for " + what + "; the page shows:\n" + str(body))

    async def tap(self, expression):
        """Taps the element `expression` evaluates to, with real mouse events at its centre."""
        box = await self.evaluate(
            "(() => { const e = " + expression + "; e.scrollIntoView({block: 'center'});"
            " const r = e.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()")
        for kind in ("mousePressed", "mouseReleased"):
            await self.call("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left", clickCount=1)

    async def screenshot(self, path, scroll="window.scrollTo(0, 0)"):
        await self.evaluate(scroll)
        await asyncio.sleep(0.2)
        data = await self.call("Page.captureScreenshot", format="png")
        with open(path, "wb") as out:
            out.write(base64.b64decode(data["data"]))


def start_session(cli, path, round_name, question):
    process = subprocess.Popen([cli, "session", path, "--round", round_name, "--initiative", "1"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               bufsize=1)
    url = code = None
    while url is None or code is None:
        line = process.stdout.readline()
        if not line:
            raise AssertionError("lastmile-cli session stopped: " + process.stderr.read())
        if line.startswith("url: "):
            url = line[5:].strip()
        elif line.startswith("code: "):
            code = line[6:].strip()
    process.stdin.write("open " + question + "\n")
    process.stdin.flush()
    return process, url


def start_browser(profile):
    browser = subprocess.Popen(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--remote-debugging-port=0",
         "--window-size=390,844", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    port_file = os.path.join(profile, "DevToolsActivePort")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if os.path.exists(port_file):
            with open(port_file) as f:
                lines = f.read().split("\n")
            if len(lines) >= 2 and lines[0].strip():
                return browser, int(lines[0])
        time.sleep(0.05)
    browser.kill()
    raise AssertionError("chromium did not open its DevTools port")


async def drive(args, url, session, question):
    page_url = None
    deadline = time.monotonic() + 15
    while page_url is None and time.monotonic() < deadline:
        with urllib.request.urlopen("http://127.0.0.1:%d/json/list" % args.devtools_port) as response:
            for target in json.load(response):
                if target.get("type") == "page":
                    page_url = target["webSocketDebuggerUrl"]
        if page_url is None:
            await asyncio.sleep(0.1)
    async with websockets.connect(page_url, max_size=None, ping_interval=None) as socket:
        page = Page(socket)
        for domain in ("Page", "Runtime", "Log"):
            await page.call(domain + ".enable")
        await page.call("Emulation.setDeviceMetricsOverride", width=390, height=844, deviceScaleFactor=1, mobile=True)
        await page.call("Emulation.setTouchEmulationEnabled", enabled=True)

        await page.call("Page.navigate", url=url)
        await page.wait_for("document.querySelectorAll('#name-list button').length > 0", "the list of names")
        await page.tap("[...document.querySelectorAll('#name-list button')]"
                       ".find(b => b.textContent === 'Respondent 01')")
        await page.wait_for("!document.getElementById('screen-question').hidden", "the open question")
        shown = await page.evaluate("document.getElementById('q-text').textContent")
        assert shown == args.question_text, "the phone shows another question: " + str(shown)
        if args.screenshots:
            await page.screenshot(os.path.join(args.screenshots, "phone-question.png"))

        await page.tap("document.querySelector('#levels button[data-answer=\"2\"]')")
        await page.wait_for("document.getElementById('vote-status').classList.contains('saved')", "'saved' for 2")
        assert "Saved: 2" in await page.evaluate("document.getElementById('vote-status').textContent")

        # A reload reattaches the same participant with its token: no name to pick, its vote shown.
        await page.call("Page.reload", ignoreCache=True)
        await page.wait_for("!document.getElementById('screen-question').hidden && "
                            "document.getElementById('vote-status').textContent.startsWith('Saved: 2')",
                            "the question again, with the saved vote, after the reload")

        await page.tap("document.querySelector('#levels button[data-answer=\"4\"]')")
        await page.wait_for("document.getElementById('vote-status').textContent.startsWith('Saved: 4')",
                            "'saved' for 4")
        if args.screenshots:
            await page.screenshot(os.path.join(args.screenshots, "phone-saved.png"),
                                  "document.querySelector('#levels button[data-answer=\"3\"]')"
                                  ".scrollIntoView({block: 'start'})")

        session.stdin.write("reveal\n")
        session.stdin.flush()
        await page.wait_for("!document.getElementById('screen-revealed').hidden", "the reveal")
        summary = await page.evaluate("document.getElementById('r-summary').textContent")
        assert summary.startswith("1 of ") or " of " in summary, summary
        mine = await page.evaluate("document.getElementById('r-mine').textContent")
        assert mine.startswith("Your answer: 4"), mine
        if args.screenshots:
            await page.screenshot(os.path.join(args.screenshots, "phone-revealed.png"))

        # The facilitator ends the session: the phone says so and stops reconnecting.
        session.stdin.write("quit\n")
        session.stdin.flush()
        await page.wait_for("!document.getElementById('screen-gone').hidden && "
                            "document.getElementById('gone-title').textContent === 'Voting has ended'",
                            "'Voting has ended' once the session stopped")
        assert not page.errors, "the page reported errors: " + "; ".join(page.errors)
        page.reader.cancel()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--bank", required=True)
    parser.add_argument("--screenshots")
    args = parser.parse_args()
    with open(args.bank, encoding="utf-8") as f:
        bank = json.load(f)
    first = bank["frictions"][0]["questions"][0]
    question = first["id"]
    args.question_text = first["text"]

    work = tempfile.mkdtemp(prefix="lastmile-browser-")
    session = browser = None
    try:
        path = os.path.join(work, "room.lastmile")
        subprocess.run([args.cli, "generate", path, "--initiatives", "1", "--respondents", "6", "--rounds", "1"],
                       check=True, stdout=subprocess.DEVNULL)
        db = sqlite3.connect(path)
        (round_id, round_name), = db.execute("SELECT id, name FROM round").fetchall()
        (respondent,), = db.execute("SELECT id FROM respondent WHERE name = 'Respondent 01'").fetchall()
        db.execute("DELETE FROM answer WHERE question_id = ?", (question,))
        db.commit()
        db.close()

        session, url = start_session(args.cli, path, round_name, question)
        browser, args.devtools_port = start_browser(os.path.join(work, "profile"))
        asyncio.run(drive(args, url, session, question))  # ends with "quit"

        out, err = session.communicate(timeout=15)
        assert session.returncode == 0, "lastmile-cli session exited %d: %s" % (session.returncode, err)
        assert "vote: %d %s 2" % (respondent, question) in out, out
        assert "vote: %d %s 4" % (respondent, question) in out, out

        db = sqlite3.connect(path)
        rows = db.execute("SELECT kind, level FROM answer WHERE round_id = ? AND initiative_id = 1 AND "
                          "question_id = ? AND respondent_id = ?", (round_id, question, respondent)).fetchall()
        everyone = db.execute("SELECT count(*) FROM answer WHERE question_id = ?", (question,)).fetchone()[0]
        db.close()
        assert rows == [("level", 4)], rows
        assert everyone == 1, everyone
        print("ok: the browser joined, voted 2, reloaded, changed to 4, saw the reveal and the end; the file holds 4 once")
    finally:
        for process in (browser, session):
            if process and process.poll() is None:
                process.kill()
                process.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
