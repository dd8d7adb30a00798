"""Which report an exported ``.docx`` is: two custom document properties.

A reviewed file comes back weeks later, renamed, through Word or LibreOffice; the
review import must tell whether it is this convention's report of this year before it
reads anything. The title on the cover can be retyped; custom properties
(``docProps/custom.xml``, « Propriétés personnalisées » in Word and LibreOffice) travel
with the file through both and are not shown in the text.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

CONVENTION_PROPERTY = "MESDesk.Convention"
YEAR_PROPERTY = "MESDesk.Year"

_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
# The format id Office gives every user-defined property.
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


def write_identity(document: DocxDocument, convention_uid: str, year: int) -> None:
    """Add the custom properties naming the report (replacing a template's own part)."""
    root = etree.Element(f"{{{_NS}}}Properties", nsmap={None: _NS, "vt": _VT})
    for pid, (name, value) in enumerate(((CONVENTION_PROPERTY, convention_uid), (YEAR_PROPERTY, str(year))), start=2):
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
