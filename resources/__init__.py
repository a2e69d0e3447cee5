"""Data only: the demo workshop, translations, fonts, sounds.

Code finds these files through ``importlib.resources.files("resources")``, never
through paths relative to the source tree, so an installed or frozen
application finds them too.
"""
