"""The projector: its window on the second screen, where it goes, and the screens it shows (clock, who goes where, ideas, results)."""
