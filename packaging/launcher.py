"""The built application's entry point: the same command line as ``cxdesigner``."""

import sys

from cxdesigner.cli import main

if __name__ == "__main__":
    sys.exit(main())
