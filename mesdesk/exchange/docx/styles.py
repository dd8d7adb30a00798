"""Finding the writer's styles in a template, whatever language it was saved in.

Word stores its built-in styles under English names (``heading 1`` shows as « Titre 1 »
in a French Word), older French versions localised the style *ids* (``Titre1``), and
documents renamed by hand or saved by other programs carry the French name itself.
A role is therefore looked up by, in order: the built-in name, our style id, then
known aliases (names or ids), all compared without case. A role the template lacks
falls back to the definition in MES Desk's default template, copied in (one warning
lists them all): an organisation's template never makes the export fail.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from docx.document import Document as DocxDocument

from mesdesk.exchange.docx.elements import Element, W

StyleKind = Literal["paragraph", "character"]


@dataclass(frozen=True, slots=True)
class StyleRole:
    """A style the writer needs, and the ways a template may name it."""

    key: str
    kind: StyleKind
    style_id: str  # the id in MES Desk's default template
    label: str  # how a French user sees it, for warnings
    builtin: str | None = None  # the name Word stores for a built-in style
    aliases: tuple[str, ...] = ()  # other names or ids (French Word, LibreOffice)


ROLES: dict[str, StyleRole] = {
    role.key: role
    for role in (
        StyleRole("title", "paragraph", "Title", "Titre", "Title", ("Titre",)),
        StyleRole("subtitle", "paragraph", "Subtitle", "Sous-titre", "Subtitle", ("Sous-titre", "Soustitre")),
        StyleRole("cover_date", "paragraph", "CoverDate", "Date du bilan", None, ("Date du bilan", "Date")),
        StyleRole("cover_logos", "paragraph", "CoverLogos", "Logos de couverture", None, ("Logos de couverture",)),
        StyleRole("heading1", "paragraph", "Heading1", "Titre 1", "heading 1", ("Titre 1", "Titre1", "Überschrift 1")),
        StyleRole("heading2", "paragraph", "Heading2", "Titre 2", "heading 2", ("Titre 2", "Titre2", "Überschrift 2")),
        StyleRole("evaluation", "paragraph", "Evaluation", "Evaluation", None, ("Évaluation", "Evaluation")),
        StyleRole("means", "paragraph", "Moyens", "Moyens", None, ("Moyens", "Means")),
        StyleRole("runin", "character", "Intertitre", "Intertitre", None, ("Intertitre", "Run-in Heading")),
        StyleRole("list_bullet", "paragraph", "ListBullet", "Liste à puces", "List Bullet",
                  ("Liste à puces", "Listepuces", "Liste à puces 1")),
        StyleRole("list_bullet2", "paragraph", "ListBullet2", "Liste à puces 2", "List Bullet 2",
                  ("Liste à puces 2", "Listepuces2")),
        StyleRole("list_number", "paragraph", "ListNumber", "Liste numéros", "List Number",
                  ("Liste numéros", "Listenumros", "Liste à numéros")),
        StyleRole("list_number2", "paragraph", "ListNumber2", "Liste numéros 2", "List Number 2",
                  ("Liste numéros 2", "Listenumros2", "Liste à numéros 2")),
        StyleRole("hyperlink", "character", "Hyperlink", "Lien hypertexte", "Hyperlink",
                  ("Lien hypertexte", "Lienhypertexte", "Internet Link", "Lien Internet")),
        StyleRole("footnote_text", "paragraph", "FootnoteText", "Note de bas de page", "footnote text",
                  ("Note de bas de page", "Notedebasdepage", "Footnote")),
        StyleRole("footnote_reference", "character", "FootnoteReference", "Appel note de bas de p.",
                  "footnote reference", ("Appel note de bas de p.", "Appelnotedebasdep", "Footnote Characters",
                                         "Footnote anchor")),
        StyleRole("toc_heading", "paragraph", "TOCHeading", "En-tête de table des matières", "TOC Heading",
                  ("En-tête de table des matières", "En-ttedetabledesmatires", "Contents Heading")),
        StyleRole("toc1", "paragraph", "TOC1", "TM 1", "toc 1", ("TM 1", "TM1", "Contents 1")),
        StyleRole("toc2", "paragraph", "TOC2", "TM 2", "toc 2", ("TM 2", "TM2", "Contents 2")),
        StyleRole("header", "paragraph", "Header", "En-tête", "header", ("En-tête", "En-tte")),
        StyleRole("footer", "paragraph", "Footer", "Pied de page", "footer", ("Pied de page", "Pieddepage")),
        StyleRole("contact", "paragraph", "Contact", "Contact", None, ("Contact",)),
    )
}


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


@lru_cache(maxsize=4)
def _fallback_styles(path: Path, mtime: float) -> Element:
    """The ``w:styles`` element of MES Desk's default template (parsed once)."""
    from docx import Document

    return Document(str(path)).styles.element


class StyleResolver:
    """Resolves style roles to style ids of the document being written.

    Resolution is lazy and cached, so only the roles actually used can cause a
    fallback and its warning.
    """

    def __init__(self, document: DocxDocument, fallback_template: Path) -> None:
        self._styles: Element = document.styles.element
        self._fallback_path = fallback_template
        # Labels of the roles the template lacked, in the order they were needed.
        self.missing: list[str] = []
        self._resolved: dict[str, str] = {}
        self._index()

    def _index(self) -> None:
        self._by_id: dict[str, Element] = {}
        self._by_folded_id: dict[tuple[str, str], str] = {}
        self._by_name: dict[tuple[str, str], str] = {}
        for style in self._styles.iterfind(W + "style"):
            style_id = style.get(W + "styleId")
            if not style_id:
                continue
            kind = style.get(W + "type", "paragraph")
            self._by_id[style_id] = style
            self._by_folded_id.setdefault((kind, _fold(style_id)), style_id)
            name_el = style.find(W + "name")
            if name_el is not None and name_el.get(W + "val"):
                self._by_name.setdefault((kind, _fold(name_el.get(W + "val", ""))), style_id)

    def id(self, key: str) -> str:
        """The style id to use for a role in this document."""
        found = self._resolved.get(key)
        if found is None:
            found = self._resolve(ROLES[key])
            self._resolved[key] = found
        return found

    def _resolve(self, role: StyleRole) -> str:
        kind = role.kind
        if role.builtin and (kind, _fold(role.builtin)) in self._by_name:
            return self._by_name[(kind, _fold(role.builtin))]
        if (kind, _fold(role.style_id)) in self._by_folded_id:
            return self._by_folded_id[(kind, _fold(role.style_id))]
        for alias in role.aliases:
            if (kind, _fold(alias)) in self._by_name:
                return self._by_name[(kind, _fold(alias))]
            if (kind, _fold(alias)) in self._by_folded_id:
                return self._by_folded_id[(kind, _fold(alias))]
        copied = self._copy_fallback(role.style_id)
        self.missing.append(role.label)
        return copied

    def _copy_fallback(self, style_id: str) -> str:
        """Copy our definition of ``style_id`` (and the styles it is based on) into the document."""
        path = self._fallback_path
        fallback = _fallback_styles(path, path.stat().st_mtime)
        source = next((s for s in fallback.iterfind(W + "style") if s.get(W + "styleId") == style_id), None)
        if source is None:  # cannot happen with our own template; keep the text unstyled rather than fail
            raise KeyError(style_id)
        target_id = style_id
        while target_id in self._by_id:  # an unrelated style of another type holds the id
            target_id += "Mes"
        style = copy.deepcopy(source)
        style.set(W + "styleId", target_id)
        style.attrib.pop(W + "default", None)
        for tag in ("basedOn", "next", "link"):
            ref = style.find(W + tag)
            if ref is None:
                continue
            ref_id = ref.get(W + "val", "")
            if ref_id in self._by_id:
                continue
            if tag == "basedOn" and any(s.get(W + "styleId") == ref_id for s in fallback.iterfind(W + "style")):
                ref.set(W + "val", self._copy_fallback(ref_id))
            else:
                style.remove(ref)
        self._styles.append(style)
        self._index()
        return target_id

    def tab_stops(self, style_id: str) -> list[int]:
        """Positions of the tab stops a paragraph style sets (following ``basedOn``).

        A footer that puts the page number at the right margin must clear them: a
        template's centre tab would otherwise catch the number mid-line.
        """
        positions: list[int] = []
        for style in self._chain(style_id):
            for tab in style.iterfind(f"{W}pPr/{W}tabs/{W}tab"):
                if tab.get(W + "val") != "clear" and tab.get(W + "pos", "").lstrip("-").isdigit():
                    positions.append(int(tab.get(W + "pos", "0")))
        return sorted(set(positions))

    def _chain(self, style_id: str) -> list[Element]:
        """The style and the styles it is based on, nearest first."""
        chain: list[Element] = []
        current: str | None = style_id
        while current and current in self._by_id and all(s.get(W + "styleId") != current for s in chain):
            style = self._by_id[current]
            chain.append(style)
            based = style.find(W + "basedOn")
            current = based.get(W + "val") if based is not None else None
        return chain

    def has_numbering(self, style_id: str) -> bool:
        """Whether a paragraph style (or one it is based on) numbers its paragraphs.

        An organisation's headings are often numbered by their style; our headings
        carry their number in the text, so the writer switches the style's numbering off.
        """
        for style in self._chain(style_id):
            num_id = style.find(f"{W}pPr/{W}numPr/{W}numId")
            if num_id is not None:
                return num_id.get(W + "val") not in (None, "0")
        return False

