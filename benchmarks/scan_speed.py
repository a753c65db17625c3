"""Scanning speed in MB/s on one core, against quantulum3 on the same text in the same run.

The corpus is news-like text: the project's own scan corpus and example
article, and the NewsQuant sentences when ``../shared`` is there, repeated
to a few megabytes. Articles are scanned one at a time, as ``factcheck scan``
does, and the three scanners take turns article by article, so a busy
machine slows them alike. quantulum3 is slow, so it gets a time budget and
its speed is measured on the articles it reached.

    python benchmarks/scan_speed.py              # 4 MB, quantulum3 for 20 s
    python benchmarks/scan_speed.py --mb 8 --quantulum-seconds 60

quantulum3 is a benchmark-only dependency (``pip install "factcheck[bench]"``);
without it the factcheck rows are still measured.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from collections.abc import Callable
from typing import Any

from _harness import ROOT, heading, table

NEWSQUANT = ROOT.parent / "shared" / "benchmarks" / "newsquant" / "dev.json"
SEED = ROOT.parent / "shared" / "seed" / "000_c395238ed884690e.txt"


def sources() -> dict[str, list[str]]:
    """The corpus's sources, each a list of articles: they differ in how dense their figures are."""
    found = {
        "own scan corpus": [
            p.read_text(encoding="utf-8")
            for p in sorted((ROOT / "benchmarks").glob("scan_corpus/*.md"))
        ],
        "example article": [
            (ROOT / "examples" / "afghanistan" / "article.md").read_text(encoding="utf-8")
        ],
    }
    if NEWSQUANT.exists():
        sentences = [item["text"] for item in json.loads(NEWSQUANT.read_text(encoding="utf-8"))]
        # Five sentences a paragraph, twenty paragraphs an article.
        paragraphs = [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
        found["NewsQuant sentences"] = [
            "\n\n".join(paragraphs[i : i + 20]) for i in range(0, len(paragraphs), 20)
        ]
    return found


def corpus(megabytes: float) -> list[str]:
    """Articles adding up to at least ``megabytes`` of UTF-8 text."""
    base = [article for articles in sources().values() for article in articles]
    articles: list[str] = []
    size = 0
    while size < megabytes * 1e6:
        for article in base:
            articles.append(article)
            size += len(article.encode("utf-8"))
    return articles


def quantulum() -> Callable[[str], Any] | None:
    """quantulum3's parser, or ``None`` when it is not installed."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return None
    return parser.parse  # type: ignore[no-any-return]


def by_density(
    find_figures: Callable[[str], list[Any]], scan: Callable[[str], Any], megabytes: float = 0.3
) -> str:
    """Speed per source: the time goes with the number of figures, not of bytes.

    The seed article (a real news analysis, read from ``../shared`` when it is
    there) stands for ordinary news; the own corpus is written to be dense
    with relations, and NewsQuant's sentences were chosen for their figures.
    """
    groups = sources()
    if SEED.exists():
        groups["seed article (real news)"] = [SEED.read_text(encoding="utf-8")]
    rows = []
    for name, articles in groups.items():
        chars = sum(len(a) for a in articles)
        figures = sum(len(find_figures(a)) for a in articles)
        repeats = max(1, round(megabytes * 1e6 / sum(len(a.encode("utf-8")) for a in articles)))
        speeds = []
        for run in (find_figures, scan):
            began = time.process_time()
            for _ in range(repeats):
                for article in articles:
                    run(article)
            spent = time.process_time() - began
            speeds.append(
                f"{sum(len(a.encode('utf-8')) for a in articles) * repeats / 1e6 / spent:.2f}"
            )
        rows.append((name, f"{chars / max(figures, 1):.0f}", *speeds))
    heading_line = f"\nBy source (each repeated to about {megabytes} MB)\n\n"
    return heading_line + table(
        ("source", "chars per figure", "find_figures MB/s", "scan MB/s"), rows
    )


def main() -> int:
    arg = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arg.add_argument("--mb", type=float, default=4.0, help="corpus size (default 4 MB)")
    arg.add_argument("--quantulum-seconds", type=float, default=20.0)
    args = arg.parse_args()

    from factcheck.scan import scan
    from factcheck.text.scanner import find_figures

    articles = corpus(args.mb)
    scanners: dict[str, Callable[[str], Any]] = {
        "factcheck find_figures (figures only)": find_figures,
        "factcheck scan (figures, relations, checks)": scan,
    }
    parse = quantulum()
    if parse is not None:
        scanners["quantulum3 parser.parse"] = parse
    for run in scanners.values():  # warm up: imports, registry, caches
        run(articles[0])
    seconds = dict.fromkeys(scanners, 0.0)
    scanned = dict.fromkeys(scanners, 0)
    found = dict.fromkeys(scanners, 0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for article in articles:
            size = len(article.encode("utf-8"))
            for name, run in scanners.items():
                if name.startswith("quantulum3") and seconds[name] > args.quantulum_seconds:
                    continue
                began = time.process_time()
                result = run(article)
                seconds[name] += time.process_time() - began
                scanned[name] += size
                found[name] += len(getattr(result, "findings", result))

    heading("Scanning speed")
    print(f"{len(articles)} articles, {sum(len(a.encode()) for a in articles) / 1e6:.1f} MB\n")
    reference = "quantulum3 parser.parse"
    rows = []
    for name in scanners:
        speed = scanned[name] / 1e6 / seconds[name]
        ratio = ""
        if reference in scanners:
            ratio = f"{speed / (scanned[reference] / 1e6 / seconds[reference]):.0f}x"
        rows.append(
            (
                name,
                f"{scanned[name] / 1e6:.2f}",
                f"{seconds[name]:.1f}",
                f"{speed:.2f}",
                ratio,
                f"{found[name]:,}",
            )
        )
    print(table(("scanner", "MB", "CPU s", "MB/s", "vs quantulum3", "found"), rows))
    print(by_density(find_figures, scan))
    if parse is None:
        print('\nquantulum3 is not installed: pip install "factcheck[bench]"')
    return 0


if __name__ == "__main__":
    sys.exit(main())
