"""Fixtures for the Word export tests: exports, and a reader of the produced file.

Files are read back two ways, never by comparing our own XML strings: with python-docx
(what a user's program would see) and by unzipping the package and walking its XML
with lxml (what python-docx does not expose: footnotes, numbering, fields, links).
"""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from lxml import etree

from mesdesk.exchange.docx import export_docx
from mesdesk.store.workspace import Workspace
from tests.exchange.docx.docx_testing import Rel

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
W = "{%s}" % W_NS
NS = {"w": W_NS, "r": R_NS}
RT_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
RT_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
RT_FOOTER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
RT_NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"


class DocxReader:
    """A produced .docx, opened with python-docx and as a zip of XML parts."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.document = docx.Document(str(path))
        with zipfile.ZipFile(path) as zf:
            self.names = set(zf.namelist())
            self._bytes = {name: zf.read(name) for name in self.names}
        self.body = self.xml("word/document.xml").find(f"{W}body")
        self.rels = self.part_rels("word/document.xml")

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self._bytes[name])

    def part_rels(self, part: str) -> dict[str, Rel]:
        folder, _, base = part.rpartition("/")
        name = f"{folder}/_rels/{base}.rels"
        if name not in self.names:
            return {}
        root = etree.fromstring(self._bytes[name])
        return {
            r.get("Id"): Rel(r.get("Id"), r.get("Type"), r.get("Target"), r.get("TargetMode") == "External")
            for r in root.iter(f"{{{PKG_RELS_NS}}}Relationship")
        }

    def related_part(self, rel_type: str, rels: dict[str, Rel] | None = None) -> str | None:
        for rel in (rels or self.rels).values():
            if rel.type == rel_type and not rel.external:
                return "word/" + rel.target.lstrip("/").removeprefix("word/")
        return None

    # -- styles -------------------------------------------------------------------------
    def styles(self) -> dict[str, etree._Element]:
        return {s.get(W + "styleId"): s for s in self.xml("word/styles.xml").iter(W + "style")}

    def style_name(self, style_id: str | None) -> str | None:
        style = self.styles().get(style_id or "")
        if style is None:
            return None
        name = style.find(W + "name")
        return name.get(W + "val") if name is not None else None

    def style_chain_value(self, style_id: str, path: str) -> etree._Element | None:
        """The first element at ``path`` in a style or the styles it is based on."""
        styles = self.styles()
        seen: set[str] = set()
        current: str | None = style_id
        while current and current not in seen:
            seen.add(current)
            style = styles.get(current)
            if style is None:
                return None
            found = style.find(path, NS)
            if found is not None:
                return found
            based = style.find(W + "basedOn")
            current = based.get(W + "val") if based is not None else None
        return None

    # -- paragraphs ---------------------------------------------------------------------
    def paragraphs(self) -> list[etree._Element]:
        return list(self.body.iter(W + "p"))

    @staticmethod
    def text(element: etree._Element) -> str:
        """Visible text: w:t, tabs and breaks (field instructions are not text)."""
        parts: list[str] = []
        for node in element.iter(W + "t", W + "tab", W + "br"):
            if node.tag == W + "t":
                parts.append(node.text or "")
            elif node.getparent() is not None and node.getparent().tag == W + "r":
                parts.append("\t" if node.tag == W + "tab" else "\n")
        return "".join(parts)

    @staticmethod
    def style_of(p: etree._Element) -> str | None:
        style = p.find(f"{W}pPr/{W}pStyle")
        return style.get(W + "val") if style is not None else None

    def footnotes_root(self) -> etree._Element:
        part = self.related_part(RT_FOOTNOTES)
        assert part is not None, "no footnotes part related to the document"
        return self.xml(part)


@pytest.fixture(scope="session")
def read_docx() -> type[DocxReader]:
    return DocxReader


@pytest.fixture(scope="session")
def sample_export(sample_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample's 2024 report exported once with the default template."""
    folder = tmp_path_factory.mktemp("docx-sample")
    copy = folder / "bilan.mesdesk"
    shutil.copyfile(sample_file, copy)
    with Workspace.open(copy) as ws:
        convention = ws.current_convention()
        assert convention is not None
        report = convention.report_for(2024)
        assert report is not None
        result = export_docx(report, folder / "bilan-2024.docx")
        assert result.warnings == []
    return result.path


@pytest.fixture(scope="session")
def sample_doc(sample_export: Path) -> DocxReader:
    return DocxReader(sample_export)


# -- the sample JSON, read on its own (not through our model or writer) ---------------

@pytest.fixture(scope="session")
def sample_data(sample_json: str) -> dict[str, Any]:
    return json.loads(sample_json)


def json_inline_text(inline: dict[str, Any]) -> str:
    if inline.get("type", "text") == "text":
        return inline["text"]
    return ""


def json_paragraphs(blocks: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    """The inline lists of every paragraph and list item of a rich-text JSON value."""
    for block in blocks:
        if block["type"] == "paragraph":
            yield block.get("content", [])
        else:
            for item in block["items"]:
                yield item.get("content", [])


@pytest.fixture(scope="session")
def json_helpers() -> Any:
    class Helpers:
        paragraphs = staticmethod(json_paragraphs)
        inline_text = staticmethod(json_inline_text)

    return Helpers


def squeeze(text: str) -> str:
    """Text compared without any kind of space (typography changes spaces, not words)."""
    return re.sub(r"[\s\u00a0\u202f]+", "", text)


@pytest.fixture(scope="session")
def no_spaces() -> Any:
    return squeeze
