"""The user's personal dictionary: one word a line, UTF-8, kept in the data folder.

Written atomically (write beside, then rename) so a crash never leaves half a list.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)


class PersonalDictionary:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._words: set[str] = set()
        if path is not None:
            try:
                text = path.read_text(encoding="utf-8")
            except FileNotFoundError:
                pass  # no word added yet
            except (OSError, UnicodeDecodeError) as exc:  # unreadable: start empty, keep the file
                log.warning("personal dictionary %s unreadable: %s", path.name, exc)
            else:
                self._words = {line.strip() for line in text.splitlines() if line.strip()}

    @property
    def words(self) -> frozenset[str]:
        return frozenset(self._words)

    def __contains__(self, word: str) -> bool:
        return word in self._words

    def add(self, word: str) -> None:
        """Add ``word`` and save at once; an unwritable folder keeps it for this session."""
        word = word.strip()
        if not word or word in self._words:
            return
        self._words.add(word)
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".dictionnaire-", dir=self.path.parent)
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
                out.write("\n".join(sorted(self._words)) + "\n")
            os.replace(tmp, self.path)
        except OSError as exc:
            log.warning("personal dictionary not saved (%s): %s", self.path.name, exc)
