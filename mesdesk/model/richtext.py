"""The one rich-text document type of MES Desk.

A small block/inline tree, independent of any GUI or file format. Converters live
around it (QTextDocument in ``mesdesk.gui``, Word in ``mesdesk.exchange``); this module
owns the stable JSON form, validation, plain-text rendering and counts.

Blocks:
  * ``Paragraph``: a run of inlines.
  * ``ListBlock``: a bullet or numbered list; each item is one paragraph with a level
    (0 or 1), which maps directly onto Word's numbering levels.

Inlines:
  * ``Text``: characters with marks (bold, italic, run-in sub-heading), an
    optional link target and the uids of the review comments whose range covers them
    (so a comment's range moves with the text as it is edited around it).
  * ``Footnote``: a note carrying its own text; numbering is computed at export.
  * ``IndicatorRef``: a reference to an indicator's value, rendered at export.

JSON form (stable: keys sorted, defaults omitted)::

  [{"type": "paragraph", "content": [{"text": "Bonjour", "bold": true, "comments": ["a1b2"]}]},
   {"type": "list", "kind": "bullet",
    "items": [{"level": 0, "content": [{"text": "un"}]}]}]
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from mesdesk.model.textclean import clean_text

ListKind = Literal["bullet", "number"]
LIST_KINDS: tuple[str, ...] = ("bullet", "number")
MAX_LIST_LEVEL = 1


class RichTextError(ValueError):
    """A rich-text JSON value that does not follow the documented form."""


@dataclass(frozen=True, slots=True)
class Text:
    """Characters sharing the same marks."""

    text: str
    bold: bool = False
    italic: bool = False
    runin: bool = False  # a run-in sub-heading: shown bold, kept distinct for styles
    href: str | None = None
    # The sorted uids of the comments (``mesdesk.model.review``) anchored on these characters.
    comments: tuple[str, ...] = ()

    def same_marks(self, other: "Text") -> bool:
        return (self.bold, self.italic, self.runin, self.href, self.comments) == (
            other.bold,
            other.italic,
            other.runin,
            other.href,
            other.comments,
        )


@dataclass(frozen=True, slots=True)
class Footnote:
    """A footnote anchored where it stands; it carries its own text.

    A note's text carries no comment marks (Word cannot anchor a comment in a note we
    write): any given are dropped here, so every converter gets this for free.
    """

    content: tuple[Text, ...]

    def __post_init__(self) -> None:
        if any(t.comments for t in self.content):
            object.__setattr__(self, "content", tuple(replace(t, comments=()) for t in self.content))


@dataclass(frozen=True, slots=True)
class IndicatorRef:
    """The value of an indicator for a year, rendered when exporting.

    ``year`` None means the report's own year.
    """

    indicator: str
    year: int | None = None


Inline = Text | Footnote | IndicatorRef


@dataclass(frozen=True, slots=True)
class Paragraph:
    content: tuple[Inline, ...] = ()


@dataclass(frozen=True, slots=True)
class ListItem:
    content: tuple[Inline, ...] = ()
    level: int = 0


@dataclass(frozen=True, slots=True)
class ListBlock:
    kind: ListKind
    items: tuple[ListItem, ...]


Block = Paragraph | ListBlock


@dataclass(frozen=True, slots=True)
class RichText:
    """A rich-text value: an ordered tuple of blocks."""

    blocks: tuple[Block, ...] = field(default_factory=tuple)

    # -- construction -------------------------------------------------------------
    @classmethod
    def plain(cls, text: str) -> "RichText":
        """Plain text, one paragraph per non-empty line."""
        lines = [line.strip() for line in clean_text(text).split("\n")]
        return cls(tuple(Paragraph((Text(line),)) for line in lines if line))

    @classmethod
    def from_json(cls, value: Any) -> "RichText":
        """Parse and validate the JSON form (a list, or a JSON string of one)."""
        if value is None or value == "":
            return cls()
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except json.JSONDecodeError as exc:
                raise RichTextError(f"texte enrichi illisible : {exc.msg}") from exc
        if not isinstance(value, list):
            raise RichTextError("texte enrichi : une liste de blocs est attendue")
        return cls(tuple(_block_from_json(b, f"bloc {i + 1}") for i, b in enumerate(value)))

    # -- serialisation ------------------------------------------------------------
    def to_json(self) -> list[dict[str, Any]]:
        return [_block_to_json(b) for b in self.blocks]

    def to_json_string(self) -> str:
        """The canonical storage string: compact, keys sorted, UTF-8 kept."""
        return json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    # -- reading ------------------------------------------------------------------
    def is_empty(self) -> bool:
        return not self.plain_text().strip()

    def plain_text(self, footnotes: bool = False) -> str:
        """Text with one line per paragraph or list item.

        With ``footnotes``, each note's text follows its anchor in square brackets
        (for search and spreadsheets); otherwise notes are left out.
        """
        return "\n".join(_inlines_text(content, footnotes) for content in self.paragraph_contents())

    def paragraph_contents(self) -> Iterator[tuple[Inline, ...]]:
        for block in self.blocks:
            if isinstance(block, Paragraph):
                yield block.content
            else:
                for item in block.items:
                    yield item.content

    def footnotes(self) -> Iterator[Footnote]:
        for content in self.paragraph_contents():
            for inline in content:
                if isinstance(inline, Footnote):
                    yield inline

    def links(self) -> Iterator[str]:
        for content in self.paragraph_contents():
            for inline in content:
                if isinstance(inline, Text) and inline.href:
                    yield inline.href
                elif isinstance(inline, Footnote):
                    yield from (t.href for t in inline.content if t.href)

    def indicator_refs(self) -> Iterator[IndicatorRef]:
        for content in self.paragraph_contents():
            for inline in content:
                if isinstance(inline, IndicatorRef):
                    yield inline

    def word_count(self) -> int:
        return count_words(self.plain_text())

    def char_count(self) -> int:
        """Characters of the body text, line breaks between paragraphs excluded."""
        return sum(len(_inlines_text(c, False)) for c in self.paragraph_contents())

    # -- review comments ------------------------------------------------------------
    def comment_ids(self) -> set[str]:
        """The uids of the comments marked somewhere in this text."""
        return {uid for content in self.paragraph_contents() for t in content if isinstance(t, Text) for uid in t.comments}

    def comment_quote(self, uid: str) -> str:
        """The plain text a comment covers, its paragraphs joined by "\n"."""
        lines = []
        for content in self.paragraph_contents():
            part = "".join(t.text for t in content if isinstance(t, Text) and uid in t.comments)
            if part:
                lines.append(part)
        return "\n".join(lines)

    def with_comment(self, uid: str, start: int, end: int) -> "RichText":
        """This text with the comment ``uid`` marked on plain-text offsets ``[start, end)``.

        Offsets count as ``plain_text()`` does: paragraphs joined by "\n", an indicator
        as its placeholder, a note as nothing. Only ``Text`` can carry the mark.
        """
        if start > end or start < 0:
            raise ValueError(f"plage invalide {start}..{end}")
        pos = 0

        def mark(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
            nonlocal pos
            out: list[Inline] = []
            changed = False
            for inline in content:
                if isinstance(inline, Footnote):
                    out.append(inline)
                    continue
                length = len(inline.text) if isinstance(inline, Text) else len(indicator_placeholder(inline))
                lo, hi = max(start, pos) - pos, min(end, pos + length) - pos
                if isinstance(inline, Text) and lo < hi and uid not in inline.comments:
                    marked = replace(inline, text=inline.text[lo:hi], comments=tuple(sorted({*inline.comments, uid})))
                    out.extend(
                        t
                        for t in (replace(inline, text=inline.text[:lo]), marked, replace(inline, text=inline.text[hi:]))
                        if t.text
                    )
                    changed = True
                else:
                    out.append(inline)
                pos += length
            pos += 1  # the "\n" between lines
            return normalize_inlines(out) if changed else content

        return self._map_contents(mark)

    def without_comments(self, uids: Collection[str] | None = None) -> "RichText":
        """This text without the marks of ``uids`` (None: of every comment)."""
        drop = None if uids is None else set(uids)

        def strip(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
            if not any(isinstance(t, Text) and t.comments and (drop is None or drop & set(t.comments)) for t in content):
                return content
            return normalize_inlines(
                replace(t, comments=() if drop is None else tuple(u for u in t.comments if u not in drop))
                if isinstance(t, Text)
                else t
                for t in content
            )

        return self._map_contents(strip)

    def renamed_comments(self, names: Mapping[str, str]) -> "RichText":
        """This text with comment uids renamed (``names``: old → new); others unchanged."""

        def rename(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
            return tuple(
                replace(t, comments=tuple(sorted(names.get(u, u) for u in t.comments)))
                if isinstance(t, Text) and t.comments
                else t
                for t in content
            )

        return self._map_contents(rename)

    def _map_contents(self, change: Callable[[tuple[Inline, ...]], tuple[Inline, ...]]) -> "RichText":
        """The same blocks with each paragraph's (or item's) inlines passed through ``change``."""
        blocks: list[Block] = []
        for block in self.blocks:
            if isinstance(block, Paragraph):
                blocks.append(Paragraph(change(block.content)))
            else:
                blocks.append(ListBlock(block.kind, tuple(ListItem(change(i.content), i.level) for i in block.items)))
        return RichText(tuple(blocks))

    def normalized(self) -> "RichText":
        """Adjacent texts with the same marks merged, empty texts dropped."""
        return RichText(tuple(_normalize_block(b) for b in self.blocks))

    def __bool__(self) -> bool:  # an empty document is falsy, like an empty string
        return bool(self.blocks)


_WORD = re.compile(r"[^\s]+")


def count_words(text: str) -> int:
    """Words as a word processor counts them: runs of non-space characters."""
    return len(_WORD.findall(text))


def indicator_placeholder(ref: IndicatorRef) -> str:
    return f"[{ref.indicator}{'' if ref.year is None else ' ' + str(ref.year)}]"


def _inlines_text(content: Iterable[Inline], footnotes: bool) -> str:
    parts: list[str] = []
    for inline in content:
        if isinstance(inline, Text):
            parts.append(inline.text)
        elif isinstance(inline, Footnote):
            if footnotes:
                parts.append(" [" + "".join(t.text for t in inline.content) + "]")
        else:
            parts.append(indicator_placeholder(inline))
    return "".join(parts)


# -- JSON ------------------------------------------------------------------------------

def _text_to_json(t: Text) -> dict[str, Any]:
    out: dict[str, Any] = {"text": t.text}
    if t.bold:
        out["bold"] = True
    if t.italic:
        out["italic"] = True
    if t.runin:
        out["runin"] = True
    if t.href:
        out["href"] = t.href
    if t.comments:
        out["comments"] = list(t.comments)
    return out


def _inline_to_json(inline: Inline) -> dict[str, Any]:
    if isinstance(inline, Text):
        return _text_to_json(inline)
    if isinstance(inline, Footnote):
        return {"type": "footnote", "content": [_text_to_json(t) for t in inline.content]}
    out: dict[str, Any] = {"type": "indicator", "indicator": inline.indicator}
    if inline.year is not None:
        out["year"] = inline.year
    return out


def _block_to_json(block: Block) -> dict[str, Any]:
    if isinstance(block, Paragraph):
        return {"type": "paragraph", "content": [_inline_to_json(i) for i in block.content]}
    items = []
    for item in block.items:
        entry: dict[str, Any] = {"content": [_inline_to_json(i) for i in item.content]}
        if item.level:
            entry["level"] = item.level
        items.append(entry)
    return {"type": "list", "kind": block.kind, "items": items}


def _expect_keys(obj: dict[str, Any], allowed: set[str], where: str) -> None:
    extra = set(obj) - allowed
    if extra:
        raise RichTextError(f"{where} : clé inconnue {sorted(extra)[0]!r}")


def _text_from_json(obj: Any, where: str) -> Text:
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise RichTextError(f"{where} : un texte est attendu")
    _expect_keys(obj, {"type", "text", "bold", "italic", "runin", "href", "comments"}, where)
    if obj.get("type", "text") != "text":
        raise RichTextError(f"{where} : seul du texte est permis ici")
    href = obj.get("href")
    if href is not None and not isinstance(href, str):
        raise RichTextError(f"{where} : lien invalide")
    for mark in ("bold", "italic", "runin"):
        if not isinstance(obj.get(mark, False), bool):
            raise RichTextError(f"{where} : {mark} doit être vrai ou faux")
    comments = obj.get("comments", [])
    if not isinstance(comments, list) or not all(isinstance(c, str) and c for c in comments):
        raise RichTextError(f"{where} : comments doit être une liste d'identifiants")
    return Text(
        clean_text(obj["text"]),
        bold=obj.get("bold", False),
        italic=obj.get("italic", False),
        runin=obj.get("runin", False),
        href=clean_text(href).strip() or None if href else None,
        comments=tuple(sorted(set(comments))),
    )


def _inline_from_json(obj: Any, where: str) -> Inline:
    if not isinstance(obj, dict):
        raise RichTextError(f"{where} : un objet est attendu")
    kind = obj.get("type", "text")
    if kind == "text":
        return _text_from_json(obj, where)
    if kind == "footnote":
        _expect_keys(obj, {"type", "content"}, where)
        content = obj.get("content")
        if not isinstance(content, list):
            raise RichTextError(f"{where} : le texte de la note est attendu")
        return Footnote(tuple(_text_from_json(t, f"{where}, note") for t in content))
    if kind == "indicator":
        _expect_keys(obj, {"type", "indicator", "year"}, where)
        ref, year = obj.get("indicator"), obj.get("year")
        if not isinstance(ref, str) or not ref:
            raise RichTextError(f"{where} : identifiant d'indicateur attendu")
        if year is not None and (not isinstance(year, int) or isinstance(year, bool)):
            raise RichTextError(f"{where} : année invalide")
        return IndicatorRef(ref, year)
    raise RichTextError(f"{where} : type inconnu {kind!r}")


def _inlines_from_json(content: Any, where: str) -> tuple[Inline, ...]:
    if not isinstance(content, list):
        raise RichTextError(f"{where} : contenu attendu")
    return tuple(_inline_from_json(obj, f"{where}, élément {i + 1}") for i, obj in enumerate(content))


def _block_from_json(obj: Any, where: str) -> Block:
    if not isinstance(obj, dict):
        raise RichTextError(f"{where} : un objet est attendu")
    kind = obj.get("type")
    if kind == "paragraph":
        _expect_keys(obj, {"type", "content"}, where)
        return Paragraph(_inlines_from_json(obj.get("content", []), where))
    if kind == "list":
        _expect_keys(obj, {"type", "kind", "items"}, where)
        list_kind = obj.get("kind")
        if list_kind not in LIST_KINDS:
            raise RichTextError(f"{where} : type de liste inconnu {list_kind!r}")
        items_json = obj.get("items")
        if not isinstance(items_json, list) or not items_json:
            raise RichTextError(f"{where} : une liste doit avoir des éléments")
        items = []
        for i, item in enumerate(items_json):
            item_where = f"{where}, puce {i + 1}"
            if not isinstance(item, dict):
                raise RichTextError(f"{item_where} : un objet est attendu")
            _expect_keys(item, {"content", "level"}, item_where)
            level = item.get("level", 0)
            if not isinstance(level, int) or isinstance(level, bool) or not 0 <= level <= MAX_LIST_LEVEL:
                raise RichTextError(f"{item_where} : niveau {level!r} hors de 0..{MAX_LIST_LEVEL}")
            items.append(ListItem(_inlines_from_json(item.get("content", []), item_where), level))
        return ListBlock(list_kind, tuple(items))
    raise RichTextError(f"{where} : type de bloc inconnu {kind!r}")


# -- normalisation -------------------------------------------------------------------

def normalize_inlines(content: Iterable[Inline]) -> tuple[Inline, ...]:
    """Merge neighbouring texts with identical marks; drop empty texts."""
    out: list[Inline] = []
    for inline in content:
        if isinstance(inline, Text):
            if not inline.text:
                continue
            last = out[-1] if out else None
            if isinstance(last, Text) and last.same_marks(inline):
                out[-1] = replace(last, text=last.text + inline.text)
                continue
        elif isinstance(inline, Footnote):
            inline = Footnote(tuple(t for t in normalize_inlines(inline.content) if isinstance(t, Text)))
        out.append(inline)
    return tuple(out)


def _normalize_block(block: Block) -> Block:
    if isinstance(block, Paragraph):
        return Paragraph(normalize_inlines(block.content))
    return ListBlock(block.kind, tuple(ListItem(normalize_inlines(i.content), i.level) for i in block.items))
