"""Errors of the exporters and importers; ``str()`` is a message for the user."""

from __future__ import annotations


class ExportError(Exception):
    """An export that could not be written (target open elsewhere, read-only, bad template…).

    Any existing file at the target is left untouched.
    """


class ImportFileError(Exception):
    """A file that cannot be imported (not the expected format, damaged, too large…)."""
