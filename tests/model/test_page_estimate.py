"""The page estimate: grows with the text, and « Vérifier » warns past the convention's limit."""

from __future__ import annotations

from mesdesk.model.checks import report_gaps
from mesdesk.model.page_estimate import estimate_pages
from mesdesk.model.richtext import Paragraph, RichText, Text


def test_the_sample_is_estimated_at_its_rendered_length(sample_workspace) -> None:  # noqa: ANN001
    report = sample_workspace.current_convention().reports[-1]
    estimate = estimate_pages(report)
    # LibreOffice lays the exported sample out on 13 pages (tests/exchange/docx/test_page_estimate_rendered.py).
    assert abs(estimate.pages - 13) <= 1
    assert estimate.words == sum(t.word_count() for t in report.texts) + report.preamble.word_count() \
        + report.conclusion.word_count()


def test_more_text_more_pages(sample_workspace) -> None:  # noqa: ANN001
    report = sample_workspace.current_convention().reports[-1]
    before = estimate_pages(report).pages
    long_paragraph = Paragraph((Text("mot " * 10000),))
    report.conclusion = RichText(report.conclusion.blocks + (long_paragraph,))
    assert estimate_pages(report).pages >= before + 5


def test_check_warns_past_the_page_limit(sample_workspace) -> None:  # noqa: ANN001
    report = sample_workspace.current_convention().reports[-1]
    convention = report.convention
    pages = estimate_pages(report).pages
    convention.page_limit = pages
    assert not [g for g in report_gaps(report) if g.kind == "over_page_limit"]
    convention.page_limit = pages - 2
    (gap,) = [g for g in report_gaps(report) if g.kind == "over_page_limit"]
    assert gap.message == f"Environ {pages} pages estimées pour {pages - 2} autorisées par la convention : à raccourcir"
