"""Entry point of the frozen application: the same ``main`` as the ``mesdesk`` command."""

import sys

from mesdesk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
