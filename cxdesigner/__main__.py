"""``python -m cxdesigner`` runs the command line."""

import sys

from cxdesigner.cli import main

sys.exit(main())
