"""Render an HTML report to PNG with headless Chromium, to look at it (or put it in the docs).

Usage::

    python tools/screenshot_html.py report.html out.png [--width 1280] [--height 1600]
    python tools/screenshot_html.py --fixture docs/img/report-html.png

``--fixture`` renders the test fixture report (``tests/reports_fixture.py``)
first, which is how ``docs/img/report-html.png`` is made. Needs a
``chromium`` binary (Debian: ``apt-get install chromium``); the browser runs
with networking features off and a throw-away profile, and the report itself
fetches nothing.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    sys.exit("no chromium found: install it (Debian: apt-get install chromium)")


def screenshot(html: Path, png: Path, *, width: int, height: int) -> None:
    """Write a ``width`` × ``height`` screenshot of the page ``html`` to ``png``."""
    png.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                _chromium(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                f"--user-data-dir={profile}",
                f"--screenshot={png.resolve()}",
                f"--window-size={width},{height}",
                html.resolve().as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


def _fixture_html() -> str:
    sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]
    from factcheck.reports import get_renderer
    from reports_fixture import make_report  # type: ignore[import-not-found]

    return get_renderer("html").render(make_report())


def main(argv: list[str] | None = None) -> None:
    """Command-line entry: see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("html", nargs="?", type=Path, help="the HTML report to render")
    parser.add_argument("png", type=Path, help="where to write the PNG")
    parser.add_argument("--fixture", action="store_true", help="render the test fixture report")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=1600)
    args = parser.parse_args(argv)
    if args.fixture:
        with tempfile.TemporaryDirectory() as tmp:
            page = Path(tmp) / "report.html"
            page.write_text(_fixture_html(), encoding="utf-8")
            screenshot(page, args.png, width=args.width, height=args.height)
    elif args.html is None:
        parser.error("give an HTML file, or --fixture")
    else:
        screenshot(args.html, args.png, width=args.width, height=args.height)


if __name__ == "__main__":
    main()
