"""Any report, whatever its text and spans, renders in every format without crashing."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.engine import DocumentReport, Report
from factcheck.findings import Finding, Location, Severity, Status, Value
from reports_helpers import GOLDEN_FILES, golden_renderer

_text = st.text(st.characters(codec="utf-8"), max_size=200)
_values = st.lists(
    st.builds(Value, name=st.text(max_size=10), text=st.text(max_size=10)), max_size=2
)


@st.composite
def _document(draw: st.DrawFn) -> DocumentReport:
    text = draw(_text)
    findings = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.none() | st.integers(-2, len(text) + 2))
        end = draw(st.none() | st.integers(-2, len(text) + 2))
        findings.append(
            Finding(
                rule=draw(st.text(min_size=1, max_size=12)),
                status=draw(st.sampled_from(Status)),
                message=draw(_text),
                severity=draw(st.sampled_from(Severity)),
                check=draw(st.text(max_size=20)),
                location=Location(
                    file=draw(st.none() | st.text(max_size=10)),
                    line=draw(st.none() | st.integers(1, 5)),
                    start=start,
                    end=end,
                    claims_file=draw(st.none() | st.just("c.yaml")),
                    claims_line=draw(st.none() | st.integers(1, 9)),
                ),
                quote=draw(st.text(max_size=10)),
                stated=tuple(draw(_values)),
                recomputed=tuple(draw(_values)),
                explanation=draw(_text),
            )
        )
    return DocumentReport(
        draw(st.none() | st.text(min_size=1, max_size=12)),
        text,
        tuple(findings),
        claims_file=draw(st.none() | st.just("c.yaml")),
    )


@settings(max_examples=60, deadline=None)
@given(st.lists(_document(), max_size=3))
def test_every_format_renders_any_report(documents: list[DocumentReport]) -> None:
    report = Report(tuple(documents))
    for name in GOLDEN_FILES:
        out = golden_renderer(name).render(report)
        assert isinstance(out, str)
        if name in {"json", "sarif"}:
            json.loads(out)
        if name == "junit":
            ET.fromstring(out)
        if name == "github":
            # One command per line: nothing from the input may start a line of its own.
            # (The runner splits lines at \n and \r only, unlike str.splitlines.)
            assert "\r" not in out
            assert all(line.startswith("::") for line in out.rstrip("\n").split("\n"))
    data = json.loads(golden_renderer("json").render(report))
    assert len(data["findings"]) == len(report.findings)
