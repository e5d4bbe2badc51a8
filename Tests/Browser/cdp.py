"""A small client for Chromium's DevTools protocol over --remote-debugging-pipe.

Only the Python standard library: Chromium reads commands on file descriptor 3 and
writes replies and events on descriptor 4, each a JSON object ending in a NUL byte.
No port is opened and nothing is fetched, so the browser test runs offline.
"""

import json
import os
import shutil
import subprocess
import tempfile
import threading
import time


class ProtocolError(Exception):
    pass


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    raise SystemExit("no Chromium found: install Debian's `chromium` package")


class Browser:
    """A headless Chromium; pages are opened with `new_page()`."""

    def __init__(self, executable=None, extra_args=()):
        self.profile = tempfile.mkdtemp(prefix="underbrace-chromium-")
        to_browser_read, to_browser_write = os.pipe()
        from_browser_read, from_browser_write = os.pipe()
        args = [
            executable or find_chromium(),
            "--headless=new",
            "--remote-debugging-pipe",
            "--no-sandbox",  # CI runs as root
            "--disable-gpu",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--disable-background-networking",
            "--disable-sync",
            "--disable-component-update",
            "--disable-domain-reliability",
            "--metrics-recording-only",
            "--hide-scrollbars",
            "--mute-audio",
            f"--user-data-dir={self.profile}",
            *extra_args,
            "about:blank",
        ]

        def wire_pipes():
            # Move the pipe ends to descriptors 3 and 4 (via high numbers, so that
            # neither clobbers the other); dup2 makes them inheritable, while
            # Python's own descriptors are not and close when Chromium starts.
            os.dup2(to_browser_read, 100)
            os.dup2(from_browser_write, 101)
            os.dup2(100, 3)
            os.dup2(101, 4)
            os.close(100)
            os.close(101)

        self.process = subprocess.Popen(
            args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=wire_pipes, close_fds=False)
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._writer = os.fdopen(to_browser_write, "wb", buffering=0)
        self._reader = os.fdopen(from_browser_read, "rb", buffering=0)
        self._next_id = 0
        self._lock = threading.Lock()
        self._replies = {}
        self._waiting = {}
        self._listeners = []
        self._thread = threading.Thread(target=self._read_loop, daemon=True)
        self._thread.start()
        self.send("Target.setDiscoverTargets", {"discover": False})

    # -- protocol --------------------------------------------------------------

    def _read_loop(self):
        buffer = b""
        while True:
            chunk = self._reader.read(65536)
            if not chunk:
                break
            buffer += chunk
            while b"\0" in buffer:
                raw, buffer = buffer.split(b"\0", 1)
                message = json.loads(raw)
                if "id" in message:
                    with self._lock:
                        self._replies[message["id"]] = message
                        event = self._waiting.pop(message["id"], None)
                    if event:
                        event.set()
                else:
                    for listener in list(self._listeners):
                        listener(message)

    def send(self, method, params=None, session=None, timeout=30):
        with self._lock:
            self._next_id += 1
            ident = self._next_id
            event = threading.Event()
            self._waiting[ident] = event
        message = {"id": ident, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self._writer.write(json.dumps(message).encode() + b"\0")
        if not event.wait(timeout):
            raise ProtocolError(f"{method}: no reply within {timeout} s")
        with self._lock:
            reply = self._replies.pop(ident)
        if "error" in reply:
            raise ProtocolError(f"{method}: {reply['error'].get('message')}")
        return reply.get("result", {})

    def listen(self, callback):
        self._listeners.append(callback)

    def unlisten(self, callback):
        self._listeners.remove(callback)

    def new_page(self, width=1280, height=900):
        target = self.send("Target.createTarget", {"url": "about:blank", "newWindow": False})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        return Page(self, target, session, width, height)

    def close(self):
        try:
            self.send("Browser.close", timeout=5)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


class Page:
    """One tab: navigation, script evaluation, and a record of what it loaded."""

    def __init__(self, browser, target, session, width, height):
        self.browser = browser
        self.target = target
        self.session = session
        self.events = []
        self._lock = threading.Lock()
        browser.listen(self._on_message)
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.send(f"{domain}.enable")
        self.resize(width, height)

    def _on_message(self, message):
        if message.get("sessionId") == self.session:
            with self._lock:
                self.events.append(message)

    def send(self, method, params=None, timeout=30):
        return self.browser.send(method, params, session=self.session, timeout=timeout)

    def take_events(self):
        with self._lock:
            events, self.events = self.events, []
        return events

    def resize(self, width, height=900):
        self.send("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})

    def color_scheme(self, scheme):
        self.send("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})

    def navigate(self, url, timeout=30):
        """Loads `url` and waits for its load event and for the network to go quiet."""
        self.take_events()
        self.send("Page.navigate", {"url": url})
        deadline = time.time() + timeout
        loaded = False
        while time.time() < deadline:
            with self._lock:
                loaded = loaded or any(e.get("method") == "Page.loadEventFired" for e in self.events)
            if loaded:
                break
            time.sleep(0.02)
        if not loaded:
            raise ProtocolError(f"{url} did not finish loading in {timeout} s")
        self.wait_for_quiet()

    def wait_for_quiet(self, quiet=0.3, timeout=10):
        """Waits until no request has started or ended for `quiet` seconds."""
        deadline = time.time() + timeout
        last_count = -1
        last_change = time.time()
        while time.time() < deadline:
            with self._lock:
                count = sum(1 for e in self.events if e.get("method", "").startswith("Network."))
            if count != last_count:
                last_count, last_change = count, time.time()
            elif time.time() - last_change >= quiet:
                return
            time.sleep(0.05)

    def evaluate(self, expression, await_promise=False):
        result = self.send("Runtime.evaluate", {
            "expression": expression, "returnByValue": True, "awaitPromise": await_promise})
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise ProtocolError(f"script failed: {text}")
        return result["result"].get("value")

    def screenshot(self, path, full_page=True, clip=None):
        params = {"format": "png", "captureBeyondViewport": full_page}
        if clip is None and full_page:
            width, height = self.evaluate(
                "[document.documentElement.clientWidth, document.documentElement.scrollHeight]")
            clip = {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}
        if clip:
            params["clip"] = clip
        import base64
        data = self.send("Page.captureScreenshot", params, timeout=60)["data"]
        with open(path, "wb") as file:
            file.write(base64.b64decode(data))

    def close(self):
        self.browser.unlisten(self._on_message)
        self.browser.send("Target.closeTarget", {"targetId": self.target})
