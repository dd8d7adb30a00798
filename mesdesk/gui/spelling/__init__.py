"""Spelling as you type: a highlighter per text, one service per window, a context menu.

The checking itself is Qt-free (``mesdesk.proofing``); this package draws the red wavy
underline, loads the dictionary off the GUI thread and offers suggestions.
"""

from mesdesk.gui.spelling.service import SpellingService

__all__ = ["SpellingService"]
