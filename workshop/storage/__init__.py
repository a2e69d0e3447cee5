"""Storage: the workshop file on disk — atomic writes, the OS lock, backups, JSON (de)serialisation and format migrations.

The public door is :mod:`workshop.store` (``WorkshopStore(path).load()`` / ``.save()``).
"""
