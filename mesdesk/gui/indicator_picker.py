"""« Insérer la valeur d'un indicateur… »: choose one of the convention's indicators.

The indicators are listed under their action (the action being edited first and
open), with their value for the year chosen; typing filters them (case and accents
ignored). The inserted reference is to the report's own year unless another year is
chosen, so a text carried over to next year's report shows next year's figure.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mesdesk.gui.document import Document
from mesdesk.gui.indicator_labels import value_text
from mesdesk.gui.search import fold
from mesdesk.model.entities import Action, Indicator
from mesdesk.model.richtext import IndicatorRef

UidRole = Qt.ItemDataRole.UserRole + 1
REPORT_YEAR = 0  # item data of « the report's year » (IndicatorRef.year None)


class IndicatorPickerDialog(QDialog):
    def __init__(self, doc: Document, current_action: Action | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorPicker")
        self.setWindowTitle(self.tr("Insérer la valeur d'un indicateur"))
        self.doc = doc
        self.current_action = current_action
        report_year = doc.report.year if doc.report else None

        self.filterEdit = QLineEdit(self)
        self.filterEdit.setObjectName("indicatorFilter")
        self.filterEdit.setPlaceholderText(self.tr("Filtrer les indicateurs…"))
        self.filterEdit.setClearButtonEnabled(True)
        self.filterEdit.textChanged.connect(self._filter)
        self.filterEdit.installEventFilter(self)

        self.yearCombo = QComboBox(self)
        self.yearCombo.setObjectName("indicatorYear")
        if report_year is not None:
            self.yearCombo.addItem(self.tr("l'année du bilan (%1)").replace("%1", str(report_year)), REPORT_YEAR)
        for year in doc.convention.years if doc.convention else []:
            if year != report_year:
                self.yearCombo.addItem(str(year), year)
        self.yearCombo.currentIndexChanged.connect(lambda _i: self._fill_values())
        year_label = QLabel(self.tr("Valeur de &l'année :"), self)
        year_label.setBuddy(self.yearCombo)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("indicatorTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Indicateur"), self.tr("Valeur")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.setUniformRowHeights(True)
        self.tree.itemDoubleClicked.connect(lambda item, _c: self.accept() if item.data(0, UidRole) else None)
        self.tree.currentItemChanged.connect(lambda *_a: self._update_ok())
        filter_label = QLabel(self.tr("&Indicateur :"), self)
        filter_label.setBuddy(self.filterEdit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.okButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.okButton.setText(self.tr("&Insérer"))
        self.okButton.setObjectName("insertIndicatorButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(filter_label, self.filterEdit)
        form.addRow(year_label, self.yearCombo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.resize(620, 460)
        self._fill()
        self.filterEdit.setFocus()

    # -- content ------------------------------------------------------------------------
    def _groups(self) -> list[tuple[str, Action | None, list[Indicator]]]:
        convention = self.doc.convention
        if convention is None:
            return []
        groups = []
        actions = list(convention.actions)
        if self.current_action in actions:  # the action being written first
            actions.remove(self.current_action)
            actions.insert(0, self.current_action)
        for action in actions:
            rows = [i for i in convention.indicators if i.action is action]
            if rows:
                groups.append((f"{action.number} {action.title}", action, rows))
        loose = [i for i in convention.indicators if i.action is None]
        if loose:
            groups.append((self.tr("Sans action"), None, loose))
        return groups

    def _fill(self) -> None:
        self.tree.clear()
        first: QTreeWidgetItem | None = None
        for title, action, indicators in self._groups():
            group = QTreeWidgetItem(self.tree, [title])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for indicator in indicators:
                item = QTreeWidgetItem(group, [indicator.label, ""])
                item.setData(0, UidRole, indicator.uid)
                item.setToolTip(0, indicator.label)
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                first = first or item
            group.setExpanded(action is self.current_action or len(indicators) <= 4)
        self._fill_values()
        if first is not None:
            self.tree.setCurrentItem(first)
        self._update_ok()

    def _indicators(self) -> dict[str, Indicator]:
        convention = self.doc.convention
        return {i.uid: i for i in convention.indicators} if convention else {}

    def year(self) -> int | None:
        """The year the value is shown for; None: the report's own."""
        data = self.yearCombo.currentData()
        return None if not data else int(data)

    def _fill_values(self) -> None:
        indicators = self._indicators()
        year = self.year() or (self.doc.report.year if self.doc.report else None)
        for item in self._items():
            indicator = indicators.get(item.data(0, UidRole))
            if indicator is not None and year is not None:
                item.setText(1, value_text(indicator, year))

    def _items(self) -> list[QTreeWidgetItem]:
        out = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            out += [group.child(i) for i in range(group.childCount())]
        return out

    def _filter(self, text: str) -> None:
        needle = fold(text.strip())
        first_visible: QTreeWidgetItem | None = None
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            group_matches = bool(needle) and needle in fold(group.text(0))
            shown = 0
            for i in range(group.childCount()):
                item = group.child(i)
                visible = not needle or group_matches or needle in fold(item.text(0))
                item.setHidden(not visible)
                if visible:
                    shown += 1
                    first_visible = first_visible or item
            group.setHidden(shown == 0)
            if needle:
                group.setExpanded(True)
        current = self.tree.currentItem()
        if current is None or current.isHidden() or (current.parent() is not None and current.parent().isHidden()):
            self.tree.setCurrentItem(first_visible)
        self._update_ok()

    def _update_ok(self) -> None:
        self.okButton.setEnabled(self.selected_uid() is not None)

    # -- keys: the arrows move in the list while typing in the filter ----------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001
        from PySide6.QtCore import QEvent

        if watched is self.filterEdit and event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
        ):
            self._step(event.key())
            return True
        return super().eventFilter(watched, event)

    def _step(self, key: int) -> None:
        visible = [i for i in self._items() if not i.isHidden() and not i.parent().isHidden()]
        if not visible:
            return
        current = self.tree.currentItem()
        index = visible.index(current) if current in visible else -1
        delta = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10, Qt.Key.Key_PageDown: 10}[key]
        target = visible[min(max(index + delta, 0), len(visible) - 1)]
        if not target.parent().isExpanded():
            target.parent().setExpanded(True)
        self.tree.setCurrentItem(target)
        self.tree.scrollToItem(target)

    # -- result -------------------------------------------------------------------------
    def selected_uid(self) -> str | None:
        item = self.tree.currentItem()
        if item is None or item.isHidden():
            return None
        uid = item.data(0, UidRole)
        return str(uid) if uid else None

    def reference(self) -> IndicatorRef | None:
        uid = self.selected_uid()
        return IndicatorRef(uid, self.year()) if uid else None

    def accept(self) -> None:
        if self.selected_uid() is not None:
            super().accept()
