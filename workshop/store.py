"""The public door to the workshop file (a contract: see DESIGN.md).

``WorkshopStore(path).load() -> Workshop`` and ``.save(workshop)``; for a
save worker ``snapshot(workshop)`` (GUI thread) then ``write(data)`` (any
thread); ``backup(reason)``; the live show with ``load_live()`` and
``save_live(step, countdown)``.  The machinery lives in :mod:`workshop.storage`.
"""

from workshop.storage.store import LiveState, StoreError, WorkshopStore

__all__ = ["LiveState", "StoreError", "WorkshopStore"]
