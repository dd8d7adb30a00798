"""The page of one action: title, status, length target, the three texts, and the
action's indicators, events, partners and bodies."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mesdesk.gui.approval_bar import ApprovalBar
from mesdesk.gui.commands import EditCommand
from mesdesk.gui.comment_commands import keep_known_comments
from mesdesk.gui.document import Document
from mesdesk.gui.editors import RichTextEditor, make_editor, refresh_chips
from mesdesk.gui.outline import PARTNERS
from mesdesk.gui.pages.base import Page, select_occurrence
from mesdesk.gui.pages.delegates import CountDelegate, DateDelegate
from mesdesk.gui.pages.events_model import END, PARTICIPANTS, START, TITLE, EventsModel
from mesdesk.gui.pages.indicators_model import IndicatorsModel
from mesdesk.gui.pages.links_panel import LinksPanel
from mesdesk.gui.pages.means_tab import MeansTab
from mesdesk.gui.pages.table_section import TableSection
from mesdesk.gui.pages.title_edit import TitleEdit
from mesdesk.gui.status_icons import status_icon, status_label
from mesdesk.model.edits import AddRow, Delete, Move, SetField, can_move
from mesdesk.model.entities import Action, ActionText, Event, Indicator, Status
from mesdesk.model.richtext import RichText, count_words
from mesdesk.model.sections import Section
from mesdesk.model.text_replace import SearchOptions

TEXT_FIELDS = ("evaluation", "narrative", "means")
TAB_TEXT, TAB_INDICATORS, TAB_EVENTS, TAB_LINKS = range(4)


class ActionPage(Page):
    """Reused for every action: ``load(action)`` swaps its content in place (fast)."""

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.setObjectName("actionPage")
        self.action: Action | None = None
        self.text: ActionText | None = None
        self._loading = False
        self._dirty: set[str] = set()

        # -- header: number, title, status, target ------------------------------------
        self.numberLabel = QLabel(self)
        self.numberLabel.setObjectName("actionNumber")
        # Wraps rather than cutting a long title at 1366×768.
        self.titleEdit = TitleEdit(self)
        self.titleEdit.setObjectName("actionTitle")
        self.titleEdit.setAccessibleName(self.tr("Intitulé de l'action"))
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        for widget in (self.numberLabel, self.titleEdit):
            widget.setFont(title_font)
        self.titleEdit.editingFinished.connect(self._title_edited)

        self.statusCombo = QComboBox(self)
        self.statusCombo.setObjectName("statusCombo")
        # Item data is the plain string value: QVariant comparison of wrapped Python
        # objects (findData) mishandles reference counts in PySide6.
        for status in Status:
            self.statusCombo.addItem(status_icon(status), status_label(status), status.value)
        self.statusCombo.activated.connect(self._status_chosen)
        status_label_widget = QLabel(self.tr("É&tat :"), self)
        status_label_widget.setBuddy(self.statusCombo)

        self.targetSpin = QSpinBox(self)
        self.targetSpin.setObjectName("targetWords")
        self.targetSpin.setRange(0, 50_000)
        self.targetSpin.setSingleStep(50)
        self.targetSpin.setSpecialValueText(self.tr("aucun"))
        self.targetSpin.setSuffix(self.tr(" mots"))
        self.targetSpin.setKeyboardTracking(False)  # one edit when typing "300", not three
        self.targetSpin.valueChanged.connect(self._target_changed)
        target_label = QLabel(self.tr("&Objectif de longueur :"), self)
        target_label.setBuddy(self.targetSpin)

        self.totalLabel = QLabel(self)
        self.totalLabel.setObjectName("totalWords")

        self.updateBanner = QFrame(self)
        self.updateBanner.setObjectName("toUpdateBanner")
        self.updateBanner.setFrameShape(QFrame.Shape.StyledPanel)
        self.updateBanner.setStyleSheet("#toUpdateBanner { background: #fff4d6; border: 1px solid #e0c060; }")
        banner_text = QLabel(self.tr("Texte repris du bilan précédent : à mettre à jour."), self.updateBanner)
        self.updateDoneButton = QPushButton(self.tr("&Marquer comme mis à jour"), self.updateBanner)
        self.updateDoneButton.setObjectName("markUpdatedButton")
        self.updateDoneButton.clicked.connect(self._mark_updated)
        banner_layout = QHBoxLayout(self.updateBanner)
        banner_layout.setContentsMargins(8, 4, 8, 4)
        banner_layout.addWidget(banner_text, 1)
        banner_layout.addWidget(self.updateDoneButton)

        title_row = QHBoxLayout()
        # The number stays level with the title's first line when it wraps.
        self.numberLabel.setContentsMargins(0, int(self.titleEdit.document().documentMargin()), 0, 0)
        title_row.addWidget(self.numberLabel, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.titleEdit, 1)
        meta_row = QHBoxLayout()
        meta_row.addWidget(status_label_widget)
        meta_row.addWidget(self.statusCombo)
        meta_row.addSpacing(16)
        meta_row.addWidget(target_label)
        meta_row.addWidget(self.targetSpin)
        meta_row.addSpacing(16)
        meta_row.addWidget(self.totalLabel)
        meta_row.addStretch(1)

        # -- tabs -----------------------------------------------------------------------
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("actionTabs")
        self.tabs.setDocumentMode(True)
        # Alt+T is « État », Alt+V « Évaluation »: the tabs take other letters.
        self.tabs.addTab(self._build_texts(), self.tr("Te&xte"))

        self.indicatorsModel = IndicatorsModel(doc, self)
        self.indicators = TableSection(self.indicatorsModel, "indicatorsTable", self.tr("&Ajouter un indicateur"), self)
        header = self.indicators.table.horizontalHeader()
        header.setSectionResizeMode(IndicatorsModel.LABEL, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.indicatorsModel.modelReset.connect(self._size_indicator_columns)
        self.indicators.addRequested.connect(self._add_indicator)
        self.indicators.deleteRequested.connect(self._delete_indicator)
        self.indicators.moveRequested.connect(self._move_indicator)
        self.tabs.addTab(self.indicators, "")

        self.eventsModel = EventsModel(doc, self)
        self.events = TableSection(self.eventsModel, "eventsTable", self.tr("&Ajouter un événement"), self)
        self.events.table.setItemDelegateForColumn(START, DateDelegate(False, self.events.table))
        self.events.table.setItemDelegateForColumn(END, DateDelegate(True, self.events.table))
        self.events.table.setItemDelegateForColumn(PARTICIPANTS, CountDelegate(self.events.table))
        self.events.table.horizontalHeader().setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.events.addRequested.connect(self._add_event)
        self.events.deleteRequested.connect(self._delete_event)
        self.events.moveRequested.connect(self._move_event)
        self.tabs.addTab(self.events, "")

        self.links = LinksPanel(doc, self)
        self.links.manageRequested.connect(lambda: self.navigate.emit(PARTNERS))
        self.tabs.addTab(self.links, "")

        self.means = MeansTab(doc, self)  # budget, people, funding and in kind (means_tab.py)
        self.means.message.connect(self.message.emit)
        self.tabs.addTab(self.means, self.tr("Mo&yens"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(title_row)
        layout.addLayout(meta_row)
        layout.addWidget(self.updateBanner)
        # « Validé par … le … » / « À revoir … », « Valider cette section », last year's text.
        self.approvalBar = ApprovalBar(doc, self, with_compare=True)
        self.approvalBar.compareRequested.connect(self.compare_with_last_year)
        layout.addWidget(self.approvalBar)
        layout.addWidget(self.tabs, 1)

        # The total count is recomputed after a pause: converting three documents on
        # every keystroke would cost more than a keystroke may.
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(250)
        self._count_timer.timeout.connect(self._update_total)

    def _build_texts(self) -> QWidget:
        self.evaluationEditor = make_editor("evaluationEditor", self, self.doc)
        self.narrativeEditor = make_editor("narrativeEditor", self, self.doc)
        self.meansEditor = make_editor("meansEditor", self, self.doc)
        self.editors: dict[str, RichTextEditor] = {
            "evaluation": self.evaluationEditor,
            "narrative": self.narrativeEditor,
            "means": self.meansEditor,
        }
        labels = {
            "evaluation": self.tr("É&valuation"),
            "narrative": self.tr("&Récit"),
            "means": self.tr("Mo&yens"),
        }
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("textSplitter")
        splitter.setChildrenCollapsible(False)
        for name, editor in self.editors.items():
            box = QWidget(splitter)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 4, 0, 0)
            box_layout.setSpacing(2)
            label = QLabel(labels[name], box)
            label.setObjectName(name + "Label")
            bold = QFont(label.font())
            bold.setBold(True)
            label.setFont(bold)
            label.setBuddy(editor.textEdit())  # the text itself takes the focus (Alt+V / R / Y)
            box_layout.addWidget(label)
            box_layout.addWidget(editor, 1)
            editor.contentChanged.connect(lambda n=name: self._text_changed(n))
            splitter.addWidget(box)
        # Evaluation and means are one short paragraph each; the narrative takes the room.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([110, 440, 110])
        return splitter

    # -- loading ------------------------------------------------------------------------
    def load(self, action: Action) -> None:
        """Show ``action`` in the current report (pending edits were written before)."""
        report = self.doc.report
        assert report is not None
        self._loading = True
        try:
            self.action = action
            self.text = report.text_for(action)
            self._dirty.clear()
            for name, editor in self.editors.items():
                # A text created just now has no value until it is flushed.
                # Each text keeps its undo history while the window is open (Ctrl+Z after
                # coming back undoes the earlier typing).
                editor.showText((report.id, action.uid, name), getattr(self.text, name) or RichText())
            self.indicatorsModel.set_source(self._action_indicators)
            self.eventsModel.set_source(self._action_events)
            self.links.load(action)
            self.means.load(action)
            self.approvalBar.set_section(report, Section.of_action(action))
            self.refresh()
            self._update_total()
        finally:
            self._loading = False

    def _size_indicator_columns(self) -> None:
        """Label stretches; unit, years and source take what they need, within reason."""
        table = self.indicators.table
        for column in range(1, self.indicatorsModel.columnCount()):
            table.resizeColumnToContents(column)
            width = table.columnWidth(column)
            table.setColumnWidth(column, min(max(width + 12, 70), 220))

    def _action_indicators(self) -> list:
        convention = self.doc.convention
        return [i for i in convention.indicators if i.action is self.action] if convention else []

    def _action_events(self) -> list:
        report = self.doc.report
        return [e for e in report.events if e.action is self.action] if report else []

    def refresh(self) -> None:
        if self.action is None or self.text is None:
            return
        was_loading, self._loading = self._loading, True
        try:
            self.numberLabel.setText(self.action.number)
            if self.titleEdit.text() != self.action.title:
                self.titleEdit.setText(self.action.title)
                self.titleEdit.setCursorPosition(0)
            self.statusCombo.setCurrentIndex(self.statusCombo.findData(Status(self.text.status).value))
            self.targetSpin.setValue(self.text.target_words or 0)
            self.updateBanner.setVisible(bool(self.text.to_update))
            self.indicatorsModel.refresh()
            self.eventsModel.refresh()
            self.links.refresh()
            self.means.refresh()
            for editor in self.editors.values():
                refresh_chips(editor, self.doc)
            self._update_tab_titles()
            self._update_total()
            self.approvalBar.refresh()
        finally:
            self._loading = was_loading

    def compare_with_last_year(self) -> None:
        from mesdesk.gui.versions_panel import compare_with_last_year

        if self.action is not None:
            self.compareDialog = compare_with_last_year(self.window(), Section.of_action(self.action))  # type: ignore[arg-type]  # the main window is the panels' host

    def reload(self) -> None:
        if self.action is not None:
            self.load(self.action)

    def _update_tab_titles(self) -> None:
        self.tabs.setTabText(TAB_INDICATORS, self.tr("&Indicateurs (%1)").replace("%1", str(self.indicatorsModel.rowCount())))
        self.tabs.setTabText(TAB_EVENTS, self.tr("Évé&nements (%1)").replace("%1", str(self.eventsModel.rowCount())))
        self.tabs.setTabText(TAB_LINKS, self.tr("&Partenaires et instances (%1)").replace("%1", str(self.links.count())))

    # -- text ---------------------------------------------------------------------------
    def _text_changed(self, name: str) -> None:
        if self._loading:
            return
        self._dirty.add(name)
        self.doc.schedule_save()
        self._count_timer.start()

    def write_back(self) -> bool:
        if self.text is None or not self._dirty:
            return False
        for name in self._dirty:
            setattr(self.text, name, keep_known_comments(self.editors[name].richText(), self.text.report, self.action, name))
        self._dirty.clear()
        return True

    def _update_total(self) -> None:
        if self.text is None:
            return
        counts = {name: count_words(editor.textEdit().toPlainText()) for name, editor in self.editors.items()}
        words = sum(counts.values())
        target = self.text.target_words
        # The target covers the three texts; the narrative's own count shows what is
        # left for it once the evaluation and the means are written.
        others = counts["evaluation"] + counts["means"]
        wanted = max(1, target - others) if target else None
        if self.narrativeEditor.targetWords() != wanted:
            self.narrativeEditor.setTargetWords(wanted)
        if target:
            self.totalLabel.setText(self.tr("%1 mots sur %2").replace("%1", str(words)).replace("%2", str(target)))
            over = words > target
            self.totalLabel.setStyleSheet("color: #b03a2e; font-weight: bold;" if over else "")
        else:
            self.totalLabel.setText(self.tr("%1 mots").replace("%1", str(words)))
            self.totalLabel.setStyleSheet("")

    def show_match(self, field: str, occurrence: int, query: str, options: SearchOptions = SearchOptions()) -> bool:
        if field in self.editors:
            self.tabs.setCurrentIndex(TAB_TEXT)
            return select_occurrence(self.editors[field].textEdit(), query, occurrence, options)
        if field == "title":  # a wrapping QTextEdit since it stopped being cut: select like a text
            self.titleEdit.setFocus()
            select_occurrence(self.titleEdit, query, occurrence, options)
            return True
        return False

    def reserved_widgets(self) -> list[QWidget]:
        """An action's text in the report: what « Emporter hors ligne » takes (``checkout.FIELDS``)."""
        editors = (self.evaluationEditor, self.narrativeEditor, self.meansEditor)
        return [*(editor.textEdit() for editor in editors), self.statusCombo, self.targetSpin, self.updateDoneButton]

    def text_edit(self, field: str):  # noqa: ANN201 - RichTextEdit | None
        if field not in self.editors:
            return None
        self.tabs.setCurrentIndex(TAB_TEXT)
        return self.editors[field].textEdit()

    def show_row(self, field: str, uid: str) -> bool:
        """Show the indicator or event ``uid`` in its table, its label cell current."""
        section, tab, column = (
            (self.indicators, TAB_INDICATORS, 0) if field == "indicator" else (self.events, TAB_EVENTS, TITLE)
        )
        self.tabs.setCurrentIndex(tab)
        row = section.model.row_of_uid(uid)
        if row < 0:
            return False
        section.select_row(row, column)
        section.table.setFocus()
        return True

    def focus_field(self, field: str) -> None:
        """Put the cursor in a text field (used by the check panel)."""
        self.tabs.setCurrentIndex(TAB_TEXT)
        editor = self.editors.get(field, self.evaluationEditor)
        editor.textEdit().setFocus()

    # -- header edits -------------------------------------------------------------------
    def _title_edited(self) -> None:
        if self._loading or self.action is None:
            return
        title = self.titleEdit.text().strip()
        if not title or title == self.action.title:
            if not title:
                self.titleEdit.setText(self.action.title)
            return
        self.doc.undo_stack.push(
            EditCommand(self.doc, SetField(self.action, "title", title), self.tr("Renommer l'action"))
        )

    def _status_chosen(self, index: int) -> None:
        if self._loading or self.text is None:
            return
        status = self.statusCombo.itemData(index)
        if status == self.text.status:
            return
        stack = self.doc.undo_stack
        change = EditCommand(self.doc, SetField(self.text, "status", Status(status)), self.tr("Changer l'état"))
        if not self.text.to_update:
            stack.push(change)
            return
        # A text carried over stays « à actualiser » until its writer moves its status on:
        # one undo step puts both back.
        stack.beginMacro(self.tr("Changer l'état"))
        stack.push(change)
        stack.push(EditCommand(self.doc, SetField(self.text, "to_update", False), self.tr("Marquer comme mis à jour")))
        stack.endMacro()

    def _target_changed(self, value: int) -> None:
        if self._loading or self.text is None:
            return
        target = value or None
        if target != self.text.target_words:
            self.doc.undo_stack.push(
                EditCommand(self.doc, SetField(self.text, "target_words", target), self.tr("Changer l'objectif de longueur"))
            )

    def _mark_updated(self) -> None:
        if self.text is not None and self.text.to_update:
            self.doc.undo_stack.push(EditCommand(self.doc, SetField(self.text, "to_update", False), self.tr("Marquer comme mis à jour")))

    # -- rows ---------------------------------------------------------------------------
    def _add_indicator(self) -> None:
        if self.action is None:
            return
        edit = AddRow(self.doc.convention, Indicator, action=self.action, label=self.tr("Nouvel indicateur"))
        self.doc.undo_stack.push(EditCommand(self.doc, edit, self.tr("Ajouter un indicateur")))
        self._edit_new_row(self.indicators, edit.uid, 0)

    def _delete_indicator(self, row: int) -> None:
        indicator = self.indicatorsModel.rows[row]
        self.doc.undo_stack.push(EditCommand(self.doc, Delete(indicator), self.tr("Supprimer l'indicateur")))
        self.message.emit(self.tr("Indicateur « %1 » supprimé — Ctrl+Z pour l'annuler.").replace("%1", indicator.label))
        self.indicators.select_row(min(row, self.indicatorsModel.rowCount() - 1))

    def _move_indicator(self, row: int, delta: int) -> None:
        indicator = self.indicatorsModel.rows[row]
        if can_move(indicator, delta):
            column = self.indicators.table.currentIndex().column()
            self.doc.undo_stack.push(EditCommand(self.doc, Move(indicator, delta), self.tr("Déplacer l'indicateur")))
            self.indicators.select_row(row + delta, column)

    def _add_event(self) -> None:
        if self.action is None or self.doc.report is None:
            return
        report = self.doc.report
        edit = AddRow(report, Event, action=self.action, title=self.tr("Nouvel événement"),
                      start_date=dt.date(report.year, 1, 1))
        self.doc.undo_stack.push(EditCommand(self.doc, edit, self.tr("Ajouter un événement")))
        self._edit_new_row(self.events, edit.uid, TITLE)

    def _delete_event(self, row: int) -> None:
        event = self.eventsModel.rows[row]
        self.doc.undo_stack.push(EditCommand(self.doc, Delete(event), self.tr("Supprimer l'événement")))
        self.message.emit(self.tr("Événement « %1 » supprimé — Ctrl+Z pour l'annuler.").replace("%1", event.title))
        self.events.select_row(min(row, self.eventsModel.rowCount() - 1))

    def _move_event(self, row: int, delta: int) -> None:
        event = self.eventsModel.rows[row]
        if can_move(event, delta):
            column = self.events.table.currentIndex().column()
            self.doc.undo_stack.push(EditCommand(self.doc, Move(event, delta), self.tr("Déplacer l'événement")))
            self.events.select_row(row + delta, column)

    @staticmethod
    def _edit_new_row(section: TableSection, uid: str | None, column: int) -> None:
        row = section.model.row_of_uid(uid or "")
        if row >= 0:
            section.select_row(row, column)
            section.table.setFocus()
            section.table.edit(section.model.index(row, column))
