"""The words of an action's statuses on screen: the one list, as the plan page shows it.

The codes are :data:`workshop.model.ACTION_STATUSES`; the printed documents
and the site say the same words through gettext (:mod:`exports.bilan_data`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QT_TRANSLATE_NOOP as NOOP

from workshop.model import ACTION_STATUSES

STATUS_LABELS = {
    "planned": NOOP("Statuses", "prévue"),
    "in_progress": NOOP("Statuses", "en cours"),
    "done": NOOP("Statuses", "réalisée"),
    "postponed": NOOP("Statuses", "reportée"),
    "abandoned": NOOP("Statuses", "abandonnée"),
}


def status_label(code: str) -> str:
    label = STATUS_LABELS.get(code)
    return QCoreApplication.translate("Statuses", label) if label else code


def status_choices() -> list[tuple[str, str]]:
    """(word, code) of every status, in the list's order."""
    return [(status_label(code), code) for code in ACTION_STATUSES]
