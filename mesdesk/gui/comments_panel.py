"""« Commentaires »: the report's review comments beside the text.

Grouped by section in the order of the report (préambule, each action's évaluation,
récit and moyens, conclusion), in text order inside a section; each with its author,
date, the words it is on and its body, its replies indented under it. A click opens
the place and selects the words. Répondre, Résoudre / Rouvrir, Modifier and Supprimer
act on the selected comment, each one undo step; the body is typed in the small
editor under the list (Ctrl+Entrée validates, Échap cancels). Resolved comments are
listed (greyed) only with « Afficher les résolus ».
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesdesk.gui.comments_controller import CommentsController, PendingComment, comment_time
from mesdesk.gui.panels import summary_and_list
from mesdesk.model.entities import Report
from mesdesk.model.review import Comment, threads
from mesdesk.model.richtext import Footnote, RichText, Text, indicator_placeholder

if TYPE_CHECKING:
    from mesdesk.gui.panels import PanelHost

UidRole = Qt.ItemDataRole.UserRole + 1
RESOLVED_COLOR = QColor("#8a8a8a")
DETACHED_COLOR = QColor("#9c4221")
SECTION_BACKGROUND = QColor("#e8eef4")
QUOTE_LENGTH = 90  # characters of the commented words shown; the rest is in the tooltip
INDENT = "\u2003\u2003"  # replies sit under their comment


def mark_offset(rt: RichText, uid: str) -> int | None:
    """Where a comment's range starts in the text's plain form (None: no mark left)."""
    pos = 0
    for content in rt.paragraph_contents():
        for inline in content:
            if isinstance(inline, Text):
                if uid in inline.comments:
                    return pos
                pos += len(inline.text)
            elif not isinstance(inline, Footnote):
                pos += len(indicator_placeholder(inline))
        pos += 1
    return None


def _short(text: str, length: int = QUOTE_LENGTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


class CommentsPanel(QDockWidget):
    def __init__(self, window: "PanelHost", controller: CommentsController) -> None:
        super().__init__(window.window())  # docked in the host window
        self.setObjectName("commentsPanel")
        self.window_ = window
        self.controller = controller
        self.summary, self.list = summary_and_list(self, "commentsSummary", "commentsList", self._open_item)
        self.list.setSelectionMode(self.list.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(False)  # threads are told apart by their section's band
        self.list.setStyleSheet("QListWidget::item { padding: 3px 2px; }")
        self.list.currentItemChanged.connect(self._current_item_changed)
        body = self.widget()
        layout = body.layout()
        assert isinstance(layout, QVBoxLayout)

        self.showResolved = QCheckBox(body)
        self.showResolved.setObjectName("showResolvedComments")
        self.showResolved.toggled.connect(self.controller.set_show_resolved)
        layout.insertWidget(1, self.showResolved)

        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        self.replyButton = self._button("replyCommentButton", self.start_reply)
        self.resolveButton = self._button("resolveCommentButton", self.toggle_resolved)
        self.editButton = self._button("editCommentButton", self.start_edit)
        self.deleteButton = self._button("deleteCommentButton", self.delete_current)
        for button in (self.replyButton, self.resolveButton, self.editButton, self.deleteButton):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        # The small editor where a body is typed (a new comment, a reply, a change).
        self.composer = QWidget(body)
        self.composer.setObjectName("commentComposer")
        composer_layout = QVBoxLayout(self.composer)
        composer_layout.setContentsMargins(0, 4, 0, 0)
        self.composerLabel = QLabel(self.composer)
        self.composerLabel.setObjectName("commentComposerLabel")
        self.composerLabel.setWordWrap(True)
        self.composerLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.bodyEdit = QPlainTextEdit(self.composer)
        self.bodyEdit.setObjectName("commentBody")
        self.bodyEdit.setTabChangesFocus(True)
        self.bodyEdit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.bodyEdit.installEventFilter(self)
        self.bodyEdit.textChanged.connect(self._update_submit)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancelButton = QPushButton(self.composer)
        self.cancelButton.setObjectName("commentCancel")
        self.cancelButton.clicked.connect(self.cancel_compose)
        self.submitButton = QPushButton(self.composer)
        self.submitButton.setObjectName("commentSubmit")
        self.submitButton.setDefault(True)
        self.submitButton.clicked.connect(self.submit)
        row.addWidget(self.cancelButton)
        row.addWidget(self.submitButton)
        composer_layout.addWidget(self.composerLabel)
        composer_layout.addWidget(self.bodyEdit)
        composer_layout.addLayout(row)
        layout.addWidget(self.composer)
        self.composer.hide()
        self._mode: str | None = None  # "add", "reply", "edit"
        self._target: str | None = None  # the comment replied to or changed

        self.setMinimumWidth(280)
        self._stale = True
        controller.changed.connect(self._changed)
        controller.currentChanged.connect(self._select_uid)
        self.visibilityChanged.connect(self._visibility_changed)
        self.retranslate()
        self.refresh()

    def _visibility_changed(self, visible: bool) -> None:
        if visible and self._stale:  # changes made while it was hidden
            self.refresh()

    def _button(self, name: str, slot: object) -> QPushButton:
        button = QPushButton(self.widget())
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Commentaires"))
        self.showResolved.setText(self.tr("Afficher les &résolus"))
        self.replyButton.setText(self.tr("Ré&pondre"))
        self.editButton.setText(self.tr("&Modifier"))
        self.deleteButton.setText(self.tr("&Supprimer"))
        self.cancelButton.setText(self.tr("Annuler"))
        self._update_buttons()

    # -- the list ---------------------------------------------------------------------------
    def _changed(self) -> None:
        if self._mode == "add" and self.controller.pending is None:
            self._close_composer()  # the comment was added (or its words lost) meanwhile
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        self._stale = False
        report = self.controller.report()
        current = self.controller.current
        self.list.blockSignals(True)
        self.list.clear()
        shown = 0
        open_count = resolved_count = 0
        if report is not None:
            for title, comments in self._sections(report):
                visible = [(c, r) for c, r in comments if self.controller.show_resolved or not c.resolved]
                open_count += sum(1 for c, _ in comments if not c.resolved)
                resolved_count += sum(1 for c, _ in comments if c.resolved)
                if not visible:
                    continue
                header = QListWidgetItem(title, self.list)
                header.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                header.setBackground(QBrush(SECTION_BACKGROUND))
                for comment, replies in visible:
                    self._add_item(comment, report)
                    shown += 1
                    for reply in replies:
                        self._add_item(reply, report)
        self.list.blockSignals(False)
        if open_count or resolved_count:
            text = self.tr("%n commentaire(s) ouvert(s)", "", open_count)
            if resolved_count:
                text += " · " + self.tr("%n résolu(s)", "", resolved_count)
            if not shown:
                text += " — " + self.tr("cochez « Afficher les résolus » pour les voir.")
        else:
            text = self.tr("Aucun commentaire. Sélectionnez des mots dans un texte, puis Ctrl+Alt+M.")
        self.summary.setText(text)
        hidden = self.controller.comment(current)
        if hidden is not None and self._item_of(current) is None:
            self.controller.set_current(None)  # resolved and filtered out: no longer drawn as current
        self._select_uid(self.controller.current)
        self._update_buttons()

    def _sections(self, report: Report) -> Iterator[tuple[str, list[tuple[Comment, list[Comment]]]]]:
        """(title, threads) per text, in the report's order; in each, in text order (a
        comment whose words are gone after the others)."""
        by_place: dict[tuple[int | None, str], list[tuple[Comment, list[Comment]]]] = {}
        for comment, replies in threads(report):
            by_place.setdefault((comment.action_id, comment.field), []).append((comment, replies))
        names = {"evaluation": self.tr("Évaluation"), "narrative": self.tr("Récit"), "means": self.tr("Moyens")}
        places: list[tuple[tuple[int | None, str], str, RichText | None]] = [
            ((None, "preamble"), self.tr("Préambule"), report.preamble)]
        convention = report.convention
        for action in convention.actions if convention is not None else []:
            text = report.find_text(action)
            for field, name in names.items():
                title = self.tr("%1 %2 — %3").replace("%1", action.number).replace("%2", action.title).replace("%3", name)
                places.append(((action.id, field), title, getattr(text, field) if text is not None else None))
        places.append(((None, "conclusion"), self.tr("Conclusion"), report.conclusion))
        seen = set()
        for key, title, rt in places:
            seen.add(key)
            found = by_place.get(key)
            if not found:
                continue

            def order(thread: tuple[Comment, list[Comment]], rt: RichText | None = rt) -> tuple[int, object]:
                offset = mark_offset(rt, thread[0].uid) if rt is not None else None
                return (offset if offset is not None else 1 << 30, thread[0].created_at)

            yield title, sorted(found, key=order)
        rest = [t for key, found in by_place.items() if key not in seen for t in found]
        if rest:  # an action no longer in the convention: never hidden
            yield self.tr("Autres"), rest

    def _add_item(self, comment: Comment, report: Report) -> None:
        reply = comment.parent is not None
        top = comment.parent or comment
        when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(comment_time(comment).timestamp())),
                                  "d MMM yyyy, HH:mm")
        head = f"{comment.author or self.tr('(sans nom)')} · {when}"
        if not reply and comment.resolved:
            head += " · " + self.tr("résolu")
        lines = [head]
        tip = ""
        if not reply:
            quote = comment.quote
            if comment.is_detached():
                lines.append(self.tr("Texte commenté supprimé — « %1 »").replace("%1", _short(quote)))
            elif quote:
                lines.append(self.tr("« %1 »").replace("%1", _short(quote)))
            tip = quote
        lines.append(comment.body or self.tr("(vide)"))
        if reply:
            lines = [INDENT + "↳ " + lines[0]] + [INDENT + "   " + line for line in lines[1:]]
        item = QListWidgetItem("\n".join(lines), self.list)
        item.setData(UidRole, comment.uid)
        if tip:
            item.setToolTip(tip)
        if top.resolved:
            item.setForeground(QBrush(RESOLVED_COLOR))
        elif not reply and comment.is_detached():
            item.setForeground(QBrush(DETACHED_COLOR))

    def _item_of(self, uid: str | None) -> QListWidgetItem | None:
        if uid is None:
            return None
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(UidRole) == uid:
                return item
        return None

    def _select_uid(self, uid: object) -> None:
        item = self._item_of(uid if isinstance(uid, str) else None)
        self.list.blockSignals(True)
        if item is not None:
            self.list.setCurrentItem(item)
            self.list.scrollToItem(item)
        else:
            self.list.setCurrentRow(-1)
            self.list.clearSelection()
        self.list.blockSignals(False)
        self._update_buttons()

    def selected(self) -> Comment | None:
        item = self.list.currentItem()
        return self.controller.comment(item.data(UidRole)) if item is not None else None

    def _current_item_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        uid = current.data(UidRole) if current is not None else None
        self.controller.set_current(uid)
        self._update_buttons()

    def _open_item(self, item: QListWidgetItem) -> None:
        uid = item.data(UidRole)
        if uid is None:
            return  # a section's title
        self.controller.set_current(uid)
        if not self.controller.open_comment(uid):
            self.window_.show_message(self.tr("Les mots commentés ont été supprimés du texte."))

    def _update_buttons(self) -> None:
        comment = self.selected()
        top = (comment.parent or comment) if comment is not None else None
        editable = comment is not None and not self.window_.doc.read_only
        for button in (self.replyButton, self.resolveButton, self.editButton, self.deleteButton):
            button.setEnabled(editable)
        self.resolveButton.setText(self.tr("Ro&uvrir") if top is not None and top.resolved else self.tr("Ré&soudre"))

    # -- acting on the selected comment -------------------------------------------------------------
    def toggle_resolved(self) -> None:
        comment = self.selected()
        if comment is not None:
            top = comment.parent or comment
            self.controller.set_resolved(top, not top.resolved)
            self.list.setFocus()

    def delete_current(self) -> None:
        comment = self.selected()
        if comment is not None:
            self.controller.delete(comment)
            self.list.setFocus()

    def start_reply(self) -> None:
        comment = self.selected()
        if comment is not None:
            top = comment.parent or comment
            self._compose("reply", top.uid, self.tr("Réponse à %1 :").replace("%1", top.author or self.tr("(sans nom)")), "")

    def start_edit(self) -> None:
        comment = self.selected()
        if comment is not None:
            self._compose("edit", comment.uid, self.tr("Modifier le commentaire :"), comment.body)

    def compose_new(self, pending: PendingComment) -> None:
        """Ctrl+Alt+M: the panel shows, its editor waits for the new comment's body."""
        self.show()
        self.raise_()
        self._compose("add", None, self.tr("Nouveau commentaire sur « %1 » :").replace("%1", _short(pending.quote(), 60)), "")

    def _compose(self, mode: str, target: str | None, label: str, text: str) -> None:
        if self._mode == "add" and mode != "add":
            self.controller.pending = None
        self._mode, self._target = mode, target
        self.composerLabel.setText(label)
        self.submitButton.setText({"add": self.tr("A&jouter"), "reply": self.tr("Ré&pondre"),
                                   "edit": self.tr("&Enregistrer")}[mode])
        self.bodyEdit.setPlainText(text)
        self.composer.show()
        self.bodyEdit.setFocus()
        self.bodyEdit.moveCursor(self.bodyEdit.textCursor().MoveOperation.End)
        self._update_submit()

    def _update_submit(self) -> None:
        self.submitButton.setEnabled(bool(self.bodyEdit.toPlainText().strip()))

    def submit(self) -> None:
        body = self.bodyEdit.toPlainText().strip()
        if not body or self._mode is None:
            return
        mode, target = self._mode, self.controller.comment(self._target)
        self._close_composer()
        if mode == "add":
            self.controller.add(body)
        elif mode == "reply" and target is not None:
            self.controller.reply(target, body)
            self.list.setFocus()
        elif mode == "edit" and target is not None:
            self.controller.set_body(target, body)
            self.list.setFocus()

    def cancel_compose(self) -> None:
        mode = self._mode
        self._close_composer()
        if mode == "add":
            self.controller.cancel_add()
        else:
            self.list.setFocus()

    def _close_composer(self) -> None:
        self._mode, self._target = None, None
        self.bodyEdit.clear()
        self.composer.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.bodyEdit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.submit()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.cancel_compose()
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

