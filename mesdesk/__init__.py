"""MES Desk: draft the annual report owed to a funder, export it to Word and Excel."""

from mesdesk.version import read_version

__version__ = read_version()
