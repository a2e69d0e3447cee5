"""``python -m ui``: the same as the ``cafe-conversation`` command."""

import sys

from ui.main import main

sys.exit(main())
