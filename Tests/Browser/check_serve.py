#!/usr/bin/env python3
"""The browser test of `site serve`: an edit to a lesson rebuilds the site and
reloads the page open in the browser.

    python3 Tests/Browser/check_serve.py .build/debug/site

It copies `Content/` and `Templates/` to a temporary folder, starts
`site serve --port 0` on them, opens a lesson in headless Chromium, appends a
sentence to the lesson's Markdown, and waits for the open page to show it. It ends
with `N passed, M failed` and exits non-zero on a failure.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser  # noqa: E402

# The package root: run from it, as CI does.
ROOT = os.getcwd()


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    tool = os.path.abspath(sys.argv[1])
    work = tempfile.mkdtemp(prefix="underbrace-serve-")
    passed = failed = 0

    def check(name, ok, detail=""):
        nonlocal passed, failed
        if ok:
            passed += 1
            print(f"  ok   {name}")
        else:
            failed += 1
            print(f"  FAIL {name}: {detail}")

    server = None
    browser = None
    try:
        for folder in ("Content", "Templates"):
            shutil.copytree(os.path.join(ROOT, folder), os.path.join(work, folder))
        lesson = sorted(n for n in os.listdir(os.path.join(work, "Content")) if n.endswith(".md"))[0]
        slug = lesson[:-3]
        output = os.path.join(work, "site")
        # Run from the package root (the tool builds the Notebook library there and
        # keeps its cache in .build/), with the copied lessons and templates.
        server = subprocess.Popen(
            [tool, "serve", "--port", "0", "--content", os.path.join(work, "Content"),
             "--templates", os.path.join(work, "Templates"), "--output", output],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        lines = []
        port = None
        deadline = time.time() + 600
        while time.time() < deadline:
            line = server.stdout.readline()
            if not line:
                break
            lines.append(line)
            match = re.search(r"serving http://127\.0\.0\.1:(\d+)/", line)
            if match:
                port = int(match.group(1))
                break
        check("site serve starts and reports its address", port is not None, "".join(lines[-20:]))
        if port is None:
            return 1
        threading.Thread(target=lambda: [lines.append(line) for line in server.stdout], daemon=True).start()

        browser = Browser()
        page = browser.new_page(width=1280, height=900)
        url = f"http://127.0.0.1:{port}/{slug}/"
        page.navigate(url)
        title = page.evaluate("document.title")
        check("the lesson is served", slug != "" and "Underbrace" in (title or ""), f"title {title!r}")
        errors = [e for e in page.take_events()
                  if e.get("method") == "Network.loadingFailed"
                  or (e.get("method") == "Log.entryAdded" and e["params"]["entry"].get("level") == "error")]
        check("the served page loads without errors", not errors, str(errors[:3]))

        marker = "A sentence added while the page was open."
        with open(os.path.join(work, "Content", lesson), "a") as file:
            file.write(f"\n{marker}\n")
        shown = False
        deadline = time.time() + 300
        while time.time() < deadline and not shown:
            time.sleep(0.5)
            try:
                shown = bool(page.evaluate(f"document.body.innerText.includes({marker!r})"))
            except Exception:
                pass  # the page is reloading
        check("an edit rebuilds the site and reloads the open page", shown, "".join(lines[-10:]))
        check("the rebuild reused the cached run", any("cached" in line for line in lines), "".join(lines[-10:]))
    finally:
        if browser:
            browser.close()
        if server:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
        shutil.rmtree(work, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
