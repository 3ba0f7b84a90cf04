"""``python -m moneyfacts``: the ``moneyfacts`` command."""

import sys

from moneyfacts.cli import main

if __name__ == "__main__":
    sys.exit(main())
