"""Validation of a Word package's XML parts against the published OOXML schemas.

The schemas are vendored in ``ooxml_xsd`` (see its README). Each WordprocessingML part is
validated after markup compatibility is applied as a reader that knows none of the
ignorable namespaces would: elements and attributes in a namespace listed in
``mc:Ignorable`` are dropped (but a part's own namespace, such as ``w15`` in
``commentsExtended.xml``, which any reader of that part must know).
"""

from __future__ import annotations

import functools
import zipfile
from pathlib import Path

from lxml import etree

XSD = Path(__file__).with_name("ooxml_xsd")
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml"


@functools.cache
def _schema(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD / name)))


def _compatible(root: etree._Element) -> etree._Element:
    """``root`` with the markup of ignorable namespaces removed (ECMA-376 part 3)."""
    ignorable: set[str] = set()
    for element in root.iter():
        value = element.get(f"{{{MC_NS}}}Ignorable")
        if value:
            ignorable |= {element.nsmap.get(prefix) or "" for prefix in value.split()}
    own = etree.QName(root).namespace
    ignorable.discard(own)
    ignorable.add(MC_NS)
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        if etree.QName(element).namespace in ignorable and element is not root:
            element.getparent().remove(element)
            continue
        for name in list(element.attrib):
            if name.startswith("{") and name[1:].split("}")[0] in ignorable:
                del element.attrib[name]
    return root


def schema_problems(path: Path) -> list[str]:
    """Every schema error in the package's WordprocessingML parts, as « part: line: message »."""
    problems: list[str] = []
    with zipfile.ZipFile(path) as package:
        for name in sorted(package.namelist()):
            if not name.startswith("word/") or not name.endswith(".xml") or "/theme/" in name:
                continue
            root = etree.fromstring(package.read(name))
            namespace = etree.QName(root).namespace
            if namespace == W_NS:
                schema = _schema("ISO-IEC29500-4_2016/wml.xsd")
            elif namespace == W15_NS:
                schema = _schema("microsoft/wml-2012.xsd")
            else:
                continue
            if not schema.validate(_compatible(root)):
                problems += [f"{name}: {error.line}: {error.message}" for error in schema.error_log]
    return problems
