"""A Word report holding more than a text may hold is imported cut to the limits, with a warning."""

from __future__ import annotations

from pathlib import Path

import docx

from mesdesk.exchange.docx import export_docx
from mesdesk.exchange.docx_import import import_docx
from mesdesk.exchange.docx_import.shape import ShapedAction, ShapedAxis, ShapedReport
from mesdesk.exchange.docx_import.size_limits import fit_to_limits
from mesdesk.model.findings import words_fr
from mesdesk.model.limits import MAX_LINE_CHARS, MAX_RICH_CHARS, rich_chars, rich_excess
from mesdesk.model.richtext import Paragraph, RichText, Text
from mesdesk.store.workspace import Workspace


def test_oversized_texts_are_cut_with_a_warning(sample_workspace: Workspace, tmp_path: Path) -> None:
    convention = sample_workspace.current_convention()
    assert convention is not None
    report = convention.report_for(2024)
    assert report is not None
    text = report.texts[0]
    # Words separated by spaces, so the document stays a plausible report; one paragraph past the limit.
    huge = "mot " * (MAX_RICH_CHARS // 4 + 5_000)
    original_evaluation = text.evaluation.plain_text()
    text.narrative = RichText((Paragraph((Text("Début du récit."),)), Paragraph((Text(huge),))))
    report.title = "Bilan 2024 " + "long " * 100  # past 255: Word's core properties cap it
    source = tmp_path / "trop-long.docx"
    export_docx(report, source)
    sample_workspace.rollback()
    properties = docx.Document(str(source)).core_properties
    assert len(properties.title) == 255 and properties.title.startswith("Bilan 2024 long") and properties.title[-1] == "…"

    ws = Workspace.create(tmp_path / "importe.mesdesk")
    with ws.transaction() as session:
        summary = import_docx(source, session)
    imported = ws.current_convention().report_for(2024)  # type: ignore[union-attr]
    first = imported.texts[0]
    assert rich_excess(first.narrative) is None
    assert rich_chars(first.narrative) == MAX_RICH_CHARS
    assert first.narrative.plain_text().startswith("Début du récit.\nmot mot ")
    assert first.evaluation.plain_text() == original_evaluation  # the rest is untouched
    warnings = "\n".join(words_fr(summary.warnings))
    assert f"Action {first.action.number}, récit : trop long (" in warnings and "coupé à la limite" in warnings
    assert "coupé" in summary.format_fr()
    ws.close()


def test_fit_to_limits_cuts_lines_and_says_where() -> None:
    shaped = ShapedReport(title="T" * (MAX_LINE_CHARS + 10), support_line="Avec l'appui")
    shaped.axes = [ShapedAxis(1, "Axe", [ShapedAction(1, 2, "A" * (MAX_LINE_CHARS * 3))])]
    warnings = words_fr(fit_to_limits(shaped))
    assert len(shaped.title) == MAX_LINE_CHARS and shaped.support_line == "Avec l'appui"
    assert shaped.axes[0].actions[0].title == "A" * MAX_LINE_CHARS
    assert warnings == [
        "Titre : trop long (32\u202f777 caractères, limite 32\u202f767), coupé à la limite.",
        "Titre de l'action 1.2 : trop long (98\u202f301 caractères, limite 32\u202f767), coupé à la limite.",
    ]
