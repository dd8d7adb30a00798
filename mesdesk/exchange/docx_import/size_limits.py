"""A read Word report cut down to the model's size limits, with a warning for each cut.

A Word file may hold a paragraph of millions of characters (a pasted dump, a base64
blob) that no report needs and that would make every later export slow. The import
keeps what fits (``mesdesk.model.limits``) rather than refusing the whole document:
the original file is still there, and the summary says what was cut and where.
"""

from __future__ import annotations

from mesdesk.exchange.docx_import.shape import ShapedReport
from mesdesk.model import findings
from mesdesk.model.findings import Finding
from mesdesk.model.limits import line_excess, rich_excess, truncate_line, truncate_rich
from mesdesk.model.richtext import Block, RichText

CUT = "docx_import.cut_to_limit"
RUNS_SPLIT = "docx_import.runs_split"
findings.register_fr({
    CUT: "{part} : {detail}, coupé à la limite.",
    RUNS_SPLIT: "{part} : {detail}, suites coupées par des espaces.",
})


def fit_to_limits(shaped: ShapedReport) -> list[Finding]:
    """Cut ``shaped`` in place to the limits; one finding per cut value (``part`` names it
    in French, ``detail`` says by how much)."""
    warnings: list[Finding] = []

    def line(text: str, where: str) -> str:
        excess = line_excess(text)
        if excess is None:
            return text
        warnings.append(Finding(CUT, {"part": where, "detail": excess.french()}))
        return truncate_line(text)

    def rich(rt: RichText, where: str) -> RichText:
        excess = rich_excess(rt)
        if excess is None:
            return rt
        code = RUNS_SPLIT if excess.what == "run" else CUT
        warnings.append(Finding(code, {"part": where, "detail": excess.french()}))
        return truncate_rich(rt)

    def blocks(content: list[Block], where: str) -> list[Block]:
        return list(rich(RichText(tuple(content)), where).blocks)

    shaped.title = line(shaped.title, "Titre")
    shaped.support_line = line(shaped.support_line, "Mention de soutien")
    shaped.preamble = rich(shaped.preamble, "Préambule")
    shaped.conclusion = rich(shaped.conclusion, "Conclusion")
    for axis in shaped.axes:
        axis.title = line(axis.title, f"Titre de l'axe {axis.number}")
        for action in axis.actions:
            label = action.label
            action.title = line(action.title, f"Titre de l'action {label}")
            action.evaluation = blocks(action.evaluation, f"Action {label}, évaluation")
            action.narrative = blocks(action.narrative, f"Action {label}, récit")
            action.means = blocks(action.means, f"Action {label}, moyens")
    shaped.contact_lines = [truncate_line(text) for text in shaped.contact_lines]
    return warnings
