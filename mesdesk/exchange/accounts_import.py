"""Actuals from the accounts: a FEC or a trial balance mapped to a report's budget lines.

Two inputs are read:

- the FEC (« fichier des écritures comptables », article A47 A-1 of the LPF): a text
  file, pipe- or tab-separated, with fixed columns among which ``CompteNum``,
  ``CompteLib``, ``Debit`` and ``Credit``, amounts with a decimal comma;
- a trial balance (« balance ») as CSV (``;``, ``,`` or tab) or xlsx: columns account,
  label, debit, credit, and optionally an analytic code naming the action (« 1.2 »).

Each budget line takes the balance of the accounts starting with its account (class 6:
debit − credit; class 7: credit − debit), restricted to its action's analytic code when
the file has one. An account that several actions' lines share, in a file without
analytic codes, cannot be split: it is a problem, and nothing is applied (all or
nothing, as ``import-xlsx``).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from mesdesk.exchange.errors import ImportFileError
from mesdesk.model.entities import Report
from mesdesk.model.means import BudgetLine, is_charge

MAX_BYTES = 200 * 1024 * 1024
_ACCOUNT = ("comptenum", "compte", "account", "n° compte", "numéro de compte", "numero de compte")
_LABEL = ("comptelib", "libellé", "libelle", "label", "intitulé", "intitule")
_DEBIT = ("debit", "débit", "total débit", "total debit")
_CREDIT = ("credit", "crédit", "total crédit", "total credit")
_ANALYTIC = ("code analytique", "analytique", "analytic", "action", "section analytique")


@dataclass(frozen=True)
class Balance:
    account: str
    label: str
    debit: float
    credit: float
    analytic: str = ""


@dataclass
class Change:
    line: BudgetLine
    old: float | None
    new: float


@dataclass
class AccountsPreview:
    kind: str  # "FEC" or "balance"
    changes: list[Change] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)  # class 6-7 accounts no line takes

    @property
    def is_valid(self) -> bool:
        return not self.problems

    def format_fr(self) -> str:
        out = [f"{self.kind} lu : {len(self.changes)} ligne(s) de budget à mettre à jour."]
        for c in self.changes:
            number = c.line.action.number if c.line.action else "bilan"
            old = "vide" if c.old is None else _fr(c.old)
            out.append(f"  {number} {c.line.account} {c.line.label} : réalisé {old} → {_fr(c.new)}")
        for problem in self.problems:
            out.append(f"  problème : {problem}")
        if self.unmapped:
            out.append(f"  comptes sans ligne de budget (ignorés) : {', '.join(self.unmapped)}")
        return "\n".join(out)


def _fr(value: float) -> str:
    return f"{value:,.2f}".replace(",", "\u202f").replace(".", ",") + " €"


def parse_amount(text: object, where: str) -> float:
    """« 1 234,56 », « 1234.56 », « -12,5 », empty (0) → float; anything else refused."""
    if text is None:
        return 0.0
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        return float(text)
    cleaned = "".join(str(text).split()).replace("\u202f", "").replace("\u00a0", "")
    if not cleaned:
        return 0.0
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        raise ImportFileError(f"{where} : montant « {str(text)[:40]} » illisible") from None


def _column(header: list[str], names: tuple[str, ...]) -> int | None:
    folded = [h.strip().casefold() for h in header]
    return next((i for i, h in enumerate(folded) if h in names), None)


def _rows_from_table(rows: list[list[object]], name: str) -> tuple[str, list[Balance]]:
    if not rows:
        raise ImportFileError(f"{name} : fichier vide")
    header = [str(c or "") for c in rows[0]]
    account, debit, credit = _column(header, _ACCOUNT), _column(header, _DEBIT), _column(header, _CREDIT)
    if account is None or debit is None or credit is None:
        raise ImportFileError(
            f"{name} : ni FEC ni balance reconnus (colonnes CompteNum, Debit, Credit ou Compte, Débit, Crédit attendues)"
        )
    label, analytic = _column(header, _LABEL), _column(header, _ANALYTIC)
    kind = "FEC" if header[account].strip().casefold() == "comptenum" else "balance"
    out = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(str(c or "").strip() for c in row):
            continue
        where = f"{name}, ligne {number}"
        if len(row) <= max(account, debit, credit):
            raise ImportFileError(f"{where} : colonnes manquantes")
        code = str(row[account] or "").strip()
        if not code:
            continue
        out.append(Balance(
            account=code,
            label=str(row[label] or "").strip() if label is not None and label < len(row) else "",
            debit=parse_amount(row[debit], where),
            credit=parse_amount(row[credit], where),
            analytic=str(row[analytic] or "").strip() if analytic is not None and analytic < len(row) else "",
        ))
    return kind, out


def read_balances(path: Path) -> tuple[str, list[Balance]]:
    """The accounts of a FEC or a trial balance (CSV or xlsx), refused in one line if unreadable."""
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportFileError(f"{name} : fichier introuvable ou illisible ({exc.strerror})") from exc
    if size > MAX_BYTES:
        raise ImportFileError(f"{name} : fichier trop gros ({size // (1024 * 1024)} Mo)")
    data = path.read_bytes()
    if data.startswith(b"PK"):
        return _rows_from_table(_xlsx_rows(data, name), name)
    text = ""
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    if "\x00" in text:
        raise ImportFileError(f"{name} : fichier binaire, ni FEC ni balance")
    first = text.split("\n", 1)[0]
    delimiter = max(("|", "\t", ";", ","), key=first.count)
    if first.count(delimiter) == 0:
        raise ImportFileError(f"{name} : ni FEC ni balance reconnus (aucun séparateur | tabulation ; ou ,)")
    rows = [list(r) for r in csv.reader(io.StringIO(text), delimiter=delimiter)]
    return _rows_from_table(rows, name)  # type: ignore[arg-type]  # openpyxl rows are untyped tuples of cell values


def _xlsx_rows(data: bytes, name: str) -> list[list[object]]:
    from openpyxl import load_workbook  # noqa: PLC0415 - slow to import

    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        raise ImportFileError(f"{name} : classeur illisible ({type(exc).__name__})") from exc
    try:
        return [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
    finally:
        wb.close()


def preview(report: Report, kind: str, balances: list[Balance]) -> AccountsPreview:
    """What importing ``balances`` would change in the report's budget lines."""
    out = AccountsPreview(kind=kind)
    analytic = any(b.analytic for b in balances)
    lines = [b for b in report.budget_lines if b.account.strip()]
    totals: dict[int, float] = {}
    taken: set[str] = set()
    for balance in balances:
        if not balance.account.startswith(("6", "7")):
            continue
        # The most precise line: the longest account prefix, then the action's code.
        matching = [ln for ln in lines if balance.account.startswith(ln.account.strip())]
        if analytic:
            matching = [ln for ln in matching if ln.action is not None and ln.action.number == balance.analytic]
        if not matching:
            continue
        longest = max(len(ln.account.strip()) for ln in matching)
        matching = [ln for ln in matching if len(ln.account.strip()) == longest]
        actions = sorted({ln.action.number if ln.action else "bilan" for ln in matching})
        if len(matching) > 1:
            out.problems.append(
                f"compte {balance.account} : plusieurs lignes de budget ({', '.join(actions)}) sans code analytique "
                "pour les départager"
            )
            continue
        line = matching[0]
        signed = balance.debit - balance.credit if is_charge(line.account) else balance.credit - balance.debit
        totals[id(line)] = totals.get(id(line), 0.0) + signed
        taken.add(balance.account)
    out.unmapped = sorted({b.account for b in balances if b.account.startswith(("6", "7")) and b.account not in taken}
                          - {p.split()[1] for p in out.problems})
    for line in lines:
        if id(line) in totals:
            new = round(totals[id(line)], 2)
            if new != line.actual:
                out.changes.append(Change(line, line.actual, new))
    return out


def apply_preview(result: AccountsPreview) -> int:
    """Write the actuals (only a valid preview: all or nothing)."""
    if not result.is_valid:
        raise ValueError("preview with problems: nothing is applied")
    for change in result.changes:
        change.line.actual = change.new
        change.line.to_update = False
    return len(result.changes)
