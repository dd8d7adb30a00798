"""Word fields (TOC, PAGE, NUMPAGES) as complex field runs.

A complex field is a sequence of runs: ``begin``, the instruction, ``separate``, the
result Word and LibreOffice show until the field is updated, ``end``. Writing a
sensible result matters: LibreOffice's PDF conversion shows it as it is.
"""

from __future__ import annotations

from mesdesk.exchange.docx.elements import XML_SPACE, Element, el, run, sub


def field_char(kind: str, style: str | None = None) -> Element:
    """A run holding a ``w:fldChar`` of type begin / separate / end."""
    r = el("r")
    if style:
        sub(sub(r, "rPr"), "rStyle", {"val": style})
    sub(r, "fldChar", {"fldCharType": kind})
    return r


def instruction(text: str, style: str | None = None) -> Element:
    r = el("r")
    if style:
        sub(sub(r, "rPr"), "rStyle", {"val": style})
    instr = sub(r, "instrText")
    instr.text = f" {text.strip()} "
    instr.set(XML_SPACE, "preserve")
    return r


def simple_field_runs(code: str, result: str, style: str | None = None) -> list[Element]:
    """All the runs of a one-paragraph field such as ``PAGE`` with its current result."""
    return [
        field_char("begin", style),
        instruction(code, style),
        field_char("separate", style),
        run(result, style),
        field_char("end", style),
    ]
