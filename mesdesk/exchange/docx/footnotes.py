"""Real Word footnotes, which python-docx cannot write.

A footnotes part (``/word/footnotes.xml``) holds the two separator notes and one
``w:footnote`` per note; the body holds ``w:footnoteReference`` runs pointing at
them. Word numbers notes by the order of their references, so ids are given in
document order as the writer meets the notes. Links inside a note are related from
the footnotes part (see ``hyperlinks.PartLinks``).
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import PartFactory, XmlPart
from docx.oxml.parser import parse_xml

from mesdesk.exchange.docx.elements import R_NS, W_NS, Element, W, el, paragraph, sub
from mesdesk.exchange.docx.settings import has_setting, insert_setting


class FootnotesPart(XmlPart):  # type: ignore[misc]  # python-docx is untyped (Any)
    """The footnotes part, parsed so notes can be added and removed."""


# Without this python-docx loads an existing footnotes part as opaque bytes; as an
# XmlPart its element is serialised again on save.
PartFactory.part_type_for[CT.WML_FOOTNOTES] = FootnotesPart

_EMPTY = (
    f'<w:footnotes xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
    "</w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>"
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    "</w:footnotes>"
)
_SEPARATOR_TYPES = ("separator", "continuationSeparator", "continuationNotice")


class Footnotes:
    """The notes of the document being written."""

    def __init__(self, document: DocxDocument) -> None:
        self._document = document
        self.part = self._get_or_add_part()
        root = self.part.element
        # Notes of the template's own text are gone with that text; keep the separators.
        for note in list(root.iterfind(W + "footnote")):
            if note.get(W + "type") not in _SEPARATOR_TYPES:
                root.remove(note)
        separator_ids = [int(n.get(W + "id", "0")) for n in root.iterfind(W + "footnote")]
        if not separator_ids:
            for note in parse_xml(_EMPTY).iterfind(W + "footnote"):
                root.append(note)
            separator_ids = [-1, 0]
        self.separator_ids = sorted(separator_ids)
        self._next_id = max(separator_ids) + 1
        self.count = 0
        self._ensure_settings()

    def _get_or_add_part(self) -> XmlPart:
        doc_part = self._document.part
        for rel in doc_part.rels.values():
            if rel.reltype == RT.FOOTNOTES and not rel.is_external:
                # An XmlPart because the template is opened after this module registered
                # FootnotesPart (``template.py`` imports this module for that reason).
                return rel.target_part
        existing = {str(p.partname) for p in doc_part.package.iter_parts()}
        partname = PackURI("/word/footnotes.xml")
        n = 1
        while str(partname) in existing:
            n += 1
            partname = PackURI(f"/word/footnotes{n}.xml")
        part = FootnotesPart(partname, CT.WML_FOOTNOTES, parse_xml(_EMPTY), doc_part.package)
        doc_part.relate_to(part, RT.FOOTNOTES)
        return part

    def _ensure_settings(self) -> None:
        """Declare the separators in the settings, as Word does (it expects them there)."""
        if has_setting(self._document, "footnotePr"):
            return
        footnote_pr = el("footnotePr")
        for note_id in self.separator_ids[:2]:
            sub(footnote_pr, "footnote", {"id": str(note_id)})
        insert_setting(self._document, footnote_pr)

    def add(self, text_style: str, reference_style: str, content_runs: list[Element]) -> int:
        """Add a note whose text is ``content_runs``; returns its id for the body reference."""
        note_id = self._next_id
        self._next_id += 1
        self.count += 1
        note = el("footnote", {"id": str(note_id)})
        p = paragraph(text_style)
        mark = sub(p, "r")
        sub(sub(mark, "rPr"), "rStyle", {"val": reference_style})
        sub(mark, "footnoteRef")
        space = sub(p, "r")
        sub(space, "t", {}).text = " "
        space[0].set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        p.extend(content_runs)
        note.append(p)
        self.part.element.append(note)
        return note_id


def reference_run(note_id: int, reference_style: str) -> Element:
    """The body run that shows the note's number."""
    r = el("r")
    sub(sub(r, "rPr"), "rStyle", {"val": reference_style})
    sub(r, "footnoteReference", {"id": str(note_id)})
    return r

