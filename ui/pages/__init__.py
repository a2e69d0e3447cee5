"""The pages of the side bar, one module each; each is given what it needs by the composition root (:mod:`ui.app`)."""
