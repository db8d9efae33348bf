"""The bundle's program: the same first step as the `calf-coach` console script."""

import sys

from coach.start import main

sys.exit(main())
