"""Storage: the workshop file on disk and everything beside it.

Atomic writes, the OS lock, backup tiers, the live show record, the list
of exports, JSON (de)serialisation and format migrations.  The public door
is :mod:`workshop.store` (``WorkshopStore(path).load()`` / ``.save()``).
"""
