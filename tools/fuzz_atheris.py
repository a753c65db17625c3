"""Coverage-guided fuzzing of factcheck's readers with atheris (libFuzzer), for long runs.

The hypothesis tests in ``tests/fuzz/`` run a few thousand inputs on every
test run; this harness runs as many as you give it time for, guided by the
code each input reaches. atheris is not a dependency of factcheck nor of its
tests: install it into your environment first. Usage::

    pip install atheris
    python tools/fuzz_atheris.py parse_figure -atheris_runs=200000
    python tools/fuzz_atheris.py find_figures -max_total_time=600
    python tools/fuzz_atheris.py loads -max_len=4096 -max_total_time=3600 my-corpus/

The first argument names the target; every other argument goes to libFuzzer
(``-help=1`` lists them). Targets:

``parse_figure``
    one figure from the input text; may raise only FactcheckError
``find_figures``, ``scan``
    every figure / every relation of the input text; may raise nothing
``loads``
    the input as a claims file about the example article; may raise only
    FactcheckError, and a file that loads must check and render as JSON

The input bytes are decoded as UTF-8 (bad bytes replaced). Anything else
raised is a crash: libFuzzer writes the input to ``crash-<hash>`` and stops;
replay it with ``python tools/fuzz_atheris.py TARGET crash-<hash>``.

Unless you name corpus folders, a seed corpus is written to a temporary
folder (the grammar's vocabulary from :func:`factcheck.strategies.fragments`,
the example article's lines, the example claims file and the claims files in
the rules' documentation), and unless you pass ``-dict=``, the same
fragments are handed to libFuzzer as a dictionary, so that mutations splice
in real words rather than random bytes.
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "afghanistan"
TARGETS = ("parse_figure", "find_figures", "scan", "loads")


def _dictionary_entry(text: str) -> str:
    """``text`` as a libFuzzer dictionary line: printable ASCII as is, the rest \\xNN-escaped."""
    escaped = "".join(
        chr(b) if 32 <= b < 127 and chr(b) not in '"\\' else f"\\x{b:02x}"
        for b in text.encode("utf-8", "surrogatepass")  # a lone surrogate is a fragment too
    )
    return f'"{escaped}"'


def _seeds(target: str) -> list[str]:
    from factcheck.rules import all_rules
    from factcheck.strategies import fragments

    article = (EXAMPLE / "article.md").read_text(encoding="utf-8")
    if target == "loads":
        seeds = [(EXAMPLE / "article.claims.yaml").read_text(encoding="utf-8")]
        seeds += [rule.examples_yaml() for rule in all_rules() if rule.examples_yaml()]
        return seeds
    return [*fragments(), *article.splitlines()]


def _prepare(target: str, argv: list[str]) -> list[str]:
    """libFuzzer's arguments, with a seed corpus and a dictionary added unless given."""
    from factcheck.strategies import fragments

    work = Path(tempfile.mkdtemp(prefix=f"factcheck-fuzz-{target}-"))
    args = list(argv)
    if not any(arg.startswith("-dict=") for arg in args):
        words = work / "words.dict"
        words.write_text("\n".join(map(_dictionary_entry, fragments())) + "\n", encoding="utf-8")
        args.append(f"-dict={words}")
    if not any(not arg.startswith("-") for arg in args):
        corpus = work / "corpus"
        corpus.mkdir()
        for number, seed in enumerate(_seeds(target)):
            (corpus / f"seed-{number:05d}").write_bytes(seed.encode("utf-8", "surrogatepass"))
        args.append(str(corpus))
        print(f"seed corpus: {corpus}", file=sys.stderr)
    return args


def _target(name: str) -> Callable[[bytes], None]:
    """The function libFuzzer calls with each input, for target ``name``."""
    from factcheck.claims import loads
    from factcheck.errors import FactcheckError
    from factcheck.reports import get_renderer
    from factcheck.text.parse import parse_figure
    from factcheck.text.scanner import find_figures

    article = (EXAMPLE / "article.md").read_text(encoding="utf-8")
    json_renderer = get_renderer("json")

    def read(data: bytes) -> str:
        return data.decode("utf-8", "replace")

    def run_parse_figure(data: bytes) -> None:
        with contextlib.suppress(FactcheckError):
            parse_figure(read(data))

    def run_find_figures(data: bytes) -> None:
        find_figures(read(data))

    def run_scan(data: bytes) -> None:
        from factcheck.scan import scan

        json_renderer.render(scan(read(data)))

    def run_loads(data: bytes) -> None:
        try:
            claimset = loads(read(data), article=article, file="fuzz.claims.yaml")
        except FactcheckError:
            return
        json_renderer.render(claimset.check())

    return {
        "parse_figure": run_parse_figure,
        "find_figures": run_find_figures,
        "scan": run_scan,
        "loads": run_loads,
    }[name]


def main(argv: list[str]) -> int:
    """Fuzz the target named by ``argv[1]``, passing the other arguments to libFuzzer."""
    if len(argv) < 2 or argv[1] not in TARGETS:
        print(f"usage: {argv[0]} {{{','.join(TARGETS)}}} [libFuzzer options] [corpus...]")
        return 2
    try:
        import atheris
    except ImportError:
        print("atheris is not installed: pip install atheris", file=sys.stderr)
        return 2
    target = argv[1]
    # Instrument factcheck (and only it) so that libFuzzer sees which branches
    # each input reaches; the imports must happen inside this block.
    with atheris.instrument_imports(include=["factcheck"]):
        test_one_input = _target(target)
        args = _prepare(target, argv[2:])
    atheris.Setup([argv[0], *args], test_one_input)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
