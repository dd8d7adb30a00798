"""Where the pages get their rich-text editors and the formatting toolbar.

The editor component lives in ``mesdesk.gui.richtext`` (its own package). Pages ask
this module for one, so they do not depend on how it is built.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QToolBar, QVBoxLayout, QWidget

from mesdesk.model.richtext import RichText

try:  # the real component, once it is in the tree
    from mesdesk.gui.richtext import RichTextEditor, RichTextToolBar  # type: ignore[attr-defined]

    HAVE_RICH_EDITOR = True
except ImportError:  # INTERIM: removed when mesdesk.gui.richtext lands
    HAVE_RICH_EDITOR = False

    class RichTextEditor(QWidget):  # type: ignore[no-redef]
        """Interim plain-text stand-in with the component's interface."""

        contentChanged = Signal()

        def __init__(self, parent: QWidget | None = None) -> None:
            super().__init__(parent)
            self._edit = QPlainTextEdit(self)
            self._count = QLabel(self)
            self._count.setObjectName("wordCount")
            layout = QVBoxLayout(self)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self._edit)
            layout.addWidget(self._count)
            self._edit.textChanged.connect(self.contentChanged)
            self.setFocusProxy(self._edit)

        def setRichText(self, rt: RichText) -> None:
            self._edit.blockSignals(True)
            self._edit.setPlainText(rt.plain_text())
            self._edit.document().clearUndoRedoStacks()
            self._edit.blockSignals(False)

        def richText(self) -> RichText:
            return RichText.plain(self._edit.toPlainText())

        def setTargetWords(self, n: int | None) -> None:
            pass

        def textEdit(self) -> QPlainTextEdit:
            return self._edit

    class RichTextToolBar(QToolBar):  # type: ignore[no-redef]
        pass


def make_editor(object_name: str, parent: QWidget | None = None) -> RichTextEditor:
    editor = RichTextEditor(parent)
    editor.setObjectName(object_name)
    return editor
