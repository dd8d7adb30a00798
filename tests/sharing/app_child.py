"""One person's MES Desk in its own process, driven line by line on stdin by a test.

The real application (``DeskController.start(url)``, what ``mesdesk postgresql://…``
runs) on a workspace on the server, with its event loop running: autosave, listening and presence
work as they do for a user. Each command line gets one JSON line back on stdout.

Commands: ``show N`` (action N's page, cursor at the end of its narrative), ``type TEXT``,
``save``, ``text``, ``dialog``, ``click NAME``, ``presence N``, ``grab PATH``, ``quit``.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from PySide6.QtCore import QEvent, QSocketNotifier, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel


def main(url: str) -> int:
    app = QApplication([])
    from mesdesk.gui import messages
    from mesdesk.gui.app import DeskController
    from mesdesk.gui.conflict_dialog import ConflictDialog

    told: list[str] = []
    messages.tell = lambda parent, title, text, **kw: told.append(text)  # no modal box in a driven process
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
            for char in arg:
                key = Qt.Key.Key_Space if char == " " else (ord(char.upper()) if char.isascii() else 0)
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(edit(), QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
            reply(ok=True)
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
        run(line)

    notifier.activated.connect(readable)
    reply(ready=True, pid=os.getpid())
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
