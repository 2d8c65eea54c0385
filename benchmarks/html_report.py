"""How long the HTML report takes to write and to open in a browser.

    python benchmarks/html_report.py DIRECTORY [-n 500]

Checks the first N articles of DIRECTORY (sorted by path) with ``--format html``, then opens
the report in headless Chromium (the system's, driven by Playwright) and reports: the time
to write the report, its size, the time until the page's ``load`` event, and the time to open
the worst article and show the card of its first highlight, as a reader would.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newslint.io.files import collect_files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("-n", type=int, default=500, help="how many articles (default 500)")
    options = parser.parse_args()
    paths = sorted(str(path) for _, path in collect_files([options.directory], [], Path.cwd())
                   if path is not None)[: options.n]
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.html"
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "newslint", "check", "--format", "html", "-o",
                        str(report), "--fail-on", "never", *paths], check=True)
        written = time.perf_counter() - started
        print(f"{len(paths)} articles: report written in {written:.2f} s, "
              f"{report.stat().st_size / 1e6:.1f} MB")
        load, article = open_in_browser(report)
    print(f"opened in Chromium: load event after {load:.2f} s; worst article and its first "
          f"card shown after {article:.2f} s more")
    return 0


def open_in_browser(report: Path) -> tuple[float, float]:
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1100, "height": 1000})
        started = time.perf_counter()
        page.goto(report.as_uri(), wait_until="load")
        page.locator("table.index tbody tr").first.wait_for()
        load = time.perf_counter() - started
        started = time.perf_counter()
        page.locator("table.index tbody tr a").first.click()
        mark = page.locator(".doc:target mark.hl").first
        if mark.count():
            mark.click()
            page.locator("#card").wait_for(state="visible")
        article = time.perf_counter() - started
        browser.close()
    return load, article


if __name__ == "__main__":
    sys.exit(main())
