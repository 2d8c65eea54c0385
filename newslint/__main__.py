"""Allow ``python -m newslint``."""

import sys

from newslint.cli import main

sys.exit(main())
