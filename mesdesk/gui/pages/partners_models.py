"""Table models of the convention's partners and bodies (instances).

Names, kinds and roles are text cells; a body's owning partner and its action are
chosen from the convention's (item data: the uid, "" for none). Every edit is an
undo command.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from mesdesk.gui.commands import EditCommand
from mesdesk.gui.pages.table_model import Index, RowsModel
from mesdesk.model.edits import SetField, SetRelation
from mesdesk.model.entities import Action, Body, Partner


def action_label(action: Action) -> str:
    return f"{action.number} {action.title}"


def action_choices(doc: Any, none_label: str) -> list[tuple[str, str]]:
    """("(aucune)", "") then every action of the convention, in document order."""
    convention = doc.convention
    return [(none_label, "")] + [(action_label(a), a.uid) for a in (convention.actions if convention else [])]


def find_action(doc: Any, uid: str) -> Action | None:
    convention = doc.convention
    return next((a for a in convention.actions if a.uid == uid), None) if convention and uid else None


class PartnersModel(RowsModel):
    """Name, kind (free text), and the actions the partner is ticked for (read only)."""

    NAME, KIND, ACTIONS = range(3)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (self.tr("Partenaire"), self.tr("Type"), self.tr("Actions"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.ACTIONS:
            flags &= ~Qt.ItemFlag.ItemIsEditable  # ticked on each action's page
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        partner: Partner = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.NAME:
                return partner.name
            if column == self.KIND:
                return partner.kind
            return ", ".join(a.number for a in sorted(partner.actions, key=_document_order))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.ACTIONS and partner.actions:
                return "\n".join(action_label(a) for a in sorted(partner.actions, key=_document_order))
            if column == self.NAME:
                return partner.name
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() == self.ACTIONS:
            return False
        partner: Partner = self.rows[index.row()]
        name = "name" if index.column() == self.NAME else "kind"
        text = " ".join(str(value).split())
        if text == getattr(partner, name) or (name == "name" and not text):
            return False
        label = self.tr("Renommer le partenaire") if name == "name" else self.tr("Changer le type du partenaire")
        self.doc.undo_stack.push(EditCommand(self.doc, SetField(partner, name, text), label))
        return True

    def kinds(self) -> list[str]:
        """The kinds already used in the convention, for the drop-down."""
        convention = self.doc.convention
        return sorted({p.kind for p in convention.partners if p.kind} if convention else set(), key=str.casefold)


class BodiesModel(RowsModel):
    """Name, the organisation's role there, the partner it belongs to, its action."""

    NAME, ROLE, PARTNER, ACTION = range(4)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (self.tr("Instance"), self.tr("Rôle du MES"), self.tr("Partenaire"), self.tr("Action"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        body: Body = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return body.name
            if column == self.ROLE:
                return body.role
            if column == self.PARTNER:
                return body.partner.name if body.partner else ""
            return action_label(body.action) if body.action else ""
        if role == Qt.ItemDataRole.EditRole:
            if column == self.NAME:
                return body.name
            if column == self.ROLE:
                return body.role
            if column == self.PARTNER:
                return body.partner.uid if body.partner else ""
            return body.action.uid if body.action else ""
        if role == Qt.ItemDataRole.ToolTipRole:  # long names are cut in their column
            if column == self.ACTION and body.action:
                return action_label(body.action)
            if column == self.PARTNER and body.partner:
                return body.partner.name
            if column == self.NAME:
                return body.name
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        body: Body = self.rows[index.row()]
        column = index.column()
        stack = self.doc.undo_stack
        if column in (self.NAME, self.ROLE):
            name = "name" if column == self.NAME else "role"
            text = " ".join(str(value).split())
            if text == getattr(body, name) or (name == "name" and not text):
                return False
            label = self.tr("Renommer l'instance") if name == "name" else self.tr("Changer le rôle du MES")
            stack.push(EditCommand(self.doc, SetField(body, name, text), label))
            return True
        uid = str(value or "")
        if column == self.PARTNER:
            convention = self.doc.convention
            partner = next((p for p in convention.partners if p.uid == uid), None) if uid and convention else None
            if partner is body.partner:
                return False
            stack.push(EditCommand(self.doc, SetRelation(body, "partner", partner), self.tr("Changer le partenaire de l'instance")))
            return True
        action = find_action(self.doc, uid)
        if action is body.action:
            return False
        stack.push(EditCommand(self.doc, SetRelation(body, "action", action), self.tr("Associer une instance")))
        return True

    def partner_choices(self, none_label: str) -> list[tuple[str, str]]:
        convention = self.doc.convention
        return [(none_label, "")] + [(p.name, p.uid) for p in (convention.partners if convention else [])]


def _document_order(action: Action) -> tuple[int, int]:
    return (action.axis.position, action.position)
