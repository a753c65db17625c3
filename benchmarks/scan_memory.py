"""Peak memory of ``factcheck scan`` per byte of article, on a 10 MB article of real news.

The article is the BBC 2004 corpus (``../shared/corpus/bbc-2004``), every
file in sorted order, joined by blank lines and repeated until it reaches
``--mb`` megabytes. Each command runs in its own process; its peak resident
memory (``ru_maxrss``, what ``/usr/bin/time -v`` prints as "Maximum resident
set size") minus that of the same command on an empty article is what the
article cost, divided by the article's size in bytes.

    python benchmarks/scan_memory.py             # 10 MB, scan and scan --figures
    python benchmarks/scan_memory.py --mb 2 --keep /tmp/big.md

The brief's bar is 20 bytes of memory per byte of text.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from _harness import ROOT, heading, run_timed, table

CORPUS = ROOT.parent / "shared" / "corpus" / "bbc-2004"

#: The commands measured: label and the arguments after ``factcheck``.
COMMANDS = {
    "scan --format json": ["scan", "{file}", "--format", "json", "-o", "{out}", "-j", "1"],
    "scan --figures --format json": [
        "scan",
        "{file}",
        "--figures",
        "--format",
        "json",
        "-o",
        "{out}",
    ],
}


def build_article(target: Path, megabytes: float) -> int:
    """Write the corpus, repeated to ``megabytes``, to ``target``; its size in bytes."""
    articles = [
        p.read_text(encoding="utf-8", errors="replace") for p in sorted(CORPUS.rglob("*.txt"))
    ]
    if not articles:
        sys.exit(f"no corpus at {CORPUS}")
    want = int(megabytes * 1_000_000)
    size = 0
    with target.open("w", encoding="utf-8") as out:
        while size < want:
            for text in articles:
                piece = text.strip() + "\n\n"
                out.write(piece)
                size += len(piece.encode("utf-8"))
                if size >= want:
                    break
    return target.stat().st_size


def peak_mb(args: list[str], file: Path, out: Path) -> float:
    """The peak resident memory, in MB, of ``factcheck`` run with ``args`` on ``file``."""
    cmd = [sys.executable, "-m", "factcheck", *(a.format(file=file, out=out) for a in args)]
    return run_timed(cmd).max_rss_mb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=10.0, help="article size in MB (default 10)")
    parser.add_argument(
        "--keep", type=Path, default=None, help="write the article here and keep it"
    )
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        article = options.keep or folder / "big.md"
        size = build_article(article, options.mb)
        empty = folder / "empty.md"
        empty.write_text("", encoding="utf-8")
        out = folder / "out.json"
        rows = []
        for label, args in COMMANDS.items():
            base = peak_mb(args, empty, out)
            peak = peak_mb(args, article, out)
            per_byte = (peak - base) * 1024 * 1024 / size
            rows.append([label, f"{base:.0f}", f"{peak:.0f}", f"{per_byte:.1f}"])
    heading(f"Peak memory on a {size / 1e6:.1f} MB article ({size:,} bytes)")
    print(table(["command", "empty (MB)", "article (MB)", "bytes per byte"], rows))


if __name__ == "__main__":
    main()
