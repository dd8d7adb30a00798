"""Clickable links: ``w:hyperlink`` elements and their external relationships.

python-docx can read hyperlinks but not write them. A link's target lives in the
relationships of the part holding the text: the document part for the body, the
footnotes part for a link inside a note (Word reports the file as damaged otherwise).
"""

from __future__ import annotations

import re
from urllib.parse import quote

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part

from mesdesk.exchange.docx.elements import Element, R, el

# Addresses typed in the text without a link mark (as Word's AutoFormat would link them).
_URL_IN_TEXT = re.compile(r"\b(?:https?://|www\.)[^\s<>«»\"\u00a0\u202f]+", re.IGNORECASE)
_TRAILING = ".,;:!?)]}'’"
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s/]+@[^@\s/]+\.[^@\s/]+$")


_SAFE = ":/?#[]@!$&'()*+,;=%~-._"
# Schemes a reader can follow without surprise; ``file:`` or ``javascript:`` are not linked.
ALLOWED_SCHEMES = ("http", "https", "mailto", "tel", "ftp")


def normalize_url(target: str) -> str | None:
    """An absolute URL for a link target: ``www.x.org`` → ``https://www.x.org``, an address →
    ``mailto:``; None for an empty target or a scheme we do not link."""
    target = target.strip()
    if not target:
        return None
    scheme = _SCHEME.match(target)
    if scheme and not target.lower().startswith("www."):
        if scheme.group()[:-1].lower() not in ALLOWED_SCHEMES:
            return None
        return quote(target, safe=_SAFE)
    if _EMAIL.match(target):
        return "mailto:" + target
    return "https://" + quote(target, safe=_SAFE)


def split_urls(text: str) -> list[tuple[str, str | None]]:
    """Split text into (piece, url-or-None): bare web addresses become links.

    Closing punctuation stays outside the link, unless a bracket opened inside it.
    """
    pieces: list[tuple[str, str | None]] = []
    last = 0
    for match in _URL_IN_TEXT.finditer(text):
        url = match.group()
        while url and url[-1] in _TRAILING:
            if url[-1] == ")" and url.count("(") >= url.count(")"):
                break
            url = url[:-1]
        if len(url) < 8:
            continue
        start, end = match.start(), match.start() + len(url)
        if start > last:
            pieces.append((text[last:start], None))
        pieces.append((url, normalize_url(url) or None))
        last = end
    if last < len(text):
        pieces.append((text[last:], None))
    return pieces


class PartLinks:
    """The hyperlink relationships of one part; each address is related once."""

    def __init__(self, part: Part) -> None:
        self.part = part
        self._by_url: dict[str, str] = {}
        for rel in part.rels.values():
            if rel.reltype == RT.HYPERLINK and rel.is_external:
                self._by_url.setdefault(rel.target_ref, rel.rId)
        # python-docx looks for a free rId by scanning all rIds each time (quadratic
        # with many links); we keep our own counter instead.
        self._next = len(part.rels) + 1

    def rid(self, url: str) -> str:
        """The relationship id of ``url`` in this part, added when new."""
        found = self._by_url.get(url)
        if found is not None:
            return found
        rels = self.part.rels
        while f"rId{self._next}" in rels:
            self._next += 1
        rid = f"rId{self._next}"
        rels.add_relationship(RT.HYPERLINK, url, rid, is_external=True)
        self._by_url[url] = rid
        return rid

    def hyperlink(self, url: str, runs: list[Element]) -> Element:
        """A ``w:hyperlink`` wrapping ``runs`` (their run style should be the Hyperlink style)."""
        link = el("hyperlink", {"history": "1"})
        link.set(R + "id", self.rid(url))
        link.extend(runs)
        return link
