"""``python -m mesdesk.gui [PATH]``: open the application without building the whole
command line first (its other commands import SQLAlchemy's JSON and Excel layers,
which costs a few hundred milliseconds of start-up)."""

from __future__ import annotations

import sys

from mesdesk.gui.launch import launch

if __name__ == "__main__":
    sys.exit(launch(sys.argv[1] if len(sys.argv) > 1 else None))
