"""The zero-config scan: the arithmetic a text states about itself.

The scan is its own stage, after the figure readers of :mod:`factcheck.text`
and before the engine:

1. :mod:`factcheck.text` reads every figure (value, unit, hedge, trend);
2. :mod:`~factcheck.scan.sentences` splits the text into sentences and blocks
   (a figure never joins another across a blank line or a heading);
3. :mod:`~factcheck.scan.mentions` turns each figure into a mention: the
   measure it is about, its direction, its time anchor, the comparison
   words before it, with a restating bracket ("$1.13bn (£600m)") folded in;
4. :mod:`~factcheck.scan.shapes` and :mod:`~factcheck.scan.levels` read the
   relations one sentence states; :mod:`~factcheck.scan.links` joins a change
   stated without its levels to the one level pair elsewhere in the article
   about the same measure;
5. :mod:`~factcheck.scan.detect` hands every relation to the rules and places
   the findings.

>>> report = scan("Killings rose from 780 in 2019 to 996 in 2020, an increase of 28%.")
>>> [(f.rule, f.status.value, f.quote) for f in report.findings]
[('percent_change', 'consistent', '28%')]
"""

from __future__ import annotations

from factcheck.scan.detect import detect, scan
from factcheck.scan.relation import Relation
from factcheck.scan.sentences import sentences

__all__ = ["Relation", "detect", "scan", "sentences"]
