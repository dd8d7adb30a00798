"""« Partenaires et instances »: the convention's partners and bodies, for every report.

Two tables: partners (name, kind, the actions they are ticked for) and bodies (name,
the organisation's role there, the partner it belongs to, its action). Adding,
renaming, changing a kind, a role, an owner or an action, moving and removing are
undo commands; the links to each action are still ticked on the action's page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QVBoxLayout, QWidget

from mesdesk.gui.commands import EditCommand
from mesdesk.gui.document import Document
from mesdesk.gui.pages.base import Page
from mesdesk.gui.pages.delegates import ChoiceDelegate, SuggestionDelegate
from mesdesk.gui.pages.partners_models import BodiesModel, PartnersModel, action_choices
from mesdesk.gui.pages.table_section import TableSection
from mesdesk.model.edits import AddRow, Delete, Move, can_move
from mesdesk.model.entities import Body, Partner


def heading_font(widget: QWidget) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    return font


class PartnersPage(Page):
    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.setObjectName("partnersPage")
        heading = QLabel(self.tr("Partenaires et instances"), self)
        heading.setFont(heading_font(heading))
        hint = QLabel(self.tr("Ceux de la convention, pour tous ses bilans. Cochez ceux de chaque action dans "
                              "l'onglet « Partenaires et instances » de sa page."), self)
        hint.setObjectName("partnersHint")
        hint.setWordWrap(True)

        self.partnersModel = PartnersModel(doc, self)
        self.partners = TableSection(
            self.partnersModel, "partnersTable", self.tr("Ajouter un &partenaire"), self,
            delete_label=self.tr("&Supprimer le partenaire"))
        self.partners.table.setItemDelegateForColumn(
            PartnersModel.KIND, SuggestionDelegate(self.partnersModel.kinds, self.partners.table))
        header = self.partners.table.horizontalHeader()
        header.setSectionResizeMode(PartnersModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(PartnersModel.KIND, 180)
        header.resizeSection(PartnersModel.ACTIONS, 160)
        self.partners.addRequested.connect(self._add_partner)
        self.partners.deleteRequested.connect(self._delete_partner)
        self.partners.moveRequested.connect(lambda row, delta: self._move(self.partners, row, delta))

        self.bodiesModel = BodiesModel(doc, self)
        self.bodies = TableSection(
            self.bodiesModel, "bodiesTable", self.tr("Ajouter une i&nstance"), self,
            delete_label=self.tr("Supprimer l'ins&tance"))
        table = self.bodies.table
        table.setItemDelegateForColumn(
            BodiesModel.PARTNER, ChoiceDelegate(lambda: self.bodiesModel.partner_choices(self.tr("(aucun)")), table))
        table.setItemDelegateForColumn(
            BodiesModel.ACTION, ChoiceDelegate(lambda: action_choices(self.doc, self.tr("(aucune)")), table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(BodiesModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(BodiesModel.ROLE, 130)
        header.resizeSection(BodiesModel.PARTNER, 170)
        header.resizeSection(BodiesModel.ACTION, 200)
        self.bodies.addRequested.connect(self._add_body)
        self.bodies.deleteRequested.connect(self._delete_body)
        self.bodies.moveRequested.connect(lambda row, delta: self._move(self.bodies, row, delta))

        self.partnersLabel = QLabel(self)
        self.partnersLabel.setObjectName("partnersTableLabel")
        self.partnersLabel.setBuddy(self.partners.table)
        self.bodiesLabel = QLabel(self)
        self.bodiesLabel.setObjectName("bodiesTableLabel")
        self.bodiesLabel.setBuddy(self.bodies.table)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("partnersSplitter")
        splitter.setChildrenCollapsible(False)
        for label, section in ((self.partnersLabel, self.partners), (self.bodiesLabel, self.bodies)):
            box = QWidget(splitter)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 6, 0, 0)
            box_layout.setSpacing(0)
            bold = QFont(label.font())
            bold.setBold(True)
            label.setFont(bold)
            box_layout.addWidget(label)
            box_layout.addWidget(section, 1)
            splitter.addWidget(box)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)

    # -- loading ------------------------------------------------------------------------
    def load(self) -> None:
        self.partnersModel.set_source(self._partners)
        self.bodiesModel.set_source(self._bodies)
        self._update_labels()

    def refresh(self) -> None:
        self.partnersModel.refresh()
        self.bodiesModel.refresh()
        self._update_labels()

    def reload(self) -> None:
        self.load()

    def _partners(self) -> list:
        convention = self.doc.convention
        return list(convention.partners) if convention else []

    def _bodies(self) -> list:
        convention = self.doc.convention
        return list(convention.bodies) if convention else []

    def _update_labels(self) -> None:
        self.partnersLabel.setText(self.tr("Pa&rtenaires (%1)").replace("%1", str(self.partnersModel.rowCount())))
        self.bodiesLabel.setText(self.tr("&Instances où siège le MES (%1)").replace("%1", str(self.bodiesModel.rowCount())))

    def focus_field(self, field: str) -> None:
        section = self.bodies if field == "body" else self.partners
        section.table.setFocus()

    def show_row(self, field: str, uid: str) -> bool:
        """Make the partner or body ``uid`` current (used by find)."""
        section = self.bodies if field == "body" else self.partners
        row = section.model.row_of_uid(uid)
        if row < 0:
            return False
        section.select_row(row, 0)
        section.table.setFocus()
        return True

    # -- rows ---------------------------------------------------------------------------
    def _add_partner(self) -> None:
        if self.doc.convention is None:
            return
        row = self.partners.current_row()
        index = row + 1 if row >= 0 else self.partnersModel.rowCount()
        edit = AddRow(self.doc.convention, Partner, index, name=self.tr("Nouveau partenaire"), kind="")
        self.doc.undo_stack.push(EditCommand(self.doc, edit, self.tr("Ajouter un partenaire")))
        self._edit_new_row(self.partners, edit.uid)

    def _delete_partner(self, row: int) -> None:
        partner = self.partnersModel.rows[row]
        self.doc.undo_stack.push(EditCommand(self.doc, Delete(partner), self.tr("Supprimer le partenaire")))
        self.message.emit(self.tr("Partenaire « %1 » supprimé — Ctrl+Z pour l'annuler.").replace("%1", partner.name))
        self.partners.select_row(min(row, self.partnersModel.rowCount() - 1))

    def _add_body(self) -> None:
        if self.doc.convention is None:
            return
        row = self.bodies.current_row()
        index = row + 1 if row >= 0 else self.bodiesModel.rowCount()
        edit = AddRow(self.doc.convention, Body, index, name=self.tr("Nouvelle instance"), role="")
        self.doc.undo_stack.push(EditCommand(self.doc, edit, self.tr("Ajouter une instance")))
        self._edit_new_row(self.bodies, edit.uid)

    def _delete_body(self, row: int) -> None:
        body = self.bodiesModel.rows[row]
        self.doc.undo_stack.push(EditCommand(self.doc, Delete(body), self.tr("Supprimer l'instance")))
        self.message.emit(self.tr("Instance « %1 » supprimée — Ctrl+Z pour l'annuler.").replace("%1", body.name))
        self.bodies.select_row(min(row, self.bodiesModel.rowCount() - 1))

    def _move(self, section: TableSection, row: int, delta: int) -> None:
        obj = section.model.rows[row]
        if can_move(obj, delta):
            column = section.table.currentIndex().column()
            label = self.tr("Déplacer le partenaire") if section is self.partners else self.tr("Déplacer l'instance")
            self.doc.undo_stack.push(EditCommand(self.doc, Move(obj, delta), label))
            section.select_row(row + delta, column)

    @staticmethod
    def _edit_new_row(section: TableSection, uid: str | None) -> None:
        row = section.model.row_of_uid(uid or "")
        if row >= 0:
            section.select_row(row, 0)
            section.table.setFocus()
            section.table.edit(section.model.index(row, 0))
