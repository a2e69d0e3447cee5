"""The frozen application's entry point: PyInstaller runs this file as a script.

The same as the ``cafe-conversation`` command (:func:`ui.main.main`).
"""

import sys

from ui.main import main

if __name__ == "__main__":
    sys.exit(main())
