"""`python -m coach` behaves exactly like the `calf-coach` command."""

import sys

from coach.start import main

sys.exit(main())
