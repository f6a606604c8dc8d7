"""``python -m sspf_desk`` runs the command line (no sub-command starts the GUI)."""

import sys

from sspf_desk.cli import main

sys.exit(main())
