"""The partners and bodies (instances) an action involves: two checkable lists.

The partners and bodies themselves are added, renamed and removed on the
« Partenaires et instances » page; the button under the lists leads there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from mesdesk.gui.commands import EditCommand
from mesdesk.gui.document import Document
from mesdesk.model.edits import SetPartnerLink, SetRelation
from mesdesk.model.entities import Action

UidRole = Qt.ItemDataRole.UserRole + 1


class LinksPanel(QWidget):
    """Tick the partners and bodies involved in the action; each tick is undoable."""

    manageRequested = Signal()  # « Gérer les partenaires et instances… »

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.action: Action | None = None
        self._filling = False
        self.partnersList = QListWidget(self)
        self.partnersList.setObjectName("partnersList")
        self.bodiesList = QListWidget(self)
        self.bodiesList.setObjectName("bodiesList")
        partners_label = QLabel(self.tr("&Partenaires associés"), self)
        partners_label.setBuddy(self.partnersList)
        bodies_label = QLabel(self.tr("&Instances où siège le MES"), self)
        bodies_label.setBuddy(self.bodiesList)
        self.manageButton = QPushButton(self.tr("&Gérer les partenaires et instances…"), self)
        self.manageButton.setObjectName("managePartnersButton")
        self.manageButton.setToolTip(self.tr("Ajouter, renommer ou supprimer des partenaires et des instances"))
        self.manageButton.clicked.connect(self.manageRequested)
        lists = QHBoxLayout()
        for label, widget in ((partners_label, self.partnersList), (bodies_label, self.bodiesList)):
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(widget)
            lists.addLayout(column)
        buttons = QHBoxLayout()
        buttons.addWidget(self.manageButton)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(lists, 1)
        layout.addLayout(buttons)
        self.partnersList.itemChanged.connect(self._partner_toggled)
        self.bodiesList.itemChanged.connect(self._body_toggled)

    def load(self, action: Action | None) -> None:
        self.action = action
        self.refresh()

    def count(self) -> int:
        if self.action is None:
            return 0
        convention = self.action.axis.convention
        return len(self.action.partners) + sum(1 for b in convention.bodies if b.action is self.action)

    def refresh(self) -> None:
        """Fill both lists; rows are updated in place when they are the same, because a
        refresh also follows a tick made in the list itself."""
        self._filling = True
        try:
            if self.action is None:
                self.partnersList.clear()
                self.bodiesList.clear()
                return
            convention = self.action.axis.convention
            linked = set(id(p) for p in self.action.partners)
            partners = []
            for partner in convention.partners:
                label = partner.name + (f" ({partner.kind})" if partner.kind else "")
                partners.append((label, partner.uid, id(partner) in linked))
            bodies = []
            for body in convention.bodies:
                label = body.name + (f" — {body.role}" if body.role else "")
                if body.action is not None and body.action is not self.action:
                    label += " " + self.tr("[action %1]").replace("%1", body.action.number)
                bodies.append((label, body.uid, body.action is self.action))
            self._fill(self.partnersList, partners)
            self._fill(self.bodiesList, bodies)
        finally:
            self._filling = False

    @classmethod
    def _fill(cls, widget: QListWidget, rows: list[tuple[str, str, bool]]) -> None:
        same = widget.count() == len(rows) and all(
            widget.item(i).data(UidRole) == uid for i, (_, uid, _) in enumerate(rows)
        )
        if not same:
            widget.clear()
            for label, uid, checked in rows:
                cls._add(widget, label, uid, checked)
            return
        for i, (label, _, checked) in enumerate(rows):
            item = widget.item(i)
            item.setText(label)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    @staticmethod
    def _add(widget: QListWidget, label: str, uid: str, checked: bool) -> None:
        item = QListWidgetItem(label, widget)
        item.setData(UidRole, uid)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _partner_toggled(self, item: QListWidgetItem) -> None:
        if self._filling or self.action is None:
            return
        partner = next(p for p in self.action.axis.convention.partners if p.uid == item.data(UidRole))
        linked = item.checkState() == Qt.CheckState.Checked
        self.doc.undo_stack.push(
            EditCommand(self.doc, SetPartnerLink(self.action, partner, linked), self.tr("Associer un partenaire"))
        )

    def _body_toggled(self, item: QListWidgetItem) -> None:
        if self._filling or self.action is None:
            return
        body = next(b for b in self.action.axis.convention.bodies if b.uid == item.data(UidRole))
        checked = item.checkState() == Qt.CheckState.Checked
        self.doc.undo_stack.push(
            EditCommand(self.doc, SetRelation(body, "action", self.action if checked else None),
                        self.tr("Associer une instance"))
        )
