"""« Relecture »: what a reviewed Word file brought back, to accept or reject.

A dock beside the text, like the Word-import panel (``panels.summary_and_list``): the
import's summary on top, « Tout accepter » / « Tout refuser », then one card per pending
suggestion of the report shown: who, where, when, and the words — deleted ones struck
through in red, inserted ones underlined in green — with « Accepter » and « Refuser ».
A section changed without tracking shows its difference word by word. A suggestion
whose words are gone says so and can only be refused. A click on a card opens its place.

Every decision is a model edit on the undo stack (« Tout accepter » is one step); the
panel redraws after any edit, so Ctrl+Z brings a card back.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from mesdesk.gui import findings_text
from mesdesk.gui.commands import EditCommand
from mesdesk.gui.findings_text import QT_TRANSLATE_NOOP
from mesdesk.gui.import_summary_panel import open_place
from mesdesk.gui.panels import summary_and_list
from mesdesk.model.edits.suggestions import (
    AcceptSuggestions,
    RejectSuggestions,
    SuggestionStale,
    accept_one,
    applies,
    pending,
)
from mesdesk.model.findings import Place
from mesdesk.model.suggestion_text import word_opcodes

if TYPE_CHECKING:
    from mesdesk.gui.panels import PanelHost
    from mesdesk.model.entities import Report
    from mesdesk.model.suggestions import Suggestion

SuggestionRole = Qt.ItemDataRole.UserRole + 1
CONTEXT_CHARS = 40  # of unchanged text shown around a change
DELETED = "color:#b3261e; text-decoration:line-through;"
INSERTED = "color:#1b7f3b; text-decoration:underline;"

_FIELDS = {
    "evaluation": QT_TRANSLATE_NOOP("ReviewPanel", "Évaluation"),
    "narrative": QT_TRANSLATE_NOOP("ReviewPanel", "Récit"),
    "means": QT_TRANSLATE_NOOP("ReviewPanel", "Moyens"),
    "preamble": QT_TRANSLATE_NOOP("ReviewPanel", "Préambule"),
    "conclusion": QT_TRANSLATE_NOOP("ReviewPanel", "Conclusion"),
}


def _field_name(field: str) -> str:
    return QCoreApplication.translate("ReviewPanel", _FIELDS.get(field, field))


def _shown(text: str) -> str:
    """User text as HTML: escaped, line breaks visible as a pilcrow and a new line."""
    return html.escape(text).replace("\n", "¶<br>")


def _tail(text: str) -> str:
    """The end of the text before a change, from a whole word (a context as long as the
    one kept may start inside a word)."""
    if len(text) < CONTEXT_CHARS:
        return _shown(text)
    cut = text[-CONTEXT_CHARS:]
    return "…" + _shown(cut[cut.find(" ") + 1:] if " " in cut else cut)


def _head(text: str) -> str:
    """The start of the text after a change, up to a whole word."""
    if len(text) < CONTEXT_CHARS:
        return _shown(text)
    cut = text[:CONTEXT_CHARS]
    return _shown(cut[: cut.rfind(" ")] if " " in cut else cut) + "…"


def change_html(suggestion: "Suggestion") -> str:
    """A tracked change in its words: context, deleted words struck red, new ones underlined green."""
    parts = [_tail(suggestion.before)]
    if suggestion.old:
        parts.append(f'<span style="{DELETED}">{_shown(suggestion.old)}</span>')
    if suggestion.new:
        parts.append(f'<span style="{INSERTED}">{_shown(suggestion.new)}</span>')
    parts.append(_head(suggestion.after))
    return "".join(parts)


def difference_html(old: str, new: str) -> str:
    """A section's two versions inline, word by word; long unchanged stretches shortened."""
    parts = []
    for tag, i1, i2, j1, j2 in word_opcodes(old, new):
        if tag == "equal":
            same = old[i1:i2]
            if len(same) > 2 * CONTEXT_CHARS:
                first = i1 == 0
                last = i2 == len(old)
                start = "" if first else _head(same)
                end = "" if last else _tail(same)
                parts.append(start + ("" if first or last else " ") + end if not (first and last) else _head(same))
            else:
                parts.append(_shown(same))
            continue
        if i2 > i1:
            parts.append(f'<span style="{DELETED}">{_shown(old[i1:i2])}</span>')
        if j2 > j1:
            parts.append(f'<span style="{INSERTED}">{_shown(new[j1:j2])}</span>')
    return "".join(parts)


class TextEditCommand(EditCommand):
    """A review edit on the undo stack; the page on screen reloads its texts after it is
    done or undone (editors keep their own text until told, as after « Tout remplacer »)."""

    def __init__(self, window: "PanelHost", edit: Any, text: str) -> None:
        super().__init__(window.doc, edit, text)
        self.window_ = window

    def redo(self) -> None:
        super().redo()
        self._reload()

    def undo(self) -> None:
        super().undo()
        self._reload()

    def _reload(self) -> None:
        page = self.window_.current_page()
        if page is not None:
            page.reload()


class SuggestionCard(QFrame):
    """One suggestion: who and where, the words, and its two buttons."""

    def __init__(self, panel: "ReviewPanel", suggestion: "Suggestion", applicable: bool) -> None:
        super().__init__()
        self.setObjectName("suggestionCard")
        self.suggestion = suggestion
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.header = QLabel(self.describe(suggestion), self)
        self.header.setObjectName("suggestionHeader")
        self.header.setWordWrap(True)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        layout.addWidget(self.header)
        words = (difference_html(suggestion.old, suggestion.new) if suggestion.kind == "difference"
                 else change_html(suggestion))
        self.words = QLabel(words, self)
        self.words.setObjectName("suggestionWords")
        self.words.setTextFormat(Qt.TextFormat.RichText)
        self.words.setWordWrap(True)
        layout.addWidget(self.words)
        if not applicable:
            self.stale = QLabel(self.tr("Ne s'applique plus : ces mots ont changé depuis. Refusez-la, "
                                        "ou reprenez-la à la main."), self)
            self.stale.setObjectName("suggestionStale")
            self.stale.setWordWrap(True)
            layout.addWidget(self.stale)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.accept = QPushButton(self.tr("Accepter"), self)
        self.accept.setObjectName("suggestionAccept")
        self.accept.setEnabled(applicable and not panel.read_only())
        self.reject = QPushButton(self.tr("Refuser"), self)
        self.reject.setObjectName("suggestionReject")
        self.reject.setEnabled(not panel.read_only())
        buttons.addWidget(self.accept)
        buttons.addWidget(self.reject)
        layout.addLayout(buttons)
        self.accept.clicked.connect(lambda: panel.accept(suggestion))
        self.reject.clicked.connect(lambda: panel.reject(suggestion))

    def describe(self, s: "Suggestion") -> str:
        where = (f"{s.action.number} {_field_name(s.field)}" if s.action is not None else _field_name(s.field))
        author = s.author or self.tr("auteur inconnu")
        if s.kind == "difference":
            text = self.tr("%1 · %2 · modifié sans suivi").replace("%1", where).replace("%2", author)
        else:
            kinds = {"insertion": self.tr("insertion"), "deletion": self.tr("suppression"),
                     "replacement": self.tr("remplacement")}
            text = f"{author} · {where} · {kinds.get(s.kind, s.kind)}"
        if s.created_at is not None and s.kind != "difference":
            text += " · " + s.created_at.strftime("%d/%m/%Y %H:%M")
        return text


class ReviewPanel(QDockWidget):
    def __init__(self, window: "PanelHost") -> None:
        super().__init__(window.window())  # docked in the host window
        self.setObjectName("reviewPanel")
        self.setWindowTitle(self.tr("Relecture"))
        self.window_ = window
        self.shown_summary: Any = None
        self.summary_year: int | None = None
        self.summary, self.list = summary_and_list(self, "reviewSummary", "reviewList", self.open_item)
        self.list.setAccessibleName(self.tr("Suggestions des relecteurs"))
        self.list.setAlternatingRowColors(False)  # the cards have frames
        self.accept_all = QPushButton(self.tr("Tout accepter"), self)
        self.accept_all.setObjectName("reviewAcceptAll")
        self.reject_all = QPushButton(self.tr("Tout refuser"), self)
        self.reject_all.setObjectName("reviewRejectAll")
        row = QHBoxLayout()
        row.addWidget(self.accept_all)
        row.addWidget(self.reject_all)
        row.addStretch(1)
        body = self.widget()
        layout = body.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(1, row)
        self.accept_all.clicked.connect(self.accept_everything)
        self.reject_all.clicked.connect(self.reject_everything)
        self.setMinimumWidth(300)
        self._doc: Any = None
        self._attach(window.doc)
        window.documentReplaced.connect(self._document_replaced)

    # -- the document --------------------------------------------------------------------
    def _attach(self, doc: Any) -> None:
        if self._doc is not None:
            self._doc.dataEdited.disconnect(self.refresh)
            self._doc.reportChanged.disconnect(self.refresh)
        self._doc = doc
        doc.dataEdited.connect(self.refresh)
        doc.reportChanged.connect(self.refresh)

    def _document_replaced(self, doc: Any) -> None:
        self._attach(doc)
        self.shown_summary = None
        self.hide()  # it told about the other workspace's report

    def read_only(self) -> bool:
        return bool(self.window_.doc.workspace.read_only)

    @property
    def report(self) -> "Report | None":
        report: Report | None = self.window_.doc.report
        return report

    # -- content --------------------------------------------------------------------------
    def show_summary(self, summary: Any) -> None:
        """After an import: its summary (a ``ReviewSummary``) above the report's suggestions."""
        self.shown_summary = summary
        self.summary_year = summary.year
        self.refresh()

    def refresh(self) -> None:
        if not self.isVisible() and self.shown_summary is None:
            return
        report = self.report
        lines: list[str] = []
        if self.shown_summary is not None and report is not None and self.summary_year == report.year:
            lines = [findings_text.word(f) for f in self.shown_summary.findings()
                     if not f.code.startswith("review_import.difference_in_")]
        waiting = list(pending(report)) if report is not None else []
        lines.append(self.tr("%n suggestion(s) en attente.", "", len(waiting)))
        if waiting:
            lines.append(self.tr("Un clic sur une suggestion mène à ses mots dans le texte."))
        self.summary.setText("\n".join(lines))
        self._fit_summary()
        self.list.clear()
        for suggestion in waiting:
            assert report is not None
            item = QListWidgetItem(self.list)
            item.setData(SuggestionRole, suggestion.uid)
            card = SuggestionCard(self, suggestion, applies(report, suggestion))
            item.setSizeHint(card.sizeHint())
            self.list.setItemWidget(item, card)
        self.accept_all.setEnabled(bool(waiting) and not self.read_only())
        self.reject_all.setEnabled(bool(waiting) and not self.read_only())

    def _fit_summary(self) -> None:
        # A wrapping label in a dock gets too little height from the layout: ask for all of it.
        width = max(self.summary.width(), 200)
        self.summary.setMinimumHeight(self.summary.heightForWidth(width))

    def cards(self) -> list[SuggestionCard]:
        out = []
        for i in range(self.list.count()):
            card = self.list.itemWidget(self.list.item(i))
            if isinstance(card, SuggestionCard):
                out.append(card)
        return out

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_summary()
        for i in range(self.list.count()):  # wrapped words need more height when narrower
            item = self.list.item(i)
            card = self.list.itemWidget(item)
            if card is not None:
                card.setFixedWidth(self.list.viewport().width() - 4)
                item.setSizeHint(card.sizeHint())

    # -- decisions ------------------------------------------------------------------------
    def _find(self, uid: str) -> "Suggestion | None":
        report = self.report
        return next((s for s in report.suggestions if s.uid == uid), None) if report is not None else None

    def accept(self, suggestion: "Suggestion") -> bool:
        report = self.report
        if report is None:
            return False
        try:
            edit = accept_one(report, suggestion)
        except SuggestionStale:
            self.window_.show_message(self.tr("Cette suggestion ne s'applique plus : ses mots ont changé."))
            self.refresh()
            return False
        self._push(edit, self.tr("Accepter la suggestion"))
        return True

    def reject(self, suggestion: "Suggestion") -> None:
        self._push(RejectSuggestions([suggestion]), self.tr("Refuser la suggestion"))

    def accept_everything(self) -> None:
        report = self.report
        if report is None:
            return
        edit = AcceptSuggestions(report, pending(report))
        if edit.accepted:
            self._push(edit, self.tr("Tout accepter"))
        if edit.stale:
            self.window_.show_message(self.tr("%n suggestion(s) ne s'appliquent plus : à refuser ou reprendre à la main.",
                                              "", len(edit.stale)))

    def reject_everything(self) -> None:
        report = self.report
        if report is None:
            return
        self._push(RejectSuggestions(pending(report)), self.tr("Tout refuser"))

    def _push(self, edit: Any, label: str) -> None:
        doc = self.window_.doc
        doc.save_now()  # the text being typed is in the model before the edit reads it
        doc.undo_stack.push(TextEditCommand(self.window_, edit, label))

    # -- places ---------------------------------------------------------------------------
    def open_item(self, item: QListWidgetItem) -> bool:
        uid = item.data(SuggestionRole)
        suggestion = self._find(uid) if uid else None
        if suggestion is None:
            return False
        return open_place(self.window_, place_of(suggestion))


def place_of(suggestion: "Suggestion") -> Place:
    """Where a suggestion's words are: its field, and words to select there."""
    if suggestion.kind == "difference":
        excerpt = next((suggestion.old[i1:i2] for tag, i1, i2, _j1, _j2 in word_opcodes(suggestion.old, suggestion.new)
                        if tag != "equal" and i2 > i1), "")
    else:
        excerpt = suggestion.old or suggestion.before[-CONTEXT_CHARS:].split("\n")[-1].strip()
    excerpt = excerpt.split("\n")[0].strip()
    if suggestion.action is None:
        return Place(suggestion.field, field=suggestion.field, excerpt=excerpt or None)  # type: ignore[arg-type]  # "preamble" / "conclusion" are place kinds
    return Place("action", action_uid=suggestion.action.uid, field=suggestion.field, excerpt=excerpt or None)
