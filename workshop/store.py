"""The public door to the workshop file (a contract: see DESIGN.md).

``WorkshopStore(path).load() -> Workshop`` and ``.save(workshop)``; the
machinery lives in :mod:`workshop.storage`.
"""

from workshop.storage.store import StoreError, WorkshopStore

__all__ = ["StoreError", "WorkshopStore"]
