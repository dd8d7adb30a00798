"""The report's review comments as real Word comments (« Inclure les commentaires »).

Each comment becomes a ``w:comment`` in ``word/comments.xml`` (python-docx 1.2's
comments part), anchored in the body by ``w:commentRangeStart`` / ``w:commentRangeEnd``
around the words its marks cover and a ``w:commentReference`` run after the end.
Replies and the resolved state are written as Word 2013 and later do, in
``word/commentsExtended.xml`` (which python-docx does not know): one ``w15:commentEx``
per comment naming its last paragraph's ``w14:paraId``, with ``w15:paraIdParent`` for a
reply and ``w15:done="1"`` when resolved. A reply's range repeats its parent's, nested
inside it, as Word writes it.

A comment whose marked words were deleted since (« detached ») is not dropped: it is
anchored at the start of its text, and says which words it was about.

Without the option nothing of this is written: no comments part at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml.parser import parse_xml

from mesdesk.exchange.docx.elements import Element, W, el, sub
from mesdesk.model.entities import Action, Report
from mesdesk.model.review import Comment, threads
from mesdesk.model.richtext import RichText
from mesdesk.model.textclean import clean_line, clean_text

W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
W14 = "{%s}" % W14_NS
W15 = "{%s}" % W15_NS
CT_COMMENTS_EXTENDED = "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"
RT_COMMENTS_EXTENDED = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"
# The parts of Word's comments: a template's own go with the template's text.
_COMMENT_RELATIONSHIPS = (
    RT.COMMENTS,
    RT_COMMENTS_EXTENDED,
    "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds",
    "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible",
)
# paraIds are 31-bit hexadecimal numbers unique in the package; ours count up from here.
_FIRST_PARA_ID = 0x1D000001

DETACHED_NOTE = "[Commentaire sur un passage supprimé depuis : « {quote} »]"


def drop_template_comments(document: DocxDocument) -> None:
    """Forget the comment parts a template may carry (their anchors went with its text)."""
    part = document.part
    for r_id, rel in list(part.rels.items()):
        if rel.reltype in _COMMENT_RELATIONSHIPS and not rel.is_external:
            del part.rels[r_id]


def initials(author: str) -> str:
    """« Anne-Marie Dupont » → « AMD »: what Word shows in the comment's balloon."""
    words = [w for w in clean_line(author).replace("-", " ").split() if w]
    return "".join(w[0].upper() for w in words)[:9]


@dataclass
class _Written:
    """A comment as written: its Word id, and the paraId of its last paragraph."""

    word_id: int
    para_id: str


class WordComments:
    """The review comments of ``report``, written as Word comments while the body is laid out.

    The report writer calls ``field_plan`` for each text it writes (the préambule, an
    action's évaluation…); the rich-text writer asks the plan where ranges start and end.
    """

    def __init__(self, document: DocxDocument, report: Report) -> None:
        self.document = document
        self.comments = document.comments  # python-docx creates the part here
        root = self.comments._comments_elm  # noqa: SLF001 - python-docx gives no other handle on the part's root
        # paraIds are Word 2010 markup: declared ignorable so older readers (and the schema) skip them.
        root.set(f"{{{MC_NS}}}Ignorable", "w14")
        self.extended = _extended_part(document)
        self.text_style, self.reference_style = _comment_styles(document)
        self._next_para = _FIRST_PARA_ID
        self._threads: dict[tuple[int | None, str], list[tuple[Comment, list[Comment]]]] = {}
        for top, replies in threads(report):
            key = (id(top.action) if top.action is not None else None, top.field)
            self._threads.setdefault(key, []).append((top, replies))
        self.written = 0

    def field_plan(self, action: Action | None, field_name: str, rich: RichText) -> FieldPlan:
        """Where each comment of this text starts and ends, comments written on the way."""
        key = (id(action) if action is not None else None, field_name)
        marked = rich.comment_ids()
        plan = FieldPlan(self)
        for top, replies in self._threads.get(key, []):
            plan.add(top, replies, detached=top.uid not in marked)
        plan.locate(rich)
        return plan

    # -- writing one comment -------------------------------------------------------------
    def write_thread(self, top: Comment, replies: Sequence[Comment], detached: bool) -> list[int]:
        """Write the comment and its replies; returns their Word ids, the comment's first."""
        parent = self._write(top, detached=detached)
        ids = [parent.word_id]
        for reply in replies:
            ids.append(self._write(reply, parent=parent, done=top.resolved).word_id)
        return ids

    def _write(self, comment: Comment, *, detached: bool = False, parent: _Written | None = None,
               done: bool | None = None) -> _Written:
        body = clean_text(comment.body).strip("\n")
        if detached:
            quote = clean_line(comment.quote)
            body = DETACHED_NOTE.format(quote=quote) + ("\n" + body if body else "")
        author = clean_line(comment.author)
        word = self.comments.add_comment(text=body, author=author, initials=initials(author) or None)
        element = word._comment_elm  # noqa: SLF001 - the date python-docx sets is "now"
        element.set(W + "date", comment.created_at.replace(microsecond=0).isoformat() + "Z")
        # python-docx names Word's English style ids; a French template has its own.
        for style in element.iter(W + "pStyle"):
            style.set(W + "val", self.text_style)
        for style in element.iter(W + "rStyle"):
            style.set(W + "val", self.reference_style)
        para_id = ""
        for p in element.iter(W + "p"):
            para_id = self._para_id()
            p.set(W14 + "paraId", para_id)
            p.set(W14 + "textId", "77777777")  # Word's « no text id » value
        entry = self.extended.element.makeelement(W15 + "commentEx")
        entry.set(W15 + "paraId", para_id)
        if parent is not None:
            entry.set(W15 + "paraIdParent", parent.para_id)
        if (comment.resolved if done is None else done):
            entry.set(W15 + "done", "1")
        self.extended.element.append(entry)
        self.written += 1
        return _Written(word.comment_id, para_id)

    def _para_id(self) -> str:
        value = self._next_para
        self._next_para += 1
        return f"{value:08X}"


class FieldPlan:
    """The comments of one text: which inline opens and which closes each range.

    A comment's range runs from the first written character carrying its mark to the
    last (marks split by later edits still make one Word range: Word has no other).
    """

    def __init__(self, owner: WordComments) -> None:
        self.owner = owner
        self._threads: list[tuple[Comment, list[Comment], bool]] = []
        self.first: dict[int, list[str]] = {}  # id(inline) -> uids starting before it
        self.last: dict[int, list[str]] = {}  # id(inline) -> uids ending after it
        self.ids: dict[str, list[int]] = {}  # uid -> Word ids (comment, then replies)
        self.detached: list[str] = []
        self.open: list[str] = []
        self.last_paragraph: Element | None = None

    def add(self, top: Comment, replies: list[Comment], detached: bool) -> None:
        self._threads.append((top, replies, detached))

    def locate(self, rich: RichText) -> None:
        firsts: dict[str, int] = {}
        lasts: dict[str, int] = {}
        for content in rich.paragraph_contents():
            for inline in content:
                for uid in getattr(inline, "comments", ()):
                    if clean_text(inline.text):  # type: ignore[union-attr]  # only Text has comments
                        firsts.setdefault(uid, id(inline))
                        lasts[uid] = id(inline)
        for top, replies, detached in self._threads:
            anchored = not detached and top.uid in firsts
            self.ids[top.uid] = self.owner.write_thread(top, replies, detached=not anchored)
            if anchored:
                self.first.setdefault(firsts[top.uid], []).append(top.uid)
                self.last.setdefault(lasts[top.uid], []).append(top.uid)
            else:
                self.detached.append(top.uid)

    # -- markers ---------------------------------------------------------------------
    def starts(self, inline_id: int) -> list[Element]:
        out = []
        for uid in self.first.pop(inline_id, []):
            self.open.append(uid)
            out += [el("commentRangeStart", {"id": str(i)}) for i in self.ids[uid]]
        return out

    def ends(self, inline_id: int) -> list[Element]:
        out = []
        for uid in self.last.pop(inline_id, []):
            if uid in self.open:
                self.open.remove(uid)
                out += self._end(uid)
        return out

    def _end(self, uid: str) -> list[Element]:
        # Replies end first: their ranges nest inside their comment's, as Word writes them.
        out = []
        for word_id in reversed(self.ids[uid]):
            out.append(el("commentRangeEnd", {"id": str(word_id)}))
            out.append(reference_run(word_id, self.owner.reference_style))
        return out

    def anchor_detached(self, paragraphs: Iterable[Element]) -> None:
        """Put the detached comments (zero-length ranges) at the start of the text's first paragraph."""
        if not self.detached:
            return
        first = next(iter(paragraphs), None)
        if first is None:
            return
        markers: list[Element] = []
        for uid in self.detached:
            markers += [el("commentRangeStart", {"id": str(i)}) for i in self.ids[uid]]
            markers += self._end(uid)
        at = 1 if len(first) and first[0].tag == W + "pPr" else 0
        for offset, marker in enumerate(markers):
            first.insert(at + offset, marker)
        self.detached = []

    def close(self) -> None:
        """End ranges still open at the end of the text (their last inline wrote nothing)."""
        if self.open and self.last_paragraph is not None:
            for uid in list(self.open):
                self.last_paragraph.extend(self._end(uid))
        self.open = []


def reference_run(word_id: int, style: str) -> Element:
    """The run after a range's end that shows the comment's mark, styled as Word does."""
    r = el("r")
    sub(sub(r, "rPr"), "rStyle", {"val": style})
    sub(r, "commentReference", {"id": str(word_id)})
    return r


# Word's built-in comment styles, added when the template lacks them (found by their
# English built-in names, which Word keeps whatever the interface language).
_STYLES = {
    "annotation text": (
        '<w:style xmlns:w="{w}" w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/>'
        '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
        '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'
    ),
    "annotation reference": (
        '<w:style xmlns:w="{w}" w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
        '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>'
    ),
}


def _comment_styles(document: DocxDocument) -> tuple[str, str]:
    """The style ids of the comment text and of the comment mark, added when missing."""
    styles = document.styles.element
    by_name = {
        (style.find(W + "name").get(W + "val") or "").lower(): style.get(W + "styleId")
        for style in styles.iterfind(W + "style")
        if style.find(W + "name") is not None
    }
    ids = []
    for name, xml in _STYLES.items():
        if name not in by_name:
            style = parse_xml(xml.format(w=W[1:-1]))
            taken = {s.get(W + "styleId") for s in styles.iterfind(W + "style")}
            if style.get(W + "styleId") in taken:  # the id used for another style: pick a free one
                style.set(W + "styleId", style.get(W + "styleId") + "MESDesk")
            styles.append(style)
            by_name[name] = style.get(W + "styleId")
        ids.append(by_name[name])
    return ids[0], ids[1]


def _extended_part(document: DocxDocument) -> XmlPart:
    """A new, empty ``word/commentsExtended.xml`` related from the document."""
    package = document.part.package
    existing = {str(p.partname) for p in package.iter_parts()}
    partname = PackURI("/word/commentsExtended.xml")
    n = 1
    while str(partname) in existing:
        n += 1
        partname = PackURI(f"/word/commentsExtended{n}.xml")
    root = parse_xml(
        f'<w15:commentsEx xmlns:w15="{W15_NS}" xmlns:mc="{MC_NS}" xmlns:w14="{W14_NS}" mc:Ignorable="w14 w15"/>'
    )
    part = XmlPart(partname, CT_COMMENTS_EXTENDED, root, package)
    document.part.relate_to(part, RT_COMMENTS_EXTENDED)
    return part
