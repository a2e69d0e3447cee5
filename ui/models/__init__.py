"""Qt item models over the domain lists; edits go through ``document.apply``."""
