"""One spelling service per window: the checker for the report's language, loaded in the
background (the French dictionary takes about a second), the highlighters it drives,
the personal dictionary and the « Ignorer » list, and the on/off switch.

A missing engine or dictionary degrades to no checking and one notice (``unavailable``),
never a crash.
"""

from __future__ import annotations

import logging
import threading
import weakref
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextEdit, QWidget

from mesdesk.gui.spelling.context_menu import ContextMenuFilter
from mesdesk.gui.spelling.highlighter import SpellingHighlighter
from mesdesk.proofing.checker import DEFAULT_LANGUAGE, SpellChecker, SpellingUnavailable, load_checker

log = logging.getLogger(__name__)

HIGHLIGHTER_PROPERTY = "mesdeskSpelling"


class SpellingService(QObject):
    checkerReady = Signal()
    unavailable = Signal(str)  # why there is no checking, in French (the model's words)
    _loaded = Signal(object, object)  # (checker or None, error message or None), from the loader thread

    def __init__(self, personal_path: Path | None, enabled: bool = True, parent: QObject | None = None,
                 held: bool = False) -> None:
        super().__init__(parent)
        self._personal_path = personal_path
        self._enabled = enabled
        # Held: no dictionary is loaded until release(). The window holds it until its first
        # paint: the load is CPU work the start-up need not wait for (and where chunspell's
        # own class loads it, see proofing/hunspell_c.py, it holds the GIL throughout).
        self.held = held
        self._checker: SpellChecker | None = None
        self._checkers: dict[str, SpellChecker] = {}
        self._language = DEFAULT_LANGUAGE
        self._loading: str | None = None
        self._names: list[str] = []
        self._highlighters: weakref.WeakSet[SpellingHighlighter] = weakref.WeakSet()
        self.error: str | None = None
        self._loaded.connect(self._on_loaded)
        self._menu_filter = ContextMenuFilter(self)

    # -- state --------------------------------------------------------------------------
    def active_checker(self) -> SpellChecker | None:
        return self._checker if self._enabled else None

    def is_enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        if enabled == self._enabled:
            return
        self._enabled = enabled
        if enabled and self._checker is None:
            self.set_language(self._language)
        self.rehighlight()

    def set_names(self, names: list[str]) -> None:
        """Names of the workspace accepted as words (partners, bodies, organisation, funder)."""
        if list(names) == self._names:
            return  # nothing to redraw
        self._names = list(names)
        if self._checker is not None:
            self._checker.set_names(self._names)
            self.rehighlight()

    def set_language(self, language: str) -> None:
        """Check in ``language`` from now on; loads its dictionary in the background once."""
        self._language = language
        if not self._enabled or self.held:
            return
        ready = self._checkers.get(language)
        if ready is not None:
            self._use(ready)
            return
        if self._loading == language:
            return
        self._loading = language
        threading.Thread(target=self._load, args=(language,), name="spelling-load", daemon=True).start()

    def release(self) -> None:
        """Start loading the dictionary of the language asked for (see ``held``)."""
        if self.held:
            self.held = False
            self.set_language(self._language)

    def wait_until_ready(self, timeout: float = 10.0) -> bool:
        """For tests and benchmarks: load synchronously if needed (held or not)."""
        if self._checker is not None:
            return True
        try:
            checker = load_checker(self._language, self._personal_path)
        except SpellingUnavailable as exc:
            self._on_loaded(None, str(exc))
            return False
        self._on_loaded(checker, None)
        return True

    def _load(self, language: str) -> None:
        checker: SpellChecker | None = None
        error: str | None = None
        try:
            checker = load_checker(language, self._personal_path)
        except SpellingUnavailable as exc:
            error = str(exc)
        except Exception as exc:  # never let a dictionary problem reach the user as a crash
            log.exception("spelling dictionary could not be loaded")
            error = str(exc)
        try:
            self._loaded.emit(checker, error)
        except RuntimeError:  # the window closed while the dictionary loaded
            pass

    def _on_loaded(self, checker: SpellChecker | None, error: str | None) -> None:
        self._loading = None
        if checker is None:
            self.error = error
            log.warning("spelling unavailable: %s", error)
            self.unavailable.emit(error or "")
            return
        self._checkers[checker.language] = checker
        if checker.language == self._language:
            self._use(checker)

    def _use(self, checker: SpellChecker) -> None:
        # Both languages share one personal dictionary file: reload its words.
        self._checker = checker
        checker.set_names(self._names)
        self.rehighlight()
        self.checkerReady.emit()

    # -- editors ------------------------------------------------------------------------
    def attach(self, edit: QTextEdit) -> None:
        """Underline misspelt words in ``edit`` (once per editor), in every text it shows."""
        if edit.property(HIGHLIGHTER_PROPERTY):
            return
        edit.setProperty(HIGHLIGHTER_PROPERTY, True)
        self.attach_document(edit.document())
        created = getattr(edit, "documentCreated", None)  # an editor keeping one document per text
        if created is not None:
            created.connect(self.attach_document)
        edit.viewport().installEventFilter(self._menu_filter)

    def attach_document(self, document: QTextDocument) -> None:
        if document.property(HIGHLIGHTER_PROPERTY):
            return
        document.setProperty(HIGHLIGHTER_PROPERTY, True)
        self._highlighters.add(SpellingHighlighter(document, self))

    def attach_all(self, root: QWidget) -> None:
        """Every rich-text editor and title field under ``root``."""
        from mesdesk.gui.pages.title_edit import TitleEdit
        from mesdesk.gui.richtext.editor import RichTextEdit

        for edit in root.findChildren(QTextEdit):
            if isinstance(edit, (RichTextEdit, TitleEdit)) and edit.objectName() != "footnoteEdit":
                self.attach(edit)

    def rehighlight(self) -> None:
        for highlighter in list(self._highlighters):
            highlighter.rehighlight()

    # -- the user's decisions -----------------------------------------------------------
    def ignore(self, word: str) -> None:
        for checker in self._checkers.values():
            checker.ignore(word)
        self.rehighlight()

    def add_to_dictionary(self, word: str) -> None:
        for checker in self._checkers.values():
            checker.add_to_personal(word)
        self.rehighlight()
