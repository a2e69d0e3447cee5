"""People in the window: importing a list (actions and preview dialog), exporting it, and the personal-data menu and dialog."""
