"""Widgets of the seating plan: the drag-and-drop grid, the statistics summary, and the worker that runs a search off the GUI thread."""
