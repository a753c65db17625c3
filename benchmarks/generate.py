"""Generated articles and claims files of any size, built from the rules' own examples.

Every rule documents pass/fail examples (a text, its claims, one check and the
expected status). Block ``i`` of a generated article is example ``i mod k``
with a unique marker in front, and its claims quote from that marker to the
original quote, so every quote is found exactly once however long the
article grows. The expected statuses come with the files, so a benchmark can
also confirm that the generated checks still come out as documented.

    python benchmarks/generate.py 1000 /tmp/fc1k     # article.md + article.claims.yaml

Used by ``throughput.py`` (one article, many checks) and ``many_files.py``
(many articles).
"""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import yaml

#: Letters that cannot spell a number word, so a marker never reads as a figure.
_CONSONANTS = "bcdfghjklmnpqrstvwxz"
_SafeDumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def marker(i: int) -> str:
    """A unique, figure-free label for block ``i``: ``Ref b.``, ``Ref c.``... ``Ref bc.``."""
    letters = ""
    i += 1
    while i:
        i, digit = divmod(i - 1, len(_CONSONANTS))
        letters = _CONSONANTS[digit] + letters
    return f"Ref {letters}."


@cache
def usable_cases() -> list[dict[str, Any]]:
    """The rule examples whose quotes can be made unique (all of them but a few).

    Left out: examples that need their own publication date (the generated
    article has none) and quotes that appear more than once in their text.
    """
    from factcheck.rules import all_rules
    from factcheck.testing import examples

    cases = []
    for rule in all_rules():
        for case in examples(rule):
            if "published" in case:
                continue
            claims = _claims(case)
            quotes = [c["quote"] for c in claims.values() if "quote" in c]
            if all(case["text"].count(q) == 1 for q in quotes):
                cases.append(case)
    return cases


def _claims(case: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        str(cid): ({"quote": spec} if isinstance(spec, str) else dict(spec))
        for cid, spec in (case.get("claims") or {}).items()
    }


def blocks(
    n: int, cases: list[dict[str, Any]], first: int = 0
) -> Iterator[tuple[str, dict[str, Any], str]]:
    """``n`` blocks from case ``first`` on: (paragraph, {"claims", "check"}, expected status)."""
    shifted = itertools.islice(itertools.cycle(cases), first % len(cases), None)
    for i, case in zip(range(n), shifted, strict=False):
        label = marker(i)
        paragraph = f"{label} {case['text']}"
        claims: dict[str, dict[str, Any]] = {}
        for cid, spec in _claims(case).items():
            spec = {k: (v if isinstance(v, int | list) else str(v)) for k, v in spec.items()}
            if "quote" in spec:
                quote = spec["quote"]
                end = paragraph.index(quote) + len(quote)
                spec["figure"] = spec.get("figure", quote)
                spec["quote"] = paragraph[:end]
            claims[f"{cid}_{i}"] = spec
        check = dict(case["check"])
        for role, value in list(check.items()):
            if role in ("rule", "options", "severity"):
                continue
            check[role] = [f"{v}_{i}" for v in value] if isinstance(value, list) else f"{value}_{i}"
        yield paragraph, {"claims": claims, "check": check}, str(case["expect"])


def write(n: int, folder: Path, name: str = "article", first: int = 0) -> list[str]:
    """Write ``folder/name.md`` and ``folder/name.claims.yaml`` with ``n`` checks.

    ``first`` picks the example to start from, so that many small articles
    differ from one another.

    Returns the expected status of each check, in order.
    """
    folder.mkdir(parents=True, exist_ok=True)
    paragraphs = [f"# Generated article {name} ({n} checks)"]
    claims: dict[str, Any] = {}
    checks: list[dict[str, Any]] = []
    expected: list[str] = []
    for paragraph, block, expect in blocks(n, usable_cases(), first):
        paragraphs.append(paragraph)
        claims.update(block["claims"])
        checks.append(block["check"])
        expected.append(expect)
    (folder / f"{name}.md").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    data = {"document": f"{name}.md", "claims": claims, "checks": checks}
    text = yaml.dump(data, Dumper=_SafeDumper, sort_keys=False, allow_unicode=True, width=1000)
    (folder / f"{name}.claims.yaml").write_text(text, encoding="utf-8")
    return expected


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checks", type=int)
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    expected = write(args.checks, args.folder)
    print(f"wrote {args.folder}/article.md and article.claims.yaml: {len(expected)} checks")


if __name__ == "__main__":
    main()
