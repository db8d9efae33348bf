"""`python -m coach` behaves exactly like the `calf-coach` command."""

import sys

from coach.cli import main

sys.exit(main())
