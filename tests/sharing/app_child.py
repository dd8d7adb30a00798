"""One person's MES Desk in its own process, driven line by line on stdin by a test.

The real application (``DeskController.start(url)``, what ``mesdesk postgresql://…``
runs) on a workspace on the server, with its event loop running: autosave, listening and presence
work as they do for a user. Each command line gets one JSON line back on stdout.

Commands: ``show N`` (action N's page, cursor at the end of its narrative), ``type TEXT``,
``save``, ``text``, ``dialog``, ``click NAME``, ``presence N``, ``grab PATH``, ``quit``;
for the outline: ``rename N TITLE`` (select action N, F2, type, Enter), ``delete N`` (select it,
the window's « Supprimer »), ``outline`` (the actions' titles as shown), ``typing N`` (who the
window sees typing in action N), ``deaf`` (stop hearing the others), ``told`` (the notices shown).

Notices (``messages.tell``) are recorded instead of shown as modal boxes, which would block the
process: ``told`` and the replies of ``rename`` and ``delete`` report them.
"""

from __future__ import annotations

import json
import os
import sys
import time
import traceback
from typing import Any

from PySide6.QtCore import QEvent, QSocketNotifier, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel


def main(url: str) -> int:
    app = QApplication([])
    from mesdesk.gui import messages
    from mesdesk.gui.app import DeskController
    from mesdesk.gui.conflict_dialog import ConflictDialog
    from mesdesk.model.sharing import section_key

    told: list[dict[str, str]] = []

    def tell(parent: Any, title: str, text: str, *, severity: str = "information", details: str = "") -> None:
        told.append({"title": title, "text": text, "severity": severity})  # no modal box in a driven process

    messages.tell = tell
    controller = DeskController()
    window = controller.start(url)  # as `mesdesk postgresql://…` starts
    assert window is not None, told
    window.resize(1366, 768)
    window.show()

    def reply(**data: Any) -> None:
        print(json.dumps(data, ensure_ascii=False), flush=True)

    def edit() -> Any:
        return window.actionPage.narrativeEditor.textEdit()

    def dialogs() -> list[ConflictDialog]:
        return [d for d in window.findChildren(ConflictDialog) if d.isVisible()]

    def wait_until(check: Any, ms: int = 2000) -> bool:
        """Let the event loop run until ``check()`` (as qtbot.waitUntil does)."""
        end = time.monotonic() + ms / 1000
        while not check() and time.monotonic() < end:
            QTest.qWait(10)
        return bool(check())

    def action_key(number: str) -> tuple[str, str]:
        action = window.doc.convention.action_by_number(number)
        assert action is not None, f"no action {number}"
        return ("action", action.uid)

    def type_into(widget: Any, text: str) -> None:
        """Key presses carrying each character, as a keyboard sends them (any accent)."""
        for char in text:
            key = Qt.Key.Key_Space if char == " " else (ord(char.upper()) if char.isascii() else 0)
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))

    def rename(number: str, title: str) -> None:
        """As a user does: select the action in the outline, F2, type the title, Enter."""
        outline = window.outline
        window.select_key(action_key(number))
        window.activateWindow()
        wait_until(window.isActiveWindow)
        outline.setFocus()
        QTest.keyClick(outline, Qt.Key.Key_F2)
        assert outline.state() == QAbstractItemView.State.EditingState, "F2 did not open the title's editor"
        editor = QApplication.focusWidget()
        QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_into(editor, title)
        QTest.keyClick(editor, Qt.Key.Key_Return)
        wait_until(lambda: outline.state() != QAbstractItemView.State.EditingState)

    def deaf() -> None:
        """The window stops hearing the others: what it edits next is what it read."""
        shared = window.shared
        shared._poll_timer.stop()
        if shared._notifier is not None:
            shared._notifier.setEnabled(False)

    def outline_titles() -> list[str]:
        model = window.outlineModel
        return [str(model.index_for(key).data()) for key in model.keys() if key[0] == "action"]

    def run(line: str) -> None:
        command, _, arg = line.strip().partition(" ")
        if command == "show":
            action = window.doc.convention.action_by_number(arg)
            window.select_key(("action", action.uid))
            edit().setFocus()
            cursor = edit().textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End)
            edit().setTextCursor(cursor)
            reply(ok=True, pid=os.getpid())
        elif command == "type":
            type_into(edit(), arg)
            reply(ok=True)
        elif command == "rename":
            number, _, title = arg.partition(" ")
            before = len(told)
            rename(number, title)
            reply(ok=window.doc.save_error is None, conflicts=len(dialogs()), told=told[before:])
        elif command == "delete":
            before = len(told)
            window.select_key(action_key(arg))
            window.actionDelete.trigger()
            reply(ok=window.doc.save_error is None, told=told[before:], current=list(window.current_key() or ()),
                  status=window.statusBar().currentMessage())
        elif command == "outline":
            reply(titles=outline_titles())
        elif command == "typing":
            reply(names=window.shared.typing_in({section_key(*action_key(arg))}))
        elif command == "deaf":
            deaf()
            reply(ok=True)
        elif command == "told":
            reply(told=told)
        elif command == "save":
            reply(ok=window.doc.save_now(), conflicts=len(dialogs()))
        elif command == "text":
            page = window.actionPage
            reply(shown=edit().toPlainText(), model=page.text.narrative.plain_text(), saved=not window.doc.unsaved,
                  status=window.statusBar().currentMessage())
        elif command == "dialog":
            found = dialogs()
            reply(count=len(found), intro=found[0].findChild(QLabel, "conflictIntro").text() if found else "",
                  mine=found[0].mineView.toPlainText()[-80:] if found else "",
                  theirs=found[0].theirsView.toPlainText()[-80:] if found else "")
        elif command == "click":
            button = dialogs()[0].findChild(object, arg)
            button.click()
            reply(ok=True, left=len(dialogs()))
        elif command == "presence":
            action = window.doc.convention.action_by_number(arg)
            reply(text=window.outlineModel.presence_text(("action", action.uid)))
        elif command == "grab":
            window.grab().save(arg + "-window.png")
            for i, dialog in enumerate(dialogs()):
                dialog.grab().save(f"{arg}-dialog{i}.png")
            reply(ok=True)
        elif command == "quit":
            window.close()
            reply(ok=window.doc.workspace.closed, told=told)
            QTimer.singleShot(0, app.quit)
        else:
            reply(error=f"unknown command {command}")

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)

    def readable() -> None:
        line = sys.stdin.readline()
        if not line:  # the test went away
            app.quit()
            return
        try:
            run(line)
        except Exception as exc:  # a reply all the same: the test must not wait for one forever
            reply(error=f"{type(exc).__name__}: {exc}", trace=traceback.format_exc())

    notifier.activated.connect(readable)
    reply(ready=True, pid=os.getpid())
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
