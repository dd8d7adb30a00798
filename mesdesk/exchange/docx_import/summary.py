"""What a Word import found, created and guessed, as findings (codes and parameters).

The summary keeps its counts as fields (tests and callers read them) and tells the
user everything as one list of findings: what was found (``info``), what was deduced
(``guess``), what needs a look (``warning``) and every paragraph that fitted nowhere
(code ``docx_import.unplaced.*``, worded in ``shape``, with the place where it was put). The command line
prints :meth:`DocxImportSummary.format_fr`; the GUI words the same list through
``mesdesk/gui/findings_text.py`` and opens each finding's place on a click.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mesdesk.model import findings
from mesdesk.model.findings import Finding, Place, word_fr

FR: dict[str, findings.Template] = {
    "docx_import.file": "Import de {file} : bilan {year}",
    "docx_import.title": "Titre : {title}",
    "docx_import.convention_created": "Convention créée : {axes} axe(s), {actions} action(s)",
    "docx_import.convention_existing": "Convention existante : {axes} axe(s), {actions} action(s)",
    "docx_import.convention_existing_added": (
        "Convention existante : {axes} axe(s), {actions} action(s) (dont {axes_created} axe(s) et "
        "{actions_created} action(s) ajoutés)"
    ),
    "docx_import.report_replaced": "Le bilan {year} existant a été remplacé.",
    "docx_import.report_replaced_events": (
        "Le bilan {year} existant a été remplacé (ses {events} événement(s) sont conservés)."
    ),
    "docx_import.labels": "Évaluations : {evaluations} ; Moyens : {means}",
    "docx_import.inlines": (
        "Notes de bas de page : {footnotes} ; liens : {links} ; listes : {lists} ({items} puce(s)) ; "
        "intertitres : {runins}"
    ),
    "docx_import.words": "Préambule : {preamble} mot(s) ; conclusion : {conclusion} mot(s)",
    "docx_import.found_date": "Reconnu aussi : la date du bilan.",
    "docx_import.found_support": "Reconnu aussi : la mention de soutien.",
    "docx_import.found_toc": "Reconnu aussi : la table des matières ({count} ligne(s), non reprise).",
    "docx_import.found_axes_list": "Reconnu aussi : la liste ✓ des axes du préambule (régénérée à l'export).",
    "docx_import.found_contact": "Reconnu aussi : le bloc contact (non repris dans le texte).",
    "docx_import.found_contact_organisation": "Reconnu aussi : le bloc contact (organisation créée).",
    "docx_import.all_placed": "Tous les paragraphes ont été reconnus.",
}
findings.register_fr(FR)


@dataclass
class DocxImportSummary:
    """What an import found, created and guessed; ``format_fr()`` tells it to the user."""

    file_name: str
    year: int
    convention_created: bool = False
    report_replaced: bool = False
    kept_events: int = 0
    axes: int = 0
    actions: int = 0
    axes_created: int = 0
    actions_created: int = 0
    evaluations: int = 0
    means: int = 0
    footnotes: int = 0
    links: int = 0
    lists: int = 0
    list_items: int = 0
    runins: int = 0
    title: str = ""
    date_found: bool = False
    support_line_found: bool = False
    toc_entries: int = 0
    axes_list_items: int = 0
    contact_lines: int = 0
    organisation_created: bool = False
    preamble_words: int = 0
    conclusion_words: int = 0
    # Deductions (severity "guess") and warnings, in the order they were made.
    notes: list[Finding] = field(default_factory=list)
    unrecognised: list[Finding] = field(default_factory=list)

    @property
    def guesses(self) -> list[Finding]:
        return [f for f in self.notes if f.severity == "guess"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.notes if f.severity in ("warning", "error")]

    def codes(self) -> list[str]:
        return [f.code for f in self.findings()]

    def found(self) -> list[Finding]:
        """What was read, as ``info`` findings (the head of the summary)."""
        out = [Finding("docx_import.file", {"file": self.file_name, "year": self.year}, "info")]
        if self.title:
            out.append(Finding("docx_import.title", {"title": self.title}, "info", Place("cover")))
        counts = {"axes": self.axes, "actions": self.actions}
        if self.convention_created:
            out.append(Finding("docx_import.convention_created", counts, "info"))
        else:
            added = bool(self.axes_created or self.actions_created)
            counts |= {"axes_created": self.axes_created, "actions_created": self.actions_created}
            code = "docx_import.convention_existing_added" if added else "docx_import.convention_existing"
            out.append(Finding(code, counts, "info"))
        if self.report_replaced:
            if self.kept_events:
                out.append(Finding("docx_import.report_replaced_events",
                                   {"year": self.year, "events": self.kept_events}, "info"))
            else:
                out.append(Finding("docx_import.report_replaced", {"year": self.year}, "info"))
        out.append(Finding("docx_import.labels", {"evaluations": self.evaluations, "means": self.means}, "info"))
        out.append(Finding("docx_import.inlines", {"footnotes": self.footnotes, "links": self.links,
                                                   "lists": self.lists, "items": self.list_items,
                                                   "runins": self.runins}, "info"))
        out.append(Finding("docx_import.words", {"preamble": self.preamble_words,
                                                 "conclusion": self.conclusion_words}, "info"))
        if self.date_found:
            out.append(Finding("docx_import.found_date", {}, "info", Place("cover")))
        if self.support_line_found:
            out.append(Finding("docx_import.found_support", {}, "info", Place("cover")))
        if self.toc_entries:
            out.append(Finding("docx_import.found_toc", {"count": self.toc_entries}, "info"))
        if self.axes_list_items:
            out.append(Finding("docx_import.found_axes_list", {}, "info", Place("preamble", field="preamble")))
        if self.contact_lines:
            code = "found_contact_organisation" if self.organisation_created else "found_contact"
            out.append(Finding("docx_import." + code, {}, "info"))
        return out

    def findings(self) -> list[Finding]:
        """Everything the summary says, in reading order."""
        tail = self.unrecognised or [Finding("docx_import.all_placed", {}, "info")]
        return self.found() + self.guesses + self.warnings + tail

    def format_fr(self) -> str:
        head, *found = self.found()
        lines = [word_fr(head)] + [f"  {word_fr(f)}" for f in found]
        if self.guesses:
            lines.append("  Déductions :")
            lines.extend(f"    - {word_fr(g)}" for g in self.guesses)
        if self.warnings:
            lines.append("  Attention :")
            lines.extend(f"    - {word_fr(w)}" for w in self.warnings)
        if self.unrecognised:
            lines.append(f"  Paragraphes non reconnus ({len(self.unrecognised)}), gardés dans le texte :")
            lines.extend(f"    - {word_fr(u)}" for u in self.unrecognised[:50])
            if len(self.unrecognised) > 50:
                lines.append(f"    … et {len(self.unrecognised) - 50} autre(s)")
        else:
            lines.append(f"  {word_fr(Finding('docx_import.all_placed'))}")
        return "\n".join(lines)
