"""The HTML report: one self-contained page with each article and its flagged figures.

Every flagged span is highlighted in the article by status (inconsistent
red, undetermined amber, consistent green) and links to its finding; every
finding links back to its place in the text. The page has inline CSS only:
no scripts, fonts or images are fetched, so it can be attached to a ticket
or opened offline, and it reflows to one column on a phone.

The template lives in this module as a string and is rendered by jinja2
with autoescaping on, so article text, messages and paths can never inject
markup. jinja2 is imported only when an HTML report is rendered.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from factcheck.reports.base import BaseRenderer
from factcheck.reports.common import (
    STATUS_ORDER,
    check_label,
    location_label,
    position,
    summary_record,
    tool_version,
)

if TYPE_CHECKING:
    import jinja2

    from factcheck.engine import DocumentReport, Report
    from factcheck.findings import Finding

__all__ = ["HtmlRenderer"]

_TEMPLATE = """\
{% macro finding(f) -%}
<li class="finding s-{{ f.status }}" id="{{ f.id }}">
<div class="head"><span class="badge">{{ f.status }}</span><span class="meta">{{ f.severity }}</span>
{% if f.target %}<a class="where" href="#{{ f.target }}">{{ f.where }}</a>{% else %}<span class="where">{{ f.where }}</span>{% endif %}
<span class="check">{{ f.check }}</span></div>
<p class="message">{{ f.message }}</p>
{% if f.values or f.quote or f.reading %}<dl class="values">
{% if f.quote %}<dt>quote</dt><dd class="quote">“{{ f.quote }}”</dd>{% endif %}
{% for label, text in f.values %}<dt>{{ label }}</dt><dd>{{ text }}</dd>
{% endfor %}
{% if f.reading %}<dt>reading</dt><dd>{{ f.reading }}</dd>{% endif %}
</dl>{% endif %}
{% if f.explanation %}<pre class="math">{{ f.explanation }}</pre>{% endif %}
</li>
{% endmacro -%}
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="factcheck {{ version }}">
<title>factcheck: {{ summary.text }}</title>
<style>
:root {
  --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --line: #d1d9e0;
  --bad: #cf222e; --bad-bg: #ffebe9; --warn: #9a6700; --warn-bg: #fff8c5;
  --good: #1a7f37; --good-bg: #dafbe1; --link: #0969da;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --line: #3d444d;
    --bad: #ff7b72; --bad-bg: #4b1d1d; --warn: #e3b341; --warn-bg: #3f3214;
    --good: #56d364; --good-bg: #12331d; --link: #4493f8;
  }
}
* { box-sizing: border-box; }
body {
  margin: 0; padding: 1rem; color: var(--fg); background: var(--bg);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
main { max-width: 78rem; margin: 0 auto; }
a { color: var(--link); }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 0; overflow-wrap: anywhere; }
.meta { color: var(--muted); font-size: .9rem; }
.counts { display: flex; flex-wrap: wrap; gap: .5rem; margin: .75rem 0 1.5rem; padding: 0;
  list-style: none; }
.counts li { padding: .2rem .7rem; border-radius: 1rem; font-weight: 600; font-size: .9rem; }
.s-inconsistent { --c: var(--bad); --c-bg: var(--bad-bg); }
.s-undetermined { --c: var(--warn); --c-bg: var(--warn-bg); }
.s-consistent { --c: var(--good); --c-bg: var(--good-bg); }
.counts li, .badge { color: var(--c); background: var(--c-bg); }
.doc { border: 1px solid var(--line); border-radius: .5rem; margin-bottom: 2rem; }
.doc > header { padding: .75rem 1rem; background: var(--panel);
  border-bottom: 1px solid var(--line); border-radius: .5rem .5rem 0 0; }
.columns { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
.article { margin: 0; padding: 1rem; white-space: pre-wrap; overflow-wrap: anywhere;
  font: 1.02rem/1.7 Georgia, "Times New Roman", serif; border-right: 1px solid var(--line); }
.article a.mark { color: inherit; text-decoration: none; background: var(--c-bg);
  border-bottom: 2px solid var(--c); border-radius: 2px; padding: 0 1px; }
.article a.mark.s-consistent { border-bottom-style: dotted; }
.anchor { scroll-margin-top: 4rem; }
.anchor:target + a.mark { outline: 3px solid var(--c); }
.findings { padding: 1rem; min-width: 0; }
.findings ol { list-style: none; margin: 0; padding: 0; }
.finding { border-left: 4px solid var(--c); background: var(--panel);
  padding: .6rem .8rem; margin-bottom: .75rem; border-radius: 0 .4rem .4rem 0;
  scroll-margin-top: 1rem; }
.finding:target { outline: 2px solid var(--c); }
.finding .head { display: flex; flex-wrap: wrap; gap: .25rem .6rem; align-items: baseline; }
.badge { font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .03em;
  padding: 0 .45rem; border-radius: .25rem; }
.where { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85rem;
  overflow-wrap: anywhere; }
.check { color: var(--muted); font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
  font-size: .8rem; overflow-wrap: anywhere; }
.message { margin: .35rem 0; white-space: pre-wrap; }
.quote { font-family: Georgia, serif; }
dl.values { display: grid; grid-template-columns: max-content minmax(0, 1fr);
  gap: .1rem .75rem; margin: .4rem 0; font-size: .9rem; }
dl.values dt { color: var(--muted); }
dl.values dd { margin: 0; overflow-wrap: anywhere; }
pre.math { margin: .4rem 0 0; padding: .4rem .6rem; background: var(--bg);
  border: 1px solid var(--line); border-radius: .3rem; overflow-x: auto; font-size: .85rem; }
details.passed summary { cursor: pointer; color: var(--good); font-weight: 600;
  margin: .5rem 0; }
.empty { color: var(--muted); font-style: italic; }
footer { color: var(--muted); font-size: .85rem; text-align: center; }
@media (max-width: 50rem) {
  body { padding: .5rem; }
  .columns { grid-template-columns: minmax(0, 1fr); }
  .article { border-right: 0; border-bottom: 1px solid var(--line); }
}
@media print { .columns { grid-template-columns: minmax(0, 1fr); } details > * { display: block; } }
</style>
</head>
<body>
<main>
<header>
<h1>factcheck report</h1>
<div class="meta">{{ summary.text }} · {{ summary.checks }} check{{ "" if summary.checks == 1 else "s" }}</div>
<ul class="counts">
{%- for status in statuses %}
<li class="s-{{ status }}">{{ summary[status] }} {{ status }}</li>
{%- endfor %}
</ul>
</header>
{% for doc in documents %}
<section class="doc" id="{{ doc.id }}">
<header>
<h2>{{ doc.title }}</h2>
<div class="meta">{% if doc.claims_file %}claims {{ doc.claims_file }}{% else %}scanned text{% endif %} · {{ doc.checks }} check{{ "" if doc.checks == 1 else "s" }} · {{ doc.problems|length }} to review</div>
</header>
<div class="columns">
<pre class="article">{% for piece in doc.pieces %}{% for anchor in piece.anchors %}<span class="anchor" id="{{ anchor }}"></span>{% endfor %}{% if piece.status %}<a class="mark s-{{ piece.status }}" href="#{{ piece.target }}" title="{{ piece.title }}">{{ piece.text }}</a>{% else %}{{ piece.text }}{% endif %}{% endfor %}</pre>
<div class="findings">
{% if not doc.problems and not doc.passed %}<p class="empty">No findings.</p>{% endif %}
{% if doc.problems %}<ol>
{% for f in doc.problems %}{{ finding(f) }}{% endfor %}
</ol>{% endif %}
{% if doc.passed %}<details class="passed"{% if not doc.problems %} open{% endif %}>
<summary>{{ doc.passed|length }} consistent</summary>
<ol>
{% for f in doc.passed %}{{ finding(f) }}{% endfor %}
</ol>
</details>{% endif %}
</div>
</div>
</section>
{% endfor %}
<footer>factcheck {{ version }}</footer>
</main>
</body>
</html>
"""


@functools.cache
def _template() -> jinja2.Template:
    import jinja2

    env = jinja2.Environment(
        autoescape=True,  # everything comes from input: article, claims, messages
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
        keep_trailing_newline=True,
    )
    return env.from_string(_TEMPLATE)


def _rank(status: str) -> int:
    """Lower is more pressing, so that the worst status of overlapping spans wins."""
    return STATUS_ORDER.index(status)


def _pieces(doc: DocumentReport, ids: list[str]) -> list[dict[str, Any]]:
    """The article cut at every span boundary, each piece with the worst finding covering it."""
    text = doc.text
    spans: list[tuple[int, int, int]] = []  # (start, end, index into doc.findings)
    for i, finding in enumerate(doc.findings):
        pos = position(finding, text)
        if pos.start is not None and pos.end is not None:
            spans.append((pos.start, pos.end, i))
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    starts: dict[int, list[str]] = {}
    for start, _, i in spans:
        starts.setdefault(start, []).append(f"t-{ids[i]}")
    pieces: list[dict[str, Any]] = []
    for a, b in zip(cuts, cuts[1:] + [len(text)], strict=True):
        covering = [i for s, e, i in spans if s <= a and b <= e and s < e]
        piece: dict[str, Any] = {
            "text": text[a:b],
            "anchors": starts.pop(a, []),
            "status": None,
            "target": None,
            "title": "",
        }
        if covering and b > a:
            worst = min(covering, key=lambda i: _rank(doc.findings[i].status.value))
            piece["status"] = doc.findings[worst].status.value
            piece["target"] = f"f-{ids[worst]}"
            piece["title"] = " · ".join(
                f"{doc.findings[i].status.value}: {doc.findings[i].message}" for i in covering
            )
        if piece["text"] or piece["anchors"]:
            pieces.append(piece)
    return pieces


def _finding(finding: Finding, doc: DocumentReport, fid: str) -> dict[str, Any]:
    pos = position(finding, doc.text)
    values = [
        (f"{label} · {v.name}" if v.name and label not in v.name else v.name or label, v.text)
        for label, group in (
            ("stated", finding.stated),
            ("recomputed", finding.recomputed),
            ("implied", finding.implied),
        )
        for v in group
    ]
    return {
        "id": f"f-{fid}",
        "target": f"t-{fid}" if pos.start is not None else None,
        "status": finding.status.value,
        "severity": finding.severity.value,
        "where": location_label(finding, doc),
        "check": check_label(finding),
        "message": finding.message,
        "quote": finding.quote,
        "values": values,
        "reading": finding.reading,
        "explanation": finding.explanation,
    }


def _document(doc: DocumentReport, number: int) -> dict[str, Any]:
    ids = [f"{number}-{i}" for i in range(1, len(doc.findings) + 1)]
    findings = [_finding(f, doc, fid) for f, fid in zip(doc.findings, ids, strict=True)]
    return {
        "id": f"doc-{number}",
        "title": doc.document or "text",
        "claims_file": doc.claims_file,
        "checks": doc.checks,
        "pieces": _pieces(doc, ids),
        "problems": [f for f in findings if f["status"] != "consistent"],
        "passed": [f for f in findings if f["status"] == "consistent"],
    }


class HtmlRenderer(BaseRenderer):
    """A single self-contained HTML page; ``color`` is ignored (the page always has colour)."""

    name = "html"
    suffix = ".html"
    media_type = "text/html"

    def render(self, report: Report, *, color: bool = False) -> str:
        """The report as an HTML document."""
        return _template().render(
            version=tool_version(),
            summary=summary_record(report),
            statuses=STATUS_ORDER,
            documents=[_document(doc, n) for n, doc in enumerate(report.documents, 1)],
        )
