"""What reading a returned workbook found: the summary shown before anything changes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from mesdesk.model.french import format_number


@dataclass(frozen=True)
class ValueChange:
    """A figure of the report's year that the file changes."""

    uid: str
    label: str
    row: int
    old: float | None
    new: float


@dataclass(frozen=True)
class UnknownRow:
    """A row that matches no indicator (no identifier, or one from elsewhere)."""

    row: int
    uid: str
    label: str


@dataclass(frozen=True)
class InvalidValue:
    """A cell that should hold a figure and does not, or a row that cannot be trusted."""

    sheet: str
    row: int
    column: str  # the column letter, as the user sees it
    header: str
    value: str
    label: str
    reason: str

    def describe(self) -> str:
        shown = f"« {self.value} »" if self.value else "la ligne"
        about = f" ({self.label})" if self.label else ""
        return f"{self.sheet}, ligne {self.row}, colonne {self.column} ({self.header}) : {shown} – {self.reason}{about}"


@dataclass
class IndicatorImportSummary:
    """Everything a returned Indicateurs sheet would change, and what is wrong with it.

    Nothing is applied by reading; ``apply_indicator_updates`` applies it.
    """

    path: Path
    sheet: str
    year: int
    convention_uid: str
    changed: list[ValueChange] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)  # indicator uids
    unknown: list[UnknownRow] = field(default_factory=list)
    invalid: list[InvalidValue] = field(default_factory=list)
    blank_kept: list[str] = field(default_factory=list)  # emptied cells: value kept
    missing: list[str] = field(default_factory=list)  # indicators absent from the file

    @property
    def is_valid(self) -> bool:
        """True when everything in the file can be applied."""
        return not self.invalid

    def format_fr(self) -> str:
        """The summary as French text, for the command line and the GUI."""
        lines = [f"Fichier : {self.path.name} – bilan {self.year}, feuille « {self.sheet} »"]
        lines.append(_count(len(self.changed), "valeur modifiée", "valeurs modifiées") + (" :" if self.changed else ""))
        for change in self.changed:
            old = "vide" if change.old is None else format_number(change.old)
            lines.append(f"  - {change.label} : {old} → {format_number(change.new)} (ligne {change.row})")
        lines.append(_count(len(self.unchanged), "valeur inchangée", "valeurs inchangées"))
        if self.blank_kept:
            lines.append(
                _count(len(self.blank_kept), "cellule vidée ignorée", "cellules vidées ignorées")
                + " (la valeur existante est conservée)"
            )
        if self.unknown:
            lines.append(
                _count(len(self.unknown), "ligne inconnue", "lignes inconnues")
                + " (identifiant absent ou d'un autre espace de travail, ignorées) :"
            )
            for row in self.unknown:
                lines.append(f"  - ligne {row.row} : « {row.label or row.uid or '(sans titre)'} »")
        if self.missing:
            lines.append(
                _count(len(self.missing), "indicateur absent", "indicateurs absents") + " du fichier (inchangés)"
            )
        if self.invalid:
            lines.append(_count(len(self.invalid), "valeur non valable", "valeurs non valables") + " :")
            for problem in self.invalid:
                lines.append(f"  - {problem.describe()}")
        return "\n".join(lines)


def _count(n: int, singular: str, plural: str) -> str:
    return f"{n} {singular if n <= 1 else plural}"
