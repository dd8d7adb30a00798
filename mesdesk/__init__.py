"""MES Desk: draft the annual report owed to a funder, export it to Word and Excel."""

__version__ = "0.1.0"
