"""A reviewed Word file read: which report it is, its sections, its comments.

The text is read by the Word import's own reader and shape (``docx_import``), asked to
keep the reviewers' marks as points in the text (``ReviewAnchor``): so a file whose
layout a reviewer changed is recognised as any Word report is. Comments come from
``comments.xml``; their replies and resolved state from ``commentsExtended.xml`` (Word
2013 and later: ``w15:paraIdParent``, ``w15:done``), matched through the ``w14:paraId``
of each comment's last paragraph.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from mesdesk.exchange.docx.identity import CONVENTION_PROPERTY, TEXT_PROPERTY, YEAR_PROPERTY, read_identity
from mesdesk.exchange.docx.means_tables import ANNEX_TITLE
from mesdesk.exchange.docx_import.package_guard import W_NS, DocxPackage, open_package
from mesdesk.exchange.docx_import.reader import DocParagraph, ReviewAnchor, read_docx
from mesdesk.exchange.docx_import.shape import ShapedReport, shape_report
from mesdesk.exchange.errors import ImportFileError
from mesdesk.model.textclean import clean_text

_W = "{" + W_NS + "}"
_W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
_W15 = "{http://schemas.microsoft.com/office/word/2012/wordml}"


@dataclass
class FileComment:
    """A Word comment as the file holds it."""

    key: str  # w:id
    author: str
    created_at: dt.datetime | None  # UTC, naive
    body: str
    para_id: str = ""  # w14:paraId of its last paragraph (Word 2013's key for replies)
    parent_key: str | None = None  # the comment it answers
    resolved: bool = False


@dataclass
class OutsideChange:
    """A tracked change the sections' texts do not hold (a title, a table, the cover):
    listed, since nothing in the report can take it."""

    key: str
    author: str
    excerpt: str  # the paragraph it is in, as accepted


@dataclass
class ReviewFile:
    file_name: str
    shaped: ShapedReport
    comments: dict[str, FileComment] = field(default_factory=dict)
    convention_uid: str | None = None  # from the custom properties our export writes
    year: int | None = None
    modified_by: str = ""  # who saved it last (core properties): the author of untracked changes
    # The fingerprint of each text as exported (identity.text_key → digest); {} for an older export.
    exported: dict[str, str] = field(default_factory=dict)
    # Every tracked change of the file by w:id, where it is: the ones no section holds are listed.
    changes: dict[str, OutsideChange] = field(default_factory=dict)


def read_review_file(path: str | Path) -> ReviewFile:
    """Check and read a reviewed Word file; raises ``ImportFileError`` for a refused one."""
    path = Path(path)
    with open_package(path) as package:
        identity = _identity(package)
        modified_by = _modified_by(package)
        content = read_docx(package, review=True)
        comments = _comments(package)
    paragraphs = _written(content.paragraphs)
    # Our export never types bullets by hand: a « - » line is text (as docx_import does for our files).
    shaped = shape_report(paragraphs, manual_lists=False)
    year_text = identity.get(YEAR_PROPERTY, "")
    return ReviewFile(
        file_name=path.name,
        shaped=shaped,
        comments=comments,
        convention_uid=identity.get(CONVENTION_PROPERTY) or None,
        year=int(year_text) if year_text.isdigit() else None,
        modified_by=modified_by,
        changes=_changes(content.paragraphs),
        exported={name[len(TEXT_PROPERTY):]: value for name, value in identity.items() if name.startswith(TEXT_PROPERTY)},
    )


def _written(paragraphs: list[DocParagraph]) -> list[DocParagraph]:
    """The paragraphs the delegate wrote: not the tables and the means annex the export
    generates from the figures (a reviewer's change there is listed, not compared)."""
    end = next((i for i, p in enumerate(paragraphs)
                if p.outline_level == 0 and p.origin == "body" and p.text.strip() == ANNEX_TITLE), len(paragraphs))
    return [p for p in paragraphs[:end] if p.origin == "body"]


def _changes(paragraphs: list[DocParagraph]) -> dict[str, OutsideChange]:
    out: dict[str, OutsideChange] = {}
    for p in paragraphs:
        for inline in p.inlines:
            if isinstance(inline, ReviewAnchor) and inline.kind in ("ins_start", "del") and inline.key not in out:
                out[inline.key] = OutsideChange(inline.key, inline.author, _excerpt(p.text or inline.deleted))
    return out


def _excerpt(text: str, size: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


def _identity(package: DocxPackage) -> dict[str, str]:
    part = package.related_part("", "custom-properties")
    if part is None or not package.has_part(part):
        return {}
    return read_identity(package.xml(part))


def _modified_by(package: DocxPackage) -> str:
    """The core properties' last editor, unless it is our own export's name."""
    part = package.related_part("", "core-properties")
    if part is None or not package.has_part(part):
        return ""
    try:
        root = package.xml(part)
    except ImportFileError:
        return ""  # a damaged property part does not prevent reading the review
    for el in root:
        if isinstance(el.tag, str) and el.tag.endswith("}lastModifiedBy"):
            name = clean_text(el.text or "").strip()
            return "" if name == "MES Desk" else name
    return ""


def parse_date(text: str | None) -> dt.datetime | None:
    """A comment's or change's date (ISO 8601, with or without zone) as naive UTC."""
    if not text:
        return None
    try:
        value = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.replace(microsecond=0)


def _comments(package: DocxPackage) -> dict[str, FileComment]:
    main = package.main_part
    root = package.optional_xml(package.related_part(main, "comments"))
    if root is None:
        return {}
    out: dict[str, FileComment] = {}
    by_para: dict[str, FileComment] = {}
    for el in root.iter(_W + "comment"):
        paragraphs = [el_p for el_p in el.iter(_W + "p")]
        lines = ["".join(t.text or "" for t in p.iter(_W + "t")) for p in paragraphs]
        body = clean_text("\n".join(line.strip() for line in lines)).strip()
        comment = FileComment(
            key=el.get(_W + "id") or "",
            author=(el.get(_W + "author") or "").strip(),
            created_at=parse_date(el.get(_W + "date")),
            body=body,
            para_id=(paragraphs[-1].get(_W14 + "paraId") or "") if paragraphs else "",
        )
        out[comment.key] = comment
        if comment.para_id:
            by_para[comment.para_id.upper()] = comment
    extended = package.optional_xml(package.related_part(main, "commentsExtended"))
    if extended is not None:
        for ex in extended.iter(_W15 + "commentEx"):
            target = by_para.get((ex.get(_W15 + "paraId") or "").upper())
            if target is None:
                continue
            target.resolved = (ex.get(_W15 + "done") or "0") in ("1", "true", "on")
            parent = by_para.get((ex.get(_W15 + "paraIdParent") or "").upper())
            if parent is not None and parent is not target:
                target.parent_key = parent.key
    return out
