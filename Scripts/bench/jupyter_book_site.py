#!/usr/bin/env python3
"""Jupyter Book building the site benchmark's book: the reference of BENCHMARKS.md S.

usage: jupyter_book_site.py [REPEATS]

Writes the same three pages as Sources/bench/Workloads/BenchBook.swift (about 60 lines
of prose, two display formulas, four printing code cells and one matplotlib line plot
each) as MyST Markdown notebooks in a temporary folder, with execution cached
(`execute_notebooks: cache`), and times `jupyter-book build` as a whole process in four
situations, the median of REPEATS (3) each: clean (no _build folder), unchanged, after a
prose-only edit of page 1, after changing the line width in page 2's plot. Prints one
JSON line: {"jupyter_book": version, "clean": s, "unchanged": s, "prose": s, "code": s}
or {"missing": ...}.
Install: .venv-bench/bin/pip install jupyter-book==1.0.4 matplotlib numpy ipykernel
"""

import json
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

# The same sentences as the Swift side (Sources/bench/Workloads/BenchBook.swift).
SENTENCES = [
    line for line in (pathlib.Path(__file__).parent / "site-book-prose.txt").read_text().splitlines() if line
]

HEADER = """---
jupytext:
  text_representation:
    format_name: myst
kernelspec:
  display_name: Python 3
  name: python3
---
"""


def prose(paragraph, page, draft):
    lines = [SENTENCES[(line + paragraph + page) % len(SENTENCES)] for line in range(10)]
    if paragraph == 0:
        lines.append(f"This page is in its first version (draft {draft}).")
    return "\n".join(lines) + "\n"


def page(number, draft=0, width=1.0):
    scale = float(number)
    text = HEADER + f"\n# Benchmark page {number}\n\n"
    for block in range(4):
        text += prose(block, number, draft) + "\n"
        if block == 0:
            text += "$$\n\\bar x = \\frac{1}{n} \\sum_{i=1}^{n} x_i\n$$\n\n"
        elif block == 1:
            text += "$$\n\\sigma^2 = \\frac{1}{n} \\sum_{i=1}^{n} (x_i - \\bar x)^2\n$$\n\n"
        text += (
            "```{code-cell} ipython3\n"
            + ("import numpy as np\n" if block == 0 else "")
            + f"x{block} = np.arange(1000) * {scale} / 1000\n"
            + f'print("sum", x{block}.sum(), "mean", x{block}.mean())\n'
            + "```\n\n"
        )
    text += prose(4, number, draft) + "\n"
    text += (
        "```{code-cell} ipython3\n"
        "import matplotlib.pyplot as plt\n"
        "grid = np.arange(201) / 20\n"
        f"plt.plot(grid, np.sin({scale} * grid), linewidth={width:.2f})\n"
        'plt.title("A sine wave, drawn from 201 points.")\n'
        "plt.show()\n"
        "```\n\n"
    )
    text += prose(5, number, draft)
    return text


def write_book(folder, draft=0, width=1.0):
    if (folder / "_config.yml").exists():
        return write_pages(folder, draft, width)
    (folder / "_config.yml").write_text(
        "title: Benchmark\nauthor: Underbrace\nexecute:\n  execute_notebooks: cache\n"
    )
    (folder / "_toc.yml").write_text(
        "format: jb-book\nroot: bench-one\nchapters:\n- file: bench-two\n- file: bench-three\n"
    )
    write_pages(folder, draft, width)


def write_pages(folder, draft, width):
    for number, slug in enumerate(["bench-one", "bench-two", "bench-three"], start=1):
        text = page(number, draft=draft if number == 1 else 0, width=width if number == 2 else 1.0)
        path = folder / f"{slug}.md"
        # Sphinx notices changes by modification time: touch only the page edited.
        if not path.exists() or path.read_text() != text:
            path.write_text(text)


def timed_build(folder):
    executable = pathlib.Path(sys.executable).parent / "jupyter-book"
    start = time.perf_counter()
    result = subprocess.run(
        [str(executable), "build", str(folder)], capture_output=True, text=True
    )
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"jupyter-book build failed: {result.stderr[-400:]}")
    if "Execution Failed" in result.stdout + result.stderr:
        raise SystemExit("a notebook failed to execute: " + (result.stdout + result.stderr)[-400:])
    return seconds


def main():
    try:
        import jupyter_book
        import matplotlib  # noqa: F401
        import numpy  # noqa: F401
    except ImportError as error:
        print(json.dumps({"missing": error.name}))
        return
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    os.environ.setdefault("MPLBACKEND", "Agg")
    results = {"clean": [], "unchanged": [], "prose": [], "code": []}
    with tempfile.TemporaryDirectory(prefix="jupyter-book-bench-") as name:
        folder = pathlib.Path(name)
        write_book(folder)
        timed_build(folder)  # warms the interpreter's and the kernel's file caches
        for _ in range(repeats):
            shutil.rmtree(folder / "_build", ignore_errors=True)
            results["clean"].append(timed_build(folder))
        for _ in range(repeats):
            results["unchanged"].append(timed_build(folder))
        for draft in range(1, repeats + 1):
            write_book(folder, draft=draft)
            results["prose"].append(timed_build(folder))
        for edit in range(1, repeats + 1):
            write_book(folder, draft=repeats, width=1 + 0.25 * edit)
            results["code"].append(timed_build(folder))
    output = {key: statistics.median(values) for key, values in results.items()}
    output["jupyter_book"] = jupyter_book.__version__
    print(json.dumps(output))


if __name__ == "__main__":
    main()
