"""Print MES Desk's version for the build scripts: ``python packaging/print_version.py [--numeric]``.

The full version (``0.2.0``, ``0.2.1.dev3+g1a2b3c4``) names the files; ``--numeric``
gives the ``X.Y.Z`` that Windows' file version and Inno Setup's ``VersionInfoVersion``
accept. Run with the virtual environment's Python, after ``pip install -e .``.
"""

import sys

from mesdesk import __version__
from mesdesk.version import numeric_version

if __name__ == "__main__":
    print(numeric_version(__version__) if "--numeric" in sys.argv[1:] else __version__)
