"""Precision and recall of ``factcheck scan`` on the project's own labelled corpus.

The corpus (``benchmarks/scan_corpus/``) holds short news-like articles
written for the project and ``labels.yaml``, which lists every relation an
editor would expect the scan to find, the figure its finding points at and
the status it should have. A finding is a true positive when a label has its
rule and flagged span *and* its status; any other finding is a false
positive (a wrong status counts as both a false positive and a miss).

Run::

    python benchmarks/scan_eval.py            # totals and one line per article
    python benchmarks/scan_eval.py --verbose  # and every miss and false alarm
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import attrs
import yaml

from factcheck.scan import scan

CORPUS = Path(__file__).resolve().parent / "scan_corpus"


@attrs.frozen
class Label:
    """One expected finding: rule, the flagged span in the article, and the status."""

    rule: str
    start: int
    end: int
    status: str
    near: str


@attrs.frozen
class Outcome:
    """What the scan found in one article, against its labels."""

    article: str
    hits: tuple[Label, ...]
    misses: tuple[Label, ...]
    false_alarms: tuple[str, ...]  #: findings no label accounts for, described


@attrs.frozen
class Score:
    """Totals over the corpus."""

    outcomes: tuple[Outcome, ...]

    @property
    def true_positives(self) -> int:
        """Findings that match a label, status included."""
        return sum(len(o.hits) for o in self.outcomes)

    @property
    def false_positives(self) -> int:
        """Findings that match no label."""
        return sum(len(o.false_alarms) for o in self.outcomes)

    @property
    def false_negatives(self) -> int:
        """Labels no finding matched."""
        return sum(len(o.misses) for o in self.outcomes)

    @property
    def precision(self) -> float:
        """Share of findings that are right (1.0 when there are none)."""
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        """Share of labelled relations found with the right status."""
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0


def _place(text: str, entry: dict[str, str], article: str) -> Label:
    near = entry["near"]
    at = text.find(near)
    if at == -1 or text.find(near, at + 1) != -1:
        raise ValueError(f"{article}: snippet {near!r} must occur exactly once")
    figure = entry.get("figure", near)
    offset = near.find(figure)
    if offset == -1:
        raise ValueError(f"{article}: figure {figure!r} is not inside {near!r}")
    start = at + offset
    return Label(entry["rule"], start, start + len(figure), entry["status"], near)


def load_labels(folder: Path = CORPUS) -> dict[str, list[Label]]:
    """The labels of every article in ``folder``, placed in its text."""
    raw = yaml.safe_load((folder / "labels.yaml").read_text(encoding="utf-8"))
    labels: dict[str, list[Label]] = {}
    for article, entries in raw.items():
        text = (folder / article).read_text(encoding="utf-8")
        labels[article] = [_place(text, entry, article) for entry in entries]
    return labels


def evaluate(folder: Path = CORPUS) -> Score:
    """Scan every labelled article and compare the findings with the labels."""
    outcomes: list[Outcome] = []
    for article, labels in sorted(load_labels(folder).items()):
        text = (folder / article).read_text(encoding="utf-8")
        findings = scan(text, document=article).findings
        remaining = list(labels)
        hits: list[Label] = []
        alarms: list[str] = []
        for finding in findings:
            where = (finding.rule, finding.location.start, finding.location.end)
            match = next(
                (lab for lab in remaining if (lab.rule, lab.start, lab.end) == where), None
            )
            if match is not None and match.status == finding.status.value:
                remaining.remove(match)
                hits.append(match)
                continue
            alarms.append(
                f"{finding.rule} {finding.status.value} at {finding.location.line}:"
                f"{finding.location.column} {finding.quote!r}: {finding.message}"
            )
        outcomes.append(Outcome(article, tuple(hits), tuple(remaining), tuple(alarms)))
    return Score(tuple(outcomes))


def main(argv: Sequence[str] | None = None) -> int:
    """Print precision and recall; ``--verbose`` lists every miss and false alarm."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder with labels.yaml")
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses and alarms")
    args = parser.parse_args(argv)
    score = evaluate(args.corpus)
    for outcome in score.outcomes:
        print(
            f"{outcome.article:<18} found {len(outcome.hits):>2}  "
            f"missed {len(outcome.misses):>2}  false {len(outcome.false_alarms):>2}"
        )
        if args.verbose:
            for label in outcome.misses:
                print(f"    miss  {label.rule} {label.status} {label.near!r}")
            for alarm in outcome.false_alarms:
                print(f"    FALSE {alarm}")
    labels = score.true_positives + score.false_negatives
    print(
        f"\n{len(score.outcomes)} articles, {labels} labelled relations: "
        f"precision {score.precision:.3f}, recall {score.recall:.3f} "
        f"({score.true_positives} found, {score.false_positives} false, "
        f"{score.false_negatives} missed)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
