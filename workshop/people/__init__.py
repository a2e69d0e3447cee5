"""People: reading participant lists (CSV, XLSX), cleaning names and contacts, exporting the list, and personal-data duties (erase, access, retention)."""
