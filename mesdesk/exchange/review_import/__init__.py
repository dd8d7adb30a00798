"""Importing a reviewed Word file back: comments, tracked changes, untracked differences.

``reading`` checks and reads the file (identity, sections with the reviewers' marks,
comments); ``sections`` matches its sections to the report; ``marks`` takes each
section's marks apart; ``importer`` compares with the report and adds comments and
suggestions; ``summary`` says what was found.
"""

from mesdesk.exchange.review_import.importer import check_identity, import_review, read_review
from mesdesk.exchange.review_import.reading import ReviewFile
from mesdesk.exchange.review_import.summary import ReviewSummary

__all__ = ["ReviewFile", "ReviewSummary", "check_identity", "import_review", "read_review"]
