"""The demo workshop shipped in ``resources/`` (fictional people)."""

from __future__ import annotations

from pathlib import Path

from workshop.model import Workshop
from workshop.store import decode

DEMO_PATH = Path(__file__).resolve().parents[1] / "resources" / "demo_workshop.json"


def demo_workshop() -> Workshop:
    """A fresh copy of the demo workshop."""
    return decode(DEMO_PATH.read_bytes(), DEMO_PATH)
