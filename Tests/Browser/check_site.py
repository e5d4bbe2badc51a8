#!/usr/bin/env python3
"""The browser test of the built site, in headless Chromium (Debian's `chromium`).

    python3 Tests/Browser/check_site.py site [--screenshots DIR]

Every page of the site is opened from the file system, as a reader who downloaded
it would, and must:

- load with no console error, no failed request and no request to another host;
- have every internal link and anchor resolve (to a file of the site, and to an
  element with that id);
- not scroll sideways at 360 px (a phone) or at 1280 px;
- contain no KaTeX error;
- be accessible: `lang` set, one h1 and headings in order, alt text on every image,
  text contrast at WCAG AA in the light and the dark theme;
- not shift its layout as it loads.

It prints one line per page and check, the page weight and first-contentful-paint
time of each page, and ends with `N passed, M failed`; it exits non-zero on a failure.
With --screenshots it saves each page at 360 and 1280 px, light and dark.
"""

import argparse
import json
import os
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser  # noqa: E402

WIDTHS = (360, 1280)

# Runs in the page: what a reader's browser shows, measured.
INSPECT = r"""
(() => {
  const ids = [...document.querySelectorAll('[id]')].map(e => e.id);
  const links = [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'));
  const resources = [...document.querySelectorAll('img[src], link[href], script[src]')]
    .map(e => e.getAttribute('src') || e.getAttribute('href'));
  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
    .map(h => ({ level: Number(h.tagName[1]), text: h.textContent.trim().slice(0, 60) }));
  const images = [...document.querySelectorAll('img')]
    .map(i => ({ src: i.getAttribute('src'), alt: i.getAttribute('alt') }));
  const figuresWithoutCaption = [...document.querySelectorAll('figure')]
    .filter(f => !f.querySelector('figcaption')).length;
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  return {
    lang: document.documentElement.getAttribute('lang'),
    title: document.title,
    ids, links, resources, headings, images, figuresWithoutCaption,
    katexErrors: document.querySelectorAll('.katex-error').length,
    firstContentfulPaint: paint ? paint.startTime : null,
  };
})()
"""

OVERFLOW = r"""
(() => {
  const width = document.documentElement.clientWidth;
  const scroll = document.documentElement.scrollWidth;
  const culprits = [];
  if (scroll > width) {
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.right > width + 1 && box.width > 0) {
        culprits.push(element.tagName.toLowerCase() + (element.className ? '.' + String(element.className).split(' ')[0] : ''));
        if (culprits.length >= 5) break;
      }
    }
  }
  return { width, scroll, culprits };
})()
"""

# WCAG 2 contrast of each visible piece of text against what is painted behind it.
CONTRAST = r"""
(() => {
  const parse = c => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return [0, 0, 0, 0];
    const p = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
  const blend = (top, bottom) => { const a = top[3]; return [0, 1, 2].map(i => top[i] * a + bottom[i] * (1 - a)).concat([1]); };
  const luminance = c => { const l = c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2]; };
  const ratio = (a, b) => { const x = luminance(a), y = luminance(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
  const canvas = parse(getComputedStyle(document.documentElement).backgroundColor)[3] > 0
    ? parse(getComputedStyle(document.documentElement).backgroundColor)
    : parse(getComputedStyle(document.body).backgroundColor);
  const background = element => {
    const layers = [];
    for (let e = element; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) break;
    }
    let color = canvas[3] > 0 ? canvas : [255, 255, 255, 1];
    for (const layer of layers.reverse()) color = blend(layer, color);
    return color;
  };
  const failures = [];
  let checked = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (!node.textContent.trim()) continue;
    const element = node.parentElement;
    if (!element || seen.has(element)) continue;
    seen.add(element);
    if (element.closest('[aria-hidden="true"], .katex-mathml, script, style, noscript')) continue;
    const style = getComputedStyle(element);
    if (style.visibility === 'hidden' || element.getClientRects().length === 0) continue;
    let opacity = 1;
    for (let e = element; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
    if (opacity < 0.99) continue;
    const fg = blend(parse(style.color), background(element));
    const bg = background(element);
    const size = parseFloat(style.fontSize), bold = Number(style.fontWeight) >= 700;
    const large = size >= 24 || (bold && size >= 18.66);
    const needed = large ? 3 : 4.5;
    const value = ratio(fg, bg);
    checked++;
    if (value < needed) {
      failures.push({ text: node.textContent.trim().slice(0, 40), element: element.tagName.toLowerCase() + '.' + element.className,
                      ratio: Math.round(value * 100) / 100, needed });
    }
  }
  return { checked, failures: failures.slice(0, 8), count: failures.length };
})()
"""

SCRUB = r"""
(() => {
  const problems = [];
  const figures = [...document.querySelectorAll('figure.scrubber')];
  for (const figure of figures) {
    const controls = figure.querySelector('.scrubber-controls'), slider = controls && controls.querySelector('input');
    const image = figure.querySelector('img'), label = controls && controls.querySelector('output');
    if (!slider || controls.hidden || controls.getClientRects().length === 0) { problems.push(figure.id + ': no visible slider'); continue; }
    const frames = JSON.parse(figure.dataset.frames);
    const target = Number(slider.value) === 0 ? frames.length - 1 : 0;
    const before = label.textContent;
    slider.value = String(target);
    slider.dispatchEvent(new Event('input'));
    if (!image.getAttribute('src').endsWith(frames[target])) problems.push(figure.id + ': the image did not change');
    if (frames.length > 1 && label.textContent === before) problems.push(figure.id + ': the label did not change');
  }
  return { count: figures.length, problems };
})()
"""

LAYOUT_SHIFT = r"""
new Promise(resolve => {
  let total = 0;
  new PerformanceObserver(list => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value; })
    .observe({ type: 'layout-shift', buffered: true });
  setTimeout(() => resolve(total), 300);
})
"""


class Results:
    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.failures = []

    def check(self, page, name, ok, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            self.failures.append(f"{page}: {name}: {detail}")
            print(f"  FAIL {name}: {detail}")


def page_files(site):
    pages = []
    for folder, _, files in os.walk(site):
        for name in files:
            if name.endswith(".html"):
                pages.append(os.path.join(folder, name))
    return sorted(pages)


def file_url(path):
    return "file://" + urllib.parse.quote(os.path.abspath(path))


def local_path(url):
    parsed = urllib.parse.urlparse(url)
    return urllib.parse.unquote(parsed.path)


def classify(path):
    extension = os.path.splitext(path)[1].lower()
    return {".html": "html", ".css": "css", ".woff2": "fonts", ".woff": "fonts", ".ttf": "fonts",
            ".svg": "images", ".png": "images", ".jpg": "images", ".js": "scripts"}.get(extension, "other")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", help="the built site folder")
    parser.add_argument("--screenshots", help="save screenshots of every page into this folder")
    parser.add_argument("--metrics", help="write the page weights and paint times as JSON to this file")
    arguments = parser.parse_args()

    site = os.path.abspath(arguments.site)
    pages = page_files(site)
    if not pages:
        raise SystemExit(f"no pages in {site}: build the site first (swift run site)")
    if arguments.screenshots:
        os.makedirs(arguments.screenshots, exist_ok=True)

    results = Results()
    ids_by_page = {}
    links_by_page = {}
    metrics = {}
    started = time.time()
    browser = Browser()
    try:
        for path in pages:
            relative = os.path.relpath(path, site)
            print(relative)
            page = browser.new_page(width=1280, height=900)
            page.color_scheme("light")
            url = file_url(path)
            page.navigate(url)
            events = page.take_events()
            info = page.evaluate(INSPECT)
            ids_by_page[path] = set(info["ids"])
            links_by_page[path] = info["links"]

            # Console errors, failed requests, requests to other hosts.
            errors = []
            requested = {}
            for event in events:
                method, params = event.get("method"), event.get("params", {})
                if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                    errors.append(" ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
                elif method == "Runtime.exceptionThrown":
                    errors.append(params["exceptionDetails"].get("text", "exception"))
                elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                    errors.append(params["entry"].get("text", ""))
                elif method == "Network.requestWillBeSent":
                    requested[params["requestId"]] = params["request"]["url"]
                elif method == "Network.loadingFailed":
                    errors.append(f"request failed: {requested.get(params['requestId'], '?')} ({params.get('errorText')})")
                elif method == "Network.responseReceived":
                    status = params["response"].get("status", 200)
                    if status >= 400:
                        errors.append(f"HTTP {status}: {params['response']['url']}")
            results.check(relative, "no console error or failed request", not errors, "; ".join(errors[:5]))
            foreign = sorted({u for u in requested.values() if not u.startswith(("file:", "data:", "about:", "blob:"))})
            results.check(relative, "no request to another host", not foreign, ", ".join(foreign[:5]))

            # Weight: the bytes of every file the page loaded, by kind.
            weight = {}
            files = {}
            for loaded in set(requested.values()):
                if loaded.startswith("file:"):
                    local = local_path(loaded)
                    if os.path.exists(local):
                        kind = classify(local)
                        weight[kind] = weight.get(kind, 0) + os.path.getsize(local)
                        files[os.path.relpath(local, site)] = os.path.getsize(local)
            paint = info["firstContentfulPaint"]
            shift = page.evaluate(LAYOUT_SHIFT, await_promise=True)
            metrics[relative] = {"bytes": weight, "files": files, "firstContentfulPaintMs": paint, "layoutShift": shift}
            text_weight = sum(weight.get(k, 0) for k in ("html", "css", "fonts"))
            print(f"  weight: html+css+fonts {text_weight / 1024:.0f} KiB ("
                  + ", ".join(f"{k} {v / 1024:.0f} KiB" for k, v in sorted(weight.items()))
                  + f"); first contentful paint {paint:.0f} ms; layout shift {shift:.4f}" if paint is not None
                  else "  no paint timing")
            results.check(relative, "no layout shift while loading", shift < 0.01, f"cumulative shift {shift:.4f}")

            # Math, structure, accessibility.
            results.check(relative, "no KaTeX error", info["katexErrors"] == 0, f"{info['katexErrors']} .katex-error elements")
            results.check(relative, "lang is set", bool(info["lang"]), "no lang attribute on <html>")
            levels = [h["level"] for h in info["headings"]]
            order_ok = levels.count(1) == 1 and levels[:1] == [1] and all(b <= a + 1 for a, b in zip(levels, levels[1:]))
            results.check(relative, "one h1 and headings in order", order_ok,
                          " > ".join(f"h{h['level']} {h['text']!r}" for h in info["headings"][:12]))
            missing_alt = [i["src"] for i in info["images"] if not (i["alt"] or "").strip()]
            results.check(relative, "every image has alt text", not missing_alt, ", ".join(missing_alt[:5]))
            results.check(relative, "every figure has a caption", info["figuresWithoutCaption"] == 0,
                          f"{info['figuresWithoutCaption']} figures without figcaption")

            # A scrubbable figure's slider shows, and moving it changes the frame and its label.
            scrub = page.evaluate(SCRUB)
            for problem in scrub["problems"]:
                results.check(relative, "scrubbable figures respond to their slider", False, problem)
            if scrub["count"] and not scrub["problems"]:
                results.check(relative, "scrubbable figures respond to their slider", True)
                page.wait_for_quiet()
                failed = [e for e in page.take_events() if e.get("method") == "Network.loadingFailed"]
                results.check(relative, "every frame of a scrubbable figure loads", not failed, str(failed[:2]))

            for scheme in ("light", "dark"):
                page.color_scheme(scheme)
                contrast = page.evaluate(CONTRAST)
                results.check(relative, f"text contrast meets WCAG AA ({scheme})", contrast["count"] == 0,
                              f"{contrast['count']} of {contrast['checked']} fail, e.g. " + json.dumps(contrast["failures"][:4]))
                if scheme == "light":
                    checked_light = contrast["checked"]
            results.check(relative, "contrast was measured", checked_light > 10, f"only {checked_light} text elements")
            page.color_scheme("light")

            for width in WIDTHS:
                page.resize(width, 900)
                time.sleep(0.05)
                overflow = page.evaluate(OVERFLOW)
                results.check(relative, f"no horizontal scroll at {width} px", overflow["scroll"] <= overflow["width"],
                              f"page is {overflow['scroll']} px wide in a {overflow['width']} px window: "
                              + ", ".join(overflow["culprits"]))
                if arguments.screenshots:
                    name = relative.replace(os.sep, "_").replace(".html", "")
                    for scheme in ("light", "dark"):
                        page.color_scheme(scheme)
                        time.sleep(0.05)
                        page.screenshot(os.path.join(arguments.screenshots, f"{name}-{width}-{scheme}.png"))
                    page.color_scheme("light")
            page.close()

        # Internal links and anchors, now that every page's ids are known.
        for path, links in links_by_page.items():
            relative = os.path.relpath(path, site)
            broken = []
            for href in links:
                parsed = urllib.parse.urlparse(href)
                if parsed.scheme in ("http", "https", "mailto"):
                    continue
                target = path if not parsed.path else os.path.normpath(
                    os.path.join(os.path.dirname(path), urllib.parse.unquote(parsed.path)))
                if os.path.isdir(target):
                    target = os.path.join(target, "index.html")
                if not target.startswith(site + os.sep) or not os.path.exists(target):
                    broken.append(href)
                elif parsed.fragment and target.endswith(".html"):
                    if parsed.fragment not in ids_by_page.get(target, set()):
                        broken.append(href)
            results.check(relative, "every internal link and anchor resolves", not broken, ", ".join(broken[:8]))
    finally:
        browser.close()

    if arguments.metrics:
        with open(arguments.metrics, "w") as file:
            json.dump(metrics, file, indent=2, sort_keys=True)
    print(f"browser test: {len(pages)} pages in {time.time() - started:.1f} s")
    for failure in results.failures:
        print("FAILED:", failure)
    print(f"{results.passed} passed, {results.failed} failed")
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main())
