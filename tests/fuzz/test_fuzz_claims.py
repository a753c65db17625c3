"""The claims loader raises only FactcheckError, with a place; a loaded file checks and renders.

Whatever a claims file holds, :func:`factcheck.claims.loads` either returns a
claim set or raises a :class:`~factcheck.errors.FactcheckError` naming the
file (and, for problems in the file, the line). A claim set that loads then
checks without raising, and every report format renders its report with
every finding in it.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import event, given
from hypothesis import strategies as st

from factcheck.claims import loads
from factcheck.engine import Report, check_claimset
from factcheck.errors import ClaimsFileError, FactcheckError
from factcheck.reports import builtin_names, get_renderer
from factcheck.strategies import prose
from fuzz import fuzz
from fuzz.claimsgen import claims_files, mutated

EXAMPLE = Path(__file__).parents[2] / "examples" / "afghanistan"
ARTICLE = (EXAMPLE / "article.md").read_text(encoding="utf-8")
CLAIMS = (EXAMPLE / "article.claims.yaml").read_text(encoding="utf-8")
NAME = "fuzz.claims.yaml"


def _load_or_refuse(text: str, article: str) -> Report | None:
    """Load and check ``text``; ``None`` when it is refused with a located error."""
    try:
        claimset = loads(text, article=article, file=NAME)
    except FactcheckError as exc:
        error = exc
    else:
        report = check_claimset(claimset)
        event(f"loaded: {len(claimset.checks)} check(s)")
        return report
    problems = error.problems if isinstance(error, ClaimsFileError) else [error]
    event(f"refused: {min(len(problems), 3)}{'+' if len(problems) >= 3 else ''} problem(s)")
    assert problems, "a claims file error lists its problems"
    for problem in problems:
        assert problem.file == NAME, f"no file in {problem}"
        if isinstance(error, ClaimsFileError):
            assert problem.line is not None and problem.line >= 1, f"no line in {problem}"
    return None


def _renders_everything(report: Report) -> None:
    for name in builtin_names():
        assert isinstance(get_renderer(name).render(report), str)
    data = json.loads(get_renderer("json").render(report))
    assert len(data["findings"]) == len(report.findings)
    text = report.documents[0].text
    for finding in report.findings:
        start, end = finding.location.start, finding.location.end
        if start is not None:
            assert end is not None and 0 <= start <= end <= len(text)


@fuzz(250)
@given(st.data())
def test_structured_claims_files(data: st.DataObject) -> None:
    article = data.draw(st.sampled_from([ARTICLE, ARTICLE.replace("\n", "\r\n")]) | prose())
    text = data.draw(claims_files(article))
    report = _load_or_refuse(text, article)
    if report is not None:
        _renders_everything(report)


@fuzz(200)
@given(mutated(CLAIMS))
def test_the_example_claims_file_mutated(text: str) -> None:
    report = _load_or_refuse(text, ARTICLE)
    if report is not None:
        _renders_everything(report)


@fuzz(200)
@given(st.text(max_size=300) | st.binary(max_size=300).map(lambda b: b.decode("latin-1")))
def test_any_text(text: str) -> None:
    _load_or_refuse(text, ARTICLE)
