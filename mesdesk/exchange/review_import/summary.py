"""What a review import found, as findings (codes and parameters).

Counts are fields (tests and the panel read them); ``findings()`` tells everything as
one list, which the command line words in French (``format_fr``) and the GUI through
``mesdesk/gui/findings_text.py``, each finding opening its place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from mesdesk.model import findings
from mesdesk.model.entities import FIELD_LABELS_FR
from mesdesk.model.findings import Finding, plural_fr, word_fr


def _field_fr(params: Mapping[str, object]) -> str:
    """The field's French name: « récit » after an action's number, « Préambule » alone."""
    label = FIELD_LABELS_FR.get(str(params["field"]), str(params["field"]))
    return label if "number" in params else label.capitalize()


def _count(n: object, one: str, many: str) -> str:
    count = int(n)  # type: ignore[call-overload]  # the params hold ints
    return f"{count} {plural_fr(count, one, many)}"


FR: dict[str, findings.Template] = {
    "review_import.file": "Relecture {file} : bilan {year}",
    "review_import.comments": lambda p: (
        f"{_count(p['count'], 'commentaire', 'commentaires')} repris"
        + (f" (dont {_count(p['replies'], 'réponse', 'réponses')})" if p["replies"] else "")
        + (f", {p['resolved']} résolu(s)" if p["resolved"] else "")
    ),
    "review_import.suggestions": lambda p: (
        f"{_count(p['count'], 'suggestion', 'suggestions')} de {p['author'] or 'auteur inconnu'}"
    ),
    "review_import.no_suggestions": "Aucune modification suivie.",
    "review_import.differences": lambda p: (
        f"{_count(p['count'], 'rubrique modifiée', 'rubriques modifiées')} sans suivi des modifications"
    ),
    "review_import.difference_in_action": lambda p: f"Modifiée sans suivi : {p['number']}, {_field_fr(p)}",
    "review_import.difference_in_part": lambda p: f"Modifiée sans suivi : {_field_fr(p)}",
    "review_import.already": "{count} élément(s) déjà importé(s), non repris.",
    "review_import.action_moved": "La section {document} du fichier est l'action {number} « {title} » (déplacée).",
    "review_import.action_renamed": (
        "La section {number} du fichier s'intitule « {document} » : rattachée à l'action {number} « {title} »."
    ),
    "review_import.section_unmatched": (
        "Section {number} « {title} » sans action correspondante : {changes} modification(s) et "
        "{comments} commentaire(s) non repris."
    ),
    "review_import.change_outside": (
        "Modification suivie de {author} hors du texte des rubriques (titre, tableau, annexe…), non reprise : "
        "« {excerpt} »."
    ),
    "review_import.comment_unplaced": (
        "Commentaire de {author} hors du texte des rubriques (titre, tableau…), gardé sans ancrage : « {excerpt} »."
    ),
}
findings.register_fr(FR)


@dataclass
class ReviewSummary:
    file_name: str
    year: int
    comments_added: int = 0
    replies_added: int = 0
    resolved: int = 0
    already: int = 0  # comments and suggestions found from an earlier import of the same file
    suggestions_by_author: dict[str, int] = field(default_factory=dict)
    differences: list[Finding] = field(default_factory=list)  # one per section changed without tracking
    unmatched: list[Finding] = field(default_factory=list)  # sections and comments that found no place
    notes: list[Finding] = field(default_factory=list)  # deductions (moved, retitled)

    @property
    def suggestions(self) -> int:
        return sum(self.suggestions_by_author.values())

    def findings(self) -> list[Finding]:
        out = [Finding("review_import.file", {"file": self.file_name, "year": self.year}, "info")]
        out.append(Finding("review_import.comments", {"count": self.comments_added + self.replies_added,
                                                      "replies": self.replies_added, "resolved": self.resolved},
                           "info"))
        if self.suggestions_by_author:
            for author, count in sorted(self.suggestions_by_author.items()):
                out.append(Finding("review_import.suggestions", {"count": count, "author": author}, "info"))
        else:
            out.append(Finding("review_import.no_suggestions", {}, "info"))
        out.append(Finding("review_import.differences", {"count": len(self.differences)}, "info"))
        out += self.differences
        if self.already:
            out.append(Finding("review_import.already", {"count": self.already}, "info"))
        out += self.notes
        out += self.unmatched
        return out

    def format_fr(self) -> str:
        return "\n".join(word_fr(f) for f in self.findings())
