"""Reviewing an exported ``.docx`` as Word 2013+ would, with lxml: tracked insertions and
deletions (w:ins / w:del, in runs keeping their formatting), comments on words with
replies and a resolved state (comments.xml + commentsExtended.xml), and plain edits.

The markup is Word's own (ECMA-376 and [MS-DOCX] w15:commentEx), written independently
of the code under test: the reader must find it, not a form it wrote itself.
"""

from __future__ import annotations

import copy
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml"
W = "{" + W_NS + "}"
W14 = "{" + W14_NS + "}"
W15 = "{" + W15_NS + "}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"


@dataclass
class _Comment:
    cid: int
    author: str
    date: str
    body: str
    para_id: str
    parent: "_Comment | None" = None
    done: bool = False


@dataclass
class Reviewer:
    """Edits to one exported file, written out by ``save``."""

    source: Path
    parts: dict[str, bytes] = field(default_factory=dict)
    _comments: list[_Comment] = field(default_factory=list)
    _next_id: int = 100

    def __post_init__(self) -> None:
        with zipfile.ZipFile(self.source) as z:
            self.parts = {name: z.read(name) for name in z.namelist()}
        self.doc = etree.fromstring(self.parts["word/document.xml"])
        self._had_comments = "word/comments.xml" in self.parts
        if self._had_comments:
            self._read_comments()

    def _read_comments(self) -> None:
        """The comments the file already has (our export's, with --comments), kept on save."""
        by_para: dict[str, _Comment] = {}
        for el in etree.fromstring(self.parts["word/comments.xml"]).iter(W + "comment"):
            paragraphs = list(el.iter(W + "p"))
            body = "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in paragraphs)
            c = _Comment(int(el.get(W + "id")), el.get(W + "author") or "", el.get(W + "date") or "", body,
                         paragraphs[-1].get(W14 + "paraId") or f"{0x20000000 + len(self._comments):08X}")
            self._comments.append(c)
            by_para[c.para_id] = c
        if "word/commentsExtended.xml" in self.parts:
            for ex in etree.fromstring(self.parts["word/commentsExtended.xml"]).iter(W15 + "commentEx"):
                c = by_para.get(ex.get(W15 + "paraId") or "")
                if c is not None:
                    c.done = ex.get(W15 + "done") == "1"
                    c.parent = by_para.get(ex.get(W15 + "paraIdParent") or "")

    def existing(self, body: str) -> "_Comment":
        return next(c for c in self._comments if c.body == body)

    def resolve(self, comment: "_Comment") -> None:
        comment.done = True

    # -- finding words ------------------------------------------------------------------
    def _run_with(self, words: str, after: str = "") -> tuple[etree._Element, int]:
        """The run whose w:t holds ``words`` (in a paragraph containing ``after``)."""
        for p in self.doc.iter(W + "p"):
            text = "".join(t.text or "" for t in p.iter(W + "t"))
            if after and after not in text:
                continue
            for r in p.iter(W + "r"):
                t = r.find(W + "t")
                if t is not None and t.text and words in t.text:
                    return r, t.text.index(words)
        raise AssertionError(f"words not found in the document: {words!r}")

    def _isolate(self, words: str, after: str = "") -> etree._Element:
        """Split the run so that ``words`` are a run of their own (same formatting); return it."""
        r, at = self._run_with(words, after)
        text = r.find(W + "t").text or ""
        pieces = [text[:at], text[at:at + len(words)], text[at + len(words):]]
        runs = []
        for piece in pieces:
            new = copy.deepcopy(r)
            t = new.find(W + "t")
            t.text = piece
            t.set(XML_SPACE, "preserve")
            runs.append(new)
        parent = r.getparent()
        index = parent.index(r)
        parent.remove(r)
        for new in runs:
            if new.find(W + "t").text:
                parent.insert(index, new)
                index += 1
        return runs[1]

    def _id(self) -> str:
        self._next_id += 1
        return str(self._next_id)

    # -- tracked changes ----------------------------------------------------------------
    def delete(self, words: str, author: str, date: str, after: str = "") -> etree._Element:
        r = self._isolate(words, after)
        t = r.find(W + "t")
        t.tag = W + "delText"
        d = etree.Element(W + "del", {W + "id": self._id(), W + "author": author, W + "date": date})
        r.addprevious(d)
        d.append(r)
        return d

    def insert_after(self, anchor: etree._Element, new: str, author: str, date: str) -> None:
        """A tracked insertion right after ``anchor`` (a run or a w:del), formatted like the run."""
        model = anchor if anchor.tag == W + "r" else anchor.find(W + "r")
        r = copy.deepcopy(model)
        for child in list(r):
            if child.tag != W + "rPr":
                r.remove(child)
        t = etree.SubElement(r, W + "t")
        t.text = new
        t.set(XML_SPACE, "preserve")
        ins = etree.Element(W + "ins", {W + "id": self._id(), W + "author": author, W + "date": date})
        ins.append(r)
        anchor.addnext(ins)

    def replace(self, words: str, new: str, author: str, date: str, after: str = "") -> None:
        d = self.delete(words, author, date, after)
        self.insert_after(d, new, author, date)

    def insert(self, before_words: str, new: str, author: str, date: str, after: str = "") -> None:
        """Insert ``new`` right after ``before_words``."""
        r = self._isolate(before_words, after)
        self.insert_after(r, new, author, date)

    # -- plain edits ----------------------------------------------------------------------
    def retype(self, words: str, new: str, after: str = "") -> None:
        r, at = self._run_with(words, after)
        t = r.find(W + "t")
        t.text = t.text[:at] + new + t.text[at + len(words):]
        t.set(XML_SPACE, "preserve")

    def heading(self, old: str, new: str) -> None:
        """Retype a title (in the body and in the table of contents, as Word updates it)."""
        found = [t for t in self.doc.iter(W + "t") if t.text == old]
        assert found, f"heading not found: {old!r}"
        for t in found:
            t.text = new

    # -- comments -------------------------------------------------------------------------
    def comment(self, words: str, author: str, date: str, body: str, after: str = "",
                done: bool = False) -> _Comment:
        r = self._isolate(words, after)
        c = _Comment(self._new_cid(), author, date, body, f"{0x10000000 + len(self._comments):08X}", done=done)
        self._comments.append(c)
        r.addprevious(etree.Element(W + "commentRangeStart", {W + "id": str(c.cid)}))
        end = etree.Element(W + "commentRangeEnd", {W + "id": str(c.cid)})
        r.addnext(end)
        ref = etree.Element(W + "r")
        etree.SubElement(ref, W + "commentReference", {W + "id": str(c.cid)})
        end.addnext(ref)
        return c

    def reply(self, parent: _Comment, author: str, date: str, body: str, done: bool = False) -> _Comment:
        """A reply as Word writes it: its own comment, with a range on the parent's words."""
        c = _Comment(self._new_cid(), author, date, body, f"{0x10000000 + len(self._comments):08X}", parent, done)
        self._comments.append(c)
        start = next(e for e in self.doc.iter(W + "commentRangeStart") if e.get(W + "id") == str(parent.cid))
        end = next(e for e in self.doc.iter(W + "commentRangeEnd") if e.get(W + "id") == str(parent.cid))
        start.addnext(etree.Element(W + "commentRangeStart", {W + "id": str(c.cid)}))
        end.addnext(etree.Element(W + "commentRangeEnd", {W + "id": str(c.cid)}))
        return c

    def _new_cid(self) -> int:
        return max((c.cid for c in self._comments), default=-1) + 1

    # -- writing --------------------------------------------------------------------------
    def save(self, target: Path) -> Path:
        parts = dict(self.parts)
        parts["word/document.xml"] = etree.tostring(self.doc, xml_declaration=True, encoding="UTF-8", standalone=True)
        if self._comments:
            self._write_comments(parts)
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in parts.items():
                z.writestr(name, data)
        return target

    def _write_comments(self, parts: dict[str, bytes]) -> None:
        root = etree.Element(W + "comments", nsmap={"w": W_NS, "w14": W14_NS})
        for c in self._comments:
            el = etree.SubElement(root, W + "comment", {W + "id": str(c.cid), W + "author": c.author,
                                                        W + "date": c.date, W + "initials": c.author[:1]})
            p = etree.SubElement(el, W + "p", {W14 + "paraId": c.para_id, W14 + "textId": "77777777"})
            r = etree.SubElement(p, W + "r")
            etree.SubElement(r, W + "annotationRef")
            r2 = etree.SubElement(p, W + "r")
            etree.SubElement(r2, W + "t").text = c.body
        parts["word/comments.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        ext = etree.Element(W15 + "commentsEx", nsmap={"w15": W15_NS})
        for c in self._comments:
            attrs = {W15 + "paraId": c.para_id, W15 + "done": "1" if c.done else "0"}
            if c.parent is not None:
                attrs[W15 + "paraIdParent"] = c.parent.para_id
            etree.SubElement(ext, W15 + "commentEx", attrs)
        parts["word/commentsExtended.xml"] = etree.tostring(ext, xml_declaration=True, encoding="UTF-8",
                                                            standalone=True)
        rels = etree.fromstring(parts["word/_rels/document.xml.rels"])
        for rid, kind, target in (
            ("rIdC1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments", "comments.xml"),
            ("rIdC2", "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
             "commentsExtended.xml"),
        ):
            if not any(r.get("Type") == kind for r in rels):  # not already there (an export with comments)
                etree.SubElement(rels, f"{{{REL_NS}}}Relationship", Id=rid, Type=kind, Target=target)
        parts["word/_rels/document.xml.rels"] = etree.tostring(rels, xml_declaration=True, encoding="UTF-8",
                                                               standalone=True)
        types = etree.fromstring(parts["[Content_Types].xml"])
        for name, ct in (
            ("/word/comments.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"),
            ("/word/commentsExtended.xml",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"),
        ):
            if not any(o.get("PartName") == name for o in types):
                etree.SubElement(types, f"{{{CT_NS}}}Override", PartName=name, ContentType=ct)
        parts["[Content_Types].xml"] = etree.tostring(types, xml_declaration=True, encoding="UTF-8", standalone=True)
