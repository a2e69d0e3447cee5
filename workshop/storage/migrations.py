"""Upgrades of older workshop files, one step per schema version.

``STEPS[v]`` turns the data of a version-``v`` file into version ``v + 1``.
Data is the TinyDB layout (``{table: {doc_id: document}}``).  Every future
change of meaning gets a step here and a test with a file of the old shape.

Not a step, because older releases still read the new files unchanged:
the live show (``show.step``, ``show.countdown``) left the workshop file
for its own record (:mod:`workshop.storage.live`).  A file of the previous
release still carries it; :func:`workshop.storage.fileformat.read_file`
hands it back as the state to resume, and the store records it apart
before its first save drops it (tests/test_store_live.py opens such a file).
"""

from __future__ import annotations

from collections.abc import Callable

SCHEMA_VERSION = 1

Data = dict[str, dict[str, dict]]


def _from_0(data: Data) -> Data:
    """Version 0 (the preview builds) had the same layout without a version."""
    return data


STEPS: dict[int, Callable[[Data], Data]] = {0: _from_0}


def migrate(data: Data, version: int) -> Data:
    """Bring ``data`` written at ``version`` up to :data:`SCHEMA_VERSION`."""
    while version < SCHEMA_VERSION:
        data = STEPS[version](data)
        version += 1
    return data
