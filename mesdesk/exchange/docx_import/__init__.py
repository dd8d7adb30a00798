"""Reading a Word report (ours or hand-made in the same shape) into the workspace.

``package_guard`` refuses unusable files, ``reader`` turns the document into
paragraphs, ``shape`` recognises the report's parts, ``importer`` writes them into a
session.
"""

from mesdesk.exchange.docx_import.importer import (
    DocxReport,
    apply_report,
    import_docx,
    read_report_docx,
    resolve_year,
)
from mesdesk.exchange.docx_import.summary import DocxImportSummary

__all__ = ["DocxImportSummary", "DocxReport", "apply_report", "import_docx", "read_report_docx", "resolve_year"]
