"""Notes about a rotation: broken rules and why repeats are unavoidable.

A :class:`RotationNote` is not raised: it is carried in
:class:`workshop.rotation.stats.Stats` (``violations`` and
``bound_reason``) as a code and parameters; ``ui.text.describe`` words it
in the facilitator's language (``rotation.note.*``).
"""

from __future__ import annotations

from workshop.errors import Notice


class RotationNote(Notice):
    """A fact about a rotation: a code (``host_moved``, ``bound_tables``…) and its facts."""

    domain = "rotation.note"
