"""Find (Ctrl+F): search the whole report; a result jumps to the place and selects it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDockWidget, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from mesdesk.gui.search import Match, find_in_report

if TYPE_CHECKING:
    from mesdesk.gui.panels import PanelHost

MatchRole = Qt.ItemDataRole.UserRole + 1


class FindPanel(QDockWidget):
    """Type to search (results follow as you type); Enter or a click opens a result;
    F3 / Maj+F3 go to the next / previous result from anywhere."""

    def __init__(self, window: "PanelHost") -> None:
        super().__init__(window.window())  # docked in the host window
        self.setObjectName("findPanel")
        self.setWindowTitle(self.tr("Rechercher et remplacer"))
        self.window_ = window
        body = QWidget(self)
        self.field = QLineEdit(body)
        self.field.setObjectName("findField")
        self.field.setPlaceholderText(self.tr("Rechercher dans tout le bilan…"))
        self.field.setClearButtonEnabled(True)
        self.summary = QLabel(body)
        self.summary.setObjectName("findSummary")
        self.results = QListWidget(body)
        self.results.setObjectName("findResults")
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.field)
        from mesdesk.gui.replace_bar import ReplaceBar

        self.replace_bar = ReplaceBar(self, window)
        layout.addWidget(self.replace_bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self.setWidget(body)
        self.setMinimumWidth(260)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)  # search once typing pauses, not at every letter
        self._timer.timeout.connect(self.search)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        self.field.returnPressed.connect(self._enter)
        self.results.itemActivated.connect(self.open_item)
        self.results.itemClicked.connect(self.open_item)
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindNext), window.window(), lambda: self.step(1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindPrevious), window.window(), lambda: self.step(-1))
        self.field.installEventFilter(self)
        self._doc = None
        self.attach(window.doc)
        window.documentReplaced.connect(self.attach)

    def attach(self, doc) -> None:  # noqa: ANN001 - Document
        """Search ``doc`` from now on (another workspace was opened in the window)."""
        if self._doc is not None:
            for signal in (self._doc.dataEdited, self._doc.reportChanged):
                try:
                    signal.disconnect(self._stale)
                except (RuntimeError, TypeError):  # the old document is already gone
                    pass
        self._doc = doc
        doc.dataEdited.connect(self._stale)
        doc.reportChanged.connect(self._stale)
        # The results listed belong to the workspace that was closed.
        self.results.clear()
        self.summary.setText("")
        self._stale()

    def start(self) -> None:
        """Ctrl+F: focus the field with its text selected, ready to type over."""
        self.field.setFocus()
        self.field.selectAll()
        if self.field.text():
            self.search()

    def _stale(self) -> None:
        if self.isVisible() and self.field.text():
            self._timer.start()

    def search(self) -> None:
        self._timer.stop()
        self.window_.doc.save_now()  # the editors' latest words are in the model
        query = self.field.text()
        self.results.clear()
        report = self.window_.doc.report
        if not query.strip() or report is None:
            self.summary.setText("")
            return
        matches = find_in_report(report, query, self.replace_bar.options())
        for match in matches:
            item = QListWidgetItem(f"{self._where(match)}\n{match.context}", self.results)
            item.setData(MatchRole, match)
            item.setToolTip(match.context)
        self.summary.setText(self.tr("%n résultat(s)", "", len(matches)) if matches else self.tr("Aucun résultat"))

    def _where(self, match: Match) -> str:
        fields = {
            "preamble": self.tr("Préambule"),
            "conclusion": self.tr("Conclusion"),
            "title": self.tr("intitulé"),
            "evaluation": self.tr("évaluation"),
            "narrative": self.tr("récit"),
            "means": self.tr("moyens"),
            "indicator": self.tr("indicateur"),
            "event": self.tr("événement"),
            "partner": self.tr("partenaire"),
            "body": self.tr("instance"),
        }
        if match.number:
            return f"{match.number} — {fields[match.field]}"
        if match.node == ("unassigned",):
            return self.tr("Sans action — %1").replace("%1", fields[match.field])
        return fields[match.field]

    def _enter(self) -> None:
        if self._timer.isActive() or self.results.count() == 0:
            self.search()
        if self.results.count():
            self.results.setCurrentRow(0)
            self.open_item(self.results.item(0), keep_focus=True)

    def open_item(self, item: QListWidgetItem, keep_focus: bool = False) -> None:
        match: Match = item.data(MatchRole)
        self.window_.go_to(match.node, match.field, match.occurrence, self.field.text().strip(), match.row_uid,
                           self.replace_bar.options())

    def step(self, delta: int) -> None:
        if self.results.count() == 0:
            self.search()
        if self.results.count() == 0:
            return
        row = (self.results.currentRow() + delta) % self.results.count()
        self.results.setCurrentRow(row)
        self.open_item(self.results.item(row))

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001
        from PySide6.QtCore import QEvent

        # Down arrow from the field goes to the results, as in a browser's search box.
        if watched is self.field and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            if self.results.count():
                self.results.setFocus()
                self.results.setCurrentRow(max(0, self.results.currentRow()))
                return True
        return super().eventFilter(watched, event)
