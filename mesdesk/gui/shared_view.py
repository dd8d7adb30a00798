"""A window on a workspace on a shared server: others' changes within a second or two,
who is where in the outline, conflicts shown as they come, the server's loss told.

Qt-free parts do the work (``store.changes``, ``store.presence``, ``store.conflicts``);
this only wires them to the window: a ``QSocketNotifier`` on the listening connection
(no thread, no busy loop), a heartbeat, and the conflict dialogs.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QTextEdit, QWidget
from sqlalchemy.exc import SQLAlchemyError

from mesdesk.gui.conflict_dialog import ConflictDialog
from mesdesk.gui.edit_collisions import EditCollisions
from mesdesk.gui.offline_commands import OfflineCommands
from mesdesk.model.sharing import section_key
from mesdesk.store import presence
from mesdesk.store.changes import Change, ChangeListener, ListenerLost, is_server
from mesdesk.store.conflicts import Conflict
from mesdesk.store.remote import presence_only, structural

if TYPE_CHECKING:
    from mesdesk.gui.document import Document
    from mesdesk.gui.main_window import MainWindow

# The socket says when something arrives; this timer is the safety net (a notification
# read along with another reply, a socket notifier not re-armed) and the reconnection pace.
POLL_MS = 1000
HEARTBEAT_MS = 3000


@contextmanager
def kept_places(page: QWidget) -> Iterator[None]:
    """Re-reading a page for someone else's change: each text keeps its cursor and its
    scroll, so the person writing at the end of a long text stays where they were."""
    places = [(edit, edit.toPlainText(), edit.textCursor().position(), edit.verticalScrollBar().value())
              for edit in page.findChildren(QTextEdit)]
    yield
    for edit, before, position, scroll in places:
        after = edit.toPlainText()
        if after != before:
            # Text added or removed before the cursor moves it along (Qt's positions
            # count like Python's here: the texts hold no surrogate pairs in practice).
            same = 0
            while same < min(len(before), len(after)) and before[same] == after[same]:
                same += 1
            if position > same:
                position += len(after) - len(before)
        cursor = edit.textCursor()
        cursor.setPosition(max(0, min(position, edit.document().characterCount() - 1)))
        edit.setTextCursor(cursor)
        # Once the new text is laid out (Qt lays a long one out in steps, the scroll
        # range is short until then): the same place, and in any case the cursor in view.
        QTimer.singleShot(0, lambda e=edit, v=scroll: _scroll_back(e, v))


def _scroll_back(edit: QTextEdit, value: int) -> None:
    edit.verticalScrollBar().setValue(value)
    edit.ensureCursorVisible()


class SharedView(QObject):
    """Everything the window does because others work on the same workspace."""

    def __init__(self, window: "MainWindow", doc: "Document") -> None:
        super().__init__(window)
        self.window = window
        self.doc = doc
        self.engine = doc.workspace.engine
        self.client = doc.sharing.client
        self.author = doc.sharing.author
        self.others: list[presence.Someone] = []
        self.reserved: dict[str, str] = {}  # sections taken offline → who holds them
        self.lost = False
        self._dialogs: list[ConflictDialog] = []
        self._last_typing = 0.0
        self._notifier: QSocketNotifier | None = None
        self.listener = ChangeListener(self.engine, self.client, connect=False)
        if self.listener.reconnect():
            self._watch()
        else:  # the server is not reachable now: tried again at each poll
            self.lost = True
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_MS)
        self._poll_timer.timeout.connect(self.poll)
        self._poll_timer.start()
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self.announce)
        self._heartbeat.start()
        doc.remoteChanged.connect(self._remote_changed)
        doc.conflictsFound.connect(self._conflicts_found)
        self.collisions = EditCollisions(window)
        doc.editCollided.connect(self.collisions.show)
        doc.saved.connect(self._saved)
        doc.contentEdited.connect(self._typed)
        self.offline = OfflineCommands(window, doc)
        # Moving to another section is told at once, not at the next heartbeat.
        window.outline.selectionModel().currentChanged.connect(lambda *_: QTimer.singleShot(0, self.announce))
        self.announce()

    @classmethod
    def attach(cls, window: "MainWindow", doc: "Document") -> "SharedView | None":
        """A view for a workspace on a server; None for a file (one writer: nothing to share)."""
        return cls(window, doc) if is_server(doc.workspace.engine) and not doc.read_only else None

    def stop(self) -> None:
        """The window lets the workspace go: stop listening, leave the outline of the others."""
        self._poll_timer.stop()
        self._heartbeat.stop()
        for signal, slot in ((self.doc.remoteChanged, self._remote_changed),
                             (self.doc.conflictsFound, self._conflicts_found),
                             (self.doc.editCollided, self.collisions.show),
                             (self.doc.saved, self._saved), (self.doc.contentEdited, self._typed)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        self.offline.remove()
        self.listener.close()
        try:
            presence.leave(self.engine, self.client)
        except SQLAlchemyError:
            pass

    # -- others' changes --------------------------------------------------------------
    def _watch(self) -> None:
        self._notifier = QSocketNotifier(self.listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self.poll)

    def poll(self) -> None:
        """Read what others changed (never waits); reconnect when the server is back."""
        if self.doc.workspace.closed:
            return
        if self.lost:
            self._reconnect()
            return
        try:
            changes = self.listener.poll()
        except ListenerLost:
            self._lose()
            return
        if changes:
            self.doc.apply_remote(changes)

    def _lose(self) -> None:
        self.lost = True
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        self.window.show_message(self.tr("Serveur injoignable : vous pouvez continuer à écrire, "
                                         "tout sera envoyé à son retour."))

    def _reconnect(self) -> None:
        if not self.listener.reconnect():
            return
        self.lost = False
        self._watch()
        # Changes made meanwhile were not heard: what is pending goes first, then all is re-read.
        self.doc.apply_remote([])
        self.announce()
        if self.doc.save_error is None:
            self.window.show_message(self.tr("Serveur de nouveau joignable : vos modifications sont enregistrées."))

    def _remote_changed(self, changes: list[Change]) -> None:
        window = self.window
        if presence_only(changes):
            self.refresh_presence()
            return
        if structural(changes):
            window._structure_changed()
        page = window.current_page()
        if page is not None:
            with kept_places(page):
                page.reload()
        window.outlineModel.refresh_statuses()
        window.status_line.update_length()
        authors = sorted({c.author for c in changes if c.author and c.table not in ("presence", "reservation")})
        if authors:
            window.show_message(self.tr("Modifié par %1.").replace("%1", ", ".join(authors)))
        self.refresh_presence()

    # -- presence ---------------------------------------------------------------------
    def current_section(self) -> str | None:
        key = self.window.current_key()
        return section_key(*key) if key else None

    def _typed(self) -> None:
        now = time.monotonic()
        if now - self._last_typing > 2.0:  # at most one write every two seconds while typing
            self._last_typing = now
            self.announce(typing=True)

    def _saved(self, _when: Any) -> None:
        if self.lost:  # a save got through: the server is back, the listener too soon
            self._reconnect()

    def announce(self, typing: bool = False) -> None:
        if self.doc.workspace.closed:
            return
        try:
            presence.announce(self.engine, self.client, self.author, self.current_section(), typing=typing)
        except SQLAlchemyError:
            return  # the server is away: the listener says so; the heartbeat retries
        self.refresh_presence()

    def refresh_presence(self) -> None:
        try:
            self.others = presence.others(self.engine, self.client)
            self.reserved = presence.reservations(self.engine)
        except SQLAlchemyError:
            return
        self._show_presence()

    def _show_presence(self) -> None:
        marks: dict[str, list[tuple[str, str]]] = {}
        for section, holder in self.reserved.items():
            marks.setdefault(section, []).append((holder, "offline"))
        for someone in self.others:
            if someone.section:
                marks.setdefault(someone.section, []).append((someone.author, "typing" if someone.typing else "reading"))
        self.window.outlineModel.set_presence(marks)
        self.show_reservation()

    def show_reservation(self) -> None:
        """Lock the page shown when its section is taken offline, unlock it when it is back."""
        page, key = self.window.current_page(), self.window.current_key()
        if page is not None:
            page.set_reserved(self.reserved.get(section_key(*key)) if key else None)

    def typing_in(self, sections: set[str]) -> list[str]:
        """Who else is typing in one of these sections (a structural edit there is refused)."""
        try:
            return presence.typing_in(self.engine, self.client, sections)
        except SQLAlchemyError:
            return []

    # -- conflicts --------------------------------------------------------------------
    def _conflicts_found(self, conflicts: list[Conflict]) -> None:
        # The save rolled back and re-read the rows: show what the server has now.
        window = self.window
        if any(c.deleted_by_them or c.kind in ("Axis", "Action") for c in conflicts):
            window._structure_changed()
        page = window.current_page()
        if page is not None:
            page.reload()
        for conflict in conflicts:
            dialog = ConflictDialog(conflict, window)
            dialog.resolved.connect(self._resolve)
            self._dialogs.append(dialog)
            dialog.show()

    def _resolve(self, conflict: Conflict, value: Any) -> None:
        self._dialogs = [d for d in self._dialogs if d.conflict is not conflict]
        self.doc.resolve(conflict, value)
        page = self.window.current_page()
        if page is not None:
            page.reload()
