#!/usr/bin/env python3
"""Takes a screenshot of a page of the built site in headless Chromium.

    python3 Tests/Browser/screenshot.py site/floating-point/index.html out.png \
        --width 360 --dark --top 1200 --height 900

Without --height the whole page is captured. --hover SELECTOR moves the mouse over
the first matching element first (to look at a hover card).
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("page", help="a file of the built site, or a URL")
    parser.add_argument("output", help="the PNG to write")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--top", type=int, default=0, help="page offset of the capture, in CSS pixels")
    parser.add_argument("--height", type=int, help="height of the capture (default: to the end of the page)")
    parser.add_argument("--dark", action="store_true", help="prefer the dark colour scheme")
    parser.add_argument("--print", action="store_true", help="use the print stylesheet")
    parser.add_argument("--hover", help="CSS selector of an element to hover over")
    parser.add_argument("--anchor", help="CSS selector: start the capture at this element")
    arguments = parser.parse_args()

    url = arguments.page if "://" in arguments.page else "file://" + os.path.abspath(arguments.page)
    browser = Browser()
    try:
        page = browser.new_page(width=arguments.width, height=arguments.height or 900)
        page.color_scheme("dark" if arguments.dark else "light")
        if arguments.print:
            page.send("Emulation.setEmulatedMedia", {"media": "print"})
        page.navigate(url)
        top = arguments.top
        if arguments.anchor:
            top += int(page.evaluate(
                f"document.querySelector({arguments.anchor!r}).getBoundingClientRect().top + scrollY"))
        if arguments.hover:
            box = page.evaluate(
                f"(() => {{ const e = document.querySelector({arguments.hover!r}); e.scrollIntoView({{block: 'center'}});"
                " const r = e.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2, scrollY]; })()")
            page.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": box[0], "y": box[1]})
            if not arguments.anchor and not arguments.top:
                top = int(box[2] + box[1] - (arguments.height or 900) / 2)
        total = page.evaluate("document.documentElement.scrollHeight")
        height = arguments.height or total - top
        page.screenshot(arguments.output, clip={
            "x": 0, "y": max(0, top), "width": arguments.width, "height": max(1, min(height, total - top)),
            "scale": 1})
    finally:
        browser.close()


if __name__ == "__main__":
    main()
