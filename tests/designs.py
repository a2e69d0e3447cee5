"""Shared by the rotation design tests: how often each pair meets."""

from __future__ import annotations

import numpy as np


def meetings(design: np.ndarray) -> np.ndarray:
    """(points, points) number of rounds each pair shares a table."""
    same = design[:, :, None] == design[:, None, :]
    count = same.sum(axis=0)
    np.fill_diagonal(count, 0)
    return count
