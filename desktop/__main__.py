"""`python -m desktop ...` is the same as the `rights-at-hand` command."""

import sys

from desktop.cli import main

sys.exit(main())
