"""Which page shows a change: where an undo or a redo takes the facilitator.

Ctrl+Z pressed on one page may undo an edit made on another: the window
goes to the page that shows it, the page selects what changed, and the
status bar says what was undone.  Pure mapping, kept apart from the window.
"""

from __future__ import annotations

from workshop.history import Change

#: section of the workshop -> the page that shows it, in order of preference
SECTION_PAGES = (
    ("rooms", "rooms"),
    ("participants", "participants"), ("tables", "tables"), ("themes", "tables"),
    ("rotation", "rotation"), ("ideas", "ideas"), ("votes", "votes"), ("plan", "plan"),
    ("agenda", "agenda"), ("show", "agenda"), ("workshop", "workshop"), ("bilan", "bilan"),
    # a status changed on the Bilan page (this year's plan) is undone there too
    ("plan", "bilan"),
    # pages that also edit these (an undo made there stays there)
    ("tables", "groups"), ("ideas", "groups"), ("ideas", "rooms"), ("votes", "rooms"),
)


def page_for(change: Change, current: str) -> str | None:
    """The page to show after ``change``: ``None`` (stay) when the current page is
    where one of the changed sections is edited, else the first such page of
    :data:`SECTION_PAGES`.
    """
    if "all" in change:
        return None
    pages = [page for section, page in SECTION_PAGES if section in change]
    if not pages or current in pages:
        return None
    return pages[0]
