"""Which report an exported ``.docx`` is: two custom document properties.

A reviewed file comes back weeks later, renamed, through Word or LibreOffice; the
review import must tell whether it is this convention's report of this year before it
reads anything. The title on the cover can be retyped; custom properties
(``docProps/custom.xml``, « Propriétés personnalisées » in Word and LibreOffice) travel
with the file through both and are not shown in the text.
"""

from __future__ import annotations

import hashlib
import re

from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

from mesdesk.exchange.docx_import.french_spacing import plain_spacing
from mesdesk.model.entities import Report
from mesdesk.model.french import typography
from mesdesk.model.richtext import RichText
from mesdesk.model.suggestion_text import view_text

CONVENTION_PROPERTY = "MESDesk.Convention"
YEAR_PROPERTY = "MESDesk.Year"
# One per text field: a fingerprint of the text as exported ("MESDesk.Text.<action uid>.<field>",
# "MESDesk.Text.preamble"). The review import compares the reviewer's text with it, so
# a section the reviewer left alone is no « difference » even when the delegate has
# written on since the export. Word keeps a text property to 255 characters: one each.
TEXT_PROPERTY = "MESDesk.Text."

_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
# The format id Office gives every user-defined property.
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


def write_identity(document: DocxDocument, convention_uid: str, year: int,
                   texts: dict[str, str] | None = None) -> None:
    """Add the custom properties naming the report (replacing a template's own part);
    ``texts``: the fingerprint of each text field (``text_fingerprints``)."""
    root = etree.Element(f"{{{_NS}}}Properties", nsmap={None: _NS, "vt": _VT})
    values = [(CONVENTION_PROPERTY, convention_uid), (YEAR_PROPERTY, str(year))]
    values += [(TEXT_PROPERTY + key, value) for key, value in sorted((texts or {}).items())]
    for pid, (name, value) in enumerate(values, start=2):
        prop = etree.SubElement(root, f"{{{_NS}}}property", fmtid=_FMTID, pid=str(pid), name=name)
        etree.SubElement(prop, f"{{{_VT}}}lpwstr").text = value
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    package = document.part.package
    for rel in list(package.rels.values()):
        if rel.reltype == RT.CUSTOM_PROPERTIES:
            package.rels.pop(rel.rId)
    part = Part(PackURI("/docProps/custom.xml"), CT.OFC_CUSTOM_PROPERTIES, blob, package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)


def read_identity(xml: bytes | etree._Element | None) -> dict[str, str]:
    """The custom properties of a package (name → text value); {} when there are none."""
    if xml is None:
        return {}
    root = etree.fromstring(xml) if isinstance(xml, bytes) else xml
    out: dict[str, str] = {}
    for prop in root:
        if not isinstance(prop.tag, str) or not prop.tag.endswith("}property"):
            continue
        value = next((child.text or "" for child in prop if isinstance(child.tag, str)), "")
        out[prop.get("name") or ""] = value.strip()
    return out


_SPACES = re.compile(r"[ \t\u00a0\u202f]+")


def comparable(text: str) -> str:
    """A text as compared for « changed without tracking »: French spacing and blank
    space evened out, empty lines left out (the export and Word may differ there)."""
    lines = (_SPACES.sub(" ", plain_spacing(typography(line))).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def fingerprint(text: str) -> str:
    """A short digest of a text as ``comparable`` reads it."""
    return hashlib.sha256(comparable(text).encode("utf-8")).hexdigest()[:16]


def text_key(action_uid: str | None, field: str) -> str:
    return field if action_uid is None else f"{action_uid}.{field}"


def text_fingerprints(report: Report) -> dict[str, str]:
    """The fingerprint of each text field of ``report`` as its export shows it."""
    from mesdesk.model.edits.suggestions import indicator_render  # the model's view of a text, as exported

    render = indicator_render(report)
    out = {field: fingerprint(view_text(getattr(report, field), render).text) for field in ("preamble", "conclusion")}
    texts = {id(t.action): t for t in report.texts if t.action is not None}
    for action in report.convention.actions:
        text = texts.get(id(action))
        for field in ("evaluation", "narrative", "means"):
            rich = getattr(text, field) if text is not None else RichText()
            out[text_key(action.uid, field)] = fingerprint(view_text(rich, render).text)
    return out
