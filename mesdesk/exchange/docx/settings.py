"""Document settings the writer needs (``word/settings.xml``).

Word refuses a settings part whose children are out of schema order, so each setting
is inserted before the first existing element that must follow it.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument

from mesdesk.exchange.docx.elements import Element, W, el

# The tail of CT_Settings' child order, from the first element we insert onwards.
_ORDER = (
    "w:updateFields", "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars", "w:rsids",
    "m:mathPr", "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures", "w:forceUpgrade", "w:captions", "w:readModeInkLockDown", "w:smartTagType",
    "sl:schemaLibrary", "w:shapeDefaults", "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator",
)


def insert_setting(document: DocxDocument, element: Element) -> Element:
    """Put ``element`` (one of ``_ORDER``) into the settings, replacing an existing one."""
    settings = document.settings.element
    old = settings.find(element.tag)
    if old is not None:
        old.addnext(element)
        settings.remove(old)
        return element
    local = "w:" + element.tag.rsplit("}", 1)[1]
    successors = _ORDER[_ORDER.index(local) + 1 :]
    settings.insert_element_before(element, *successors)
    return element


def request_field_update(document: DocxDocument) -> None:
    """Ask Word to update fields on opening: the TOC then gets its page numbers."""
    insert_setting(document, el("updateFields", {"val": "true"}))


def has_setting(document: DocxDocument, local_name: str) -> bool:
    return document.settings.element.find(W + local_name) is not None
