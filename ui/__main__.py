"""``python -m ui``: the same as the ``cafe-conversation`` command."""

import sys

from ui.cli.commands import main

sys.exit(main())
